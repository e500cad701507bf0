"""Text that always fits: one size per category, a floor, and located errors otherwise."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from cards_pdfcheck import assert_glyphs_in_safe_zones
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kitgen.diagnostics import KitgenError
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.cards import CARDS, DeckOptions, category_sizes, render_deck

LONG = (
    "Racontez en détail une situation récente où votre équipe a dû décider sans avoir toutes "
    "les informations, qui a tranché, comment les autres l'ont vécu, ce que vous referiez "
    "autrement et ce que cela dit de la confiance entre vous, puis comparez avec une autre "
    "équipe que vous connaissez bien et dites ce qui change vraiment d'un cas à l'autre. "
)


def _with_text(text: str) -> Callable[[dict], None]:
    def edit(data: dict) -> None:
        data["prompts"][1]["text"] = {"fr": text, "en": text}

    return edit


def test_one_size_per_category_within_bounds(minimal: PromptSet) -> None:
    sizes = category_sizes(minimal, "fr", DeckOptions())
    assert set(sizes) == {"warm-up", "practice"}
    assert all(8.5 <= s <= 15 for s in sizes.values())


def test_longer_prompt_lowers_only_its_category(write_set: Callable[..., Path]) -> None:
    short = load_set(write_set(), docs_dir=None)
    longer = load_set(write_set(_with_text(LONG[:300])), docs_dir=None)
    a = category_sizes(short, "fr", DeckOptions())
    b = category_sizes(longer, "fr", DeckOptions())
    assert b["practice"] < a["practice"]
    assert b["warm-up"] == a["warm-up"]


def test_unfittable_prompt_fails_with_located_error(write_set: Callable[..., Path]) -> None:
    path = write_set(_with_text(LONG * 2))
    prompt_set = load_set(path, docs_dir=None)
    with pytest.raises(KitgenError) as caught:
        render_deck(prompt_set, "fr", DeckOptions())
    [diag] = caught.value.diagnostics
    assert prompt_set.origin is not None
    assert diag.location == prompt_set.origin.locate(("prompts", 1, "text"))
    assert re.fullmatch(
        r"prompt how-it-felt does not fit a poker card at 8\.5 pt \(needs (\d+) lines, "
        r"room for (\d+)\); shorten it or use --card tarot",
        diag.message,
    )
    needs, room = map(int, re.findall(r"\d+(?= lines)|(?<=room for )\d+", diag.message))
    assert needs > room
    # The same prompt fits the suggested card.
    render_deck(prompt_set, "fr", DeckOptions(card="a6"))


def test_word_too_wide_is_reported(write_set: Callable[..., Path]) -> None:
    prompt_set = load_set(write_set(_with_text("Pourquoi " + "x" * 70 + " ?")), docs_dir=None)
    # A word longer than 40 characters is quoted as its beginning…end.
    quoted = r"the word “x{26}…x+\W*” is \d+ mm wide, room for 53 mm"
    with pytest.raises(KitgenError, match=quoted):
        render_deck(prompt_set, "fr", DeckOptions())


def test_min_font_is_configurable(write_set: Callable[..., Path]) -> None:
    prompt_set = load_set(write_set(_with_text(LONG * 2)), docs_dir=None)
    with pytest.raises(KitgenError, match=r"at 8\.5 pt"):
        render_deck(prompt_set, "fr", DeckOptions())
    with pytest.raises(KitgenError, match=r"at 10 pt"):
        render_deck(prompt_set, "fr", DeckOptions(min_font_pt=10))


ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    + list("éèêëàâäîïôöùûüçœæÉÈÀÇŒ")
    + list("        ")
    + list("?!:;,.«»’-–0123456789%")
)
WORDS = st.one_of(
    st.text(alphabet=ALPHABET, min_size=1, max_size=14),
    st.text(
        alphabet=st.sampled_from(list("anticonstitutionnellementéà")), min_size=15, max_size=48
    ),
)
TEXTS = st.lists(WORDS, min_size=1, max_size=90).map(" ".join).filter(lambda t: t.strip())


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS, follow=st.lists(TEXTS, max_size=3))
# Found by hypothesis: a 23-letter word then a short one put "æ" outside the safe zone.
@example(text="aaaaaaaaaaaaaaaaaaaaaaa .æ", follow=[])
def test_random_texts_fit_or_fail_located(
    write_set: Callable[..., Path], text: str, follow: list[str]
) -> None:
    def edit(data: dict) -> None:
        data["prompts"][1]["text"] = {"fr": text, "en": text}
        data["prompts"][1]["follow_ups"] = [{"fr": f, "en": f} for f in follow]

    prompt_set = load_set(write_set(edit), docs_dir=None)
    poker = CARDS["poker"]
    try:
        data = render_deck(prompt_set, "fr", DeckOptions())
    except KitgenError as exc:
        [diag] = exc.diagnostics
        assert prompt_set.origin is not None
        assert diag.location == prompt_set.origin.locate(("prompts", 1, "text"))
        assert diag.message.startswith("prompt how-it-felt does not fit a poker card at 8.5 pt")
        return
    assert assert_glyphs_in_safe_zones(data, poker.width, poker.height, 3.0) > 0


def test_long_word_in_a_follow_up_respects_the_dash_column(
    write_set: Callable[..., Path],
) -> None:
    """Found by the property test: a follow-up word as wide as the prompt's line overflowed."""

    def edit(data: dict) -> None:
        data["prompts"][1]["text"] = {"fr": "0", "en": "0"}
        data["prompts"][1]["follow_ups"] = [{"fr": "a" * 33, "en": "a" * 33}]

    prompt_set = load_set(write_set(edit), docs_dir=None)
    with pytest.raises(KitgenError, match=r"is 52 mm wide, room for 50 mm"):
        render_deck(prompt_set, "fr", DeckOptions())
    poker = CARDS["poker"]
    data = render_deck(prompt_set, "fr", DeckOptions(min_font_pt=8))
    assert assert_glyphs_in_safe_zones(data, poker.width, poker.height, 3.0) > 0


def test_unknown_language_is_a_located_error(minimal: PromptSet) -> None:
    with pytest.raises(KitgenError, match=r"set minimal has no language 'de'; it has fr, en"):
        render_deck(minimal, "de", DeckOptions())
