"""``kitgen.toml``: defaults, lookup upwards, both forms (top level and ``[kitgen]``), and
located refusals of wrong settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitgen.config import CONFIG_NAME, Brand, Config, find_config, load_config
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
    assert config.languages == ("fr", "en")
    assert config.title_for("fr") == "Parler des réseaux sociaux au travail"
    assert config.title_for("en") == "Talking about social media at work"
    assert config.base_url is not None
    assert config.base_url.startswith("https://")
    assert config.base_url.endswith("/")
    assert 4 <= config.min_font_pt <= 40


def test_no_hosted_address_by_default(tmp_path: Path) -> None:
    _project(tmp_path, 'languages = ["fr"]\ntitle = "Mon kit"\n')
    config = load_config(tmp_path)
    assert config.base_url is None
    assert config.languages == ("fr",)
    assert config.title_for("fr") == "Mon kit"
    assert config.brand == Brand()


def test_top_level_form(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    _project(
        tmp_path,
        'languages = ["de", "fr", "it"]\ntitle = "Kit"\nbase_url = "https://kit.example.org"\n'
        'min_font_pt = 9\n[brand]\nname = "Acme"\nlogo = "logo.svg"\ncolour = "#AA3300"\n',
    )
    config = load_config(tmp_path)
    assert config.languages == ("de", "fr", "it")
    assert config.base_url == "https://kit.example.org/"
    assert config.min_font_pt == 9.0
    assert config.brand == Brand("Acme", (tmp_path / "logo.svg").resolve(), "#aa3300")


def test_brand_in_the_kitgen_table_and_american_spelling(tmp_path: Path) -> None:
    _project(tmp_path, '[kitgen]\nlanguages = ["en"]\n[kitgen.brand]\ncolor = "#123456"\n')
    config = load_config(tmp_path)
    assert config.languages == ("en",)
    assert config.brand.colour == "#123456"


def test_titles_per_language(tmp_path: Path) -> None:
    _project(tmp_path, 'languages = ["fr", "en"]\n[title]\nen = "Kit"\nfr = "Le kit"\n')
    config = load_config(tmp_path)
    assert config.titles == (("fr", "Le kit"), ("en", "Kit"))
    assert config.title_for("en") == "Kit"
    assert config.title_for("de") == "Le kit"


def test_untitled_kit_is_named_after_its_folder(tmp_path: Path) -> None:
    _project(tmp_path, 'languages = ["fr"]\n')
    assert load_config(tmp_path).title_for("fr") == tmp_path.name


def _at(tmp_path: Path, text: str) -> tuple[int, int, str]:
    _project(tmp_path, text)
    problem = _diagnostic(tmp_path)
    return problem.location.line, problem.location.column, problem.message


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ('title = "K"\nlanguages = []\n', 2, 1, "languages must be a list"),
        ('languages = ["fr", "english"]\n', 1, 1, "'english' is not a language code"),
        ('languages = ["fr", "fr"]\n', 1, 1, "language fr is listed twice"),
        ('title = "K"\nlanguages = ["fr", "xx"]\n', 2, 1, "'xx' is the code of no language"),
        ('languages = ["fr"]\n  title = 3\n', 2, 3, "title must be a text"),
        ('languages = ["fr", "en"]\n[title]\nfr = "Kit"\n', 2, 1, "title has no en text"),
        ('[kitgen]\nmin_font_pt = 9\n\n[brand]\nnom = "x"\n', 5, 1, "unknown setting nom"),
        ('[brand]\ncolour = "red"\n', 2, 1, "colour must be written #RRGGBB"),
        ('[brand]\ncolour = "#000000"\ncolor = "#000000"\n', 3, 1, "colour and color"),
        ('[brand]\nlogo = "logo.gif"\n', 2, 1, "must be an SVG or PNG file"),
        ('[brand]\nlogo = "logo.svg"\n', 2, 1, "logo logo.svg not found"),
        ('brand = "Acme"\n', 1, 1, "'brand' must be a table"),
        ("min_font_pt = 9\n[kitgen]\nmin_font_pt = 10\n", 3, 1, "min_font_pt is set twice"),
        ('titel = "Kit"\n', 1, 1, "unknown setting titel in kitgen.toml"),
        ('[kitgen]\nbase_url = "x"\n', 2, 1, "base_url must be an address"),
    ],
)
def test_located_refusals(tmp_path: Path, text: str, line: int, column: int, message: str) -> None:
    assert _at(tmp_path, text)[:2] == (line, column)
    assert message in _at(tmp_path, text)[2]


def test_error_line_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, 'languages = ["fr"]\nbase_url = "kit.example.org"\n')
    monkeypatch.chdir(tmp_path)
    with pytest.raises(KitgenError) as info:
        load_config(tmp_path)
    assert str(info.value) == (
        "kitgen.toml:2:1: error: base_url must be an address starting https://"
    )


def test_defaults_without_a_file(tmp_path: Path) -> None:
    if find_config(tmp_path) is not None:
        pytest.skip("a kitgen.toml above the temporary folder")
    assert load_config(tmp_path) == Config()
    assert Config().root is None


def test_reads_settings(tmp_path: Path) -> None:
    _project(tmp_path, '[kitgen]\nbase_url = "https://kit.example.org/"\nmin_font_pt = 9\n')
    config = load_config(tmp_path)
    assert config == Config(base_url="https://kit.example.org/", min_font_pt=9.0, root=tmp_path)
    assert config.languages == ("fr", "en")  # kits written before `languages` existed
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
        "unknown setting base_ur in [kitgen]; known: base_url, brand, languages, min_font_pt, title"
    )


def test_root_is_not_a_setting(tmp_path: Path) -> None:
    _project(tmp_path, "[kitgen]\nroot = '/elsewhere'\n")
    assert "unknown setting root" in _error(tmp_path)


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
