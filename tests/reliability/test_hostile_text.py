"""Hostile text (tests/data/hostile.yaml) comes out literally and safely from every renderer.

HTML and script, ``javascript:`` links, MyST and Typst markup, control characters, right-to-left
text, emoji and very long words: the PDFs show the characters (no page break, no 40 pt text, no
markup applied), the Markdown page parses to text only, and in Chromium no script runs and no
dialog opens, on the web deck and on the Sphinx pages.
"""

from __future__ import annotations

import functools
import io
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docutils.core
import pdfplumber
import pytest
import yaml
from docutils import nodes
from myst_parser.parsers.docutils_ import Parser
from playwright.sync_api import expect
from reliability_support import (
    assert_located_failure,
    kitgen_env,
    make_project,
    run_kitgen,
)

from kitgen import urls
from kitgen.links import Links
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.cards import DeckOptions, render_deck
from kitgen.render.glyphs import COMMON, covered, glyph_warnings, missing
from kitgen.render.guide import GuideOptions, render_guide_markdown, render_guide_pdf
from kitgen.render.webdeck import render_webdeck
from kitgen.typography import typeset

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile.yaml"
#: A card large enough for the fixture's longest unbreakable words (103 mm at 8.5 pt).
BIG_CARD = "140x190"
BASE_URL = "https://example.org/kit/"
HOSTED = Links(base_url=BASE_URL)

#: What each language must show literally on the cards (spaces removed before comparing:
#: line breaks and French thin spaces move, characters do not).
CARD_LITERALS = {
    "fr": [
        "<script>document.body.dataset.pwned='1'</script>",
        "<imgsrc=xonerror=\"document.body.dataset.pwned='2'\">",
        "[cliquez](javascript:document.body.dataset.pwned='3')",
        "{ref}`x`**gras**_it_`code`#Titre?:::{note}:::$$x$$",
        "#settext(size:40pt)$x^2$[crochets]*étoile*_souligné_`brut`\\fin#{1+1}@lbl<lbl>",
        "(label)=[^1]<https://exemple.ch>~~barré~~",
        "Contrôle:[31mfin.",
        "àl'envers?",
        "Qu’allez-vousfairedeces<b>balises</b>&&amp;&lt;script&gt;?",
        "#[Typst]*markup*",  # a category label (upper-cased by the design: compared casefolded)
    ],
    "en": [
        "<script>document.body.dataset.pwned='1'</script>",
        "[click](javascript:document.body.dataset.pwned='3')",
        "#pagebreak()#place(dx:5cm)[x]$a$*_`\\\\][//comment/*open",
        "{ref}`x`**bold**_it_`code`#Heading?```{raw}html```|a|b|",
        "Control:[31mend.",
        "andreversed?",
        "Supercalifragilisticexpialidocioussupercalifragilisticexpialidocious?",
        "<img src=x onerror=alert(1)>",  # the title, on the backs
        "Attributionwith]])}#{and\\backslashes",
    ],
}


