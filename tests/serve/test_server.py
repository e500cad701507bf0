"""The server itself: loopback only by default, the reload script only in HTML responses, the
online deck's policy opened to the poll, the preview pages and their card faces."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import urllib.error
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from served_kit import Served

from kitgen.build import Project
from kitgen.load import load_set
from kitgen.serve.inject import SCRIPT_ID
from kitgen.serve.session import Session

pytestmark = pytest.mark.slow  # a small kit is built first


def _listening(port: int) -> list[str]:
    """The local addresses listening on ``port`` (from the kernel's socket tables)."""
    found = []
    for table, family in (("/proc/net/tcp", socket.AF_INET), ("/proc/net/tcp6", socket.AF_INET6)):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].split(":")
            if int(port_hex, 16) != port or fields[3] != "0A":  # 0A: LISTEN
                continue
            raw = bytes.fromhex(address)
            # The kernel prints each 32-bit word in host (little-endian) order.
            words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            found.append(socket.inet_ntop(family, words))
    return found


def test_binds_to_the_loopback_by_default(served: Served) -> None:
    url = urlsplit(served.url)
    assert url.hostname == "127.0.0.1"
    assert url.port is not None
    assert _listening(url.port) == ["127.0.0.1"]


def test_online_deck_policy_allows_the_poll(served: Served) -> None:
    deck = served.get("en/deck/alpha.html").decode("utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', deck)
    assert policy is not None
    assert "connect-src &#x27;self&#x27;" in policy.group(1)
    assert f'id="{SCRIPT_ID}"' in deck
    on_disk = (served.site / "en" / "deck" / "alpha.html").read_text(encoding="utf-8")
    assert "connect-src" not in on_disk


def test_other_files_are_served_as_built(served: Served) -> None:
    for relative in (
        "en/downloads/alpha--en--cards--a4--duplex-long.pdf",
        "en/cards/alpha/alt.json",
    ):
        assert served.get(relative) == (served.site / relative).read_bytes()


def test_preview_page_shows_every_card_with_its_fit_and_sessions(served: Served) -> None:
    served.wait_for("previews", lambda s: s["generations"]["preview"] >= 3)
    page = served.get("_preview/alpha.html?lang=fr").decode("utf-8")
    assert '<html lang="fr">' in page
    cards = re.findall(r'<li class="card" id="card-([^"]+)"', page)
    expected = load_set(served.kit / "prompts" / "alpha.yaml")
    assert cards == [prompt.id for prompt in expected.prompts]
    assert len(re.findall(r"fit: \d+(\.\d+)? pt", page)) == len(cards)
    assert re.search(r'style="width: 63mm; height: 88mm"', page)  # real size
    assert 'class="session"' in page and 'class="bar"' in page
    fronts = re.findall(r'class="front" src="/(_preview/img/[0-9a-f]+\.svg)"', page)
    assert len(fronts) == len(cards)
    image = served.get(fronts[0])
    assert image.lstrip().startswith(b"<svg") or b"<svg" in image[:300]


def test_preview_index_links_every_set(served: Served) -> None:
    served.wait_for("previews", lambda s: s["generations"]["preview"] >= 3)
    for address in ("_preview/", "_preview/index.html"):
        page = served.get(address).decode("utf-8")
        links = re.findall(r'<a href="([^"]+)">', page)
        assert links == ["alpha.html", "beta.html"]
        assert f'id="{SCRIPT_ID}"' in page  # reloads when a set is added or removed
        for link in links:
            assert 'class="card"' in served.get(f"_preview/{link}").decode("utf-8")


def test_unknown_preview_is_404(served: Served) -> None:
    with pytest.raises(urllib.error.HTTPError) as info:
        served.get("_preview/nope.html")
    assert info.value.code == 404
    with pytest.raises(urllib.error.HTTPError):
        served.get("_preview/img/0000.svg")


def test_host_opens_other_interfaces_only_when_asked(built_kit: tuple[Path, Path]) -> None:
    kit, site = built_kit
    project = Project.find(kit)
    for host, expected in (("127.0.0.1", "127.0.0.1"), ("0.0.0.0", "0.0.0.0")):
        session = Session(project, site, host=host, port=0, say=print, open_page=False)
        try:
            port = session.server.server_address[1]
            assert _listening(port) == [expected]
        finally:
            session.server.server_close()


def test_a_port_in_use_is_one_line_and_exit_1(built_kit: tuple[Path, Path]) -> None:
    kit, site = built_kit
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "kitgen", "serve", "-o", str(site), "--port", str(port)],
            cwd=kit,
            capture_output=True,
            text=True,
            timeout=300,
            env=dict(os.environ, KITGEN_LANG="fr"),
        )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: le port {port} est occupé\u202f; choisissez-en un autre avec --port"
    ]
