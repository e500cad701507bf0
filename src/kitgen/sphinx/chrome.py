"""The site's chrome: the theme's interface words in the page's language, and the font licence.

Furo prints a few words that Sphinx's own catalogues lack ("Skip to content", "Back to top"...)
and a few English labels written into its templates (the sidebar toggles).  They come from
``kitgen.i18n`` like every other interface word: the words are put in front of Sphinx's
translator, and the fixed labels are replaced in each page rendered by
:class:`LabelledTemplates`, the template loader kitgen's settings give Sphinx.
"""

from __future__ import annotations

import gettext
import re
from html import escape, unescape
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.config import Config
from sphinx.jinja2glue import BuiltinTemplateLoader
from sphinx.theming import Theme

from kitgen.atomic import write_if_changed
from kitgen.i18n import output_ntext, output_text


def chrome_words(lang: str) -> dict[str, str]:
    """The theme's words (Sphinx message ids) in ``lang``."""
    return {
        "On this page": output_text(lang, "On this page"),
        "Back to top": output_text(lang, "Back to top"),
        "Skip to content": output_text(lang, "Skip to content"),
        "Next": output_text(lang, "Next"),
        "Previous": output_text(lang, "Previous"),
        "Home": output_text(lang, "Home"),
        "Made with ": output_text(lang, "Made with "),
        "Please activate JavaScript to enable the search functionality.": output_text(
            lang, "Please activate JavaScript to enable the search functionality."
        ),
    }


def fixed_labels(lang: str) -> dict[str, str]:
    """Labels the theme writes in English into its templates, as they appear in the HTML."""
    labels = {
        "Toggle site navigation sidebar": output_text(lang, "Toggle site navigation sidebar"),
        "Toggle table of contents sidebar": output_text(lang, "Toggle table of contents sidebar"),
        "Toggle Light / Dark / Auto color theme": output_text(
            lang, "Toggle Light / Dark / Auto color theme"
        ),
    }
    icons = {
        "Contents": output_text(lang, "Contents"),
        "Menu": output_text(lang, "Menu"),
        "Expand": output_text(lang, "Expand"),
        "Light mode": output_text(lang, "Light mode"),
        "Dark mode": output_text(lang, "Dark mode"),
        "Auto light/dark, in light mode": output_text(lang, "Auto light/dark, in light mode"),
        "Auto light/dark, in dark mode": output_text(lang, "Auto light/dark, in dark mode"),
    }
    found = {
        f'aria-label="{english}"': f'aria-label="{escape(text, quote=True)}"'
        for english, text in labels.items()
    }
    found.update(
        {
            f"<title>{english}</title>": f"<title>{escape(text)}</title>"
            for english, text in icons.items()
        }
    )
    return found


_TOGGLE = re.compile(r'aria-label="Toggle navigation of ([^"]*)"')


def translate_labels(html: str, lang: str) -> str:
    """``html`` with the theme's fixed English labels in ``lang``."""
    for english, own in fixed_labels(lang).items():
        html = html.replace(english, own)

    def toggle(match: re.Match[str]) -> str:
        text = output_text(lang, "Show or hide the pages of {title}", title=unescape(match[1]))
        return f'aria-label="{escape(text, quote=True)}"'

    return _TOGGLE.sub(toggle, html)


class _ChromeWords(gettext.NullTranslations):
    """Our words first, then Sphinx's catalogues."""

    def __init__(self, words: dict[str, str]) -> None:
        super().__init__()
        self.words = words

    def gettext(self, message: str) -> str:
        if message in self.words:
            return self.words[message]
        return super().gettext(message)


def install_chrome_words(app: Sphinx, config: Config) -> None:
    """Put the chrome's words in front of Sphinx's translator (templates bind it later)."""
    from sphinx import locale

    lang = str(config.language or "en")
    words = _ChromeWords(chrome_words(lang))
    words.add_fallback(app.translator)
    app.translator = words
    locale.translators[("sphinx", "general")] = words


class LabelledTemplates(BuiltinTemplateLoader):
    """Sphinx's template loader, with the theme's fixed English labels translated in each page
    it renders (Sphinx's ``template_bridge`` setting names it, see kitgen.sphinx.settings)."""

    def init(
        self, builder: Builder, theme: Theme | None = None, dirs: list[str] | None = None
    ) -> None:
        super().init(builder, theme, dirs)
        self.lang = str(builder.config.language or "en")

    # Sphinx's own loader returns a str where its TemplateBridge base declares None.
    def render(self, template: str, context: dict[str, Any]) -> str:  # type: ignore[override]
        return translate_labels(super().render(template, context), self.lang)


def chrome_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Words the kit's own templates print (the language switch's label)."""
    lang = str(app.config.language or "en")
    context["kitgen_language_label"] = output_text(lang, "Language")
    # TRANSLATORS: a search result's tag: the page is a theme page.
    context["kitgen_kind_theme"] = output_text(lang, "Theme")
    # TRANSLATORS: a search result's tag: the page is a card set's page.
    context["kitgen_kind_set"] = output_text(lang, "Card set")
    context["kitgen_search_found"] = search_summary(lang)


def search_summary(lang: str) -> tuple[str, str]:
    """The search page's summary for one result and for several, with Sphinx's placeholder.

    Sphinx's German and Italian catalogues leave this message empty, so the summary line stays
    blank; ``kitgen.js`` uses these words wherever Sphinx's are missing.
    """

    def found(count: int, **fmt: object) -> str:
        return output_ntext(
            lang,
            "Search finished, found {n} page matching the search query.",
            "Search finished, found {n} pages matching the search query.",
            count,
            **fmt,
        )

    return found(1), found(2, n="${resultCount}")


def font_licence(app: Sphinx, exception: BaseException | None) -> None:
    """The fonts travel with their licence (SIL Open Font License)."""
    from kitgen.sphinx.settings import FONT_LICENCE

    if exception is None and app.builder.format == "html":
        target = Path(app.outdir) / "_static" / "AtkinsonHyperlegible-LICENSE.txt"
        write_if_changed(target, FONT_LICENCE.read_bytes())
