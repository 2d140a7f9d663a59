"""Who says so: quotes, speakers, outlets, and the modality of reported events. Sentences are the
team's own."""

from __future__ import annotations

import pytest
from sentence_checks import acts

DATE = "2024-05-06"


def quotes(coder, text):
    return coder.code(text, date=DATE).quotes


FORMS = [
    ("quote then cue", '"We will not be intimidated," Kenyan President William Ruto said.',
     "direct", "KENGOV", "We will not be intimidated,"),
    ("cue then quote", 'The Ghanaian foreign ministry said: "The border will reopen on Monday."',
     "direct", "GHAGOV", "The border will reopen on Monday."),
    ("said that, partly quoted", 'Chile said that the talks were "a waste of everyone\'s time".',
     "mixed", "CHL", "a waste of everyone's time"),
    ("indirect", "Peru said that its troops had left the disputed area.", "indirect", "PER",
     "its troops had left the disputed area"),
    ("told", "A Sudanese army spokesman told Reuters that the airport was secure.", "indirect",
     "SDNMIL", "the airport was secure"),
    ("according to", "According to the Nigerian police, gunmen attacked the convoy.",
     "indirect", "NGACOP", "gunmen attacked the convoy"),
    ("curly quotes", "\u201cWe are ready,\u201d the Polish prime minister said.", "direct",
     "POLGOV", "We are ready,"),
]


@pytest.mark.parametrize("name,text,kind,speaker,content", FORMS, ids=[f[0] for f in FORMS])
def test_quote_forms(coder, name, text, kind, speaker, content):
    found = quotes(coder, text)
    match = [q for q in found if q["content"] == content]
    assert match, found
    q = match[0]
    assert q["kind"] == kind
    assert q["speaker"] and q["speaker"]["code"] == speaker


def test_quote_across_sentences_with_pronoun_speaker(coder):
    text = ("Indian Foreign Minister Subrahmanyam Jaishankar spoke to reporters in Delhi. "
            '"We have been patient. We will not wait forever," he said, quoted by the '
            "Press Trust of India.")
    q = [q for q in quotes(coder, text) if q["kind"] == "direct"][0]
    assert q["content"].startswith("We have been patient.")
    assert q["speaker"]["code"] == "INDGOV" and q["speaker"]["text"] == "he"


def test_quote_spanning_paragraphs(coder):
    text = ('"The ceasefire is holding in the north," the Ethiopian army said in a statement.\n\n'
            '"Our units have not fired a single shot since Friday.\n\n'
            '"We call on the rebels to respect the agreement," it added.\n')
    found = quotes(coder, text)
    assert any(q["content"].startswith("Our units have not fired") for q in found), found


def test_unbalanced_quote_is_reported_not_guessed(coder):
    coded = coder.code('The minister said the plan was "dead and buried.\n\nTalks resume in '
                       "May, officials in Cairo said.\n", date=DATE)
    assert any(r["kind"] == "unbalanced quotation" for r in coded.to_dict()["article"][
        "removed_furniture"])
    assert not any("dead and buried" in q["content"] and q["kind"] != "indirect"
                   for q in coded.quotes)


def test_spans_point_at_the_raw_quote(coder):
    raw = '"We will not be intimidated," Kenyan President\nWilliam Ruto said.'
    q = quotes(coder, raw)[0]
    s, e = q["span"]
    assert raw[s:e] == q["content"]
    s, e = q["speaker"]["span"]
    assert " ".join(raw[s:e].split()) == "Kenyan President William Ruto"


MODALITIES = [
    ("claimed", "The Armenian defence ministry said Azerbaijani drones struck a bus.",
     "claimed", "19"),
    ("own act asserted", "Japan said it had expelled two Chinese diplomats.", "asserted", "16"),
    ("conditional demand", "Kenya said talks were only possible if Somali troops withdrew.",
     "conditional", "10"),
    ("future", "Ukraine said Russia would host talks with Turkey next week.", "future", "04"),
]


@pytest.mark.parametrize("name,text,modality,root", MODALITIES, ids=[m[0] for m in MODALITIES])
def test_modality(coder, name, text, modality, root):
    events = coder.code(text, date=DATE).events
    assert any(e.modality == modality and e.cameo.root == root for e in events), [
        (e.modality, e.cameo.code) for e in events]


