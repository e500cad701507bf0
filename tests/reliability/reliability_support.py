"""Shared by the reliability proofs: run the real ``kitgen`` command in a bounded subprocess."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

#: Address-space ceiling of a bounded run: a bomb that expanded would hit it and crash.
MEMORY_LIMIT = 1024**3
#: Generous: the point is that the run ends, not how fast.
TIMEOUT_S = 300.0

#: The one shape of a message: PATH:LINE:COL: error|warning: TEXT.
LOCATED = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning): \S.*$")


_MAIN = """
import sys
from kitgen.cli import main
sys.argv = ["kitgen", *sys.argv[1:]]
main()
"""


def _limit_memory(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def kitgen_env(**extra: str) -> dict[str, str]:
    """The current environment, without colours or a terminal width that could change output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "COV_"))}
    env.update({"NO_COLOR": "1", "COLUMNS": "200", "PYTHONHASHSEED": "0"})
    env.update(extra)
    return env


def run_kitgen(
    args: Sequence[str | Path],
    *,
    cwd: Path,
    memory: int | None = MEMORY_LIMIT,
    timeout: float = TIMEOUT_S,
    prelude: str = "",
    env: dict[str, str] | None = None,
    workers_too: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run the ``kitgen`` command in ``cwd``; ``prelude`` is Python run first (to inject faults).

    ``workers_too``: run the prelude in every Python process the command starts as well (its
    spawned workers), through a ``sitecustomize`` module in a temporary folder.
    """
    env = dict(env or kitgen_env())
    with tempfile.TemporaryDirectory() as folder:
        if workers_too and prelude:
            env.update(inherited(prelude, Path(folder)))
            prelude = ""
        return subprocess.run(
            [sys.executable, "-c", f"{prelude}\n{_MAIN}", *(str(a) for a in args)],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            preexec_fn=_limit_memory(memory) if memory else None,
            check=False,
        )


def inherited(prelude: str, folder: Path) -> dict[str, str]:
    """Environment that makes every Python process started with it (spawned workers too) run
    ``prelude`` first: a ``sitecustomize`` module in ``folder``, put on ``PYTHONPATH``."""
    (folder / "sitecustomize.py").write_text(prelude, encoding="utf-8")
    path = [str(folder), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {"PYTHONPATH": os.pathsep.join(path)}


def assert_located_failure(result: subprocess.CompletedProcess[str], *needles: str) -> list[str]:
    """Exit 1, no traceback, and every stderr line a located diagnostic or a summary."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    errors = [line for line in result.stderr.splitlines() if LOCATED.match(line)]
    assert any(LOCATED.match(e)["sev"] == "error" for e in errors), result.stderr  # type: ignore[index]
    text = "\n".join(errors)
    for needle in needles:
        assert needle in text, (needle, result.stderr)
    return errors


# --------------------------------------------------------------------------- small kit projects

_INDEX = "# {title}\n\n```{{toctree}}\n{themes}\nsets/index\n```\n"
_THEME = (
    "(theme-{sid})=\n# Theme {sid}\n\nSome words.\n\n## Cards\n\n```{{kitgen-prompts}} {sid}\n```\n"
)


def make_project(root: Path, repo: Path, sets: dict[str, dict[str, object]]) -> Path:
    """A kitgen project (kitgen.toml, docs/ with the repository's Sphinx configuration, one
    theme page per set in fr and en, prompts/) holding ``sets`` (id -> set data)."""
    import shutil

    import yaml

    (root / "prompts").mkdir(parents=True)
    shutil.copy(repo / "kitgen.toml", root / "kitgen.toml")
    docs = root / "docs"
    docs.mkdir()
    shutil.copy(repo / "docs" / "conf.py", docs / "conf.py")
    for set_id, data in sets.items():
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        (root / "prompts" / f"{set_id}.yaml").write_text(text, encoding="utf-8")
    for lang in ("fr", "en"):
        (docs / lang / "themes").mkdir(parents=True)
        themes = "\n".join(f"themes/{sid}" for sid in sets)
        (docs / lang / "index.md").write_text(
            _INDEX.format(title=f"Kit {lang}", themes=themes), encoding="utf-8"
        )
        for set_id in sets:
            (docs / lang / "themes" / f"{set_id}.md").write_text(
                _THEME.format(sid=set_id), encoding="utf-8"
            )
    return root


def set_from(minimal_path: Path, set_id: str) -> dict[str, object]:
    """The minimal set renamed ``set_id`` (its theme too)."""
    import yaml

    data: dict[str, object] = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
    data["id"] = data["theme"] = set_id
    return data


def tree(folder: Path) -> dict[str, Path]:
    """Every file below ``folder`` by relative POSIX path (a site holds no cache of the build)."""
    return {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()}
