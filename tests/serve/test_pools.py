"""The served kit's warm workers make ``kitgen build``'s outputs: a rebuild after an edit, run
as ``kitgen serve`` runs it (workers kept from the build before), equals a clean ``kitgen build``
of the same sources, file for file and byte for byte."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from pathlib import Path

import pytest
from kit_project import make_project, write_set

from kitgen.build.jobs import Job
from kitgen.serve.builder import build_once
from kitgen.serve.pools import WarmPools

pytestmark = pytest.mark.slow


def _digests(site: Path) -> dict[str, str]:
    """Every published file (the build's ``.kitgen`` cache left out) and its digest."""
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.relative_to(site).parts[0] != ".kitgen"
    }


def test_a_served_rebuild_equals_a_clean_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the workers inherit it
    project = make_project(tmp_path)
    served = tmp_path / "served"
    pools = WarmPools(workers=2)
    try:
        assert build_once(project, served, pools=pools).ok
        workers = {p.pid for p in multiprocessing.active_children()}
        write_set(project, "alpha", text_en="What did you notice first (edited)")
        with (project / "docs" / "en" / "themes" / "beta.md").open("a", encoding="utf-8") as page:
            page.write("\nA sentence added while serving.\n")
        again = build_once(project, served, pools=pools)
        assert again.ok, again.errors
        assert 0 < again.jobs - again.skipped < again.jobs  # incremental: not everything ran
        # The same processes did the second build: none was started for it.
        assert {p.pid for p in multiprocessing.active_children()} == workers
    finally:
        pools.close()

    clean = tmp_path / "clean"
    assert build_once(project, clean).ok  # kitgen build's own pool, from nothing
    served_files, clean_files = _digests(served), _digests(clean)
    assert any(name.endswith("sets/alpha.html") for name in clean_files)
    page = next(served / n for n in served_files if n.endswith("en/sets/alpha.html"))
    assert "What did you notice first (edited)" in page.read_text(encoding="utf-8")
    assert sorted(served_files.keys() ^ clean_files.keys()) == []
    different = sorted(n for n in clean_files if served_files[n] != clean_files[n])
    assert different == []


def test_each_language_of_the_site_has_its_own_worker() -> None:
    pools = WarmPools(workers=1)
    try:
        fr, en = pools.executor(Job("site", "fr")), pools.executor(Job("site", "en"))
        deck = pools.executor(Job("deck", "fr"))
        assert len({id(fr), id(en), id(deck)}) == 3
        assert pools.executor(Job("site", "fr")) is fr  # kept, not made again
        pid = fr.submit(os.getpid).result(timeout=600)
        assert fr.submit(os.getpid).result(timeout=600) == pid != os.getpid()
        jobs = [(Job("deck", "fr"), 1), (Job("site", "en"), 2), (Job("site", "fr"), 3)]
        assert pools.stages(jobs) == [jobs[1:], jobs[:1]]  # the site first, alone
    finally:
        pools.close()
