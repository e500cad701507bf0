"""Plan ids: every request survives encoding; damaged ids are refused, not misread."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitgen.model import SessionFormat
from kitgen.plan.ids import PlanIdError, PlanRequest, decode, encode, theme_token

requests = st.builds(
    PlanRequest,
    minutes=st.integers(1, 600),
    group_size=st.none() | st.integers(2, 1000),
    format=st.sampled_from(list(SessionFormat)),
    themes=st.lists(st.from_regex(r"[a-z]{1,8}(-[a-z]{1,8})?", fullmatch=True), max_size=5).map(
        lambda t: tuple(sorted(set(t)))
    ),
    lang=st.sampled_from(["fr", "en", "de", "zz"]),
    seed=st.integers(0, 2**40),
)


@given(requests, st.binary(min_size=4, max_size=4))
def test_round_trip(request: PlanRequest, digest: bytes) -> None:
    plan_id = encode(request, digest)
    assert plan_id == plan_id.lower() and plan_id.isalnum()
    decoded = decode(plan_id)
    assert (decoded.minutes, decoded.group_size, decoded.format) == (
        request.minutes,
        request.group_size,
        request.format,
    )
    assert (decoded.lang, decoded.seed, decoded.content_hash) == (
        request.lang,
        request.seed,
        digest,
    )
    assert decoded.theme_tokens == tuple(theme_token(t) for t in request.themes)
    # Readers may split an id or change its case.
    assert decode(f" {plan_id[:5]}-{plan_id[5:].upper()} ") == decoded


def test_short_for_a_common_request() -> None:
    request = PlanRequest(60, 12, SessionFormat.IN_PERSON, (), "fr", 4321)
    assert len(encode(request, b"\0\0\0\0")) <= 24


@pytest.mark.parametrize("bad", ["", "a", "!!!!", "aaaaaaaaaaaaaaaaaaaaaa", "1890"])
def test_garbage_is_refused(bad: str) -> None:
    with pytest.raises(PlanIdError):
        decode(bad)


def test_other_version_is_named() -> None:
    import base64
    import zlib

    payload = bytes([9, 60, 12, 0, 0, 0]) + b"\0" * 4
    raw = payload + bytes([zlib.crc32(payload) & 0xFF])
    plan_id = base64.b32encode(raw).decode().rstrip("=").lower()
    with pytest.raises(PlanIdError, match="another version of kitgen"):
        decode(plan_id)
