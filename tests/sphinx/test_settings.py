"""Every kit's Sphinx configuration: kitgen's settings, a kit's conf.py laid over them (its
paths made absolute, its extensions added), then the languages and titles of kitgen.toml."""

from __future__ import annotations

from pathlib import Path

from kitgen.config import parse_config
from kitgen.sphinx.settings import THEME, defaults, site_settings

CONF = """\
from __future__ import annotations

import os

from kitgen.sphinx.settings import *  # noqa: F403

project = "Acme knowledge base"
extensions = ["sphinx.ext.todo"]
templates_path = ["_templates"]
html_logo = "logo.svg"
kitgen_languages = ["xx"]  # ignored: the languages are declared in kitgen.toml


def helper() -> None:
    pass
"""


def _kit(tmp_path: Path, conf: str | None) -> Path:
    (tmp_path / "kitgen.toml").write_text(
        'languages = ["fr", "en"]\n[title]\nfr = "Mon kit"\nen = "My kit"\n', encoding="utf-8"
    )
    if conf is not None:
        (tmp_path / "docs").mkdir()
        (tmp_path / "docs" / "conf.py").write_text(conf, encoding="utf-8")
    return tmp_path


def test_without_a_conf_py(tmp_path: Path) -> None:
    kit = _kit(tmp_path, None)
    settings = site_settings(
        parse_config(kit / "kitgen.toml"), kit / "prompts", kit / "docs/conf.py"
    )
    assert settings["extensions"] == ["myst_parser", "sphinx_design", "kitgen.sphinx"]
    assert settings["templates_path"] == [str(THEME / "templates")]
    assert all(Path(p).is_dir() for p in settings["html_static_path"])
    assert settings["project"] == settings["html_title"] == "Mon kit"
    assert settings["kitgen_titles"] == {"fr": "Mon kit", "en": "My kit"}
    assert settings["kitgen_languages"] == ["fr", "en"]
    assert settings["kitgen_prompts_dir"] == str(kit / "prompts")
    assert settings["html_show_copyright"] is False  # nobody to name


def test_a_conf_py_is_laid_over(tmp_path: Path) -> None:
    kit = _kit(tmp_path, CONF)
    settings = site_settings(
        parse_config(kit / "kitgen.toml"), kit / "prompts", kit / "docs/conf.py"
    )
    assert settings["extensions"] == [
        "myst_parser",
        "sphinx_design",
        "kitgen.sphinx",
        "sphinx.ext.todo",
    ]
    assert settings["project"] == "Acme knowledge base"
    assert settings["templates_path"] == [str((kit / "docs" / "_templates").resolve())]
    assert settings["html_logo"] == str((kit / "docs" / "logo.svg").resolve())
    assert settings["kitgen_languages"] == ["fr", "en"]  # kitgen.toml decides
    for name in ("os", "helper", "annotations", "tags"):
        assert name not in settings
    assert settings["html_theme"] == defaults()["html_theme"]


def test_defaults_are_fresh_copies() -> None:
    first = defaults()
    first["extensions"].append("x")
    assert "x" not in defaults()["extensions"]
