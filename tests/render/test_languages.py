"""German and Italian sets make decks, guides and online decks with no English word on them.

The fixture sets (``tests/data/i18n``) are written in one language each.  Every output is read
back (PDF text, the page's visible text and interface words) and checked against the output
catalogue: no English message that the language translates differently may appear, and the
translated words must be there.
"""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber
import pytest
from babel.messages.pofile import read_po

from kitgen.i18n import output_text
from kitgen.i18n.catalogs import catalog_path
from kitgen.i18n.extract import template_path
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.cards import DeckOptions, render_deck
from kitgen.render.guide import GuideOptions, render_guide_pdf
from kitgen.render.webdeck import render_webdeck
from kitgen.typography import typeset

DATA = Path(__file__).resolve().parents[1] / "data" / "i18n"
LANGS = ["de", "it"]
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u00ad]+")
# A line-end hyphen inside a word (the cards hyphenate): joined again before searching.
_BROKEN = re.compile(r"(\w)-\s+(\w)")


def flat(text: str) -> str:
    return _SPACES.sub(" ", _BROKEN.sub(r"\1\2", text)).strip()


def english_words(lang: str) -> list[str]:
    """The English texts that must not appear on an output in ``lang``: every message (its
    longest fixed part when it has placeholders) that ``lang`` translates differently."""
    with template_path("output").open("rb") as fp:
        template = read_po(fp)
    with catalog_path(lang, "output").open("rb") as fp:
        catalog = read_po(fp, locale=lang)
    out = set()
    for message in template:
        if not message.id:
            continue
        entry = catalog.get(message.id, context=message.context)
        assert entry is not None and entry.string, message.id
        # A plural message has a tuple of ids and a tuple of forms: every English form counts,
        # and a form is "the same word" when any of the translations carries it.
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        translation = " | ".join(str(form) for form in forms)
        for msgid in ids:
            english = max(re.split(r"\{\w+\}", str(msgid)), key=len).strip(" ,;:.")
            if len(re.findall(r"[A-Za-z]", english)) < 4:
                continue  # "A4", "PDF", "{n} min", "Set" (a German word too): not telling
            if re.search(rf"(?<!\w){re.escape(english)}(?!\w)", translation, re.IGNORECASE):
                continue  # the same word in both languages ("Hybrid", "Timer", "Scenario")
            out.add(english)
    return sorted(out, key=len, reverse=True)


def assert_no_english(text: str, lang: str) -> None:
    found = [
        word
        for word in english_words(lang)
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    ]
    assert found == [], f"English interface words on a {lang} output: {found}"


def assert_has(text: str, lang: str, *msgids: str) -> None:
    """The translations of ``msgids`` are on the output (so the check above is not vacuous)."""
    for msgid in msgids:
        word = flat(typeset(output_text(lang, msgid), lang))
        assert word.casefold() in text.casefold(), (lang, msgid, word)


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return flat(" ".join(page.extract_text() or "" for page in pdf.pages))


@pytest.fixture(scope="module", params=LANGS)
def language_set(request: pytest.FixtureRequest) -> tuple[str, PromptSet]:
    lang = str(request.param)
    return lang, load_set(DATA / f"{lang}.yaml", docs_dir=None)


#: How the provocation, typed with straight quotes, must come out in each language.
QUOTED = {"de": "„Eine Datenschutzfolgenabschätzung", "it": "«La deresponsabilizzazione"}


def test_guide_speaks_the_sets_language(language_set: tuple[str, PromptSet]) -> None:
    lang, prompt_set = language_set
    text = pdf_text(render_guide_pdf(prompt_set, lang, GuideOptions()))
    assert_no_english(text, lang)
    assert QUOTED[lang] in text  # the language's own quotation marks
    assert_has(
        text,
        lang,
        "Facilitator guide",
        "Agenda",
        "Facilitator note",
        "Follow-ups",
        "Actions for the next session",
        "in fours",  # a phase of 1-2-4-All
        "This prompt is not meant for remote work: adapt it (breakout rooms, a shared board) "
        "or replace it.",
    )


def test_deck_speaks_the_sets_language(language_set: tuple[str, PromptSet]) -> None:
    lang, prompt_set = language_set
    # A6 leaves room for every word whole: this checks the words, not the line breaking.
    text = pdf_text(render_deck(prompt_set, lang, DeckOptions(card="a6")))
    assert_no_english(text, lang)
    assert_has(text, lang, "Opener", "Closer", "Provocation")


class _Visible(HTMLParser):
    """The text a reader sees or hears: text outside scripts and styles, and labels."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.data_island: list[str] = []
        self._skip: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "style"):
            self._skip = "json" if values.get("type") == "application/json" else tag
        for name in ("aria-label", "title", "alt", "placeholder", "content"):
            if values.get(name) and not (tag == "meta" and values.get("name") != "description"):
                self.parts.append(str(values[name]))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = None

    def handle_data(self, data: str) -> None:
        if self._skip == "json":
            self.data_island.append(data)
        elif self._skip is None:
            self.parts.append(data)


def test_online_deck_speaks_the_sets_language(language_set: tuple[str, PromptSet]) -> None:
    lang, prompt_set = language_set
    files = render_webdeck(prompt_set, lang, "https://kit.example.org/")
    [page] = [path for path in files if path.endswith(".html")]
    parser = _Visible()
    parser.feed(files[page].decode("utf-8"))
    data = json.loads("".join(parser.data_island))
    # The script fills the {placeholders} of the labels: their names are not words on the page.
    labels = [re.sub(r"\{\w+\}", " ", label) for label in data["labels"].values()]
    shown = [
        *parser.parts,
        *labels,
        *(level["label"] for level in data["levels"]),
        *data["kinds"].values(),
        *data["groups"].values(),
    ]
    text = flat(" ".join(shown))
    assert_no_english(text, lang)
    assert_has(text, lang, "Draw a card", "Session agendas", "Only cards that work on a video call")
