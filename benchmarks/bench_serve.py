"""``kitgen serve`` on a copy of the shipped kit: from a save to what the author sees.

For each of ``--runs`` edits (default 10) of one prompt's text, measured from the write:
  - to the updated card image being served (its preview page names a new face, which is
    fetched): goal under 1 s, median;
  - to the set page of the site being served with the new text: goal under 3 s, median.
Then the same for an edit of a theme page (to the served page showing it).  Beside them, the
same edits followed by a plain ``kitgen build`` (``--build-runs``, default 3), timed as a user
runs it (a subprocess, interpreter start-up included).  Prints figures, never fails.

    python benchmarks/bench_serve.py [--set engagement] [--runs 10] [--build-runs 3] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shipped_kit import ENV, build, copy_project

#: Between two looks at the server: the card is looked for often (its figure is the smallest);
#: pages, which take seconds, less often, so that the looking does not slow the build down.
TICK = 0.01
PAGE_TICK = 0.05
PATIENCE = 900.0


#: This run's mark in the sentences it adds (a --dir reused by an earlier run holds theirs).
RUN = f"run {time.time_ns():x}"


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        data: bytes = response.read()
    return data


def until(what: str, ready: Callable[[], bool], tick: float = PAGE_TICK) -> float:
    """Look until ``ready()``, every ``tick`` seconds; the time it took."""
    started = time.perf_counter()
    while not ready():
        if time.perf_counter() - started > PATIENCE:
            sys.exit(f"gave up waiting for {what}")
        time.sleep(tick)
    return time.perf_counter() - started


class Server:
    def __init__(self, project: Path, site: Path, log: Path) -> None:
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kitgen", "serve", "-o", str(site), "--port", "0"],
            cwd=project,
            env=ENV,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )
        found: list[str] = []
        until("the server's address", lambda: bool(found.extend(self._address()) or found))
        self.url = found[0]

    def _address(self) -> list[str]:
        if self.process.poll() is not None:
            sys.exit(f"kitgen serve stopped:\n{self.log.read_text()}")
        return re.findall(r"http://[^ ]+?/", self.log.read_text())[:1]

    def status(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(get(self.url + "_kitgen/status.json"))
        return data

    def generation(self, channel: str) -> int:
        return int(self.status()["generations"][channel])

    def idle_after(self, generation: int) -> bool:
        """True once the site moved past ``generation`` and no build runs."""
        status = self.status()
        return int(status["generations"]["site"]) > generation and not status["building"]

    def stop(self) -> None:
        """Ctrl-C, as an author stops it; a server that does not stop is terminated, then
        killed, so the benchmark never leaves one behind (its figures are printed anyway)."""
        self.process.send_signal(signal.SIGINT)
        for then in (signal.SIGTERM, signal.SIGKILL):
            try:
                self.process.wait(timeout=60)
                return
            except subprocess.TimeoutExpired:
                print(f"kitgen serve ignored the last signal; sending {then.name}", file=sys.stderr)
                self.process.send_signal(then)
        self.process.wait()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        sys.exit(f"{path.name} has no {old!r}")
    path.write_text(text.replace(old, new), encoding="utf-8")


def first_prompt_text(path: Path) -> str:
    """The English text of the set's first prompt, as written in the file."""
    prompts = path.read_text(encoding="utf-8").split("\nprompts:\n", 1)[-1]
    found = re.search(r'\n    text:\n(?:      [^\n]*\n)*?      en: "([^"]+)"', prompts)
    if not found:
        sys.exit(f"cannot find the first prompt's English text in {path}")
    return found.group(1)


def card_src(server: Server, set_id: str, needle: str) -> str | None:
    """The first card's front image on the preview page, once it shows ``needle``."""
    page = get(f"{server.url}_preview/{set_id}.html?lang=en").decode("utf-8")
    card = re.search(r'class="front" src="/([^"]+)" alt="([^"]*)"', page)
    return card.group(1) if card and needle in card.group(2) else None


def prompt_edits(
    server: Server, project: Path, set_id: str, runs: int
) -> list[tuple[float, float]]:
    path = project / "prompts" / f"{set_id}.yaml"
    page_url = f"{server.url}en/sets/{set_id}.html"
    text = first_prompt_text(path)
    figures = []
    for n in range(1, runs + 1):
        marked = f"{text} (edit {n})"
        site_before = server.generation("site")
        previous = text if n == 1 else f"{text} (edit {n - 1})"
        started = time.perf_counter()
        edit(path, f'en: "{previous}"', f'en: "{marked}"')
        found: list[str] = []

        def card_ready(marked: str = marked, found: list[str] = found) -> bool:
            src = card_src(server, set_id, marked)
            return bool(src and get(server.url + src) and not found.append(src))

        until("the new card", card_ready, TICK)
        card = time.perf_counter() - started
        until("the set page", lambda marked=marked: marked.encode() in get(page_url))
        page = time.perf_counter() - started
        until("the build", lambda before=site_before: server.idle_after(before))
        figures.append((card, page))
        print(f"  prompt edit {n:2}: card {card:6.2f} s   set page {page:6.2f} s", flush=True)
    return figures


