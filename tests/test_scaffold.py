"""``kitgen new``: the scaffold validates as written, never overwrites, refuses bad ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from kitgen.cli import main
from kitgen.diagnostics import KitgenError
from kitgen.i18n import output_text
from kitgen.load import load
from kitgen.scaffold import render_scaffold, scaffold
from kitgen.schema import schema_text

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), prog_name="kitgen")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("langs", ["fr", "fr,en", "en,fr,de"])
def test_new_set_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, langs: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run("new", "demo-set", "--lang", langs)
    assert (code, err) == (0, "")
    path = Path("prompts/demo-set.yaml")
    assert out == f"{path}\n"
    result = load(path, docs_dir=None)
    # Valid, and a good example: no arc warning either.
    assert result.diagnostics == []
    prompt_set = result.prompt_set
    assert prompt_set is not None
    assert prompt_set.id == "demo-set"
    assert prompt_set.theme == "demo-set"
    assert prompt_set.languages == langs.split(",")
    plain = len(prompt_set.languages) == 1
    assert prompt_set.title.is_plain is plain
    assert prompt_set.prompts[0].follow_ups[0].is_plain is plain
    for lang in prompt_set.languages:
        assert prompt_set.prompts[0].text.get_text(lang)
    # The real command agrees.
    code, _, err = run("validate", str(path))
    assert code == 0
    assert err == "1 file checked: 0 errors, 0 warnings\n"


@pytest.mark.parametrize("langs", [["fr"], ["fr", "en"]])
def test_scaffold_matches_the_schema(langs: list[str]) -> None:
    schema = json.loads((ROOT / "schemas" / "prompt-set.schema.json").read_text("utf-8"))
    data = yaml.safe_load(render_scaffold("demo", langs))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []


def test_scaffold_keeps_its_comments() -> None:
    text = render_scaffold("demo", ["fr", "en"])
    assert text.startswith("# yaml-language-server: $schema=../schemas/prompt-set.schema.json\n")
    assert "# opener | question | provocation | scenario | closer" in text
    assert "@ID@" not in text
    assert "{{" not in text
    assert "((" not in text


@pytest.mark.parametrize(
    ("lang", "title", "comment"),
    [
        ("fr", "Titre du jeu", "# La première langue est celle par défaut."),
        ("en", "Title of the set", "# The first language is the default."),
        ("de", "Titel des Sets", "# Die erste Sprache ist die Standardsprache."),
        ("it", "Titolo del set", "# La prima lingua è quella predefinita."),
    ],
)
def test_scaffold_speaks_the_sets_language(lang: str, title: str, comment: str) -> None:
    text = render_scaffold("demo", [lang])
    assert comment in text
    data = yaml.safe_load(text)
    assert data["title"] == title
    assert data["prompts"][0]["text"] == output_text(
        lang, "What did you notice about this topic in your work this month"
    )


def test_each_language_of_a_set_gets_its_own_samples() -> None:
    data = yaml.safe_load(render_scaffold("demo", ["de", "fr"]))
    assert data["title"] == {"de": "Titel des Sets", "fr": "Titre du jeu"}
    assert data["sessions"][0]["debrief"][0] == {
        "de": "Was nehmen Sie aus diesem Gespräch mit",
        "fr": "Que retiendrez-vous de cette conversation",
    }
    text = render_scaffold("demo", ["de", "fr"])
    assert "# Die erste Sprache ist die Standardsprache." in text  # comments: the first language


def _schema_target(path: Path) -> Path:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    relative = first.removeprefix("# yaml-language-server: $schema=")
    return (path.parent / relative).resolve()


@pytest.mark.parametrize("where", ["kit", "prompts-folder", "anywhere"])
def test_schema_line_resolves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    if where == "kit":
        (tmp_path / "kitgen.toml").write_text('languages = ["it"]\n', encoding="utf-8")
        target = tmp_path / "prompts" / "deep" / "demo.yaml"
    elif where == "prompts-folder":
        target = tmp_path / "prompts" / "demo.yaml"
    else:
        target = tmp_path / "drafts" / "demo.yaml"
    monkeypatch.chdir(tmp_path)
    code, _, err = run("new", "demo", "-o", str(target.relative_to(tmp_path)))
    assert (code, err) == (0, "")
    schema = _schema_target(target)
    assert schema.is_file()
    assert json.loads(schema.read_text(encoding="utf-8")) == json.loads(schema_text())
    expected = tmp_path if where != "anywhere" else target.parent
    assert schema == expected / "schemas" / "prompt-set.schema.json"
    if where == "kit":  # the kit's languages by default
        assert load(target, docs_dir=None).prompt_set.languages == ["it"]  # type: ignore[union-attr]


def test_an_existing_schema_file_is_kept(tmp_path: Path) -> None:
    (tmp_path / "kitgen.toml").write_text('languages = ["fr"]\n', encoding="utf-8")
    schema = tmp_path / "schemas" / "prompt-set.schema.json"
    schema.parent.mkdir()
    schema.write_text("{}", encoding="utf-8")
    scaffold("demo", tmp_path / "prompts" / "demo.yaml", ["fr"])
    assert schema.read_text(encoding="utf-8") == "{}"


def test_output_option(tmp_path: Path) -> None:
    target = tmp_path / "sets" / "mine.yaml"
    code, out, _ = run("new", "mine", "-o", str(target), "--lang", "fr")
    assert code == 0
    assert out == f"{target}\n"
    assert load(target, docs_dir=None).diagnostics == []


def test_refuses_to_overwrite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "prompts" / "demo.yaml"
    path.parent.mkdir()
    path.write_text("# my work\n", encoding="utf-8")
    code, out, err = run("new", "demo")
    assert code == 1
    assert out == ""
    assert err == (
        "prompts/demo.yaml:1:1: error: file already exists; pick another id or pass --force\n"
    )
    assert path.read_text(encoding="utf-8") == "# my work\n"
    assert [p.name for p in path.parent.iterdir()] == ["demo.yaml"]
    code, _, _ = run("new", "demo", "--force")
    assert code == 0
    assert load(path, docs_dir=None).diagnostics == []


def test_refuses_a_folder_as_output(tmp_path: Path) -> None:
    with pytest.raises(KitgenError, match="is a folder; give a file name"):
        scaffold("demo", tmp_path, ["fr"])


@pytest.mark.parametrize(
    ("set_id", "message"),
    [
        ("My Set", "'My Set' is not a valid set id; use lowercase letters, digits and hyphens "
         "(e.g. 'my-set')"),
        ("café", "'café' is not a valid set id; use lowercase letters, digits and hyphens "
         "(e.g. 'cafe')"),
        ("a--b", "'a--b' is not a valid set id; use lowercase letters, digits and hyphens "
         "(e.g. 'a-b')"),
        ("-x", "'-x' is not a valid set id; use lowercase letters, digits and hyphens "
         "(e.g. 'x')"),
    ],
)  # fmt: skip
def test_rejects_a_bad_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, set_id: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run("new", "--", set_id)
    assert code == 2, err
    assert out == ""
    assert f"Error: Invalid value for 'SET_ID': {message}" in err
    assert not (tmp_path / "prompts").exists()
    with pytest.raises(KitgenError) as info:
        scaffold(set_id, tmp_path / "x.yaml", ["fr"])
    assert info.value.diagnostics[0].message == message


@pytest.mark.parametrize(
    ("langs", "message"),
    [
        ("fr,english", "'english' is not a language code; use two-letter codes such as fr,en"),
        ("", "no language given; use two-letter codes such as fr,en"),
        ("fr,en,fr", "fr is listed twice; list each language once"),
    ],
)
def test_rejects_bad_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, langs: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("new", "demo", "--lang", langs)
    assert code == 2
    assert f"Error: Invalid value for '--lang': {message}" in err
    assert not (tmp_path / "prompts").exists()