@pytest.fixture(scope="module")
def hostile() -> PromptSet:
    return load_set(HOSTILE, docs_dir=None)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_pages(data: bytes) -> list[dict[str, Any]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [
            {
                "text": page.extract_text() or "",
                "sizes": [c["size"] for c in page.chars],
                "fonts": {c["fontname"].split("+")[-1] for c in page.chars},
            }
            for page in pdf.pages
        ]


def _tame(prompt_set_path: Path, target: Path) -> Path:
    """The same set with every prompt text replaced by a plain one of the same length."""
    data = yaml.safe_load(prompt_set_path.read_text(encoding="utf-8"))
    for prompt in data["prompts"]:
        prompt["text"] = {k: "plain " * (len(v) // 6) for k, v in prompt["text"].items()}
        prompt["follow_ups"] = [
            {k: "plain " * (len(v) // 6) for k, v in f.items()} for f in prompt["follow_ups"]
        ]
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return target


# --------------------------------------------------------------------------- cards


@functools.cache
def _deck(lang: str, card: str) -> bytes:
    return render_deck(
        load_set(HOSTILE, docs_dir=None), lang, DeckOptions(card=card, base_url=BASE_URL)
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cards_show_markup_literally(lang: str) -> None:
    pages = _pdf_pages(_deck(lang, BIG_CARD))
    text = _flat(" ".join(p["text"] for p in pages))
    for literal in CARD_LITERALS[lang]:
        assert _flat(literal).casefold() in text.casefold(), literal
    # No control character reached the page; the escape sequence's printable part did.
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", text)
    # Right-to-left letters are drawn (by a fallback font), not dropped.
    assert {"ש", "ל", "ם"} <= set(text)
    assert {"م", "ر"} <= set(text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cards_apply_no_typst_markup(lang: str, tmp_path: Path) -> None:
    """Same pages and no bigger text than the same deck with plain words: ``#pagebreak()``,
    ``#set text(size: 40pt)`` and ``#set page(width: 1cm)`` were not obeyed."""
    hostile_pages = _pdf_pages(_deck(lang, BIG_CARD))
    tame_set = load_set(_tame(HOSTILE, tmp_path / "tame.yaml"), docs_dir=None)
    tame_pages = _pdf_pages(
        render_deck(tame_set, lang, DeckOptions(card=BIG_CARD, base_url=BASE_URL))
    )
    assert len(hostile_pages) == len(tame_pages) == 10  # 5 cards, front and back
    biggest = max(max(p["sizes"]) for p in hostile_pages)
    assert biggest <= max(max(p["sizes"]) for p in tame_pages) + 0.01
    assert biggest < 40
    with pdfplumber.open(io.BytesIO(_deck(lang, BIG_CARD))) as pdf:
        widths = {round(float(page.width)) for page in pdf.pages}
    assert len(widths) == 1  # no page was set to 1 cm wide


def test_cards_on_poker_refuse_overlong_words_with_located_errors(tmp_path: Path) -> None:
    """The fixture's 71 mm unbreakable address-like word cannot fit a poker card: a located
    error quoting the word as typed (no French space put inside ``javascript:``).  Its long
    dictionary words (``Anticonstitutionnellement…``) break where the language hyphenates
    them, so that prompt is not refused."""
    source = tmp_path / "hostile.yaml"
    source.write_bytes(HOSTILE.read_bytes())
    result = run_kitgen(["cards", source, "-o", tmp_path / "deck.pdf"], cwd=tmp_path)
    errors = assert_located_failure(result, "prompt script-tag", "even hyphenated")
    assert all("hostile.yaml:" in e for e in errors)
    refused = [e for e in errors if ": error: " in e]
    assert len(refused) == 1, result.stderr
    assert "“[cliquez](javascript:docu" in refused[0], refused[0]
    assert not (tmp_path / "deck.pdf").exists()


def test_undrawable_characters_are_named_not_left_blank(tmp_path: Path) -> None:
    """RTL letters (no bundled font has them) are named in a located warning with the prompt's
    id; emoji are drawn by the bundled fallback font (Noto Emoji), so they are not."""
    source = tmp_path / "hostile.yaml"
    source.write_bytes(HOSTILE.read_bytes())
    result = run_kitgen(
        ["cards", source, "--card", BIG_CARD, "-o", tmp_path / "deck.pdf"], cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    lines = [x for x in result.stderr.splitlines() if ": warning: " in x]
    assert len(lines) == 1, result.stderr
    assert re.match(
        r"^hostile\.yaml:\d+:\d+: warning: prompt 'control-rtl-emoji' uses characters the card "
        r"font cannot draw: 'ש' \(U\+05E9\), 'ל' \(U\+05DC\)",
        lines[0],
    ), lines[0]
    assert "🎉" not in lines[0] and "🤝" not in lines[0]
    assert (tmp_path / "deck.pdf").is_file()


def test_glyph_check_covers_emoji_and_not_the_kit_s_own_typography(hostile: PromptSet) -> None:
    assert missing("🎉 🤝 🚀 ⚠ ✅") == []  # drawn by the fallback font (Noto Emoji)
    assert missing("→ ✓ ★ ☐") == []  # drawn by the symbols fallback (DejaVu Sans)
    assert missing("x\u0301 漢 🤝 y") == ["漢"]  # U+0301, a combining accent, is in the font
    assert all(ord(c) in covered() or not c.isprintable() or c.isspace() for c in COMMON)
    assert missing("« Qu’est-ce que c’est ? » – 25 % … — ‘x’ “y” é à ç œ Œ ß") == []
    warnings = glyph_warnings(hostile)
    assert [d.message.split(" uses")[0] for d in warnings] == ["prompt 'control-rtl-emoji'"]
    assert "'ש' (U+05E9)" in warnings[0].message and "🎉" not in warnings[0].message


# --------------------------------------------------------------------------- guides


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_guide_pdf_shows_markup_literally(hostile: PromptSet, lang: str) -> None:
    pages = _pdf_pages(render_guide_pdf(hostile, lang, GuideOptions(links=HOSTED)))
    text = _flat(" ".join(p["text"] for p in pages))
    for literal in (
        "<script>alert('session')</script>" if lang == "fr" else "**Session**`x`#set",
        "<script>alert('instructions')</script>" if lang == "fr" else "{raw}`<b>x</b>`",
        "<script>document.body.dataset.pwned='1'</script>",
        "Exploration$x$" if lang == "fr" else "Exploring$x$",
        "<marquee>débrief</marquee>" if lang == "fr" else "<marquee>debrief</marquee>",
        "#pagebreak()#place(dx:5cm)[x]" if lang == "en" else "#settext(size:40pt)$x^2$",
    ):
        assert _flat(literal) in text, literal
    assert max(max(p["sizes"], default=0) for p in pages) < 40
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e]", text)


def _myst(markdown: str) -> tuple[nodes.document, str]:
    warnings = io.StringIO()
    tree = docutils.core.publish_doctree(
        markdown,
        parser=Parser(),
        settings_overrides={"warning_stream": warnings, "report_level": 2, "halt_level": 5},
    )
    return tree, warnings.getvalue()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_guide_markdown_is_text_only(hostile: PromptSet, lang: str) -> None:
    markdown = render_guide_markdown(hostile, lang, GuideOptions(links=HOSTED))
    tree, warnings = _myst(markdown)
    assert warnings == ""
    assert not list(tree.findall(nodes.raw))  # no HTML passed through
    assert not list(tree.findall(nodes.system_message))
    for reference in tree.findall(nodes.reference):
        assert str(reference.get("refuri", "")).startswith(("https://", "#", "http://")), reference
    text = _flat(tree.astext())
    assert _flat("<script>document.body.dataset.pwned='1'</script>") in text
    assert "pwned='3'" in text  # the javascript: link stayed text
    if lang == "en":
        assert _flat("{ref}`x` **bold** _it_ `code` # Heading?") in text
        assert _flat("<svg onload=alert(5)> note") in text


# --------------------------------------------------------------------------- browsers

#: Elements and attributes an injection would add; the pages never have them on their own.
INJECTED = (
    "[onerror]",
    "[onload]",
    "iframe",
    "marquee",
    "img[src='x']",
    "a[href^='javascript:' i]",
    "iframe[src^='javascript:' i]",
)


class Visit:
    """One page in Chromium, with every dialog and page error recorded."""

    def __init__(self, browser: Any, settle: Callable[[Any], None]) -> None:
        self.page = browser.new_page()
        self.settle = settle
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        # Anything loaded from outside the loopback server would be an injection at work.
        self.page.route(re.compile(r"^(?!http://127\.0\.0\.1:).*"), lambda route: route.abort())

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, url: str) -> None:
        self.page.goto(url, wait_until="load")
        self.settle(self.page)  # loaded (images' error handlers have run), no animation left

    def assert_safe(self) -> None:
        where = self.page.url
        assert self.dialogs == [], (where, self.dialogs)
        pwned = self.page.evaluate("document.body.dataset.pwned ?? null")
        assert pwned is None, (where, pwned)
        for selector in INJECTED:
            assert self.page.locator(selector).count() == 0, (where, selector)
        # No executable script carries the author's text (the deck's JSON island is data).
        scripts = self.page.evaluate(
            "[...document.scripts].filter(s => s.type !== 'application/json'"
            " && /pwned|alert\\(/.test(s.textContent)).length"
        )
        assert scripts == 0, where
        assert self.errors == [], (where, self.errors)


def test_web_deck_runs_no_author_script(
    hostile: PromptSet,
    tmp_path: Path,
    chromium: Any,
    serve: Callable[[Path], str],
    settle: Callable[[Any], None],
) -> None:
    for lang in ("fr", "en"):
        for relative, data in render_webdeck(hostile, lang, BASE_URL).items():
            target = tmp_path / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    base = serve(tmp_path)
    visit = Visit(chromium, settle)
    for lang in ("fr", "en"):
        deck = base + urls.web_deck(lang, hostile.id)
        for prompt in hostile.prompts:
            visit.goto(f"{deck}?card={prompt.id}")
            expect(visit.page.locator("html.ready")).to_have_count(1)
            if visit.page.is_enabled("#toggle-follow-ups"):
                visit.page.click("#toggle-follow-ups")
                expect(visit.page.locator("#toggle-follow-ups")).to_have_attribute(
                    "aria-expanded", "true"
                )
            visit.assert_safe()
            shown = _flat(visit.page.inner_text("#card"))
            assert _flat(typeset(prompt.text.get_text(lang), lang))[:20] in shown
        visit.goto(deck)  # and through the deck with the keyboard
        for _ in hostile.prompts:
            visit.page.keyboard.press("ArrowRight")
            visit.page.keyboard.press("Space")
        visit.assert_safe()
        # A hostile address is text too.
        visit.goto(f"{deck}?card=%3Cimg%20src%3Dx%20onerror%3Dalert(7)%3E")
        visit.assert_safe()
    visit.goto(f"{base}{urls.web_deck('en', hostile.id)}?card=script-tag")
    assert "<script>document.body.dataset.pwned='1'</script>" in visit.page.inner_text("#card")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    """The Sphinx pages of a project holding the hostile set (built by sphinx-build)."""
    root = tmp_path_factory.mktemp("hostile-site")
    data = yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))
    project = make_project(root / "project", repo_root, {"hostile": data})
    site = root / "site"
    for lang in ("fr", "en"):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "sphinx",
                "-b",
                "html",
                "-q",
                "-c",
                "docs",
                f"docs/{lang}",
                site / lang,
            ],
            cwd=project,
            env=kitgen_env(),
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    return site


@pytest.mark.slow
def test_sphinx_pages_run_no_author_script(
    hostile_site: Path, chromium: Any, serve: Callable[[Path], str], settle: Callable[[Any], None]
) -> None:
    base = serve(hostile_site)
    pages = sorted(
        p.relative_to(hostile_site).as_posix()
        for p in hostile_site.rglob("*.html")
        if "_static" not in p.parts
    )
    assert "en/sets/hostile.html" in pages and "fr/themes/hostile.html" in pages
    visit = Visit(chromium, settle)
    for page in pages:
        visit.goto(base + page)
        for details in visit.page.locator("details").all():  # open the facilitator notes
            details.evaluate("d => d.open = true")
        visit.assert_safe()
    # The set page shows the author's markup as text.
    visit.goto(base + "en/sets/hostile.html")
    body = visit.page.inner_text("body")
    # (Sphinx's smart quotes curl the quotes: the only change the site makes to the text.)
    assert "<script>document.body.dataset.pwned=" in body
    assert "</script> do on a card?" in body
    assert "#pagebreak()" in body
    # Sphinx's search renders snippets of the pages: still text.
    for lang in ("fr", "en"):
        visit.goto(f"{base}{lang}/search.html?q=pwned")
        # Sphinx's search fills in its summary line once every result is shown.
        expect(visit.page.locator("#search-results .search-summary")).not_to_be_empty()
        visit.assert_safe()


@pytest.mark.parametrize(
    "payload",
    [
        "<img src=x onerror=\"document.body.dataset.pwned='1'\">",
        "<script>alert(1)</script>",
        '<a href="javascript:alert(2)">x</a>',
        "<script>document.body.dataset.pwned = 'yes'</script>",
    ],
)
def test_the_browser_check_is_not_blind(
    tmp_path: Path,
    chromium: Any,
    serve: Callable[[Path], str],
    settle: Callable[[Any], None],
    payload: str,
) -> None:
    """A page where the injection did work fails the check."""
    (tmp_path / "page.html").write_text(f"<!doctype html><body>{payload}</body>", "utf-8")
    visit = Visit(chromium, settle)
    visit.goto(serve(tmp_path) + "page.html")
    with pytest.raises(AssertionError):
        visit.assert_safe()
