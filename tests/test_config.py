"""``kitgen.toml``: defaults, lookup upwards, and located refusals of wrong settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitgen.config import CONFIG_NAME, Config, find_config, load_config
from kitgen.diagnostics import Diagnostic, KitgenError

ROOT = Path(__file__).resolve().parent.parent


def _project(tmp_path: Path, text: str) -> Path:
    (tmp_path / CONFIG_NAME).write_text(text, encoding="utf-8")
    return tmp_path


def _diagnostic(tmp_path: Path) -> Diagnostic:
    with pytest.raises(KitgenError) as info:
        load_config(tmp_path)
    (diagnostic,) = info.value.diagnostics
    assert diagnostic.location.path == tmp_path / CONFIG_NAME
    return diagnostic


def _error(tmp_path: Path) -> str:
    return _diagnostic(tmp_path).message


def test_repository_config() -> None:
    config = load_config(ROOT)
    assert config.root == ROOT
    assert config.base_url.startswith("https://")
    assert config.base_url.endswith("/")
    assert 4 <= config.min_font_pt <= 40


def test_defaults_without_a_file(tmp_path: Path) -> None:
    if find_config(tmp_path) is not None:
        pytest.skip("a kitgen.toml above the temporary folder")
    assert load_config(tmp_path) == Config()
    assert Config().root is None


def test_reads_settings(tmp_path: Path) -> None:
    _project(tmp_path, '[kitgen]\nbase_url = "https://kit.example.org/"\nmin_font_pt = 9\n')
    config = load_config(tmp_path)
    assert config == Config(base_url="https://kit.example.org/", min_font_pt=9.0, root=tmp_path)
    assert isinstance(config.min_font_pt, float)


def test_missing_settings_keep_their_defaults(tmp_path: Path) -> None:
    _project(tmp_path, '[kitgen]\nbase_url = "http://localhost:8000/"\n')
    config = load_config(tmp_path)
    assert config.base_url == "http://localhost:8000/"
    assert config.min_font_pt == Config.min_font_pt


def test_empty_file_gives_defaults(tmp_path: Path) -> None:
    _project(tmp_path, "# nothing yet\n")
    assert load_config(tmp_path) == Config(root=tmp_path)


def test_found_in_a_parent_folder(tmp_path: Path) -> None:
    _project(tmp_path, "[kitgen]\nmin_font_pt = 10.5\n")
    deep = tmp_path / "prompts" / "drafts"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / CONFIG_NAME
    config = load_config(deep)
    assert config.min_font_pt == 10.5
    assert config.root == tmp_path


def test_defaults_to_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, "[kitgen]\nmin_font_pt = 12\n")
    monkeypatch.chdir(tmp_path)
    assert load_config().min_font_pt == 12.0


def test_unknown_setting(tmp_path: Path) -> None:
    _project(tmp_path, "[kitgen]\nbase_ur = 'https://x.org/'\n")
    assert _error(tmp_path) == (
        "unknown setting(s) base_ur in [kitgen]; known: base_url, min_font_pt"
    )


def test_root_is_not_a_setting(tmp_path: Path) -> None:
    _project(tmp_path, "[kitgen]\nroot = '/elsewhere'\n")
    assert "unknown setting(s) root" in _error(tmp_path)


@pytest.mark.parametrize("value", ["'kitgen.example.org'", "'ftp://x.org/'", "42"])
def test_bad_base_url(tmp_path: Path, value: str) -> None:
    _project(tmp_path, f"[kitgen]\nbase_url = {value}\n")
    assert _error(tmp_path) == "base_url must be an address starting https://"


@pytest.mark.parametrize("value", ["3", "41", "'9'", "true"])
def test_bad_min_font(tmp_path: Path, value: str) -> None:
    _project(tmp_path, f"[kitgen]\nmin_font_pt = {value}\n")
    assert _error(tmp_path) == "min_font_pt must be a number between 4 and 40"


def test_invalid_toml(tmp_path: Path) -> None:
    _project(tmp_path, "[kitgen]\nbase_url = \n")
    assert _error(tmp_path).startswith("invalid TOML: ")
    problem = _diagnostic(tmp_path)
    assert (problem.location.line, problem.location.column) == (2, 12)


def test_kitgen_that_is_not_a_table(tmp_path: Path) -> None:
    _project(tmp_path, "kitgen = 1\n")
    assert "[kitgen]" in _error(tmp_path)