def test_claim_has_its_reporter(coder):
    events = coder.code("The Armenian defence ministry said Azerbaijani drones struck a bus.",
                        date=DATE).events
    e = next(e for e in events if e.cameo.root == "19")
    assert e.reported_by is not None and e.reported_by.code == "ARMMIL"


@pytest.mark.parametrize("text,root", [
    ("Serbia denied that its police had detained the Kosovo journalists.", "17"),
    ("Egypt did not condemn the strike.", "11"),
    ("Analysts said Iran might attack the tanker.", "19"),
    ('"That does not mean that Brazil supports Venezuela," the minister said.', "05"),
])
def test_denied_negated_hypothetical_are_left_out(coder, text, root):
    coded = coder.code(text, date=DATE)
    assert not any(e.cameo.root == root for e in coded.events), [
        (e.modality, e.cameo.code) for e in coded.events]
    assert sum(coded.dropped.values()) >= 1


def test_via_outlet(coder):
    events = coder.code("A Turkish security source told AFP that Syrian rebels had shelled "
                        "the border post.", date=DATE).events
    e = next(e for e in events if e.cameo.root == "19")
    assert e.via is not None and e.via.text == "AFP"
    assert e.reported_by is not None and e.reported_by.country == "TUR"


def test_event_inside_a_quote_carries_it(coder):
    events = coder.code('"Rwanda attacked our positions at dawn," the Congolese army said.',
                        date=DATE).events
    e = next(e for e in events if e.cameo.root == "19")
    assert e.quote is not None and "attacked our positions" in e.quote.text
    assert e.reported_by is not None and e.reported_by.code == "CODMIL"


def test_denied_events_kept_with_label_when_asked():
    from eventwire import Coder, Settings

    keep = Coder(Settings(keep_all_modalities=True))
    events = keep.code("Serbia denied that its police had detained the Kosovo journalists.",
                       date=DATE).events
    e = next(e for e in events if e.cameo.root == "17")
    assert e.modality == "denied" and e.reported_by.country == "SRB"


def test_nested_attribution_takes_the_outer_reporter(coder_all):
    events = acts(coder_all, "Kenya said Ugandan officials claimed that Sudanese troops had "
                  "shelled the border post.")
    e = next(e for e in events if e.cameo.root == "19")
    assert e.reported_by is not None and e.reported_by.country in ("KEN", "UGA")
    assert e.modality == "claimed"


def test_quote_inside_a_quote(coder):
    text = ('"They told us \'we will attack Mali\' and we believed them," the Nigerien army '
            "commander said.")
    q = [q for q in quotes(coder, text) if q["kind"] == "direct"]
    assert q and q[0]["content"].startswith("They told us") and q[0]["speaker"]["code"] == "NERMIL"


def test_quoted_by_outlet(coder):
    text = '"The border is closed," the Chadian interior minister said, quoted by Reuters.'
    q = quotes(coder, text)[0]
    assert q["via"] is not None and q["via"]["name"] in ("Reuters", "Thomson Reuters")


def test_demanded_act_is_not_done_but_the_demand_is(coder):
    coded = coder.code("The rebels issued a statement demanding that the Colombian government "
                       "release the prisoners.", date=DATE)
    assert any(e.cameo.root == "10" and e.target and e.target.country == "COL"
               for e in coded.events), [(e.cameo.code, e.modality) for e in coded.events]
    assert not any(e.cameo.root == "08" for e in coded.events)


def test_according_to_state_media_is_the_outlet(coder):
    events = coder.code("Syrian troops shelled rebel positions in Idlib, according to state media.",
                        date=DATE).events
    e = next(e for e in events if e.cameo.root == "19")
    assert e.via is not None and "media" in e.via.text


def test_trailing_report_hung_under_the_clause_still_reports_it(coder):
    """"X did Y, the ministry said, sending ...": the parser hangs "said" under the clause it
    reports (parataxis), not above it; the ministry still reports the act."""
    text = ("Russia on Tuesday launched naval exercises in the Baltic Sea, the Russian defence "
            "ministry said, sending warships and aircraft toward the Danish straits.")
    events = coder.code(text, date=DATE).events
    drills = [e for e in events if e.trigger.text == "exercises"]
    assert drills, [e.to_dict() for e in events]
    assert {e.reported_by.code if e.reported_by else None for e in drills} == {"RUSMIL"}
