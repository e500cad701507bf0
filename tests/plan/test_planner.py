"""The planner: exact budgets, the arc, group methods, seeds, ids and clear refusals."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from kitgen.diagnostics import KitgenError
from kitgen.model import Group, Kind, Level, PromptSet, SessionFormat
from kitgen.model.methods import METHODS
from kitgen.plan import Plan, choose_method, plan_from_id, plan_session
from kitgen.plan.planner import BREAK_FROM

THEMES = ["commitment", "trust", "offline", "gappy"]


def check_plan(plan: Plan, minutes: int, themes: list[str], fmt: SessionFormat, size: int | None):
    """Every promise a plan makes, whatever was asked."""
    steps = plan.steps
    assert sum(s.minutes for s in steps) == minutes == plan.session.minutes == plan.minutes
    assert sum(s.minutes for s in plan.session.steps) == minutes
    prompts = plan.prompts
    assert steps[0].prompt is not None and steps[0].prompt.prompt.kind is Kind.OPENER
    assert steps[-1].prompt is not None and steps[-1].prompt.prompt.kind is Kind.CLOSER
    assert [p.kind for p in prompts[1:-1]].count(Kind.OPENER) == 0
    assert [p.kind for p in prompts[1:-1]].count(Kind.CLOSER) == 0
    ranks = [p.level.rank for p in prompts]
    assert all(0 <= b - a <= 1 for a, b in itertools.pairwise(ranks)), ranks
    assert len({(s.prompt.prompt_set.id, s.prompt.prompt.id) for s in steps if s.prompt}) == len(
        prompts
    )
    if fmt is not SessionFormat.IN_PERSON:
        assert all(p.remote for p in prompts)
    if themes:
        assert {s.prompt.prompt_set.theme for s in steps if s.prompt} <= set(themes)
    low = size if size is not None else 4
    for step in steps:
        method = METHODS.get(step.method)
        if method is not None:
            assert method.min_group <= low and step.minutes >= method.min_minutes
        if step.prompt is not None:
            assert step.minutes >= step.prompt.prompt.minutes
    breaks = [i for i, s in enumerate(steps) if s.prompt is None]
    assert len(breaks) == (1 if minutes >= BREAK_FROM else 0)
    assert all(0 < i < len(steps) - 1 for i in breaks)
    codes = {f.code for f in plan.findings()}
    assert not codes & {"arc.opener", "arc.closer", "arc.orid", "arc.remote", "arc.method"}
    # The room rules too: a break from 90 minutes, delicate prompts in pairs, rounds that give
    # everyone time to speak.
    assert not codes & {"arc.break", "arc.sensitive-group", "arc.round", "arc.phases"}


def test_two_hundred_random_requests(plan_sets: list[PromptSet]) -> None:
    rng = random.Random(20261126)
    planned = refused = 0
    for _ in range(200):
        minutes = rng.randint(15, 300)
        size = rng.choice([None, rng.randint(2, 60)])
        fmt = rng.choice(list(SessionFormat))
        themes = rng.sample(THEMES, rng.randint(0, 3))
        lang = rng.choice(["fr", "en"])
        seed = rng.randint(0, 10**6)
        try:
            plan = plan_session(plan_sets, minutes, size, fmt, themes, lang=lang, seed=seed)
        except KitgenError as exc:
            refused += 1
            message = str(exc)
            # A refusal always says what to relax.
            assert re.search(r"--minutes \d+|--themes|--format remote|write a", message), message
            continue
        planned += 1
        check_plan(plan, minutes, themes, fmt, size)
        assert plan.session.group_size.min == (size or 4)
    assert planned >= 120, (planned, refused)


@pytest.mark.parametrize("fmt", [SessionFormat.IN_PERSON, SessionFormat.REMOTE])
def test_every_budget_between_least_and_most_fits(
    plan_sets: list[PromptSet], fmt: SessionFormat
) -> None:
    themes = ["commitment"]
    with pytest.raises(KitgenError) as short:
        plan_session(plan_sets, 1, 10, fmt, themes)
    least = int(re.search(r"(\d+) minutes is the least", str(short.value))[1])  # type: ignore[index]
    with pytest.raises(KitgenError) as long:
        plan_session(plan_sets, 600, 10, fmt, themes)
    most = int(re.search(r"fill (\d+) minutes at most", str(long.value))[1])  # type: ignore[index]
    assert 10 < least < 60 < most < 600
    for minutes in range(least, most + 1):
        plan = plan_session(plan_sets, minutes, 10, fmt, themes, seed=minutes)
        check_plan(plan, minutes, themes, fmt, 10)
    with pytest.raises(KitgenError, match=f"ask for --minutes {least} or more"):
        plan_session(plan_sets, least - 1, 10, fmt, themes)
    with pytest.raises(KitgenError, match=f"ask for --minutes {most} or fewer"):
        plan_session(plan_sets, most + 1, 10, fmt, themes)


def test_same_seed_same_plan_other_seeds_vary(plan_sets: list[PromptSet]) -> None:
    one = plan_session(plan_sets, 75, 12, seed=7, lang="en")
    two = plan_session(list(reversed(plan_sets)), 75, 12, seed=7, lang="en")
    assert one.id == two.id and one.steps == two.steps and one.session == two.session
    variants = {
        tuple(
            s.prompt.prompt.id if s.prompt else "-"
            for s in plan_session(plan_sets, 75, 12, seed=seed).steps
        )
        for seed in range(12)
    }
    assert len(variants) >= 6


@pytest.mark.parametrize(
    ("minutes", "size", "fmt", "themes", "lang", "seed"),
    [
        (45, None, None, None, "fr", 0),
        (60, 12, "remote", ["commitment"], "en", 3),
        (120, 30, "hybrid", ["trust", "commitment"], "fr", 123456789),
        (90, 2, "in-person", ["gappy", "trust"], "en", 42),
    ],
)
def test_id_round_trips(
    plan_sets: list[PromptSet],
    minutes: int,
    size: int | None,
    fmt: str | None,
    themes: list[str] | None,
    lang: str,
    seed: int,
) -> None:
    plan = plan_session(plan_sets, minutes, size, fmt, themes, lang=lang, seed=seed)
    assert re.fullmatch(r"[a-z2-7]{10,40}", plan.id)
    again = plan_from_id(plan_sets, plan.id)
    assert again.id == plan.id and again.steps == plan.steps
    assert again.session == plan.session and again.request == plan.request
    assert plan_from_id(plan_sets, plan.id.upper()).steps == plan.steps


def test_id_survives_an_unrelated_new_set_but_not_changed_prompts(
    plan_sets: list[PromptSet],
) -> None:
    trust_only = [s for s in plan_sets if s.theme != "commitment"]
    plan = plan_session(trust_only, 50, 8, themes=["trust"], seed=5)
    # Adding the commitment set does not touch a plan drawn from the trust theme only.
    assert plan_from_id(plan_sets, plan.id).steps == plan.steps
    # Retiming one trust prompt does: the id says it was made from other prompts.
    trust = next(s for s in plan_sets if s.theme == "trust")
    first = trust.prompts[0]
    longer = first.model_copy(update={"minutes": first.minutes + 1})
    retimed = trust.model_copy(update={"prompts": [longer, *trust.prompts[1:]]})
    changed = [retimed if s is trust else s for s in plan_sets]
    with pytest.raises(KitgenError, match="made from other prompts than these"):
        plan_from_id(changed, plan.id)
    # Fixing a typo in a text keeps the id valid.
    reworded = trust.model_copy(update={"summary": trust.title})
    assert plan_from_id([reworded if s is trust else s for s in plan_sets], plan.id).id == plan.id
    # A theme that is gone.
    with pytest.raises(KitgenError, match="made from other prompt sets"):
        plan_from_id([s for s in plan_sets if s.theme != "trust"], plan.id)


def test_mistyped_ids_are_refused(plan_sets: list[PromptSet]) -> None:
    plan_id = plan_session(plan_sets, 60, 12, seed=1).id
    caught = total = 0
    for i, char in enumerate(plan_id):
        for other in "a7q":
            if other == char:
                continue
            total += 1
            try:
                plan_from_id(plan_sets, plan_id[:i] + other + plan_id[i + 1 :])
            except KitgenError as exc:
                assert "is not a plan id" in str(exc) or "made from other" in str(exc)
                caught += 1
    assert caught / total > 0.95
    for bad in ("", "hello world!", "0189", plan_id[:-3]):
        with pytest.raises(KitgenError, match="is not a plan id"):
            plan_from_id(plan_sets, bad)


def test_impossible_requests_say_what_to_relax(plan_sets: list[PromptSet]) -> None:
    with pytest.raises(KitgenError, match=r"\d+ minutes is the least .* ask for --minutes \d+"):
        plan_session(plan_sets, 10)
    with pytest.raises(
        KitgenError, match=r"no remote-friendly opener prompt for theme offline.*drop --format"
    ):
        plan_session(plan_sets, 60, format="remote", themes=["offline"])
    with pytest.raises(KitgenError, match="unknown theme 'comitment'; did you mean 'commitment'"):
        plan_session(plan_sets, 60, themes=["comitment"])
    with pytest.raises(KitgenError, match=r"cannot climb the ORID levels.*add themes"):
        plan_session(plan_sets, 60, themes=["gappy"])
    with pytest.raises(KitgenError, match=r"fill \d+ minutes at most; ask for --minutes"):
        plan_session(plan_sets, 590, themes=["offline"])
    with pytest.raises(KitgenError, match="plans are written in de, en, fr, it, not 'es'"):
        plan_session(plan_sets, 60, lang="es")
    with pytest.raises(KitgenError, match="--group-size goes from 2"):
        plan_session(plan_sets, 60, group_size=1)
    with pytest.raises(KitgenError, match="between 1 and 600"):
        plan_session(plan_sets, 0)
    with pytest.raises(KitgenError, match="unknown format 'zoom'"):
        plan_session(plan_sets, 60, format="zoom")
    # Errors point at the folder the sets came from, as PATH:LINE:COL.
    with pytest.raises(KitgenError) as exc:
        plan_session(plan_sets, 10)
    assert re.match(r".*plan:1:1: error: ", str(exc.value))


def make_prompt(
    group: Group,
    level: Level = Level.REFLECTIVE,
    kind: Kind = Kind.QUESTION,
    sensitivity: str = "low",
):
    from kitgen.model import Prompt

    return Prompt.model_validate(
        {
            "id": "p",
            "category": "c",
            "kind": kind.value,
            "level": level.value,
            "text": "t",
            "follow_ups": [],
            "minutes": 5,
            "group": group.value,
            "sensitivity": sensitivity,
            "remote": True,
        }
    )


@pytest.mark.parametrize(
    ("group", "level", "kind", "size", "method"),
    [
        (Group.PAIRS, Level.REFLECTIVE, Kind.QUESTION, 12, "pairs"),
        (Group.PAIRS, Level.REFLECTIVE, Kind.QUESTION, 3, "pairs"),
        (Group.SMALL_GROUPS, Level.REFLECTIVE, Kind.QUESTION, 3, "round"),
        (Group.SMALL_GROUPS, Level.REFLECTIVE, Kind.QUESTION, 5, "round"),
        (Group.SMALL_GROUPS, Level.REFLECTIVE, Kind.QUESTION, 16, "small-groups"),
        (Group.SMALL_GROUPS, Level.INTERPRETIVE, Kind.QUESTION, 16, "1-2-4-all"),
        (Group.PLENARY, Level.OBJECTIVE, Kind.OPENER, 10, "round"),
        (Group.PLENARY, Level.OBJECTIVE, Kind.QUESTION, 20, "plenary"),
        (Group.PLENARY, Level.DECISIONAL, Kind.CLOSER, 40, "1-2-4-all"),
        (Group.SOLO, Level.OBJECTIVE, Kind.QUESTION, 40, "silent-writing"),
    ],
)
def test_methods_follow_the_group_size(
    group: Group, level: Level, kind: Kind, size: int, method: str
) -> None:
    prompt = make_prompt(group, level, kind)
    chosen = choose_method(prompt, size)
    assert chosen == method
    assert METHODS[chosen].min_group <= size


@pytest.mark.parametrize("group", [Group.PAIRS, Group.SMALL_GROUPS, Group.PLENARY])
@pytest.mark.parametrize("size", [3, 12, 40])
def test_a_delicate_prompt_is_answered_in_pairs(group: Group, size: int) -> None:
    prompt = make_prompt(group, sensitivity="high")
    assert choose_method(prompt, size) == "pairs"
    assert choose_method(make_prompt(Group.SOLO, sensitivity="high"), size) == "silent-writing"


def test_group_size_shapes_instructions(plan_sets: list[PromptSet]) -> None:
    big = plan_session(plan_sets, 90, 40, themes=["commitment"], lang="en", seed=2)
    small = plan_session(plan_sets, 90, 4, themes=["commitment"], lang="en", seed=2)
    big_methods = {s.method for s in big.steps}
    small_methods = {s.method for s in small.steps}
    assert "small-groups" not in small_methods and "1-2-4-all" not in small_methods
    assert big_methods & {"small-groups", "1-2-4-all"}
    texts = [s.instructions.get_text("en") for s in big.session.steps]
    groups = [t for t in texts if t.startswith("Form groups of about")]
    assert all("that is 10 groups" in t for t in groups)
    remote = plan_session(plan_sets, 60, 12, "remote", ["commitment"], lang="en", seed=2)
    assert any("breakout rooms" in s.instructions.get_text("en") for s in remote.session.steps)


def test_plan_renders_as_a_guide(plan_sets: list[PromptSet]) -> None:
    import io

    import pdfplumber

    from kitgen.render.guide import GuideOptions, render_source_markdown, render_source_pdf

    plan = plan_session(plan_sets, 100, 12, themes=["commitment", "trust"], lang="en", seed=9)
    pdf = render_source_pdf(plan.source, "en", GuideOptions(start="09:00"))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pages = [" ".join((p.extract_text() or "").split()) for p in doc.pages]
    text = " ".join(pages)
    assert "A 100-minute conversation session" in text and plan.id in text
    assert "09:00–" in text and "–10:40" in text
    for prompt in plan.prompts:
        assert " ".join(prompt.text.get_text("en").split()) in text
    assert "Actions for the next session" in pages[-1]
    assert "Break" in text
    markdown = render_source_markdown(plan.source, "en", GuideOptions())
    assert plan.id in markdown
