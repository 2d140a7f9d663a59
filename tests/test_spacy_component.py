"""eventwire as a spaCy pipeline component: `nlp.add_pipe("eventwire")`, events on `doc._`."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.util import raise_error

from eventwire.errors import NotEnglishError

BRIEF = ("Kenya accused Uganda on Monday of moving troops to the border, officials said. "
         "Egypt did not attack Sudanese positions, the army said.")


@pytest.fixture(scope="module")
def nlp(coder):  # the session's coder has loaded the model this component parses with
    import eventwire.spacy_component  # noqa: F401  (registers the factory in this process)

    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire")
    return nlp


def test_events_on_the_doc_match_the_coder(nlp, coder):
    doc = nlp.make_doc(BRIEF)
    doc._.publication_date = "2024-03-13"
    doc = nlp(doc)
    want = coder.code(BRIEF, date="2024-03-13")
    assert doc._.events == list(want.events)
    assert doc._.coded.article.date == "2024-03-13"
    assert [(e.source.code, e.cameo.code, e.target.code) for e in doc._.events][:1] == [
        ("KEN", "112", "UGA")]
    e = doc._.events[0]
    assert doc.char_span(*e.trigger.span).text == e.trigger.text == "accused"
    assert doc._.events[0].date["value"] == "2024-03-11"  # "on Monday", from the given date


def test_config_sets_the_policy(nlp):
    everything = spacy.blank("en")
    everything.add_pipe("eventwire", config={"all_modalities": True})
    assert everything.get_pipe_meta("eventwire").assigns == ["doc._.events", "doc._.coded"]
    kept = {e.modality for e in everything(BRIEF)._.events}
    default = {e.modality for e in nlp(BRIEF)._.events}
    assert kept - default == {"negated"}  # the default policy leaves the negated attack out


def test_text_eventwire_refuses_raises_its_error(nlp):
    with pytest.raises(NotEnglishError):
        nlp("Le ministre des Affaires étrangères a rencontré mardi son homologue algérien à "
            "Alger pour parler de la frontière.")
    handled = []
    nlp.set_error_handler(lambda name, comp, docs, exc: handled.append((name, type(exc))))
    try:
        docs = list(nlp.pipe(["Le ministre a rencontré mardi son homologue algérien à Alger "
                              "pour parler de la frontière commune.", BRIEF]))
    finally:
        nlp.set_error_handler(raise_error)  # spaCy's default
    assert handled == [("eventwire", NotEnglishError)]
    assert [len(d._.events or []) > 0 for d in docs] == [True]  # the English doc, coded


@pytest.mark.slow
def test_the_factory_is_found_without_importing_eventwire():
    """spaCy finds the factory through the `spacy_factories` entry point (pyproject.toml)."""
    script = ("import spacy, sys; nlp = spacy.blank('en'); nlp.add_pipe('eventwire'); "
              "doc = nlp('Kenya accused Uganda of moving troops to the border.'); "
              "print(sorted(m for m in sys.modules if m.startswith('eventwire'))[:1], "
              "[(e.source.code, e.cameo.code) for e in doc._.events])")
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "('KEN', '112')" in r.stdout
