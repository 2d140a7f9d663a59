"""The inventory of national civil-society bodies (knowledge/organizations-civil.yaml): unions,
student unions, professional associations, farmers' and employers' bodies, election bodies and
rights commissions named in wire copy come out as the event's source with their country and
sector; bare "Congress" is still the US Congress; and the file's forms, codes and shape hold to
the rules in its header.

The sentences are written for this file, not taken from any gold or reference set. How an
expected row is matched: tests/sentence_checks.py (a code longer than three letters is matched
in full, so the sector is checked too).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from sentence_checks import acts, has, show

from eventwire import knowledge

HERE = Path(knowledge.__file__).parent
CIVIL = HERE / "organizations-civil.yaml"

CODED = [
    ("labour congress", "The Nigeria Labour Congress called a nationwide strike over the fuel "
     "price increase.", ("NGALAB", "14", "*")),
    ("federation with its country", "South Africa's Cosatu threatened a national strike over "
     "electricity prices.", ("ZAFLAB", "13", "*")),
    ("federation by acronym", "The KCTU held a rally in Seoul against the labour reform.",
     ("KORLAB", "14", "KOR")),
    ("Histadrut", "The Histadrut declared a general strike to protest the judicial overhaul.",
     ("ISRLAB", "14", "ISR")),
    ("UGTT", "The UGTT rejected the president's decree on the unions.",
     ("TUNLAB", "12", "TUN")),
    ("British TUC", "The Trades Union Congress accused the government of attacking workers' "
     "rights.", ("GBRLAB", "11", "GBR")),
    ("teachers' union", "The Kenya National Union of Teachers threatened to strike over pay.",
     ("KENLAB", "13", "*")),
    ("medical association", "The Korean Medical Association urged the government to withdraw "
     "the plan to expand medical school admissions.", ("KORHLH", "02", "KOR")),
    ("resident doctors", "The Nigerian Association of Resident Doctors began an indefinite "
     "strike over unpaid salaries.", ("NGAHLH", "14", "NGA")),
    ("farmers' front", "The Samyukt Kisan Morcha blocked highways around New Delhi.",
     ("INDAGR", "14", "IND")),
    ("farmers' union", "The National Farmers' Union criticised the British government over the "
     "inheritance tax.", ("GBRAGR", "11", "GBR")),
    ("farmers by acronym", "The FNSEA demanded that the French government scrap the new "
     "environmental rules.", ("FRAAGR", "10", "FRA")),
    ("law society", "The Law Society of Kenya accused the police of abducting protesters.",
     ("KENJUD", "11", "KENCOP")),
    ("bar association", "The Hong Kong Bar Association criticised Beijing's interpretation of "
     "the Basic Law.", ("HKGJUD", "11", "CHN")),
    ("student federation", "Students' Federation of India activists protested against the fee "
     "hike in Kolkata.", ("INDEDU", "14", "IND")),
    ("industry federation", "The Federation of Korean Industries urged the government to ease "
     "regulations.", ("KORBUS", "02", "KOR")),
    ("election commission", "The Independent Electoral and Boundaries Commission rejected the "
     "opposition's demand for an audit.", ("KENGOV", "12", "KENOPP")),
    ("election council", "The Supreme Election Council rejected the opposition's appeal.",
     ("TURGOV", "12", "TUR")),
    ("rights commission", "The Afghanistan Independent Human Rights Commission accused the "
     "Taliban of killing civilians.", ("AFGHRI", "11", "AFG")),
    # a name several countries share is left out of the file: the country named with it and the
    # agent words of agents.yaml give the code
    ("shared name with its country", "Russia's Central Election Commission barred the "
     "opposition candidate from the ballot.", ("RUSGOV", "17", "RUS")),
    ("generic electoral commission", "The electoral commission of Malawi rejected the "
     "opposition's demand for a recount.", ("MWIGOV", "12", "MWI")),
    ("generic rights commission", "Nigeria's National Human Rights Commission accused the army "
     "of torturing detainees.", ("NGAHRI", "11", "NGAMIL")),
    ("generic bar associations", "The Turkish bar associations accused the government of "
     "jailing lawyers.", ("TURJUD", "11", "TURGOV")),
    ("generic farmers' union", "The Kenyan farmers' union urged the government to cut "
     "fertiliser prices.", ("KENAGR", "02", "KENGOV")),
]


@pytest.mark.parametrize("name,text,expected", CODED, ids=[c[0] for c in CODED])
def test_body_is_the_source(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


BARE_CONGRESS = [
    ("Congress passed a resolution condemning the Russian invasion of Ukraine.",
     ("USALEG", "11", "RUS")),
    ("Congress criticised the Chinese government over Hong Kong.", ("USALEG", "11", "CHN")),
]


@pytest.mark.parametrize("text,expected", BARE_CONGRESS)
def test_bare_congress_is_still_the_us_congress(coder_all, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)
    assert not any(e.source.code.endswith("LAB") for e in events), show(events)


# -- the file itself -----------------------------------------------------------------------

def _entries() -> list[dict]:
    with CIVIL.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _forms(entry: dict) -> list[str]:
    return [entry["name"], *entry["names"]]


def _load(name: str):
    with (HERE / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _other_forms() -> dict[str, str]:
    """Every surface form of the other knowledge files, lowercased → the file it is in."""
    out: dict[str, str] = {}
    for c in _load("countries.yaml"):
        for form in [c["name"], *(c.get("names") or []), *(c.get("adjectives") or []),
                     *(c.get("capitals") or []), *(c.get("seats") or {})]:
            out.setdefault(str(form).lower(), "countries.yaml")
    for e in _load("former-names.yaml"):
        out.setdefault(str(e["name"]).lower(), "former-names.yaml")
    for words in _load("agents.yaml").values():
        for w in words:
            out.setdefault(str(w).lower(), "agents.yaml")
    for path in sorted(HERE.glob("organizations*.yaml")):
        if path != CIVIL:
            for e in _load(path.name):
                for form in _forms(e):
                    out.setdefault(str(form).lower(), path.name)
    for path in sorted(HERE.glob("people*.yaml")):
        for p in _load(path.name):
            for form in [p["name"], *(p.get("aliases") or [])]:
                out.setdefault(str(form).lower(), path.name)
    return out


def test_no_form_collides_with_another_knowledge_file():
    other = _other_forms()
    clashes = [f"{form!r} ({e['code']}) is also in {other[form.lower()]}"
               for e in _entries() for form in _forms(e) if form.lower() in other]
    assert not clashes, "; ".join(clashes)


def test_no_form_names_two_bodies():
    seen: dict[str, str] = {}
    clashes = []
    for e in _entries():
        for form in _forms(e):
            if seen.setdefault(form, e["code"]) != e["code"]:
                clashes.append(f"{form!r}: {seen[form]} and {e['code']}")
    assert not clashes, "; ".join(clashes)


SECTORS = {"LAB", "EDU", "HLH", "JUD", "AGR", "BUS", "GOV", "HRI", "NGO"}
KINDS = {"union", "association", "business", "election_body", "rights_commission"}


def test_entries_have_the_header_shape_and_known_codes():
    """Every row is code, name, names and kind (an unquoted comma in a flow mapping would make a
    stray key), and its code is a country of countries.yaml, or NGO, plus a listed sector."""
    countries = {c["code"] for c in _load("countries.yaml")}
    bad = []
    for n, e in enumerate(_entries(), start=1):
        code = e.get("code", "")
        if set(e) != {"code", "name", "names", "kind"} or e["kind"] not in KINDS:
            bad.append(f"entry {n}: {e}")
        elif not (code[:3] in countries | {"NGO"} and code[3:] in SECTORS and len(code) == 6):
            bad.append(f"entry {n}: code {code}")
    assert not bad, "; ".join(bad)


def test_codes_are_read_by_the_labels_and_exports():
    """HRI is not in CODING.md's list: the dashboard's labels and the exports must still know it."""
    names = _load("code-names.yaml")["agents"]
    exports = _load("export-codes.yaml")["agents"]
    used = {e["code"][3:] for e in _entries()}
    assert used <= set(names) and used <= set(exports)


WORDNET = Path("/usr/share/wordnet")
REVIEWED_WORDS = {
    "AFL-CIO": "WordNet's own entry is the federation",
    "KNUT": "WordNet has it only as a spelling of King Canute",
    "NARD": "WordNet's nard is spikenard, a plant oil not met in news",
    "NEBE": "WordNet's NEbE is a compass point",
}


@pytest.mark.skipif(not (WORDNET / "index.noun").exists(),
                    reason="Debian's WordNet (wordnet-base) is not installed")
def test_one_word_forms_are_not_english_words():
    """A one-word form that is also an English word ("Unite", "CUT", "DISK") would code every
    capitalised use of the word; the few WordNet lists for other reasons are reviewed above."""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with (WORDNET / f"index.{pos}").open(encoding="utf-8", errors="replace") as fh:
            words.update(line.split(" ", 1)[0] for line in fh if not line.startswith(" "))
    found = sorted({form for e in _entries() for form in _forms(e)
                    if " " not in form and form.lower() in words} - set(REVIEWED_WORDS))
    assert not found, found
