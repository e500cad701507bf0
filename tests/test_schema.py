"""The JSON Schema: generated from the model, committed, valid, and in agreement with the loader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from kitgen.cli import main
from kitgen.schema import SCHEMA_PATH, prompt_set_schema, schema_text

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / SCHEMA_PATH
LOAD = ROOT / "tests" / "load"
PROMPTS = sorted((ROOT / "prompts").glob("*.yaml"))
HEADER = "# yaml-language-server: $schema="


def _valid_files() -> list[Path]:
    return [ROOT / "tests" / "data" / "minimal.yaml", *sorted(LOAD.glob("good/*.yaml")), *PROMPTS]


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def test_cli_output_equals_the_committed_schema() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0, result.output
    assert result.output == COMMITTED.read_text(encoding="utf-8"), (
        "schemas/prompt-set.schema.json is out of date: run `kitgen schema > "
        "schemas/prompt-set.schema.json`"
    )


def test_schema_text_is_stable_json() -> None:
    text = schema_text()
    assert text.endswith("}\n")
    assert json.loads(text) == prompt_set_schema()
    assert schema_text() == text


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    public = {
        "schema", "id", "version", "languages", "title", "summary", "theme", "license",
        "attribution", "sources", "color", "categories", "prompts", "sessions",
    }  # fmt: skip
    assert public <= set(schema["properties"])
    # A set may leave its colour to the kit's brand (kitgen.toml).
    assert set(schema["required"]) == public - {"attribution", "color"}


@pytest.mark.parametrize("path", _valid_files(), ids=lambda p: p.name)
def test_valid_sets_validate_against_the_schema(
    path: Path, validator: Draft202012Validator
) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


# Structural mistakes the schema must catch too, so that editors flag them while typing.
SCHEMA_CATCHES = [
    "kind-enum",
    "level-enum",
    "group-enum",
    "format-enum",
    "unknown-key-top",
    "unknown-key-prompt",
    "unknown-key-step",
    "missing-key-top",
    "missing-key-prompt",
    "missing-sessions",
    "minutes-zero",
    "minutes-negative",
    "minutes-quoted",
    "version-number",
    "text-list",
    "schema-2",
    "slug-capitals",
    "color-bad",
    "color-short",
    "color-unquoted",
    "too-many-follow-ups",
    "no-categories",
    "language-code",
    "empty-text",
    "remote-string",
    "prompt-not-map",
    "text-language-word",
    "break-with-prompts",
    "missing-instructions",
]


@pytest.mark.parametrize("case", SCHEMA_CATCHES)
def test_schema_rejects_structural_mistakes(case: str, validator: Draft202012Validator) -> None:
    data: Any = yaml.safe_load((LOAD / "bad" / f"{case}.yaml").read_text(encoding="utf-8"))
    assert list(validator.iter_errors(data)), f"the schema accepts bad/{case}.yaml"


def test_prompt_files_point_editors_at_the_schema() -> None:
    if not PROMPTS:
        pytest.skip("prompts/ is still empty")
    for path in PROMPTS:
        first = path.read_text(encoding="utf-8-sig").splitlines()[0]
        assert first.startswith(HEADER), f"{path.name} must start with {HEADER}..."
        target = (path.parent / first.removeprefix(HEADER).strip()).resolve()
        assert target == COMMITTED.resolve(), f"{path.name}: {first}"


def test_scaffold_template_points_editors_at_the_schema() -> None:
    from kitgen.scaffold import render_scaffold

    first = render_scaffold("demo", ["fr"]).splitlines()[0]
    assert first == f"{HEADER}../schemas/prompt-set.schema.json"
