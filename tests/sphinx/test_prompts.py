"""``{kitgen-prompts}``: cards with ids, facts, follow-ups and notes; author text stays literal."""

from __future__ import annotations

import re
from typing import Any

from sphinx_site import Site, text_of, warnings_of


def test_cards_show_each_prompt_with_its_anchor_and_facts(site: Site) -> None:
    app = site.build("en")
    assert warnings_of(app) == ""
    html = site.html(app, "themes/alpha")
    for prompt_id in ("first-look", "how-it-felt", "what-it-means", "next-step"):
        assert re.search(rf'<div class="[^"]*kitgen-card[^"]*" id="prompt-{prompt_id}"', html)
    card = html.split('id="prompt-first-look"')[1].split('id="prompt-how-it-felt"')[0]
    text = text_of(card)
    assert "What did you notice about this topic in your work this month (en)" in text
    assert "Warm-up (en)" in text  # category
    assert "Objective (facts)" in text  # ORID level
    # A space between them: a search excerpt (the page's textContent) shows two words.
    assert re.search(
        r'kitgen-category">Warm-up \(en\)</span>\s+<span class="[^"]*kitgen-level', card
    )
    assert re.search(r"5\smin", text) and "in pairs" in text and "Opener" in text
    assert "Follow-ups" in text and "Where exactly did it happen (en)" in text
    # The `see` key links to the theme page's section.
    assert 'href="#theme-alpha-background"' in card


def test_facilitator_note_is_in_a_closed_dropdown(site: Site) -> None:
    app = site.build("fr")
    html = site.html(app, "themes/alpha")
    card = html.split('id="prompt-first-look"')[1].split('id="prompt-how-it-felt"')[0]
    details = re.search(r"<details([^>]*)>(.*?)</details>", card, re.S)
    assert details is not None
    assert "open" not in details.group(1)
    assert "Note pour l’animateur" in details.group(2)
    assert (
        "For the facilitator only\u202f; never printed on participant cards (fr)"
        in details.group(2)
    )
    # A prompt without a note has no dropdown.
    other = html.split('id="prompt-how-it-felt"')[1].split('id="prompt-what-it-means"')[0]
    assert "<details" not in other


def test_author_text_is_never_interpreted(site: Site) -> None:
    hostile = "<script>alert(1)</script> *not emphasis* {ref}`nope` $x$ [link](http://x.test)"

    def edit(data: dict[str, Any]) -> None:
        data["prompts"][1]["text"]["en"] = hostile
        data["prompts"][1]["follow_ups"] = [{"fr": "f", "en": "`code` **bold**"}]

    site.write_set("alpha", edit)
    app = site.build("en")
    html = site.html(app, "themes/alpha")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *not emphasis* {ref}`nope` $x$" in html
    assert "[link](http://x.test)" in html
    assert "`code` **bold**" in html
    assert "<em>not emphasis</em>" not in html


def test_set_page_cards_are_labels_other_pages_can_reference(site: Site) -> None:
    site.page(
        "en",
        "index.md",
        "# Home\n\nSee {ref}`this card <prompt-beta--next-step>`.\n\n"
        "```{toctree}\nthemes/alpha\nthemes/beta\nsets/index\n```\n",
    )
    app = site.build("en")
    assert warnings_of(app) == ""
    html = site.html(app, "index")
    assert 'href="sets/beta.html#prompt-next-step"' in html


def test_unknown_set_is_a_located_warning(site: Site) -> None:
    path = site.page(
        "en", "themes/alpha.md", "(theme-alpha)=\n# A\n\n```{kitgen-prompts} nope\n```\n"
    )
    app = site.build("en")
    warnings = warnings_of(app)
    assert f"{path}:4:" in warnings
    assert "no prompt set 'nope'" in warnings
    assert "[kitgen.set]" in warnings
