"""The session planner: a session across all prompt sets that fits a time budget exactly."""

from __future__ import annotations

from kitgen.plan.ids import PlanRequest
from kitgen.plan.methods import choose_method
from kitgen.plan.planner import Plan, plan_from_id, plan_session
from kitgen.plan.session import PlanStep

__all__ = ["Plan", "PlanRequest", "PlanStep", "choose_method", "plan_from_id", "plan_session"]
