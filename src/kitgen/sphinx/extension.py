"""The Sphinx extension proper: directives, transforms, generated pages, config values.

Directives: ``kitgen-prompts`` (a set's cards), ``kitgen-guide`` (a session guide),
``kitgen-schema`` (the format's reference), and those of the generated pages (``kitgen-index``,
``kitgen-set-intro``, ``kitgen-downloads``, ``kitgen-sessions``, ``kitgen-previews``).  Pages for
every set are generated from ``prompts/`` when the builder starts; French pages get French
typography; every page knows its translations.
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.util.typing import ExtensionMetadata

from kitgen import __version__
from kitgen.sphinx.chrome import chrome_context, font_licence, install_chrome_words
from kitgen.sphinx.design import setup_design
from kitgen.sphinx.guide import GuideDirective
from kitgen.sphinx.index import IndexDirective
from kitgen.sphinx.language import (
    absolute_prompts_dir,
    language_from_srcdir,
    page_context,
    site_copyright,
    site_title,
)
from kitgen.sphinx.nodes import setup_nodes
from kitgen.sphinx.pages import generate_pages
from kitgen.sphinx.prompts import PromptsDirective
from kitgen.sphinx.rewrite import note_before, pages_to_write
from kitgen.sphinx.schema import SchemaDirective
from kitgen.sphinx.search import setup_search
from kitgen.sphinx.searchindex import drop_empty_words
from kitgen.sphinx.setlist import merge_listers, outdated_listers, purge_lister
from kitgen.sphinx.setpage import (
    DownloadsDirective,
    PreviewsDirective,
    SessionsDirective,
    SetIntroDirective,
)
from kitgen.sphinx.translations import check_language
from kitgen.sphinx.typography import PageTypography, PageTypographyPost, SpanLanguage

#: Bump when the doctrees this extension produces change shape (forces a full re-read).
ENV_VERSION = 4  # 4: guide pages drawn as nodes (a step's phases a list of their own)


def setup(app: Sphinx) -> ExtensionMetadata:
    app.setup_extension("sphinx_design")
    # Declared once, here; docs/conf.py only overrides what differs.
    app.add_config_value("kitgen_prompts_dir", "../prompts", "env", str)
    app.add_config_value("kitgen_languages", ["fr", "en"], "env", list)
    app.add_config_value("kitgen_downloads", True, "env", bool)
    app.add_config_value("kitgen_generate_pages", True, "env", bool)
    app.add_config_value("kitgen_titles", {}, "html", dict)
    #: The kit's brand colour (``[brand] colour``), for sets without a colour of their own.
    app.add_config_value("kitgen_brand_colour", None, "env", (str, type(None)))
    # The footer's copyright line in each language ({"fr": "...", "en": "..."}).
    app.add_config_value("kitgen_copyright", {}, "html", dict)
    # True for a language without docs/<lang>/: the home and printing pages are generated.
    app.add_config_value("kitgen_kit_pages", False, "env", bool)

    setup_nodes(app)
    setup_design(app)
    setup_search(app)
    app.add_directive("kitgen-prompts", PromptsDirective)
    app.add_directive("kitgen-guide", GuideDirective)
    app.add_directive("kitgen-schema", SchemaDirective)
    app.add_directive("kitgen-index", IndexDirective)
    app.add_directive("kitgen-set-intro", SetIntroDirective)
    app.add_directive("kitgen-downloads", DownloadsDirective)
    app.add_directive("kitgen-sessions", SessionsDirective)
    app.add_directive("kitgen-previews", PreviewsDirective)
    app.add_transform(SpanLanguage)
    app.add_transform(PageTypography)
    app.add_post_transform(PageTypographyPost)

    app.connect("config-inited", language_from_srcdir)
    app.connect("config-inited", site_title)
    app.connect("config-inited", site_copyright)
    app.connect("config-inited", absolute_prompts_dir)
    app.connect("config-inited", install_chrome_words)  # after the language is known
    app.connect("builder-inited", generate_pages)
    app.connect("env-get-outdated", outdated_listers)
    app.connect("env-purge-doc", purge_lister)
    app.connect("env-merge-info", merge_listers)
    app.connect("env-get-outdated", note_before)
    app.connect("env-updated", pages_to_write)
    app.connect("env-check-consistency", check_language)
    app.connect("html-page-context", page_context)
    app.connect("html-page-context", chrome_context)
    app.connect("build-finished", font_licence)
    app.connect("build-finished", drop_empty_words)
    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
