"""``{kitgen-schema}``: one table per object of the format, every key described in each language."""

from __future__ import annotations

import re

import pytest
from sphinx_site import Site, text_of, warnings_of

from kitgen import names
from kitgen.schema import prompt_set_schema
from kitgen.sphinx.schema import objects_in_order
from kitgen.sphinx.schema_text import KEYS, key_text, object_text


def test_every_key_of_the_schema_is_described_in_both_languages() -> None:
    missing = []
    for name, obj in objects_in_order(prompt_set_schema()):
        for lang in ("fr", "en"):
            if not object_text(name, lang):
                missing.append(f"{name} ({lang})")
            missing += [
                f"{name}.{key} ({lang})"
                for key in obj.get("properties", {})
                if not key_text(name, key, lang)
            ]
    assert missing == []


def test_no_description_for_a_key_that_is_gone() -> None:
    schema_keys = {
        (name, key)
        for name, obj in objects_in_order(prompt_set_schema())
        for key in obj.get("properties", {})
    }
    described = {(name, key) for name, keys in KEYS.items() for key in keys}
    assert described - schema_keys == set()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reference_tables(site: Site, lang: str) -> None:
    site.page(
        lang,
        "themes/alpha.md",
        site.root.joinpath(lang, "themes/alpha.md").read_text()
        + "\n## Reference\n\n```{kitgen-schema}\n```\n",
    )
    app = site.build(lang)
    assert warnings_of(app) == ""
    html = site.html(app, "themes/alpha")
    objects = [name for name, _ in objects_in_order(prompt_set_schema())]
    assert objects[:3] == ["PromptSet", "Source", "Category"]
    for name in objects:
        assert f'id="schema-{name.lower()}"' in html
    assert html.count('class="kitgen-index-table') == len(objects)
    prompt = html.split('id="schema-prompt"')[1].split('id="schema-')[0]
    text = text_of(prompt)
    assert re.search(r"kind\s*(une de ces valeurs|one of)", text)
    assert "opener" in text and "closer" in text
    # The ids the site keeps for itself are listed with the set's id and its theme.
    root = text_of(html.split('id="schema-promptset"')[1].split('id="schema-source"')[0])
    reserved = ", ".join(sorted(names.RESERVED_SET_IDS))
    assert re.search(rf"(réservés|reserved)\W+{reserved}\)", root), root
    assert re.search(r"(réservés|reserved)\W+index\)", root), root
    # Objects used as types link to their own table.
    assert 'href="#schema-session"' in html.split('id="schema-source"')[0]
