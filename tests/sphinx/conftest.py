"""Fixtures of the site-extension tests.

``make_app`` comes from ``sphinx.testing.fixtures``; the fixtures are imported here rather than
listed in ``pytest_plugins``, which pytest accepts only in the root conftest.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sphinx.testing.fixtures import make_app, test_params  # noqa: F401  (fixtures)
from sphinx.testing.util import SphinxTestApp

sys.path.insert(0, str(Path(__file__).parent))  # helpers beside the tests

from sphinx_site import Site


@pytest.fixture()
def site(tmp_path: Path, make_app: Callable[..., SphinxTestApp]) -> Site:  # noqa: F811
    """A two-language project with two prompt sets (see ``sphinx_site``)."""
    return Site(tmp_path / "project", make_app)
