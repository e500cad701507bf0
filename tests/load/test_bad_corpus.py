"""The bad-file corpus: each ``bad/<case>.yaml`` must give exactly the lines of ``<case>.expected``
(English) and of ``<case>.fr.expected`` (the same problems, said in French).

The cases start from ``good/base.yaml`` and change one thing (a few change several, to show that
all problems of a file come out in one run).  ``docs/`` beside this file holds the theme page the
cases point to, so the knowledge-base checks run too.  Messages are part of the product: when
you improve one, rewrite the ``.expected`` files with ``pytest tests/load --update-golden`` and
read the diff before committing (never edit them by hand).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kitgen.load import load, load_set, safe_yaml
from kitgen.load.safe_yaml import MAX_FILE_BYTES, MAX_VALUES
from kitgen.model import PromptSet

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"
GOOD = HERE / "good"
DOCS = HERE / "docs"
# In file-name order, the order in which `kitgen validate` walks a folder.
CASES = [p.stem for p in sorted(BAD.glob("*.yaml"))]


#: The languages the corpus is checked in, and the suffix of their golden files.
GOLDEN = {"en": ".expected", "fr": ".fr.expected"}


def golden_path(case: str, lang: str = "en") -> Path:
    return BAD / f"{case}{GOLDEN[lang]}"


def expected_lines(case: str, lang: str = "en") -> list[str]:
    return golden_path(case, lang).read_text(encoding="utf-8").splitlines()


def run_cli(*args: str, cwd: Path, locale: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, as a user runs it (``python -m kitgen`` in this environment).

    With ``locale`` (e.g. ``fr_CH.UTF-8``) only ``LANG`` says the language, as on a
    facilitator's machine; otherwise the tests' ``KITGEN_LANG=en`` holds.
    """
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"}
    if locale is not None:
        for name in ("KITGEN_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            env.pop(name, None)
        env["LANG"] = locale
    return subprocess.run(
        [sys.executable, "-m", "kitgen", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_corpus_is_large_and_complete() -> None:
    assert len(CASES) >= 30
    for case in CASES:
        for lang in GOLDEN:
            assert golden_path(case, lang).is_file(), f"{case}.yaml has no {GOLDEN[lang]} file"
    orphans = {p.name.split(".")[0] for p in BAD.glob("*.expected")} - set(CASES)
    assert not orphans


@pytest.mark.parametrize("lang", list(GOLDEN))
@pytest.mark.parametrize("case", CASES)
def test_bad_case_gives_exact_lines(
    case: str,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
    golden: Callable[[Path, list[str]], list[str]],
) -> None:
    monkeypatch.chdir(BAD)
    monkeypatch.setenv("KITGEN_LANG", lang)
    result = load(Path(f"{case}.yaml"))
    assert result.prompt_set is None
    assert result.errors, "a refused file must say why"
    actual = [str(d) for d in result.diagnostics]
    assert actual == golden(golden_path(case, lang), actual)


@pytest.mark.parametrize("case", CASES)
def test_every_expected_line_is_a_located_error(case: str) -> None:
    lines = expected_lines(case)
    assert lines
    for line in lines:
        path, row, column, rest = line.split(":", 3)
        assert path == f"{case}.yaml"
        assert int(row) >= 1
        assert int(column) >= 1
        assert rest.startswith(" error: ")
        # Every message says what to change: an instruction after the diagnosis.
        assert ";" in rest or "?" in rest, line


@pytest.mark.parametrize("case", CASES)
def test_load_set_raises_with_the_same_errors(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from kitgen.diagnostics import KitgenError

    monkeypatch.chdir(BAD)
    with pytest.raises(KitgenError) as info:
        load_set(Path(f"{case}.yaml"))
    assert [str(d) for d in info.value.diagnostics] == expected_lines(case)


def test_cli_prints_every_case_at_once() -> None:
    """One run over every case: all lines, in file order, exit 1, no traceback."""
    files = [f"{case}.yaml" for case in CASES]
    done = run_cli("validate", "--quiet", *files, cwd=BAD)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    expected = [line for case in CASES for line in expected_lines(case)]
    assert done.stderr.splitlines() == expected
    assert done.stdout == ""


@pytest.mark.parametrize(
    "case", ["yaml-unclosed-quote", "non-utf8", "alias-bomb", "python-tag", "several-problems"]
)
def test_cli_one_file(case: str) -> None:
    done = run_cli("validate", f"{case}.yaml", cwd=BAD)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    errors = len(expected_lines(case))
    assert lines == [*expected_lines(case), summary("en", 1, errors)]


def test_cli_folder_reports_the_corpus() -> None:
    done = run_cli("validate", "-q", "bad", cwd=HERE)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    expected = [f"bad/{line}" for case in CASES for line in expected_lines(case)]
    assert done.stderr.splitlines() == expected


# Limits that need a generated file or a changed limit.


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.yaml"
    base = (GOOD / "base.yaml").read_bytes()
    padding = b"# " + b"x" * 97 + b"\n"
    big.write_bytes(base + padding * (MAX_FILE_BYTES // len(padding) + 1))
    size = big.stat().st_size
    assert size > MAX_FILE_BYTES
    monkeypatch.chdir(tmp_path)
    result = load(Path("big.yaml"), docs_dir=None)
    assert [str(d) for d in result.diagnostics] == [
        f"big.yaml:1:1: error: file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit "
        "for a prompt set; split it into several sets"
    ]


def test_file_just_under_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    base = (GOOD / "base.yaml").read_bytes()
    path.write_bytes(base + b"#" * (MAX_FILE_BYTES - len(base) - 1) + b"\n")
    assert path.stat().st_size == MAX_FILE_BYTES
    result = load(path, docs_dir=DOCS)
    assert result.diagnostics == []


def test_alias_bomb_is_stopped_before_expanding(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bomb never reaches the value builder: the size check on the node graph stops it."""

    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("the alias bomb was expanded")

    monkeypatch.setattr(safe_yaml._Builder, "build", no_build)
    monkeypatch.chdir(BAD)
    result = load(Path("alias-bomb.yaml"))
    assert [str(d) for d in result.diagnostics] == expected_lines("alias-bomb")
    assert f"more than {MAX_VALUES:,} values" in result.diagnostics[0].message


def test_the_expanded_value_limit_is_what_stops_aliases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small alias fan-out loads under the default limit and fails once the limit is lower."""
    path = tmp_path / "fan.yaml"
    path.write_text(
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: [*b, *b, *b]\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    before = load(Path("fan.yaml"), docs_dir=None)
    assert not any("aliases are expanded" in d.message for d in before.diagnostics)
    monkeypatch.setattr(safe_yaml, "MAX_VALUES", 200)
    after = load(Path("fan.yaml"), docs_dir=None)
    assert [str(d) for d in after.diagnostics] == [
        "fan.yaml:3:4: error: more than 200 values once aliases are expanded (an alias bomb?); "
        "remove the repeated '*alias' references"
    ]


def test_nesting_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nesting up to the limit is read (and refused for its shape only); one more level is not."""
    limit = safe_yaml.MAX_DEPTH
    monkeypatch.chdir(tmp_path)
    ok = tmp_path / "ok.yaml"
    ok.write_text("id: " + "[" * (limit - 1) + "]" * (limit - 1) + "\n", encoding="utf-8")
    assert not any("nesting" in d.message for d in load(Path("ok.yaml"), docs_dir=None).errors)
    deep = tmp_path / "deep.yaml"
    deep.write_text("id: " + "[" * limit + "]" * limit + "\n", encoding="utf-8")
    assert [str(d) for d in load(Path("deep.yaml"), docs_dir=None).diagnostics] == [
        f"deep.yaml:1:{4 + limit}: error: nesting deeper than {limit} levels; a prompt set never "
        "needs this, check the indentation"
    ]


# Accepted inputs.


def test_base_is_valid_without_warnings() -> None:
    result = load(GOOD / "base.yaml")
    assert result.diagnostics == []
    assert isinstance(result.prompt_set, PromptSet)


def _variant(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bom_file_validates(tmp_path: Path) -> None:
    raw = (GOOD / "base.yaml").read_bytes()
    path = _variant(tmp_path, "bom.yaml", b"\xef\xbb\xbf" + raw)
    result = load(path, docs_dir=DOCS)
    assert result.diagnostics == []
    base = load(GOOD / "base.yaml").prompt_set
    assert result.prompt_set is not None
    assert base is not None
    assert result.prompt_set.model_dump() == base.model_dump()


def test_crlf_file_validates(tmp_path: Path) -> None:
    raw = (GOOD / "base.yaml").read_bytes().replace(b"\n", b"\r\n")
    path = _variant(tmp_path, "crlf.yaml", raw)
    result = load(path, docs_dir=DOCS)
    assert result.diagnostics == []
    assert result.prompt_set is not None
    assert result.prompt_set.prompts[0].text.get_text("en") == "What did you notice this month?"


@pytest.mark.parametrize(
    ("prefix", "newline"), [(b"\xef\xbb\xbf", b"\n"), (b"", b"\r\n"), (b"\xef\xbb\xbf", b"\r\n")]
)
def test_bom_and_crlf_keep_positions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefix: bytes, newline: bytes
) -> None:
    """Errors in a BOM or CRLF file point at the same line and column as in a plain file."""
    for case in ("kind-enum", "tab-indent", "non-utf8", "yaml-unclosed-quote"):
        raw = (BAD / f"{case}.yaml").read_bytes().replace(b"\n", newline)
        _variant(tmp_path, f"{case}.yaml", prefix + raw)
        monkeypatch.chdir(tmp_path)
        result = load(Path(f"{case}.yaml"), docs_dir=DOCS)
        assert [str(d) for d in result.diagnostics] == expected_lines(case)


def test_one_language_set_with_plain_strings() -> None:
    result = load(GOOD / "one-language.yaml")
    assert result.diagnostics == []
    prompt_set = result.prompt_set
    assert prompt_set is not None
    assert prompt_set.languages == ["fr"]
    first = prompt_set.prompts[0]
    assert first.text.is_plain
    assert first.text.get_text("fr") == "Qu'avez-vous remarqué ce mois-ci ?"
    assert first.follow_ups[0].get_text("fr") == "Où exactement ?"


def test_good_files_load() -> None:
    for path in sorted(GOOD.glob("*.yaml")):
        result = load(path)
        assert result.diagnostics == [], path


# The corpus in the facilitator's language.

#: Words of English sentences that are not French words, YAML keys or values of the format.
ENGLISH_WORDS = {
    "the", "is", "must", "not", "write", "add", "which", "with", "and", "of", "this", "here",
    "has", "have", "be", "only", "but", "are", "or", "its", "it", "at", "than", "missing",
    "unknown", "allowed", "found", "needs", "each", "line", "file", "key", "did", "you", "mean",
    "quote", "quotes", "to", "in", "error", "errors", "warning", "warnings", "checked", "empty",
    "number", "whole", "list", "should", "remove", "keep", "give", "use", "uses", "set",
}  # fmt: skip
#: French words that never appear in an English message.
FRENCH_WORDS = {"le", "la", "les", "des", "est", "pas", "une", "dans", "clé", "carte", "séance"}
#: What a message quotes or cites as it is (values, code, paths) is not its language.
_CITED = re.compile(r"«[^»]*»|„[^“]*“|'[^']*'|\"[^\"]*\"|`[^`]*`|\S*/\S*|\{[^}]*\}")


def message_words(line: str) -> set[str]:
    """The words of the message of a diagnostic or summary line, without what it cites."""
    message = line.split(": error: ", 1)[-1]
    return set(re.findall(r"[^\W\d_]+(?:[-_][^\W\d_]+)*", _CITED.sub(" ", message)))


def summary(lang: str, files: int, errors: int) -> str:
    """The last line of ``kitgen validate``, each count with its own plural (French: 0 and 1
    are singular)."""
    if lang == "fr":
        s, e = "s" * (files > 1), "s" * (errors > 1)
        return f"{files} fichier{s} vérifié{s}\u00a0: {errors} erreur{e}, 0 avertissement"
    s, e = "s" * (files != 1), "s" * (errors != 1)
    return f"{files} file{s} checked: {errors} error{e}, 0 warnings"


@pytest.mark.parametrize(("locale", "lang"), [("fr_CH.UTF-8", "fr"), ("en_US.UTF-8", "en")])
def test_cli_speaks_the_locale(locale: str, lang: str) -> None:
    """`LANG=fr_CH.UTF-8 kitgen validate` says every problem of the corpus in French (and
    nothing in English); under an English locale, the same problems in English."""
    files = [f"{case}.yaml" for case in CASES]
    done = run_cli("validate", *files, cwd=BAD, locale=locale)
    assert done.returncode == 1
    expected = [line for case in CASES for line in expected_lines(case, lang)]
    errors = len(expected)
    assert done.stderr.splitlines() == [
        *expected,
        summary(lang, len(files), errors),
    ]
    for line in done.stderr.splitlines():
        words = {w.lower() for w in message_words(line)}
        wrong = words & (ENGLISH_WORDS if lang == "fr" else FRENCH_WORDS)
        assert not wrong, f"{sorted(wrong)} in: {line}"
        if lang == "en":
            assert not {"«", "\u00a0", "\u202f"} & set(line), line


def test_english_words_are_caught() -> None:
    """The check above is not vacuous: an English line, or English left in a French line,
    shows English words."""
    english = expected_lines("kind-enum", "en")[0]
    assert message_words(english) & ENGLISH_WORDS
    french = expected_lines("kind-enum", "fr")[0]
    assert not message_words(french) & ENGLISH_WORDS
    assert message_words(french.replace("n’est pas", "is not")) & ENGLISH_WORDS
    assert message_words(french) & FRENCH_WORDS


#: English words that are also German or Italian words ("in", "Set", "file").
SHARED_WORDS = {"in", "set", "file"}


@pytest.mark.parametrize("locale", ["de_CH.UTF-8", "it_CH.UTF-8"])
def test_german_and_italian_runs_have_no_english_sentence(locale: str) -> None:
    """German and Italian have no goldens of their own, but every problem of the corpus is
    said in them: no line is the English one and none holds an English word."""
    files = [f"{case}.yaml" for case in CASES]
    done = run_cli("validate", *files, cwd=BAD, locale=locale)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    english = [line for case in CASES for line in expected_lines(case, "en")]
    assert len(lines) == len(english) + 1  # the problems, then the summary
    for line, english_line in zip(lines, english, strict=False):
        assert line.split(": error: ")[0] == english_line.split(": error: ")[0]
        assert line != english_line
    for line in lines:
        words = {w.lower() for w in message_words(line)}
        assert not words & (ENGLISH_WORDS - SHARED_WORDS), f"English in: {line}"
