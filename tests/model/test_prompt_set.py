"""``PromptSet.locate``: a line of the set's file, or the file a set built in code stands for."""

from __future__ import annotations

from pathlib import Path

from kitgen.diagnostics import Location
from kitgen.load import load_set
from kitgen.model import PromptSet


def test_a_loaded_set_locates_its_values(minimal_path: Path) -> None:
    prompt_set = load_set(minimal_path, docs_dir=False)
    lines = minimal_path.read_text(encoding="utf-8").splitlines()
    where = prompt_set.locate(("languages",))
    assert where.path == minimal_path
    assert where.line is not None and lines[where.line - 1].lstrip().startswith(
        ("languages", "-", "[")
    )
    # The whole set: where its first key is.
    assert prompt_set.locate() == Location(minimal_path, 5, 1)


def test_a_set_built_in_code_stands_for_its_file(minimal_path: Path) -> None:
    loaded = load_set(minimal_path, docs_dir=False)
    built = PromptSet.model_validate(loaded.model_dump(by_alias=True))
    assert built.origin is None
    assert built.locate(("languages",)) == Location(Path(f"{built.id}.yaml"))
