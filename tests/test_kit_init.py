"""``kitgen init``: a ready kit in a new or empty folder, in the kit's languages, that
validates as written; a folder holding anything is refused with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from kitgen.cli import main
from kitgen.config import load_config
from kitgen.i18n import output_text
from kitgen.load import load, load_set
from kitgen.schema import schema_text


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), prog_name="kitgen")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("langs", "example"), [("fr", "premier-jeu"), ("de,fr", "erstes-set"), ("en", "first-set")]
)
def test_init_makes_a_ready_kit(tmp_path: Path, langs: str, example: str) -> None:
    kit = tmp_path / "kit"
    code, out, err = run("init", str(kit), "--lang", langs, "--title", "Atelier « réseaux »")
    assert (code, err) == (0, "")
    languages = langs.split(",")
    assert sorted(Path(line).relative_to(kit).as_posix() for line in out.splitlines()) == [
        ".gitignore",
        "README.md",
        "kitgen.toml",
        f"prompts/{example}.yaml",
        "schemas/prompt-set.schema.json",
    ]
    config = load_config(kit)
    assert config.languages == tuple(languages)
    assert config.title_for(languages[0]) == "Atelier « réseaux »"
    assert config.base_url is None
    result = load(kit / "prompts" / f"{example}.yaml")
    assert result.diagnostics == []
    assert result.prompt_set is not None and result.prompt_set.languages == languages
    # The set's $schema line resolves to the schema written beside it.
    first = (kit / "prompts" / f"{example}.yaml").read_text(encoding="utf-8").splitlines()[0]
    schema = (kit / "prompts" / first.split("$schema=", 1)[1]).resolve()
    assert json.loads(schema.read_text(encoding="utf-8")) == json.loads(schema_text())
    # The facilitator's README, in the kit's first language, names the three commands.
    readme = (kit / "README.md").read_text(encoding="utf-8")
    for command in ("kitgen new", "kitgen validate prompts/", "kitgen build -o site"):
        assert command in readme
    assert output_text(languages[0], "Start a new set:") in readme
    ignored = (kit / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ignored == ["site/", ".kitgen-cache/"]


def test_default_title_is_in_the_kits_language(tmp_path: Path) -> None:
    code, _, _ = run("init", str(tmp_path / "kit"), "--lang", "fr")
    assert code == 0
    assert load_config(tmp_path / "kit").title_for("fr") == "Mon kit d’animation"


def test_an_empty_folder_is_fine(tmp_path: Path) -> None:
    code, _, err = run("init", str(tmp_path), "--lang", "it")
    assert (code, err) == (0, "")
    assert load_config(tmp_path).languages == ("it",)


@pytest.mark.parametrize("existing", ["notes.txt", ".git"])
def test_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: str
) -> None:
    (tmp_path / "kit").mkdir()
    (tmp_path / "kit" / existing).write_text("mine\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("init", "kit")
    assert (code, out) == (1, "")
    assert err == "kit:1:1: error: is not empty; kitgen init makes a kit in a new or empty folder\n"
    assert [p.name for p in (tmp_path / "kit").iterdir()] == [existing]


def test_refuses_bad_languages(tmp_path: Path) -> None:
    code, _, err = run("init", str(tmp_path / "kit"), "--lang", "fr,francais")
    assert code == 2
    assert "'francais' is not a language code" in err
    assert not (tmp_path / "kit").exists()


@pytest.mark.parametrize("langs", ["xx", "fr,qq", "zz"])
def test_refuses_codes_that_name_no_language(tmp_path: Path, langs: str) -> None:
    """Two lowercase letters are not enough: Babel's CLDR data says which codes are languages."""
    code, out, err = run("init", str(tmp_path / "kit"), "--lang", langs)
    assert (code, out) == (2, "")
    bad = langs.split(",")[-1]
    assert f"'{bad}' is the code of no language; use language codes such as fr,en" in err
    assert not (tmp_path / "kit").exists()


def test_a_language_without_a_catalogue_is_made_with_a_located_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Portuguese is a language kitgen has no catalogue for: the kit is made (exit 0) and one
    warning, at the languages line of the new kitgen.toml, says its interface words are
    English."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run("init", "kit", "--lang", "fr,pt")
    assert code == 0
    assert "kit/kitgen.toml" in out.splitlines()
    lines = (tmp_path / "kit" / "kitgen.toml").read_text(encoding="utf-8").splitlines()
    assert lines[1] == 'languages = ["fr", "pt"]'
    assert err == (
        "kit/kitgen.toml:2:1: warning: kitgen has no catalogue for pt (Português) yet: the "
        "words it adds to cards, guides and the site will be English; your sets' own texts "
        "are yours\n"
    )
    assert load_config(tmp_path / "kit").languages == ("fr", "pt")


@pytest.mark.parametrize(
    ("lang", "ids"),
    [
        ("fr", ["premier-jeu", "premier-regard", "ressenti", "ce-que-ca-change", "prochain-pas"]),
        (
            "de",
            ["erstes-set", "erster-blick", "wie-es-war", "was-es-bedeutet", "naechster-schritt"],
        ),
        ("it", ["primo-set", "primo-sguardo", "come-e-andata", "cosa-significa", "prossimo-passo"]),
        ("en", ["first-set", "first-look", "how-it-felt", "what-it-means", "next-step"]),
    ],
)
def test_the_example_sets_ids_are_in_the_kits_language(
    tmp_path: Path, lang: str, ids: list[str]
) -> None:
    """Ids print on card footers: a French kit's cards say premier-jeu · premier-regard, not
    first-set · first-look (read back from the printed deck)."""
    kit = tmp_path / "kit"
    assert run("init", str(kit), "--lang", lang)[0] == 0
    (path,) = (kit / "prompts").iterdir()
    assert path.name == f"{ids[0]}.yaml"
    prompt_set = load_set(path)
    assert prompt_set.id == ids[0]
    assert [p.id for p in prompt_set.prompts] == ids[1:]
    every_id = [c.id for c in prompt_set.categories] + [s.id for s in prompt_set.sessions]
    every_id += [v.name for s in prompt_set.sessions for v in s.variations]
    english = {"warm-up", "practice", "short-talk", "remote"}
    assert (set(every_id) & english == set()) is (lang != "en")
    deck = tmp_path / "deck.pdf"
    assert run("cards", str(path), "-o", str(deck))[0] == 0
    text = " ".join(page.extract_text() for page in PdfReader(deck).pages)
    for prompt_id in ids[1:]:
        assert prompt_id in text
    if lang != "en":
        assert "first-look" not in text and "first-set" not in text
