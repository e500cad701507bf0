"""Small bilingual Sphinx projects in ``tmp_path``, built through ``sphinx.testing``."""

from __future__ import annotations

import copy
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from sphinx.testing.util import SphinxTestApp

DATA = Path(__file__).resolve().parents[1] / "data" / "minimal.yaml"
LANGS = ("fr", "en")

CONF = """\
extensions = ["myst_parser", "sphinx_design", "kitgen.sphinx"]
kitgen_prompts_dir = "../prompts"
myst_enable_extensions = ["colon_fence", "deflist"]
html_theme = "basic"
templates_path = ["../_templates"]
nitpicky = True
"""

#: The kit's settings (the web guides link to its hosted pages).
KITGEN_TOML = """\
languages = ["fr", "en"]
base_url = "https://kit.example.org/"
"""

SWITCH = """\
{% extends "!layout.html" %}
{% block relbar1 %}
{%- for t in kitgen_translations %}
<a class="kitgen-language-link" href="{{ t.url }}" hreflang="{{ t.lang }}">{{ t.name }}</a>
{%- endfor %}
{{ super() }}
{% endblock %}
"""

INDEX = """\
# {title}

```{{toctree}}
themes/alpha
themes/beta
sets/index
```
"""

THEME = """\
(theme-{set_id})=
# Theme {set_id}

(theme-{set_id}-background)=
## Background

Some words.

## Cards

```{{kitgen-prompts}} {set_id}
```
"""


def set_data(set_id: str) -> dict[str, Any]:
    """The minimal set, renamed ``set_id`` (its theme too)."""
    data: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    data["id"] = data["theme"] = set_id
    data["prompts"][0]["see"] = f"theme-{set_id}-background"
    return data


class Site:
    """A two-language project: ``prompts/``, ``fr/`` and ``en/`` (each with its conf.py)."""

    def __init__(self, root: Path, factory: Callable[..., SphinxTestApp]) -> None:
        self.root = root
        self.make_app = factory
        self.last: SphinxTestApp | None = None
        (root / "_templates").mkdir(parents=True)
        (root / "_templates" / "layout.html").write_text(SWITCH, encoding="utf-8")
        (root / "kitgen.toml").write_text(KITGEN_TOML, encoding="utf-8")
        for set_id in ("alpha", "beta"):
            self.write_set(set_id)
        for lang in LANGS:
            self.page(lang, "conf.py", CONF)
            self.page(lang, "index.md", INDEX.format(title=f"Home {lang}"))
            for set_id in ("alpha", "beta"):
                self.page(lang, f"themes/{set_id}.md", THEME.format(set_id=set_id))

    def write_set(self, set_id: str, edit: Callable[[dict[str, Any]], None] | None = None) -> Path:
        data = copy.deepcopy(set_data(set_id))
        if edit is not None:
            edit(data)
        path = self.root / "prompts" / f"{set_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return path

    def page(self, lang: str, name: str, text: str) -> Path:
        path = self.root / lang / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def app(self, lang: str, **kwargs: Any) -> SphinxTestApp:
        """A new application; the previous one is cleaned up first (docutils' global state)."""
        if self.last is not None:
            self.last.cleanup()
        self.last = self.make_app("html", srcdir=self.root / lang, **kwargs)
        return self.last

    def build(self, lang: str, **kwargs: Any) -> SphinxTestApp:
        app = self.app(lang, **kwargs)
        app.build()
        return app

    def html(self, app: SphinxTestApp, docname: str) -> str:
        return (Path(app.outdir) / f"{docname}.html").read_text(encoding="utf-8")


def warnings_of(app: SphinxTestApp) -> str:
    return str(app.warning.getvalue())


def touch_later(path: Path) -> None:
    """Move ``path``'s mtime clearly past the last build (filesystems with coarse timestamps).

    Sphinx re-reads a page when a source or dependency is newer than the moment it last read
    the page, not than the file's previous mtime: two seconds after the file's old mtime was
    not enough on a loaded machine, where the first build read the page more than two seconds
    after the fixture wrote the file.  So the new mtime is two seconds after now.
    """
    stat = path.stat()
    later = max(stat.st_mtime_ns, time.time_ns()) + 2_000_000_000
    os.utime(path, ns=(stat.st_atime_ns, later))


def text_of(html: str) -> str:
    """Visible text of an HTML fragment, tags dropped (for simple assertions)."""
    return re.sub(r"<[^>]+>", "", html)
