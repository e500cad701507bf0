"""The deck's session agendas in Chromium: a break shows as a break and starts its own timer;
a working step shows its first card and sets the timer to the step's minutes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from kitgen.load import load_set
from kitgen.model import PromptSet

ROOM_SET = Path(__file__).resolve().parents[1] / "load" / "arc" / "good.yaml"


@pytest.fixture(scope="module")
def agenda_url(serve_deck: Callable[[PromptSet], str]) -> str:
    return serve_deck(load_set(ROOM_SET, docs_dir=None))


@pytest.fixture()
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(service_workers="block", reduced_motion="reduce")
    errors: list[str] = []
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == []


def open_agenda(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator("html.ready")).to_have_count(1)
    page.click("#agenda-panel > summary")
    expect(page.locator("#agenda-steps > li")).to_have_count(7)


def test_a_break_is_shown_and_timed_as_a_break(page: Page, agenda_url: str) -> None:
    open_agenda(page, agenda_url)
    steps = page.locator("#agenda-steps > li")
    breaks = page.locator("#agenda-steps > li.break")
    expect(breaks).to_have_count(1)
    expect(steps.nth(2)).to_have_class("agenda-step break")
    expect(steps.nth(2)).to_contain_text("15\u00a0min Break Break")
    before = page.locator("#card").get_attribute("data-card")
    breaks.get_by_role("button", name="Start the break").click()
    expect(page.locator("#timer")).to_have_class("timer running")
    expect(page.locator("#timer-start")).to_have_text("Pause")
    # The break moves no card.
    assert page.locator("#card").get_attribute("data-card") == before
    page.click("#timer-start")  # pause it: the display then holds still
    expect(page.locator("#timer-display")).to_have_text(re.compile(r"^1[45]:\d\d$"))


def test_a_step_shows_its_card_and_its_minutes(page: Page, agenda_url: str) -> None:
    open_agenda(page, agenda_url)
    cafe = page.locator("#agenda-steps > li").nth(4)
    expect(cafe).to_contain_text("40\u00a0min World Café World Café")
    cafe.get_by_role("button", name="Show its card").click()
    expect(page.locator("#card")).to_have_attribute("data-card", "what-it-means")
    expect(page.locator("#timer-display")).to_have_text("40:00")
    # A step without cards only sets the timer.
    page.select_option("#agenda-session", "breakfast-45")
    talk = page.locator("#agenda-steps > li").nth(2)
    expect(talk).to_contain_text("5\u00a0min Input Facilitator input")
    talk.get_by_role("button", name="Set the timer").click()
    expect(page.locator("#timer-display")).to_have_text("5:00")
