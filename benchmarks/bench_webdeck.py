"""Online-deck page weight: what a phone downloads to open a set's deck.

For every set in ``prompts/`` (or the YAML files given) and each of its languages, prints the
bytes of the page (HTML with its JSON data), the script and the stylesheet, their sum (the
budget is 150 KB), the same gzip-compressed (what a static host usually sends), and the total
with the two font files; then the render time per page.

    .venv/bin/python benchmarks/bench_webdeck.py
    .venv/bin/python benchmarks/bench_webdeck.py prompts/engagement.yaml
"""

from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path

from kitgen import urls
from kitgen.load import load_all
from kitgen.render.webdeck import render_webdeck

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 150 * 1024
BASE_URL = "https://example.org/"


def kb(n: int) -> str:
    return f"{n / 1024:7.1f}"


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [ROOT / "prompts"]
    sets = load_all(paths, docs_dir=None)
    print(
        f"{'set':<24} {'lang':<4} {'cards':>5} {'html':>7} {'js':>7} {'css':>7} "
        f"{'page KB':>7} {'gzip':>7} {'+font':>7} {'ms':>6}"
    )
    worst = 0
    for prompt_set in sets:
        for lang in prompt_set.languages:
            start = time.perf_counter()
            files = render_webdeck(prompt_set, lang, BASE_URL)
            elapsed = (time.perf_counter() - start) * 1000
            folder = urls.web_deck(lang, prompt_set.id).rsplit("/", 1)[0]
            html = files[urls.web_deck(lang, prompt_set.id)]
            js = files[f"{folder}/deck.js"]
            css = files[f"{folder}/deck.css"]
            fonts = sum(len(v) for k, v in files.items() if k.endswith(".ttf"))
            page = len(html) + len(js) + len(css)
            zipped = sum(len(gzip.compress(b, mtime=0)) for b in (html, js, css))
            worst = max(worst, page)
            print(
                f"{prompt_set.id:<24} {lang:<4} {len(prompt_set.prompts):>5} {kb(len(html))} "
                f"{kb(len(js))} {kb(len(css))} {kb(page)} {kb(zipped)} {kb(page + fonts)} "
                f"{elapsed:6.1f}"
            )
    verdict = "within" if worst < BUDGET else "OVER"
    print(f"heaviest page (HTML+JS+CSS): {worst / 1024:.1f} KB, {verdict} the 150 KB budget")
    return 0 if worst < BUDGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
