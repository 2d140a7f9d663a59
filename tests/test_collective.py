"""Plural and collective references, and coordinated parties (docs/policy.md, "Collective
references"; collective.py, knowledge/collective-references.yaml).

(a) a singular collective noun ("the bloc", "the alliance", "the kingdom", "the island", "the
    council") takes up the article's last actor of its kind, and nothing when there is none;
(b) a plural reference with a number ("the three leaders", "all four", "the pair", "the two
    men") takes up the parties just named together when the number is theirs, and the role of an
    "of" phrase ("the leaders of the two countries") is each party's;
(c) coordinated parties give one event per party: "A and B", "A, B and C", "A, along with B,",
    "the foreign ministers of A, B and C", "entities in A, B and C".

Wire copy written by the team for these tests (names, places and wording of our own)."""

from __future__ import annotations

import pytest
import yaml

from eventwire.collective import REFERENCES, read_references
from eventwire.errors import KnowledgeError
from eventwire.knowledge import HERE, load

DATE = "2024-03-12"


def _dyads(coder, text: str, root: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None)
            for e in coder.code(text, date=DATE).events if e.cameo.code[:2] == root}


def _countries(dyads) -> set[tuple[str, str | None]]:
    return {(s[:3], t[:3] if t else None) for s, t in dyads}


SINGULAR = [
    # (why, text, root, source, target)
    ("the bloc: the African IGO named before",
     "The Southern African Development Community suspended Madagascar in March. The bloc "
     "later urged Madagascar to restore constitutional rule.", "02", "IGO", "MDG"),
    ("the alliance: NATO",
     "NATO moved fighter jets to Romania on Friday. The alliance accused Moscow of reckless "
     "flights over the Black Sea.", "11", "IGOWSTNAT", "RUS"),
    ("the kingdom: a country whose official name says so",
     "Morocco recalled its ambassador from Algiers. The kingdom accused Algeria of arming "
     "separatists.", "11", "MAR", "DZA"),
    ("the island: an island state named as a place",
     "Chinese coast guard ships sailed close to Taiwan on Thursday. The island condemned "
     "Beijing for the incursion.", "11", "TWN", "CHN"),
    ("the council: an organisation named with 'Council'",
     "The UN Security Council held an emergency session on Monday. The council condemned "
     "Israel over the raid.", "11", "IGOUNO", "ISR"),
]


@pytest.mark.parametrize("why,text,root,source,target", SINGULAR, ids=[s[0] for s in SINGULAR])
def test_singular_collective_takes_up_its_kind(coder, why, text, root, source, target):
    got = _dyads(coder, text, root)
    assert any(s.startswith(source) and t is not None and t.startswith(target) for s, t in got), got


POSSESSED = [
    # (why, text, root, source code, target country)
    ("the island's government",
     "Chinese coast guard ships sailed close to Taiwan on Thursday. The island's government "
     "accused Beijing of harassment.", "11", "TWNGOV", "CHN"),
    ("the kingdom's foreign ministry",
     "Jordan hosted talks on Syria on Sunday. The kingdom's foreign ministry condemned Israel "
     "over the raid.", "11", "JORGOV", "ISR"),
]


@pytest.mark.parametrize("why,text,root,source,target", POSSESSED, ids=[p[0] for p in POSSESSED])
def test_collective_possessor_gives_its_country(coder, why, text, root, source, target):
    got = _dyads(coder, text, root)
    assert any(s == source and t is not None and t.startswith(target) for s, t in got), got


NO_REFERENT = [
    # the noun's kind was never named: no guess
    ("the bloc with only countries before",
     "Peru and Chile met in Lima. The bloc condemned Bolivia.", "11"),
    ("the kingdom after republics only",
     "Ghana hosted Togo on Monday. The kingdom accused Benin of smuggling.", "11"),
    ("the island after a mainland country only",
     "Kenya hosted talks on Somalia. The island condemned Ethiopia.", "11"),
    ("the town council is another body than the Security Council",
     "The UN Security Council met on Monday. The town council condemned Israel.", "11"),
]


@pytest.mark.parametrize("why,text,root", NO_REFERENT, ids=[n[0] for n in NO_REFERENT])
def test_no_referent_no_guess(coder, why, text, root):
    second = text.split(". ", 1)[1]
    got = [e for e in coder.code(text, date=DATE).events if e.cameo.code[:2] == root
           and e.trigger.span[0] > text.index(second)]
    assert not [e for e in got if e.source.code.startswith("IGO") or e.source.code[:3] in (
        "PER", "CHL", "GHA", "TGO", "KEN")], [(e.source.code, e.target and e.target.code)
                                               for e in got]


