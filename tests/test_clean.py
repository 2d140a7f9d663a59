from __future__ import annotations

import pytest

from eventwire.clean import clean

SCRAPED = (
    " Officials in Accra said on Monday that Foreign Minister Kwaku\n"
    "Mensah would travel to Lome.\n"
    "\n"
    "Related article: Brazil and Canada sign trade pact\n"
    "\n"
    "The two governments have long co-\n"
    "operated on border security.\n"
    "Share this article: Facebook Twitter Email\n"
    "Read more: Five things to know\n"
    "\n"
    "Original url:\n"
    "https://news.example.org/2024/03/13/ghana-togo-border-talks-resum\n"
    "e-after-pause\n"
)


def test_furniture_is_removed_and_recorded():
    c = clean(SCRAPED)
    assert "Brazil" not in c.text and "Canada" not in c.text
    assert "Share this" not in c.text and "Read more" not in c.text
    assert "https" not in c.text
    kinds = [r["kind"] for r in c.removed]
    assert kinds.count("furniture") == 3
    assert "original-url" in kinds


@pytest.mark.parametrize("caption", [
    "Riot police stand guard outside parliament in Nairobi on Tuesday. Photo: Reuters",
    "The minister arrives for talks in Geneva. Picture: AFP.",
    "Firefighters work at the scene of a strike in Kharkiv (Photo: State Emergency Service)",
])
def test_a_photo_caption_is_set_aside(caption):
    c = clean(f"Ministers met in Geneva on Monday.\n\n{caption}\n\nThe talks ended late.")
    assert "caption" in [r["kind"] for r in c.removed]
    assert caption.split(".")[0] not in c.text and "The talks ended late." in c.text


def test_a_sentence_about_photos_is_no_caption():
    text = "The ministry said the photo: a fake, made to stir anger at the army's conduct."
    assert "caption" not in [r["kind"] for r in clean(text).removed]


def test_broken_url_is_rejoined():
    c = clean(SCRAPED)
    assert c.urls == ("https://news.example.org/2024/03/13/ghana-togo-border-talks-resume-after-pause",)


def test_hard_wraps_undone_and_names_rejoined():
    c = clean(SCRAPED)
    assert "Foreign Minister Kwaku Mensah would travel" in c.text
    assert c.text.startswith("Officials")  # stray leading space gone
    assert "co-operated" in c.text  # a word split at its hyphen keeps the hyphen, loses the break


def test_every_clean_character_maps_back_to_the_raw_text():
    c = clean(SCRAPED)
    for i, ch in enumerate(c.text):
        if not ch.isspace():
            assert SCRAPED[c.offsets[i]] == ch
    start = c.text.index("Kwaku Mensah")
    s, e = c.raw_span(start, start + len("Kwaku Mensah"))
    assert SCRAPED[s:e] == "Kwaku\nMensah"


def test_paragraphs():
    c = clean(SCRAPED)
    assert len(c.paragraphs) == 2
    for p in c.paragraphs:
        assert c.text[p.start:p.start + len(p.text)] == p.text


def test_clean_is_pure():
    assert clean(SCRAPED) == clean(SCRAPED)


def test_headline_byline_and_dateline_set_aside():
    raw = ("Ghana and Togo reopen border crossings\n\n"
           "By Ama Owusu | Published 12 March 2024, 09:10 GMT\n\n"
           "ACCRA, March 12 - Ghana and Togo reopened two border crossings on Tuesday, officials\n"
           "said, quoted by the state news agency.\n")
    c = clean(raw)
    assert c.title == "Ghana and Togo reopen border crossings"
    assert c.dateline == "ACCRA, March 12"
    assert c.text.startswith("Ghana and Togo reopened")
    assert "quoted by the state news agency" in c.text  # a wrapped line starting "by" stays
    assert {"headline", "byline", "dateline"} <= {r["kind"] for r in c.removed}


def test_a_headline_run_into_the_first_paragraph_is_set_aside():
    raw = ("Three killed as floods hit northern Ghana\n"
           "The death toll from the floods in the north of the country rose to three on Monday.\n"
           "Rescue teams were still searching villages near Tamale.\n")
    c = clean(raw)
    assert c.title == "Three killed as floods hit northern Ghana"
    assert c.paragraphs[0].text.startswith("The death toll")


def test_a_hard_wrapped_lead_is_not_a_headline():
    raw = ("Ghana said on Monday its foreign minister and his Togolese counterpart had\n"
           "agreed in a phone call to reopen the border crossing at Aflao.\n")
    assert clean(raw).title is None


@pytest.mark.parametrize("raw", [
    "NATO -led forces left the base on Monday.",
    "UNITED NATIONS-backed talks resumed on Monday.",
])
def test_a_dash_inside_a_compound_is_no_dateline(raw):
    assert clean(raw).dateline is None


@pytest.mark.parametrize("raw,dateline", [
    ("ISLAMABAD: Pakistan's foreign minister left for Beijing on Monday.", "ISLAMABAD"),
    ("KAMPALA, UGANDA: Police fired tear gas at traders on Tuesday.", "KAMPALA, UGANDA"),
])
def test_a_dateline_closed_by_a_colon(raw, dateline):
    c = clean(raw)
    assert c.dateline == dateline
    assert not c.text.startswith(dateline)


@pytest.mark.parametrize("raw", [
    "BREAKING: Police fired tear gas at traders in Kampala on Tuesday.",
    "UPDATE: The talks resumed in Doha on Monday.",
])
def test_a_label_closed_by_a_colon_is_no_dateline(raw):
    assert clean(raw).dateline is None


@pytest.mark.parametrize("line,dateline", [
    ("BEIRUT (Reuters/Bloomberg)\u2013A huge car bomb killed the former prime minister.",
     "BEIRUT (Reuters/Bloomberg)"),
    ("NEW YORK (Reuters)-Stocks rose on Monday.", "NEW YORK (Reuters)"),
])
def test_a_dateline_with_two_agencies_or_a_closed_up_dash(line, dateline):
    """Session 21: a slash between two agencies and a dash closed up to the bracket still end
    a dateline; the credit is never an actor."""
    c = clean(line + "\n\nThe blast was heard across the city.")
    assert c.dateline == dateline
    assert not c.paragraphs[0].text.startswith(dateline.split()[0])
