"""Load a prompt set: read, parse, check, and build the typed model, all problems at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from kitgen.diagnostics import Diagnostic, KitgenError, Location, error, shown_path
from kitgen.i18n import cli_text
from kitgen.load.arc import check_arcs
from kitgen.load.checks import check_set, find_docs_dir
from kitgen.load.safe_yaml import parse_yaml
from kitgen.load.schema_errors import structural_diagnostics
from kitgen.model import Origin, PromptSet
from kitgen.wording import quoted

SUFFIXES = (".yaml", ".yml")


@dataclass
class LoadResult:
    """A loaded set (``None`` when it has errors) and every diagnostic found."""

    path: Path
    prompt_set: PromptSet | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]


def load(path: Path, *, docs_dir: Path | bool | None = True) -> LoadResult:
    """Load one prompt set and report everything wrong with it.

    ``docs_dir=True`` looks for the project's ``docs/`` to check theme pages; ``None`` or
    ``False`` skips that check; a path uses that folder.
    """
    path = Path(path)
    try:
        document = parse_yaml(path)
    except KitgenError as exc:
        return LoadResult(path, None, exc.diagnostics)
    origin = Origin(path, document.positions)
    diagnostics = list(document.problems)
    if not isinstance(document.data, dict):
        diagnostics.append(
            error(
                origin.locate(()),
                cli_text(
                    "a prompt set is a block of key: value lines (schema: 1, id: ..., ...); "
                    "start from `kitgen new ID`"
                ),
            )
        )
        return LoadResult(path, None, diagnostics)
    docs = find_docs_dir(path) if docs_dir is True else (docs_dir or None)
    prompt_set: PromptSet | None = None
    try:
        prompt_set = PromptSet.model_validate(document.data)
    except ValidationError as exc:
        errors = [e for e in exc.errors() if not _under(tuple(e["loc"]), document.refused)]
        diagnostics += structural_diagnostics(errors, document.data, origin, document.scalars)
    diagnostics += check_set(document.data, origin, docs)
    if prompt_set is not None and not any(d.is_error for d in diagnostics):
        prompt_set._origin = origin
        diagnostics += check_arcs(prompt_set, origin)
    else:
        prompt_set = None
    diagnostics.sort(key=lambda d: (d.location.line, d.location.column, d.message))
    return LoadResult(path, prompt_set, _unique(diagnostics))


def _under(loc: tuple[str | int, ...], refused: set[tuple[str | int, ...]]) -> bool:
    """Whether ``loc`` is at or below a value that was already reported as refused."""
    return any(loc[: len(r)] == r for r in refused)


def _unique(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    seen: set[str] = set()
    out = []
    for d in diagnostics:
        if str(d) not in seen:
            seen.add(str(d))
            out.append(d)
    return out


def load_set(path: Path, *, docs_dir: Path | bool | None = True) -> PromptSet:
    """Load a set for rendering: the model, or ``KitgenError`` with every error."""
    result = load(path, docs_dir=docs_dir)
    if result.prompt_set is None:
        raise KitgenError(result.errors or result.diagnostics)
    return result.prompt_set


def misnamed(path: Path, prompt_set: PromptSet) -> Diagnostic | None:
    """The error for a set file not named after its set's id, ``None`` when it is.

    The site and the kit find a set by its file name (``<id>.yaml``); ``kitgen build``,
    ``kitgen serve`` and the Sphinx extension all refuse a misnamed file through this."""
    if prompt_set.id == path.stem:
        return None
    return error(
        Location(path),
        cli_text(
            "{file} holds set {id}; name the file {name} (the site finds sets by file name)",
            file=path.name,
            id=quoted(prompt_set.id),
            name=prompt_set.id + ".yaml",
        ),
    )


def find_sets(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their YAML files (sorted); keep files as given."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            # Not only regular files: a pipe or a dangling link named *.yaml gets its own error.
            found += sorted(p for p in path.iterdir() if p.suffix in SUFFIXES and not p.is_dir())
        else:
            found.append(path)
    return found


def load_all(paths: Iterable[Path], *, docs_dir: Path | bool | None = True) -> list[PromptSet]:
    """Load many sets; raise one KitgenError listing every error of every file."""
    sets: list[PromptSet] = []
    problems: list[Diagnostic] = []
    files = find_sets(paths)
    if not files:
        raise KitgenError(error(Location(Path()), cli_text("no prompt set (*.yaml) found")))
    for path in files:
        result = load(path, docs_dir=docs_dir)
        if result.prompt_set is None:
            problems += result.errors or result.diagnostics
        else:
            sets.append(result.prompt_set)
    if problems:
        raise KitgenError(problems)
    problems = duplicate_set_ids(sets)
    if problems:
        raise KitgenError(problems)
    return sets


def duplicate_set_ids(sets: Iterable[PromptSet]) -> list[Diagnostic]:
    """One error per set whose id an earlier set already has: a set's id names its files and
    pages, so two sets with one id (``a.yaml`` and ``a.yml``, or two folders) would overwrite
    each other's outputs."""
    problems: list[Diagnostic] = []
    ids: dict[str, Path] = {}
    for s in sets:
        assert s.origin is not None
        if s.id in ids:
            problems.append(
                error(
                    s.origin.locate(("id",)),
                    cli_text(
                        "set id {id} is also used by {path}; give each set its own id",
                        id=quoted(s.id),
                        path=shown_path(ids[s.id]),
                    ),
                )
            )
        else:
            ids[s.id] = s.origin.path
    return problems