def test_last_of_the_kind_not_last_actor(coder):
    """"the island" passes over a mainland country named after the island state."""
    text = ("Sri Lankan officials met a delegation from India in Colombo. The island accused "
            "Pakistan of harbouring smugglers.")
    got = _dyads(coder, text, "11")
    assert ("LKA", "PAK") in _countries(got), got
    assert not any(s.startswith("IND") for s, _ in got), got


PLURAL = [
    # (why, text, root, the parties who must act toward each other)
    ("the three countries after a three-party summit",
     "Senegal, Gambia and Guinea-Bissau held a summit in Banjul. The three countries agreed "
     "to patrol the border jointly.", "03", {"SEN", "GMB", "GNB"}),
    ("all three leaders",
     "Senegal, Gambia and Guinea-Bissau held a summit in Banjul. All three leaders agreed to "
     "cooperate on fisheries.", "03", {"SEN", "GMB", "GNB"}),
    ("the three, a number alone",
     "Senegal, Gambia and Guinea-Bissau held a summit in Banjul. The three agreed to patrol "
     "the border jointly.", "03", {"SEN", "GMB", "GNB"}),
    ("the pair",
     "Mongolia and Kazakhstan held talks in Astana. The pair agreed to expand rail freight.",
     "03", {"MNG", "KAZ"}),
    ("the two men after a meeting of two named leaders",
     "Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in "
     "Astana. The two men agreed to expand rail freight.", "03", {"MNG", "KAZ"}),
    ("the leaders of the two countries",
     "Mongolia and Kazakhstan held talks in Astana. The leaders of the two countries agreed "
     "to expand rail freight.", "03", {"MNG", "KAZ"}),
    ("the three parties of a meeting told with one subject and two objects",
     "The Thai prime minister met his Lao and Cambodian counterparts in Vientiane. The three "
     "leaders agreed to cooperate on flood control.", "03", {"THA", "LAO", "KHM"}),
    ("the same sentence: 'A and B met ..., and the two leaders agreed'",
     "The presidents of Mongolia and Kazakhstan met in Astana, and the two leaders agreed to "
     "expand rail freight.", "03", {"MNG", "KAZ"}),
]


@pytest.mark.parametrize("why,text,root,parties", PLURAL, ids=[p[0] for p in PLURAL])
def test_plural_reference_is_symmetric_between_the_parties(coder, why, text, root, parties):
    got = _countries(_dyads(coder, text, root))
    want = {(a, b) for a in parties for b in parties if a != b}
    assert want <= got, got


def test_number_must_fit_the_group(coder):
    """"the two leaders" after three parties met: not the three (nor two of them guessed)."""
    text = ("Senegal, Gambia and Guinea-Bissau held a summit in Banjul. The two leaders agreed "
            "to patrol the border jointly.")
    got = _countries(_dyads(coder, text, "03"))
    assert not got & {(a, b) for a in ("SEN", "GMB", "GNB") for b in ("SEN", "GMB", "GNB")}, got


def test_bare_plural_men_is_not_the_pair(coder):
    """"the men" without a number are as often others: no meeting pair taken up."""
    text = ("Mongolia and Kazakhstan held talks in Astana. The men were arrested at the border.")
    assert not _dyads(coder, text, "17") & {("MNG", "KAZ"), ("KAZ", "MNG")}


COORDINATED = [
    # (why, text, root, dyads by country that must all be there)
    ("two conjuncts", "Chile and Paraguay criticised Argentina over the tariff.", "11",
     {("CHL", "ARG"), ("PRY", "ARG")}),
    ("three conjuncts", "Chile, Paraguay and Bolivia criticised Argentina over the tariff.",
     "11", {("CHL", "ARG"), ("PRY", "ARG"), ("BOL", "ARG")}),
    ("four conjuncts",
     "Chile, Paraguay, Bolivia and Ecuador criticised Argentina over the tariff.", "11",
     {("CHL", "ARG"), ("PRY", "ARG"), ("BOL", "ARG"), ("ECU", "ARG")}),
    ("along with, between commas",
     "Chile, along with Paraguay and Bolivia, criticised Argentina over the tariff.", "11",
     {("CHL", "ARG"), ("PRY", "ARG"), ("BOL", "ARG")}),
    ("together with",
     "Chile together with Paraguay criticised Argentina over the tariff.", "11",
     {("CHL", "ARG"), ("PRY", "ARG")}),
    ("as well as", "Chile as well as Paraguay criticised Argentina over the tariff.", "11",
     {("CHL", "ARG"), ("PRY", "ARG")}),
    ("three targets", "Canada imposed sanctions on Nicaragua, Cuba and Venezuela.", "16",
     {("CAN", "NIC"), ("CAN", "CUB"), ("CAN", "VEN")}),
    ("titled people with their countries",
     "Chilean President Gabriel Boric and his Paraguayan counterpart Santiago Pena "
     "criticised Argentina over the tariff.", "11", {("CHL", "ARG"), ("PRY", "ARG")}),
    ("unnamed parties of three places",
     "Australia imposed sanctions on entities in Iran, Syria and Belarus.", "16",
     {("AUS", "IRN"), ("AUS", "SYR"), ("AUS", "BLR")}),
    ("companies based in two places",
     "Australia imposed sanctions on companies based in Iran and Syria.", "16",
     {("AUS", "IRN"), ("AUS", "SYR")}),
    ("counterparts of two countries",
     "Peru's foreign minister held talks with her Ecuadorean and Colombian counterparts.",
     "04", {("PER", "ECU"), ("ECU", "PER"), ("PER", "COL"), ("COL", "PER")}),
    ("a trilateral meeting of ministers of three countries",
     "The defence ministers of Estonia, Latvia and Lithuania held a trilateral meeting in "
     "Riga.", "04", {("EST", "LVA"), ("LVA", "LTU"), ("LTU", "EST")}),
]