def theme_edits(server: Server, project: Path, theme: str, runs: int) -> list[float]:
    path = project / "docs" / "en" / "themes" / f"{theme}.md"
    url = f"{server.url}en/themes/{theme}.html"
    figures = []
    for n in range(1, runs + 1):
        site_before = server.generation("site")
        sentence = f"Benchmark sentence number {n} ({RUN})."  # new in a reused --dir too
        started = time.perf_counter()
        with path.open("a", encoding="utf-8") as fp:
            fp.write(f"\n{sentence}\n")
        until("the theme page", lambda sentence=sentence: sentence.encode() in get(url))
        seconds = time.perf_counter() - started
        until("the build", lambda before=site_before: server.idle_after(before))
        figures.append(seconds)
        print(f"  theme edit {n:2}: page {seconds:6.2f} s", flush=True)
    return figures


def build_edits(project: Path, site: Path, set_id: str, theme: str, runs: int) -> dict[str, float]:
    """The same kinds of edit, each followed by ``kitgen build``: median wall times."""
    prompt = project / "prompts" / f"{set_id}.yaml"
    text = first_prompt_text(prompt)
    page = project / "docs" / "en" / "themes" / f"{theme}.md"
    times: dict[str, list[float]] = {"prompt": [], "theme": []}
    for n in range(1, runs + 1):
        edit(prompt, f'en: "{text}"', f'en: "{text} (build {n})"')
        text = f"{text} (build {n})"
        times["prompt"].append(build(project, site))
        with page.open("a", encoding="utf-8") as fp:
            fp.write(f"\nBuild benchmark sentence {n}.\n")
        times["theme"].append(build(project, site))
        print(f"  kitgen build {n}: after a prompt edit {times['prompt'][-1]:6.2f} s, "
              f"after a theme edit {times['theme'][-1]:6.2f} s", flush=True)  # fmt: skip
    return {kind: statistics.median(values or [math.nan]) for kind, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="engagement")
    parser.add_argument("--theme", default="")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--build-runs", type=int, default=3, help="0: no kitgen build figures")
    parser.add_argument(
        "--dir",
        type=Path,
        help="work here, reusing its project/ and site/ (default: scratch)",
    )
    args = parser.parse_args()
    theme = args.theme or args.set
    with tempfile.TemporaryDirectory(prefix="kitgen-bench-serve-") as tmp:
        work = args.dir or Path(tmp)
        project = work / "project"
        if not project.is_dir():
            copy_project(work)
        site = work / "site"
        print(f"kitgen build before serving: {build(project, site):.1f} s", flush=True)
        print(f"load average before: {os.getloadavg()[0]:.1f}", flush=True)
        server = Server(project, site, work / "serve.log")
        try:
            until("the first build", lambda: server.generation("site") >= 2)
            until("the previews", lambda: card_src(server, args.set, "") is not None)
            prompts = prompt_edits(server, project, args.set, args.runs)
            themes = theme_edits(server, project, theme, args.runs)
        finally:
            server.stop()
        print(f"load average after: {os.getloadavg()[0]:.1f}", flush=True)
        builds = build_edits(project, site, args.set, theme, args.build_runs)
    card = statistics.median(c for c, _ in prompts)
    page = statistics.median(p for _, p in prompts)
    print()
    print(f"{'median of ' + str(args.runs) + ' edits':<42}{'kitgen serve':>14}{'kitgen build':>14}")
    print(f"{'prompt edit -> card image served':<42}{card:12.2f} s{builds['prompt']:12.2f} s"
          f"   (goal < 1 s)")  # fmt: skip
    print(f"{'prompt edit -> set page served':<42}{page:12.2f} s{builds['prompt']:12.2f} s"
          f"   (goal < 3 s)")  # fmt: skip
    print(f"{'theme page edit -> page served':<42}{statistics.median(themes):12.2f} s"
          f"{builds['theme']:12.2f} s   (goal < 3 s)")  # fmt: skip
    print(f"(kitgen build: median of {args.build_runs}, the whole command after each edit)")


if __name__ == "__main__":
    main()
