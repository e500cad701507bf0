"""The page's typography in the HTML: French spacing on French pages, German and Italian
quotation marks and spacing on German and Italian ones.

Authors type ordinary spaces; the same rules as on cards and guides
(:data:`kitgen.typography.RULES`) are applied to every text node of a page in one of
those languages, except code and other literal text, and spans marked as another language (MyST
``[The Strength of Weak Ties]{.lang-en}``: an English title quoted in French keeps English
punctuation).  English pages are left as written.  Punctuation often starts a node of its own
(``*mot* ?``), so each node is typeset with the last character of the text before it in the same
block.

It runs twice: as a read transform (titles in the navigation and the search index come from
the read document) and as a post-transform (text that references bring in at write time).
Running it again on typeset text changes nothing.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform

from kitgen.typography import RULES

#: Class of an element whose text stays as published (a source's title), never typeset.
AS_IS = "kitgen-as-published"

#: Text inside these is left exactly as written.
LITERAL = (
    nodes.literal,
    nodes.FixedTextElement,  # literal_block, doctest_block, math_block, line_block...
    nodes.raw,
    nodes.comment,
    nodes.math,
    nodes.option_string,
    nodes.target,
    nodes.substitution_definition,
)


def _keeps_text(element: nodes.Node, lang: str = "fr") -> bool:
    """True when the text inside ``element`` stays as written (code, a source's title...)."""
    if isinstance(element, LITERAL):
        return True
    classes = getattr(element, "get", lambda *_: ())("classes", ())
    if AS_IS in classes or "notranslate" in classes:
        return True
    return any(_other_language(c, lang) for c in classes)


def _is_literal(node: nodes.Node, lang: str = "fr") -> bool:
    parent = node.parent
    while parent is not None:
        if _keeps_text(parent, lang):
            return True
        parent = parent.parent
    return False


def _typeset_texts(document: nodes.Node, lang: str) -> list[nodes.Text]:
    """Every text node to typeset, in document order.

    One walk that carries "inside literal text" down the tree, rather than a climb to the root
    for each text node: a page has thousands of them, and this runs twice per page.
    """
    found: list[nodes.Text] = []
    stack: list[tuple[nodes.Node, bool]] = [(document, _is_literal(document, lang))]
    while stack:
        node, literal = stack.pop()
        if literal or _keeps_text(node, lang):
            continue  # nothing below is typeset
        if isinstance(node, nodes.Text):
            found.append(node)
        else:
            stack.extend((child, False) for child in reversed(node.children))
    return found


def _other_language(css_class: str, page_lang: str = "fr") -> bool:
    """``lang-en`` (or docutils' ``language-en``)...: text in another language than the page's."""
    lang = span_language(css_class)
    return lang is not None and lang != page_lang


def span_language(css_class: str) -> str | None:
    """The language a class marks: ``lang-en`` and docutils' ``language-en`` both give ``en``."""
    for prefix in ("lang-", "language-"):
        if css_class.startswith(prefix) and css_class[len(prefix) :].isalpha():
            return css_class[len(prefix) :]
    return None


class SpanLanguage(SphinxTransform):
    """A span marked ``{.lang-en}`` also gets docutils' ``language-en``: ``lang="en"`` in HTML.

    Screen readers then read an English title in a French page with English pronunciation.
    """

    default_priority = 750

    def apply(self, **kwargs: Any) -> None:
        for node in self.document.findall(nodes.inline):
            for css_class in list(node["classes"]):
                lang = span_language(css_class)
                marker = f"language-{lang}"
                if css_class.startswith("lang-") and lang and marker not in node["classes"]:
                    node["classes"].append(marker)


def _block(node: nodes.Node) -> nodes.Node | None:
    """The nearest ancestor that is not inline: context does not cross it."""
    parent = node.parent
    while parent is not None and isinstance(parent, nodes.Inline):
        parent = parent.parent
    return parent


def typeset_french(document: nodes.Node) -> None:
    """Apply French spacing to every non-literal text node of ``document``, in place."""
    typeset_document(document, "fr")


def typeset_document(document: nodes.Node, lang: str) -> None:
    """Apply the rules of ``lang`` to every non-literal text node of ``document``, in place."""
    rules = RULES.get(lang)
    if rules is None or lang == "en":
        return
    previous_block: nodes.Node | None = None
    previous_char = ""
    for text in _typeset_texts(document, lang):
        block = _block(text)
        if block is not previous_block:
            previous_block, previous_char = block, ""
        old = str(text)
        if previous_char and not previous_char.isspace():
            new = rules(previous_char + old)[len(previous_char) :]
        else:
            new = rules(old)
        if old:
            previous_char = old[-1]
        if new != old and text.parent is not None:
            text.parent.replace(text, nodes.Text(new))


class PageTypography(SphinxTransform):
    """Read-time pass (after Sphinx's smart quotes, which may produce « »)."""

    default_priority = 760

    def apply(self, **kwargs: Any) -> None:
        typeset_document(self.document, str(self.config.language))


class PageTypographyPost(SphinxPostTransform):
    """Write-time pass, after references are resolved."""

    default_priority = 950

    def run(self, **kwargs: Any) -> None:
        typeset_document(self.document, str(self.config.language))
