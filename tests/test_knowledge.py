"""The built-in knowledge files: loadable, consistent, covering the whole CAMEO codebook; and user
dictionaries that add or override entries at run time."""

from __future__ import annotations

import pytest

from eventwire import Coder, KnowledgeError, Settings
from eventwire.knowledge import load

K = load()


def test_codebook_is_complete():
    codes = set(K.codebook)
    assert len(codes) >= 300
    roots = {f"{r:02d}" for r in range(1, 21)}
    assert roots <= codes
    for code, (cameo, plover) in K.codebook.items():
        assert cameo.root == code[:2]
        assert -10 <= cameo.goldstein <= 10
        assert cameo.quad_class in (1, 2, 3, 4)
        assert plover.type.isupper()


def test_every_cameo_code_is_reachable_from_the_lexicon():
    reachable = {e.code for entries in K.lexicon.values() for e in entries}
    specific = {c for c in K.codebook if len(c) > 2}
    missing = sorted(specific - reachable)
    assert not missing, f"codes with no trigger: {missing}"


def test_lexicon_has_verb_and_noun_triggers():
    kinds = {pos for pos, _ in K.lexicon}
    assert {"verb", "noun", "adj"} <= kinds
    assert ("noun", "call") in K.lexicon and ("verb", "shell") in K.lexicon


def test_reporting_verbs_are_not_triggers():
    """A reporting verb is never an event by itself (only inside a frame such as "add to the
    sanctions list")."""
    for verb in ("say", "tell", "stress", "add"):
        bare = [e for e in K.lexicon.get(("verb", verb), []) if not e.with_]
        assert not bare, f"{verb!r} must not be a bare event trigger: {bare}"


def test_actor_knowledge():
    assert K.surface["Ankara"] == ("capital", "TUR")
    assert K.surface["Kremlin"] == ("seat", ("RUS", "GOV"))
    assert K.surface["Turkish"] == ("country-adj", "TUR")
    assert K.surface["NATO"][1]["code"] == "IGOWSTNAT"
    assert K.agents_lower["defense ministry"] == "MIL"
    assert K.person_code("Sergei Lavrov", "2020-10-01").code == "RUSGOV"


def test_office_holders_are_dated():
    people = [p for rows in K.people.values() for p in rows]
    assert len(people) > 150
    for p in people:
        assert p.start is None or len(p.start) == 10
        assert p.end is None or p.start is None or p.start <= p.end


@pytest.mark.parametrize("form,date,code,role", [
    ("Anwar Ibrahim", "2023-06-01", "MYSGOV", "prime minister"),   # people-audit-2010-2025.yaml
    ("Anwar Ibrahim", "2010-06-01", "MYSOPP", "opposition leader"),
])
def test_the_audit_fills_an_office_the_older_files_left_open(form, date, code, role):
    person = K.person_code(form, date)
    assert person is not None and (person.code, person.role) == (code, role), person


def test_person_out_of_office_keeps_the_country_of_the_nearest_office(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("people:\n  - {name: Ana Ruiz, aliases: [President Ruiz], code: CHLGOV,"
                    " role: president, start: 2010-03-11, end: 2014-03-11}\n", encoding="utf-8")
    coder = Coder(Settings(dictionaries=(path,)))
    during = coder.code("President Ruiz met Peruvian envoys.", date="2012-01-01").events
    after = coder.code("President Ruiz met Peruvian envoys.", date="2019-01-01").events
    assert during and during[0].source.code == "CHLGOV"
    # out of office: the country of the office nearest in time, the title from the text
    assert after and after[0].source.code == "CHLGOV", [e.source for e in after]
    assert K.person_nearest("Nobody Known", "2019-01-01") is None


def test_a_first_name_alone_names_an_office_holder_only_within_their_term(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("people:\n  - {name: Tomas Okafor, aliases: [Tomas], code: NGAGOV,"
                    " role: president, start: 1990-01-01, end: 1995-01-01}\n", encoding="utf-8")
    coder = Coder(Settings(dictionaries=(path,)))
    text = "Kenyan police arrested Tomas in Nairobi."

    def targets(date):
        return [e.target.code for e in coder.code(text, date=date).events if e.target]
    assert targets("1993-05-01") == ["NGAGOV"]  # within the term: the listed holder
    # a story of another time, or undated: "Tomas" may be anyone of that first name
    assert "NGAGOV" not in targets("2020-05-01") and "NGA" not in targets("2020-05-01")
    assert "NGAGOV" not in targets(None)
    # the full name keeps the nearest office out of it, and its latest one undated
    full = "Kenyan police arrested Tomas Okafor in Nairobi."
    assert [e.target.code for e in coder.code(full, date=None).events] == ["NGAGOV"]


def test_user_dictionary_adds_actor_and_trigger(tmp_path):
    d = tmp_path / "mine.yaml"
    d.write_text(
        "organizations:\n"
        "  - {code: NGAREB, name: Delta Avengers, names: [Delta Avengers], kind: armed_group}\n"
        "lexicon:\n"
        '  - {code: "1822", verb: waylay, target: [dobj]}\n', encoding="utf-8")
    coder = Coder(Settings(dictionaries=(d,)))
    events = coder.code("The Delta Avengers waylaid Nigerian soldiers near Warri.",
                        date="2024-01-01").events
    assert any(e.source.code == "NGAREB" and e.cameo.code == "1822" and e.target
               and e.target.country == "NGA" for e in events), events


def test_user_csv_dictionary(tmp_path):
    d = tmp_path / "actors.csv"
    d.write_text("text,code\nBlue Crescent Brigade,SOMREB\n", encoding="utf-8")
    coder = Coder(Settings(dictionaries=(d,)))
    events = coder.code("The Blue Crescent Brigade attacked Somali troops on Monday.",
                        date="2024-01-01").events
    assert any(e.source.code == "SOMREB" for e in events), events


@pytest.mark.parametrize("content,message", [
    ("lexicon:\n  - {code: '999', verb: foo}\n", "unknown CAMEO code"),
    ("lexicon:\n  - {code: '190', verb: foo, noun: bar}\n", "exactly one of"),
    ("actors: []\n", "unknown section"),
    ("lexicon: [\n", "not valid YAML"),
])
def test_bad_user_dictionary_is_a_clear_error(tmp_path, content, message):
    d = tmp_path / "bad.yaml"
    d.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message):
        load((d,))


def test_former_seats_of_government_stand_for_the_state(coder):
    events = coder.code("Rangoon expelled two Thai diplomats on Monday.", date="1988-05-02").events
    assert any(e.source.code == "MMR" and e.source.how == "metonym" for e in events), events
