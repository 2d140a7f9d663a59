"""Sentence → events tables, in the team's own words. Each row states events that must come out
(source country/code, CAMEO root or code, target) and, for negation rows, events that must not.

How an expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, acts, has, show

from eventwire.syntax import subjects

ROOTS = [
    # one row per CAMEO root, 01..20
    ("01", "The Kenyan government declined to comment on the report.", ("KENGOV", "01", None)),
    ("02", "Germany appealed to Iran to free the detained journalists.", ("DEU", "02", "IRN")),
    ("03", "Egypt pledged humanitarian aid to Sudan.", ("EGY", "03", "SDN")),
    ("04", "The Chinese foreign minister held talks with his Brazilian counterpart.",
     ("CHNGOV", "04", "BRAGOV")),
    ("05", "France praised Senegal for the peaceful election.", ("FRA", "05", "SEN")),
    ("06", "Kenyan police shared intelligence with Ugandan authorities.", ("KENCOP", "06", "UGA")),
    ("07", "The United States sent humanitarian aid to Haiti.", ("USA", "07", "HTI")),
    ("08", "Israel released forty Palestinian prisoners on Sunday.", ("ISR", "08", "PSE")),
    ("09", "Ghana opened an investigation into the Togolese customs officers.",
     ("GHA", "09", "*")),
    ("10", "Ukraine demanded the return of the children from Russia.", ("UKR", "10", "*")),
    ("11", "Turkey condemned Israel over the raid.", ("TUR", "11", "ISR")),
    ("12", "Hungary rejected the proposal of the European Union.", ("HUN", "12", "*")),
    ("13", "North Korea threatened South Korea with a nuclear strike.", ("PRK", "13", "KOR")),
    ("14", "Protesters demonstrated against the Kenyan government on Tuesday.",
     ("*", "14", "KENGOV")),
    ("15", "Venezuela mobilized troops along its border with Guyana.", ("VEN", "15", "GUY")),
    ("16", "Canada expelled two Indian diplomats.", ("CAN", "16", "IND")),
    ("17", "Belarusian police arrested opposition activists in Minsk.", ("BLRCOP", "17", "*")),
    ("18", "Gunmen abducted three Nigerian aid workers.", ("*", "18", "NGA")),
    ("19", "Russian forces shelled Ukrainian positions near the river.", ("RUSMIL", "19", "UKR")),
    ("20", "The Syrian army used chemical weapons against civilians.", ("SYRMIL", "20", "*")),
]


@pytest.mark.parametrize("root,text,expected", ROOTS, ids=[r[0] for r in ROOTS])
def test_each_cameo_root(coder, root, text, expected):
    events = coder.code(text, date=DATE).events
    assert has(events, *expected), show(events)


STRUCTURES = [
    ("compound subject", "Germany and France criticized Poland on Friday.",
     [("DEU", "11", "POL"), ("FRA", "11", "POL")]),
    ("compound object", "Washington imposed sanctions on Iran and Syria.",
     [("USA", "16", "IRN"), ("USA", "16", "SYR")]),
    ("passive", "A Ukrainian border village was shelled by Russian troops overnight.",
     [("RUSMIL", "19", "UKR")]),
    ("reciprocal talks", "India and Pakistan held talks in Geneva on Monday.",
     [("IND", "04", "PAK"), ("PAK", "04", "IND")]),
    ("reciprocal between", "Fighting between Sudanese troops and rebels spread to the capital.",
     [("SDNMIL", "19", "SDNREB"), ("SDNREB", "19", "SDNMIL")]),
    ("phone call noun", "The Italian prime minister held a phone call with the Tunisian president.",
     [("ITAGOV", "041", "TUNGOV"), ("TUNGOV", "041", "ITAGOV")]),
    ("metonym capitals", "Washington imposed new sanctions on Tehran.", [("USA", "16", "IRN")]),
    ("metonym seat", "The Kremlin criticized Kyiv for the strike.", [("RUSGOV", "11", "UKR")]),
    ("title binds country", "Turkish President Recep Tayyip Erdogan praised Azerbaijan.",
     [("TURGOV", "05", "AZE")]),
    ("office holder", "Antony Blinken criticized China on Tuesday.", [("USAGOV", "11", "CHN")]),
    ("defence ministry", "The Indian defence ministry accused Pakistan of shelling.",
     [("INDMIL", "11", "PAK")]),
    ("international organisation", "The United Nations condemned the coup in Niger.",
     [("IGOUNO", "11", "*")]),
    ("coreference surname",
     "French President Emmanuel Macron arrived in Algiers on Monday. Macron praised Algeria "
     "for its cooperation.", [("FRAGOV", "05", "DZA")]),
    ("coreference pronoun",
     "Kenyan President William Ruto landed in Addis Ababa. He later criticized Sudan.",
     [("KENGOV", "11", "SDN")]),
    ("coreference the minister",
     "Egyptian Foreign Minister Sameh Shoukry visited Jordan on Sunday. The minister later "
     "praised Qatar.", [("EGYGOV", "05", "QAT")]),
    ("country from the sentence", "Police in Nairobi arrested dozens of protesters.",
     [("KENCOP", "17", "KENOPP")]),
    ("group of", "Thousands of Chilean students marched against the government.",
     [("CHL", "14", "*")]),
    ("demanded that", "Poland demanded that Belarus release the detained journalist.",
     [("POL", "10", "BLR")]),
    ("subject through infinitive", "Norway offered to mediate between Colombia and the rebels.",
     [("NOR", "03", "*")]),
]


@pytest.mark.parametrize("name,text,expected", STRUCTURES, ids=[s[0] for s in STRUCTURES])
def test_structures(coder, name, text, expected):
    events = coder.code(text, date=DATE).events
    for exp in expected:
        assert has(events, *exp), f"{exp} not in: {show(events)}"


NEGATIONS = [
    ("did not", "Israel did not attack Lebanon on Saturday.", ("ISR", "19", "LBN")),
    ("never", "Chad never accused Sudan of anything.", ("TCD", "11", "SDN")),
    ("denied that", "Iran denied that its navy had seized the British tanker.", ("IRN", "17", "*")),
    ("doesn't mean", "That doesn't mean that Brazil supports Venezuela.", ("BRA", "05", "VEN")),
    ("hypothetical", "Analysts said Serbia could attack Kosovo.", ("SRB", "19", "KSV")),
]


@pytest.mark.parametrize("name,text,forbidden", NEGATIONS, ids=[n[0] for n in NEGATIONS])
def test_negated_and_hypothetical_events_are_left_out(coder, name, text, forbidden):
    coded = coder.code(text, date=DATE)
    assert not has(coded.events, *forbidden), show(coded.events)
    assert sum(coded.dropped.values()) >= 1, "the left-out event must be counted"


def test_all_modalities_keeps_negated_with_label():
    from eventwire import Coder, Settings

    keep = Coder(Settings(keep_all_modalities=True))
    events = keep.code("Israel did not attack Lebanon on Saturday.", date=DATE).events
    assert any(e.modality == "negated" and e.cameo.root == "19" for e in events), show(events)


def test_spans_point_into_the_raw_text(coder):
    raw = "  Turkish President Recep Tayyip\nErdogan praised\nAzerbaijan on Monday.\n"
    coded = coder.code(raw, date=DATE)
    assert coded.events, "expected an event"
    for e in coded.events:
        s, t = e.trigger.span
        assert raw[s:t] == e.trigger.text
        s, t = e.source.span
        assert " ".join(raw[s:t].split()) == " ".join(e.source.text.split())
        assert e.cameo.goldstein == pytest.approx(e.cameo.goldstein)
        assert e.plover.type
        assert 0 < e.confidence <= 1


DEMANDS = [
    ("obligation in reported speech", "Germany said on Monday that Iran must release the sailors.",
     ("DEU", "10", "IRN")),
    ("condition set by a speaker",
     "Kenya said talks were only possible if Somali troops withdrew from the border.",
     ("KEN", "10", "SOMMIL")),
]


@pytest.mark.parametrize("name,text,expected", DEMANDS, ids=[d[0] for d in DEMANDS])
def test_obligations_and_conditions_are_demands(coder, name, text, expected):
    events = coder.code(text, date=DATE).events
    assert has(events, *expected), show(events)
    assert not any(e.cameo.root in ("08", "06") for e in events), show(events)


def test_obligation_without_a_speaker_is_not_an_event(coder):
    coded = coder.code("Iran must release the sailors.", date=DATE)
    assert not coded.events and coded.dropped.get("hypothetical") == 1


ANNOUNCED = [
    ("will give aid", "Norway will give Malawi a grant for school meals.", ("NOR", "03", "MWI")),
    ("vowed to attack", "The Houthis vowed to attack Saudi Arabia again.", ("*", "13", "SAU")),
]


@pytest.mark.parametrize("name,text,expected", ANNOUNCED, ids=[a[0] for a in ANNOUNCED])
def test_announced_acts_are_intents_or_threats(coder, name, text, expected):
    events = coder.code(text, date=DATE).events
    assert has(events, *expected), show(events)


def test_pronoun_subject_of_reported_clause(coder):
    events = coder.code("Switzerland said on Friday it had expelled two Russian diplomats.",
                        date=DATE).events
    assert has(events, "CHE", "16", "RUS"), show(events)


def test_event_noun_under_a_quantity_noun(coder):
    events = coder.code("The Malian army launched a wave of air strikes against rebel positions.",
                        date=DATE).events
    assert has(events, "MLIMIL", "19", "MLIREB"), show(events)


def test_people_named_by_where_they_live(coder):
    events = coder.code("Ethnic Albanians in southern Serbia demanded a European Union monitoring "
                        "mission.", date=DATE).events
    assert any(e.source.country == "SRB" and e.cameo.root == "10" for e in events), show(events)


REFUSALS = [
    ("will not", "Jordan said it will not accept more refugees from Syria.", ("JOR", "12", "*")),
    ("refused to", "The Chilean government refused to release the detained students.",
     ("CHLGOV", "12", "*")),
]


@pytest.mark.parametrize("name,text,expected", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_refusing_a_cooperative_act_is_a_rejection(coder, name, text, expected):
    events = coder.code(text, date=DATE).events
    assert has(events, *expected), show(events)
    assert not any(e.cameo.root in ("07", "08") for e in events), show(events)


INFERENCES = [
    # an actor known only by its role takes the country of a place in its own phrase
    ("role in a city", "Riot police in Nairobi fired tear gas at students on Monday.",
     ("KENCOP", "17", "*")),
    ("role with a region modifier", "Tigray rebels shelled an army base overnight.",
     ("ETHREB", "19", "*")),
    # an act with no other target is directed at the country where it happens
    ("target from the place", "Peruvian police imposed a curfew in the city of Cusco.",
     ("PERCOP", "17", "PER")),
    ("visit's destination as target", "Ghana's foreign minister arrived in Lagos on a "
     "two-day visit.", ("GHAGOV", "042", "NGA")),
    # violence with no named perpetrator: an unidentified armed group of the place's country
    ("passive, weapon agent", "Four policemen were killed by a roadside bomb near the town of "
     "Kandahar on Sunday.", ("AFGUAF", "1833", "AFGCOP")),
    ("weapon as subject", "A car bomb outside a market in Mogadishu killed six soldiers.",
     ("SOMUAF", "1832", "SOMMIL")),
    # a coercive act in the passive with no agent: the authorities of the place (the police
    # for an arrest, a court for a verdict)
    ("passive arrest", "Two journalists were detained in Harare on Monday.",
     ("ZWECOP", "17", "ZWE")),
    ("passive verdict, no place", "Peru's former president Pedro Castillo was convicted of "
     "conspiracy on Thursday.", ("PERJUD", "11", "PER")),
    ("passive arrest of people the article places", "Yemeni troops fought Houthi fighters near "
     "Saada on Tuesday. Five rebels were arrested in the battle.", ("YEMCOP", "17", "YEM")),
    # violence aimed at a village, a market or a hospital is aimed at its people
    ("civilian place", "Rebels attacked a village in northern Mali overnight.",
     ("MLIREB", "19", "MLICVL")),
    # a protest that names no addressee is aimed at the protesters' own government
    ("protest without target", "Thousands of Chilean students marched through Santiago on "
     "Thursday.", ("CHL", "14", "CHLGOV")),
    # a name modifying a thing is the party the thing belongs to
    ("named modifier as target", "Brazil rejected Argentine demands for a new tariff deal.",
     ("BRA", "12", "ARG")),
    # "pro-X" and "anti-X" are stances, not the actor's country
    ("pro- is not a country", "The pro-Iranian Hezbollah movement fired rockets at northern "
     "Israel.", ("LBNREB", "19", "ISR")),
    # "A and B forces": one actor per named country
    ("conjoined country names", "Red Cross officials said US and British forces must restore "
     "water supplies.", ("*", "10", "GBRMIL")),
    # a titled name with "of": the country is the title's
    ("titled name of a country", "King Abdullah of Jordan met the Iraqi prime minister in Amman.",
     ("JORGOV", "04", "IRQGOV")),
    # a meeting's venue is not its counterpart
    ("meeting venue", "European Union foreign ministers met in Brussels on Monday.",
     ("IGOEEU", "04", None)),
]


@pytest.mark.parametrize("name,text,expected", INFERENCES, ids=[p[0] for p in INFERENCES])
def test_inferred_countries_and_targets(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)
    if expected[0].endswith("UAF"):
        assert next(e for e in events if e.source.code == expected[0]).source.how == "unidentified"


def test_unnamed_attacker_needs_one_country(coder):
    events = coder.code("Two soldiers were killed by a landmine, officials in Chad and Niger said.",
                        date=DATE).events
    assert not any(e.source.code.endswith("UAF") for e in events), show(events)


def test_protest_against_a_named_party_keeps_it(coder):
    events = coder.code("Kenyan farmers protested against the Ugandan government.",
                        date=DATE).events
    assert has(events, "KEN", "14", "UGAGOV"), show(events)
    assert not has(events, "KEN", "14", "KENGOV"), show(events)


def test_background_phrases_give_no_target(coder_all):
    # "despite X's objections": X is not the party the act is aimed at
    events = acts(coder_all, "Kenya endorsed the border plan despite Ethiopia's objections.")
    assert any(e.source.country == "KEN" for e in events), show(events)
    assert not any(e.source.country == "KEN" and e.target and e.target.country == "ETH"
                   for e in events), show(events)


def test_unknown_subject_is_not_replaced_by_the_speaker(coder):
    events = coder.code("The junta's hardline wing refused to free the prisoners, the Red Cross "
                        "said.", date=DATE).events
    assert not any(e.source.code.startswith("NGO") or e.source.code.startswith("IGO")
                   for e in events), show(events)


def test_participle_misparsed_as_subject(coder):
    # the parser sometimes makes "operating" the subject of "said" in "The Red Cross operating
    # in Iraq said ..."; the subject is the participle's own subject
    from spacy.tokens import Doc
    words = ["The", "Red", "Cross", "operating", "in", "Iraq", "said", "it", "left", "."]
    heads = [2, 2, 3, 6, 3, 4, 6, 8, 6, 6]
    deps = ["det", "compound", "nsubj", "nsubj", "prep", "pobj", "ROOT", "nsubj", "ccomp",
            "punct"]
    tags = ["DT", "NNP", "NNP", "VBG", "IN", "NNP", "VBD", "PRP", "VBD", "."]
    doc = Doc(coder.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in subjects(doc[6])] == ["Cross"]
