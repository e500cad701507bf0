"""The deck's draw logic lives in ``draw.js``: ``node --test`` tests it directly, and the page
still gets it inlined in its one script."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from kitgen.load import load_set
from kitgen.render.webdeck import render_single_deck
from kitgen.render.webdeck.page import deck_script, template_text
from kitgen.render.webdeck.single import source_hash

NODE_TESTS = Path(__file__).with_name("draw.test.mjs")


def test_node_tests_of_the_draw_logic_pass() -> None:
    node = shutil.which("node")
    assert node is not None, "node is needed (./dev.sh test installs it)"
    done = subprocess.run(
        [node, "--test", str(NODE_TESTS)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    passed = re.search(r"^# pass (\d+)$", done.stdout, re.MULTILINE)
    assert passed is not None and int(passed.group(1)) >= 7, done.stdout
    assert re.search(r"^# fail 0$", done.stdout, re.MULTILINE), done.stdout


def test_the_page_script_inlines_draw_js_once() -> None:
    draw = template_text("draw.js")
    source = template_text("deck.js")
    script = deck_script()
    assert "function fnv1a" not in source and "// @inline draw.js" in source
    assert "@inline" not in script
    for name in ("fnv1a", "mulberry32", "permutation", "preferredSlot", "assignSlots"):
        assert script.count(f"function {name}(") == 1, name
    indented = "".join(f"  {line}" if line.strip() else line for line in draw.splitlines(True))
    assert indented in script


def test_single_deck_policy_hashes_the_inlined_script(minimal_path: Path) -> None:
    page = render_single_deck(load_set(minimal_path, docs_dir=False), "en", None).decode()
    assert f"script-src {source_hash(deck_script())}".replace("'", "&#x27;") in page
    assert f"<script>{deck_script()}</script>" in page
