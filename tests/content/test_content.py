"""The shipped content: every theme has its pages and set, long enough, with defined terms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kitgen.load import load
from kitgen.model import Kind, Level

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PROMPTS = ROOT / "prompts"
LANGS = ("fr", "en")
THEMES = (
    "engagement",
    "relationships",
    "time-spent",
    "security-blocking",
    "sme-strategy",
    "governance",
    "interoperability",
    "generative-ai",
)
MIN_WORDS = 700

_FENCE = re.compile(r"^(```|:::).*?^\1\s*$", re.M | re.S)
_DIRECTIVE_LINE = re.compile(r"^\s*(:[a-z-]+:.*|\(.*\)=|[`:]{3,}.*)$", re.M)
_ROLE = re.compile(r"\{[a-z:-]+\}`([^`<]*?)(?:\s*<[^>]*>)?`")
# Roles and inline code, scanned left to right so that `{term}` written as code is not a role.
_ROLE_OR_CODE = re.compile(r"\{([a-z][\w:-]*)\}`([^`]+)`|`[^`\n]+`")


def prose_words(markdown: str) -> int:
    """Words a reader reads: code blocks, directive options and labels left out."""
    text = _FENCE.sub(
        lambda m: "" if m.group(0).startswith("```") else _fence_body(m.group(0)), markdown
    )
    text = _DIRECTIVE_LINE.sub("", text)
    text = _ROLE.sub(r"\1", text)
    return len(re.findall(r"[\w’'-]+", text))


def _fence_body(block: str) -> str:
    """Keep the prose inside colon fences (admonitions, cards, tabs), drop their markers."""
    return _DIRECTIVE_LINE.sub("", block)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("theme", THEMES)
def test_theme_page_exists_and_is_long_enough(theme: str, lang: str) -> None:
    page = DOCS / lang / "themes" / f"{theme}.md"
    assert page.is_file(), f"missing {page.relative_to(ROOT)}"
    text = page.read_text(encoding="utf-8")
    assert text.startswith(f"(theme-{theme})=")
    words = prose_words(text)
    assert words >= MIN_WORDS, f"{page.relative_to(ROOT)} has {words} words, needs {MIN_WORDS}"
    assert f"{{kitgen-prompts}} {theme}" in text, "the theme's prompt set is not embedded"


@pytest.mark.parametrize("theme", THEMES)
def test_each_theme_has_a_valid_clean_prompt_set(theme: str) -> None:
    path = PROMPTS / f"{theme}.yaml"
    result = load(path)
    assert [str(d) for d in result.diagnostics] == []
    prompt_set = result.prompt_set
    assert prompt_set is not None
    assert prompt_set.theme == theme
    assert list(prompt_set.languages) == list(LANGS)
    prompts = prompt_set.prompts
    assert len(prompts) >= 12
    kinds = {p.kind for p in prompts}
    assert {Kind.OPENER, Kind.CLOSER} <= kinds
    assert {p.level for p in prompts} == set(Level)
    with_follow_ups = sum(1 for p in prompts if 1 <= len(p.follow_ups) <= 3)
    assert with_follow_ups > len(prompts) / 2
    assert {s.minutes for s in prompt_set.sessions} == {45, 120}
    names = {v.name for s in prompt_set.sessions for v in s.variations}
    assert "remote" in names


def _defined_terms(lang: str) -> set[str]:
    text = (DOCS / lang / "glossary.md").read_text(encoding="utf-8")
    block = re.search(r"```\{glossary\}\n(.*?)^```", text, re.S | re.M)
    assert block, "the glossary page has no {glossary} block"
    return {
        line.strip().lower()
        for line in block.group(1).splitlines()
        if line.strip() and not line.startswith((" ", "\t"))
    }


@pytest.mark.parametrize("lang", LANGS)
def test_every_term_used_is_defined(lang: str) -> None:
    defined = _defined_terms(lang)
    missing: list[str] = []
    for page in sorted((DOCS / lang).rglob("*.md")):
        for match in _ROLE_OR_CODE.finditer(page.read_text(encoding="utf-8")):
            if match.group(1) != "term":
                continue
            label = match.group(2)
            target = re.search(r"<([^>]+)>\s*$", label)
            term = (target.group(1) if target else label).strip().lower()
            if term not in defined:
                missing.append(f"{page.relative_to(ROOT)}: {term}")
    assert missing == []


def test_both_languages_have_the_same_pages() -> None:
    pages = {
        lang: {
            p.relative_to(DOCS / lang).as_posix()
            for p in (DOCS / lang).rglob("*.md")
            if "sets" not in p.relative_to(DOCS / lang).parts
        }
        for lang in LANGS
    }
    assert pages["fr"] == pages["en"]


def test_word_counter_ignores_code_and_directives() -> None:
    sample = (
        "(label)=\n# Two words\n\n```yaml\nkey: value value value\n```\n"
        ":::{note}\n:class: x\nthree more words\n:::\n"
    )
    assert prose_words(sample) == 5
