"""The site root's language chooser says what the site holds, in each language."""

from __future__ import annotations

import pytest

from kitgen.build.root import index_html


@pytest.mark.parametrize(
    ("has_pages", "present", "absent"),
    [
        (False, "jeux de cartes, guides de séance et jeux en ligne", "pages de fond"),
        (True, "pages de fond, jeux de cartes et guides de séance", "jeux en ligne"),
    ],
)
def test_the_chooser_names_background_pages_only_when_the_kit_has_pages(
    has_pages: bool, present: str, absent: str
) -> None:
    """A kit of sets alone (no docs/) has no background pages: the chooser must not promise
    them ("pages de fond" on a generated two-language site)."""
    page = index_html(("fr", "de"), {"fr": "Mon kit", "de": "Mein Kit"}, has_pages=has_pages)
    assert present in page and absent not in page
    assert ("Hintergrundseiten" in page) is has_pages
