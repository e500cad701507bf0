"""The planner's fixture sets (tests/data/plan): four themes, one offline, one with a gap."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitgen.load import load_all
from kitgen.model import PromptSet

PLAN_DATA = Path(__file__).resolve().parents[1] / "data" / "plan"


@pytest.fixture(scope="session")
def plan_sets() -> list[PromptSet]:
    return load_all([PLAN_DATA], docs_dir=None)
