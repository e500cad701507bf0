"""The JSON Schema of the prompt-set format, generated from the model (never written by hand)."""

from __future__ import annotations

import json
from typing import Any

from kitgen.model import PromptSet

SCHEMA_PATH = "schemas/prompt-set.schema.json"
SCHEMA_ID = "https://kitgen.readthedocs.io/schemas/prompt-set.schema.json"


def prompt_set_schema() -> dict[str, Any]:
    """JSON Schema draft 2020-12 for a prompt-set file."""
    schema = PromptSet.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **{k: v for k, v in schema.items() if k != "$id"},
    }


def schema_text() -> str:
    """The schema as committed: sorted keys, two-space indent, final newline."""
    return json.dumps(prompt_set_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
