"""Arc warnings: one test per rule, each checking the message and the line it points at."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kitgen.cli import main
from kitgen.diagnostics import Diagnostic
from kitgen.load import load

Edit = Callable[[dict[str, Any]], None]
LOCATED = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): warning: (?P<message>.+)$")


def arc_warnings(path: Path) -> list[Diagnostic]:
    result = load(path)
    assert not result.errors, result.errors
    return [d for d in result.warnings if d.code.startswith("arc.")]


def only(path: Path, code: str) -> Diagnostic:
    found = arc_warnings(path)
    assert [d.code for d in found] == [code], [str(d) for d in found]
    return found[0]


def line_of(path: Path, diagnostic: Diagnostic) -> str:
    return path.read_text(encoding="utf-8").splitlines()[diagnostic.location.line - 1]


def test_a_good_session_has_no_arc_warning(write_set: Callable[..., Path]) -> None:
    assert arc_warnings(write_set()) == []


def test_session_must_open_with_an_opener(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][0]["kind"] = "question"

    path = write_set(edit)
    found = only(path, "arc.opener")
    assert "session 'short-talk' opens with question 'first-look'" in found.message
    assert "start with an opener" in found.message
    assert "first-look" in line_of(path, found)
    assert found.location.line > 100  # the reference in the session, not the prompt


def test_session_must_end_with_a_closer(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][3]["kind"] = "question"

    path = write_set(edit)
    found = only(path, "arc.closer")
    assert "ends with question 'next-step'; finish with a closer prompt" in found.message
    assert "next-step" in line_of(path, found)


def test_orid_must_not_skip_a_level(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["sessions"][0]["steps"][1]["prompts"] = ["what-it-means"]

    path = write_set(edit)
    found = only(path, "arc.orid")
    assert "jumps from objective to interpretive at 'what-it-means'" in found.message
    assert "what-it-means" in line_of(path, found)


def test_orid_must_not_go_back(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        # objective, reflective, interpretive, back to reflective, decisional
        data["sessions"][0]["steps"][1]["prompts"] = ["how-it-felt", "what-it-means", "how-it-felt"]

    path = write_set(edit)
    found = only(path, "arc.orid")
    assert "goes back from interpretive to reflective at 'how-it-felt'" in found.message
    lines = path.read_text(encoding="utf-8").splitlines()
    # The third reference (after what-it-means), not the first one.
    assert "how-it-felt" in lines[found.location.line - 1]
    assert "what-it-means" in lines[found.location.line - 2]
    assert "how-it-felt" in line_of(path, found)


def test_high_sensitivity_early_is_flagged(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][1]["sensitivity"] = "high"  # how-it-felt, its step starts at minute 5
        data["sessions"][0]["steps"][1]["method"] = "pairs"  # (in pairs, as a delicate card is)

    path = write_set(edit)
    found = only(path, "arc.sensitivity")
    assert (
        "high-sensitivity prompt 'how-it-felt' at minute 5, in its first quarter" in found.message
    )
    assert "how-it-felt" in line_of(path, found)


def test_high_sensitivity_later_is_fine(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][3]["sensitivity"] = "high"  # the closer, at minute 20 of 25
        data["sessions"][0]["steps"][2]["method"] = "pairs"

    assert arc_warnings(write_set(edit)) == []


@pytest.mark.parametrize("fmt", ["remote", "hybrid"])
def test_remote_session_needs_remote_prompts(write_set: Callable[..., Path], fmt: str) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["sessions"][0]["format"] = fmt
        data["prompts"][2]["remote"] = False

    path = write_set(edit)
    found = only(path, "arc.remote")
    assert f"is {fmt} but prompt 'what-it-means' is not marked remote: true" in found.message
    assert "what-it-means" in line_of(path, found)


def test_in_person_session_may_use_any_prompt(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][2]["remote"] = False

    assert arc_warnings(write_set(edit)) == []


def test_method_needs_enough_people(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["sessions"][0]["group_size"] = {"min": 2, "max": 6}
        data["sessions"][0]["steps"][1]["method"] = "1-2-4-all"

    path = write_set(edit)
    found = only(path, "arc.method")
    assert "method '1-2-4-all' needs at least 4 people but session 'short-talk' allows 2" in (
        found.message
    )
    assert "1-2-4-all" in line_of(path, found)


def test_method_needs_enough_minutes(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["sessions"][0]["steps"][0]["method"] = "1-2-4-all"

    path = write_set(edit)
    found = only(path, "arc.method")
    assert "method '1-2-4-all' needs at least 8 minutes, this step has 5" in found.message
    assert "minutes: 5" in line_of(path, found)


def test_step_minutes_must_add_up(write_set: Callable[..., Path]) -> None:
    """Not an arc warning but an error (a guide with wrong clock times is useless)."""

    def edit(data: dict[str, Any]) -> None:
        data["sessions"][0]["steps"][1]["minutes"] = 20

    result = load(write_set(edit))
    assert any("lasts 25 minutes but its steps add up to 30" in d.message for d in result.errors), (
        result.diagnostics
    )


def test_warnings_print_as_located_lines(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][0]["kind"] = "question"
        data["prompts"][3]["kind"] = "question"
        data["sessions"][0]["steps"][1]["prompts"] = ["what-it-means"]

    path = write_set(edit)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert len(lines) == 3
    for line in lines:
        match = LOCATED.match(line)
        assert match is not None, line
        assert Path(match["path"]).name == path.name and int(match["line"]) > 1
    strict = CliRunner().invoke(main, ["validate", "--strict", str(path)])
    assert strict.exit_code == 1


# --- Room rules: one bad session per rule in arc/, each with its exact located warning ---------

ARC = Path(__file__).resolve().parent / "arc"
ROOM_CASES = sorted(p.stem for p in ARC.glob("*.yaml") if p.stem != "good")
#: What each case's warning must point at: the text on its line, from its column.
POINTS_AT = {
    "no-break": 'title: "World Café"',  # the step before which the break goes
    "fake-break": "plenary",
    "world-cafe-tables": "3",
    "fishbowl-chairs": "7",
    "fishbowl-group": "4",  # its chairs
    "sensitive-group": "delicate",
    "round-too-short": "5",
    "round-phases": '- {label: "Logging alone"',
    "phases-no-return": '- {label: "What I keep"',
    "phases-sum": '- {label: "What I keep"',
}


def test_every_room_rule_has_a_case() -> None:
    codes = {load(ARC / f"{case}.yaml").warnings[0].code for case in ROOM_CASES}
    assert codes == {
        "arc.break",
        "arc.world-cafe",
        "arc.fishbowl",
        "arc.sensitive-group",
        "arc.round",
        "arc.phases",
    }
    assert set(POINTS_AT) == set(ROOM_CASES)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("case", ROOM_CASES)
def test_room_case_gives_its_exact_located_warning(
    case: str,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
    golden: Callable[[Path, list[str]], list[str]],
) -> None:
    monkeypatch.chdir(ARC)
    monkeypatch.setenv("KITGEN_LANG", lang)
    result = load(Path(f"{case}.yaml"))
    path = ARC / (f"{case}.expected" if lang == "en" else f"{case}.{lang}.expected")
    actual = [str(d) for d in result.diagnostics]
    expected = golden(path, actual)
    assert actual == expected
    assert len(expected) == 1 and not result.errors and result.prompt_set is not None
    (found,) = result.warnings
    # Located on the step, at the value the message is about.
    line = (ARC / f"{case}.yaml").read_text(encoding="utf-8").splitlines()[found.location.line - 1]
    assert line[found.location.column - 1 :].startswith(POINTS_AT[case]), line
    # It names the step (or, for a missing break, the session and where the break goes) and
    # says what to do after the diagnosis.
    step = {"en": "step #", "fr": "l’étape n°\u00a0"}[lang]
    assert step in found.message and ";" in found.message


def test_sessions_that_work_in_the_room_stay_silent() -> None:
    result = load(ARC / "good.yaml")
    assert result.diagnostics == []
    assert result.prompt_set is not None and len(result.prompt_set.sessions) == 4


def test_room_warnings_fail_strict_validation() -> None:
    files = [str(ARC / f"{case}.yaml") for case in ROOM_CASES]
    lax = CliRunner().invoke(main, ["validate", *files])
    assert lax.exit_code == 0
    assert f"{len(files)} files checked: 0 errors, {len(files)} warnings" in lax.stderr
    assert CliRunner().invoke(main, ["validate", "--strict", *files]).exit_code == 1
    assert CliRunner().invoke(main, ["validate", "--strict", str(ARC / "good.yaml")]).exit_code == 0
