"""The Sphinx extension of the knowledge base: ``extensions = [..., "kitgen.sphinx"]``.

This package's modules are also used outside Sphinx (``kitgen build`` reads its page names and
its translation check), so importing the package stays cheap: Sphinx and the directives load
only when Sphinx calls :func:`setup` (see :mod:`kitgen.sphinx.extension`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata


def setup(app: Sphinx) -> ExtensionMetadata:
    from kitgen.sphinx.extension import setup as setup_extension

    return setup_extension(app)
