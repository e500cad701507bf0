"""The planner on the repository's own prompt sets (prompts/*.yaml), whatever they hold."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kitgen.diagnostics import KitgenError
from kitgen.load import find_sets, load
from kitgen.model import Kind, PromptSet, SessionFormat
from kitgen.plan import plan_from_id, plan_session

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real_sets() -> list[PromptSet]:
    files = find_sets([ROOT / "prompts"]) if (ROOT / "prompts").is_dir() else []
    loaded = [load(path, docs_dir=False).prompt_set for path in files]
    sets = [s for s in loaded if s is not None]
    if not sets:
        pytest.skip("no prompt set in prompts/ yet")
    return sets


@pytest.mark.parametrize("minutes", [45, 60, 90, 120])
@pytest.mark.parametrize("fmt", [SessionFormat.IN_PERSON, SessionFormat.REMOTE])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_real_sets_give_exact_plans(
    real_sets: list[PromptSet], minutes: int, fmt: SessionFormat, lang: str
) -> None:
    try:
        plan = plan_session(real_sets, minutes, 12, fmt, lang=lang, seed=minutes)
    except KitgenError as exc:  # content may be too thin for some requests: say so clearly
        assert "--minutes" in str(exc) or "--format" in str(exc) or "--themes" in str(exc)
        return
    assert plan.minutes == minutes
    assert plan.prompts[0].kind is Kind.OPENER and plan.prompts[-1].kind is Kind.CLOSER
    ranks = [p.level.rank for p in plan.prompts]
    assert all(0 <= b - a <= 1 for a, b in itertools.pairwise(ranks))
    assert not [f for f in plan.findings() if f.code != "arc.sensitivity"]
    assert plan_from_id(real_sets, plan.id).steps == plan.steps


def test_each_real_theme_plans_an_hour(real_sets: list[PromptSet]) -> None:
    planned = 0
    for theme in sorted({s.theme for s in real_sets}):
        try:
            plan = plan_session(real_sets, 60, 12, themes=[theme], seed=1)
        except KitgenError as exc:
            assert "--minutes" in str(exc) or "--themes" in str(exc), exc
            continue
        planned += 1
        assert {s.theme for s in plan.source.sets} == {theme}
    assert planned >= 1
