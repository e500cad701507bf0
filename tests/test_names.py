"""``kitgen.names``: names joined with ``--`` give their parts back, so no two outputs share one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitgen import names
from kitgen.model.patterns import LANG_RE, SLUG_RE

slugs = st.from_regex(SLUG_RE, fullmatch=True).filter(lambda s: len(s) <= 64)
langs = st.from_regex(LANG_RE, fullmatch=True)
papers = st.sampled_from(["a4", "letter"])
layouts = st.sampled_from(["duplex-long", "fold"])
#: Generating slugs from a regular expression is slow on a busy machine: no time limit.
untimed = settings(deadline=None)


@untimed
@given(st.lists(slugs, min_size=1, max_size=5))
def test_a_joined_name_gives_its_parts_back(parts: list[str]) -> None:
    assert names.split(names.join(*parts)) == tuple(parts)


@untimed
@given(
    guides=st.tuples(slugs, slugs, langs, papers),
    others=st.tuples(slugs, slugs, langs, papers),
    deck=st.tuples(slugs, langs, papers, layouts),
)
def test_different_outputs_never_share_a_file_name(
    guides: tuple[str, str, str, str],
    others: tuple[str, str, str, str],
    deck: tuple[str, str, str, str],
) -> None:
    one, other = names.guide_filename(*guides), names.guide_filename(*others)
    assert (one == other) == (guides == others)
    assert names.deck_filename(*deck) not in (one, other)


def test_the_hyphen_collision_is_gone() -> None:
    """Set ``a-b`` with session ``c`` and set ``a`` with session ``b-c`` were one file."""
    assert names.guide_filename("a-b", "c", "en", "a4") == "a-b--c--en--guide--a4.pdf"
    assert names.guide_filename("a", "b-c", "en", "a4") == "a--b-c--en--guide--a4.pdf"
    assert names.prompt_label("a-b", "c") != names.prompt_label("a", "b-c")


@pytest.mark.parametrize("part", ["", "a--b", "-a", "a-"])
def test_a_part_that_would_make_the_name_ambiguous_is_refused(part: str) -> None:
    with pytest.raises(ValueError, match="cannot be part of a name"):
        names.join("set", part)


def test_every_reserved_id_is_a_valid_id() -> None:
    """Only valid ids need reserving: the list names what an author could actually write."""
    assert all(SLUG_RE.fullmatch(i) for i in names.RESERVED_SET_IDS | names.RESERVED_THEMES)
