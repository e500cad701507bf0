"""Finding and loading prompt sets for the site: one place that reads YAML (through kitgen.load).

Every read records the YAML file as a dependency of the page being read, so Sphinx re-reads
exactly the pages that use a set when its file changes.  Loading is cached per process on the
file's size and modification time: a set embedded in three pages is parsed once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from kitgen.diagnostics import Diagnostic
from kitgen.load import LoadResult, load, misnamed
from kitgen.load.loader import SUFFIXES
from kitgen.model import PromptSet

logger = logging.getLogger(__name__)

WARNING_TYPE = "kitgen"

#: Environment attribute (pickled with it): the pages whose content depends on which sets
#: exist (they list the sets, or looked up one that was missing); see kitgen.sphinx.setlist.
LISTERS = "kitgen_set_listers"

_cache: dict[Path, tuple[tuple[int, int], LoadResult]] = {}


def prompts_dir(config: Config) -> Path:
    """The folder of prompt sets (``kitgen_prompts_dir``, made absolute at config-inited)."""
    return Path(config.kitgen_prompts_dir)


def set_files(config: Config) -> list[Path]:
    """Every prompt-set file, sorted by name; the file stem is the set id."""
    folder = prompts_dir(config)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())


def set_file(config: Config, set_id: str) -> Path | None:
    """The file of set ``set_id`` (``<prompts>/<set_id>.yaml``), if there is one."""
    folder = prompts_dir(config)
    for suffix in SUFFIXES:
        candidate = folder / f"{set_id}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def listers(env: BuildEnvironment) -> set[str]:
    """The pages recorded as depending on which sets exist (made empty on first use)."""
    found: set[str] | None = getattr(env, LISTERS, None)
    if found is None:
        found = set()
        setattr(env, LISTERS, found)
    return found


def load_cached(path: Path) -> LoadResult:
    """Load ``path`` once per process for a given size and modification time."""
    stat = path.stat()
    key = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == key:
        return cached[1]
    result = load(path, docs_dir=None)  # the site checks its own references (labels, pages)
    _cache[path] = (key, result)
    return result


def location(diagnostic: Diagnostic) -> str:
    """``PATH:LINE:COL``, the form Sphinx prints in front of a located warning."""
    where = diagnostic.location
    return f"{where.path}:{where.line}:{where.column}"


def report(result: LoadResult) -> None:
    """Log every problem of a loaded file as a located ``kitgen.load`` warning."""
    for diagnostic in result.diagnostics:
        logger.warning(
            "%s: %s",
            diagnostic.severity.value,
            " ".join(diagnostic.message.split()),
            type=WARNING_TYPE,
            subtype="load",
            location=location(diagnostic),
        )


@dataclass(frozen=True)
class Found:
    """A set looked up by a directive: the model, or why there is none."""

    prompt_set: PromptSet | None
    path: Path | None
    problem: str = ""


def read_set(env: BuildEnvironment, set_id: str) -> Found:
    """The set ``set_id`` for the page being read, recorded as that page's dependency."""
    path = set_file(env.config, set_id)
    if path is None:
        listers(env).add(env.docname)  # read again when a set file appears
        folder = prompts_dir(env.config)
        known = ", ".join(p.stem for p in set_files(env.config)) or "none"
        return Found(
            None,
            None,
            f"no prompt set {set_id!r}: expected {folder / (set_id + '.yaml')} (sets: {known})",
        )
    env.note_dependency(str(path))
    result = load_cached(path)
    if result.prompt_set is None:
        return Found(None, path, f"prompt set {set_id!r} has errors (see the messages for {path})")
    prompt_set = result.prompt_set
    if wrong := misnamed(path, prompt_set):
        return Found(None, path, wrong.message)
    lang = env.config.language
    if lang not in prompt_set.languages:
        return Found(
            None,
            path,
            f"prompt set {set_id!r} has no {lang!r} text (languages: "
            f"{', '.join(prompt_set.languages)})",
        )
    return Found(prompt_set, path)


def read_all(env: BuildEnvironment) -> list[PromptSet]:
    """Every set that loads and has the build's language, each recorded as a dependency; the
    page is read again when a set file is added or removed."""
    listers(env).add(env.docname)
    sets = []
    for path in set_files(env.config):
        found = read_set(env, path.stem)
        if found.prompt_set is not None:
            sets.append(found.prompt_set)
    return sets
