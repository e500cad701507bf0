"""How fast and how lean the loader refuses hostile files (figures only, no pass/fail).

Run: .venv/bin/python benchmarks/bench_load_limits.py
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path

from kitgen.load import load
from kitgen.load.safe_yaml import MAX_DEPTH, MAX_FILE_BYTES

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "tests" / "load" / "good" / "base.yaml"


def billion_laughs(levels: int = 10, width: int = 10) -> str:
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def cases(folder: Path) -> dict[str, Path]:
    files = {
        "valid set (base.yaml)": BASE.read_text(encoding="utf-8"),
        "billion laughs (10^10 values)": billion_laughs(),
        "wide alias fan (1,000 x 1,000)": billion_laughs(levels=2, width=1000),
        f"nesting {MAX_DEPTH * 25} deep": "id: " + "[" * MAX_DEPTH * 25 + "]" * MAX_DEPTH * 25,
        "1.9 MB valid set (comments)": BASE.read_text(encoding="utf-8")
        + ("# " + "x" * 97 + "\n") * ((MAX_FILE_BYTES - 100_000) // 100),
        "file over the size limit": "# " + "x" * (MAX_FILE_BYTES + 10),
    }
    paths = {}
    for i, (name, text) in enumerate(files.items()):
        path = folder / f"case{i}.yaml"
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'case':34} {'size':>10} {'time':>9} {'peak mem':>9}  outcome")
        for name, path in cases(Path(tmp)).items():
            tracemalloc.start()
            start = time.perf_counter()
            result = load(path, docs_dir=None)
            elapsed = time.perf_counter() - start
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            outcome = "valid" if result.prompt_set else result.errors[0].message[:60]
            size = path.stat().st_size
            print(
                f"{name:34} {size:>10,} {elapsed * 1000:>7.1f}ms {peak / 2**20:>7.1f}MB  {outcome}"
            )


if __name__ == "__main__":
    main()