@pytest.mark.parametrize("why,text,root,want", COORDINATED, ids=[c[0] for c in COORDINATED])
def test_coordinated_parties_one_event_each(coder, why, text, root, want):
    got = _countries(_dyads(coder, text, root))
    assert want <= got, got


def test_ministers_of_two_countries_keep_their_role(coder):
    text = "The interior ministers of Chad and Niger met in Niamey on Monday."
    got = _dyads(coder, text, "04")
    assert {("TCDGOV", "NERGOV"), ("NERGOV", "TCDGOV")} <= got, got


def test_role_from_three_countries_is_one_role_each(coder):
    text = "Trade officials from Ghana, Togo and Benin met in Lome on Wednesday."
    got = _dyads(coder, text, "04")
    assert {("GHAGOV", "TGOGOV"), ("TGOGOV", "BENGOV"), ("BENGOV", "GHAGOV")} <= got, got


def test_along_with_a_person_is_not_a_country(coder):
    """An accompaniment that names no actor adds no party."""
    text = "Chile, along with several observers, criticised Argentina over the tariff."
    got = _countries(_dyads(coder, text, "11"))
    assert got == {("CHL", "ARG")}, got


# -- the reviewed data file ---------------------------------------------------------------------

def test_data_codes_are_known():
    k = load()
    countries = set(k.countries)
    for rule in REFERENCES.singular.values():
        if rule.takes == "country":
            assert rule.codes <= countries, rule.codes - countries
    # every kind named by name words is met by at least one actor of the knowledge
    names = [n for v in k.countries.values() for n in v.get("names") or ()]
    for rule in REFERENCES.singular.values():
        if rule.takes == "country" and rule.name_has:
            assert any(w in n.split() for n in names for w in rule.name_has), rule.noun


def test_kingdom_takes_only_kingdoms():
    rule = REFERENCES.singular["kingdom"]
    k = load()
    kingdoms = {c for c, v in k.countries.items()
                if rule.fits(type("R", (), {"code": c})(), tuple(v.get("names") or ()))}
    assert {"SAU", "JOR", "MAR", "THA"} <= kingdoms
    assert not kingdoms & {"FRA", "EGY", "USA", "CHN"}


def test_bad_data_file_names_the_file(tmp_path):
    bad = tmp_path / "refs.yaml"
    bad.write_text(yaml.safe_dump({"singular": [{"noun": "bloc", "takes": "planet"}],
                                   "numbered": ["man"]}))
    with pytest.raises(KnowledgeError, match="refs.yaml"):
        read_references(bad)
    bad.write_text(yaml.safe_dump({"singular": [{"noun": "bloc", "takes": "organisation"},
                                                {"noun": "Bloc", "takes": "country"}],
                                   "numbered": ["man"]}))
    with pytest.raises(KnowledgeError, match="listed twice"):
        read_references(bad)


def test_shipped_file_reads():
    assert read_references(HERE / "collective-references.yaml") == REFERENCES


def test_an_object_pronoun_is_not_its_own_clauses_subject(coder):
    """"Chinese coast guard and militia vessels harassed them": "them" is whoever was named
    before, never the joint subject of its own clause (that would be "themselves")."""
    text = ("Two Philippine supply boats were on their way to the shoal when Chinese coast guard "
            "and maritime militia vessels harassed them.")
    events = coder.code(text, date="2023-12-10").events
    harassed = [e for e in events if e.cameo.root == "17"]
    assert harassed and all(e.target is not None and e.target.country == "PHL"
                            for e in harassed), [
        (e.cameo.code, e.source.code, e.target and e.target.code) for e in harassed]
    # a joint subject's own "they" still takes it up
    said = coder.code("Kenya and Uganda said they would sign a border deal.", date="2023-12-10")
    assert {e.source.country for e in said.events} == {"KEN", "UGA"}, said.events
