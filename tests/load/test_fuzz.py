"""Property tests: whatever the input, the loader answers with located diagnostics."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kitgen.load import load

LINE = re.compile(r"^.+:\d+:\d+: (error|warning): \S.*$")

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check(path: Path) -> None:
    result = load(path, docs_dir=None)
    for diagnostic in result.diagnostics:
        text = str(diagnostic)
        assert "\n" not in text
        assert LINE.match(text), text
        assert diagnostic.location.line >= 1
        assert diagnostic.location.column >= 1
    if result.prompt_set is None:
        assert result.errors, "a refused file must say why"


@SETTINGS
@given(st.text(max_size=400))
def test_random_text_never_crashes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "random.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check(path)


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes_never_crash(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "random.yaml"
    path.write_bytes(raw)
    _check(path)


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 500),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
_values = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _paths(value, (*prefix, i))
    return found


@SETTINGS
@given(data=st.data())
def test_mutated_valid_set_is_answered_with_located_errors(
    tmp_path: Path, minimal_path: Path, data: st.DataObject
) -> None:
    document = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
    paths = _paths(document)
    for _ in range(data.draw(st.integers(1, 4))):
        target = data.draw(st.sampled_from(paths))
        parent: Any = document
        try:
            for part in target[:-1]:
                parent = parent[part]
            action = data.draw(st.sampled_from(["replace", "delete", "rename"]))
            key = target[-1]
            if action == "delete" and isinstance(parent, dict):
                del parent[key]
            elif action == "rename" and isinstance(parent, dict):
                parent[data.draw(st.text(min_size=1, max_size=10))] = parent.pop(key)
            else:
                parent[key] = data.draw(_values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    path = tmp_path / "mutated.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    _check(path)
