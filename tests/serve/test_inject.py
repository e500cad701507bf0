"""The reload script goes before the last ``</body>``; a page's security policy is opened to
the poll only, and only when it does not already say where the page may connect."""

from __future__ import annotations

from kitgen.serve.inject import SCRIPT_ID, inject

POLICY = (
    '<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; '
    'script-src &#x27;self&#x27;">'
)


def test_script_before_the_last_body_end() -> None:
    html = b"<html><body><pre>&lt;/body&gt; </body></pre></body></html>"
    out = inject(html, "site", 7)
    assert out.count(SCRIPT_ID.encode()) == 1
    assert out.index(SCRIPT_ID.encode()) > html.rindex(b"</pre>")
    assert out.endswith(b"</body></html>")
    assert b'data-generation="7"' in out and b'data-channel="site"' in out


def test_page_without_body_end_gets_it_at_the_end() -> None:
    assert inject(b"<p>fragment", "preview", 1).startswith(b"<p>fragment<script ")


def test_policy_allows_the_poll_and_nothing_else() -> None:
    out = inject(f"<head>{POLICY}</head><body></body>".encode(), "site", 1).decode()
    assert "script-src &#x27;self&#x27;; connect-src &#x27;self&#x27;" in out
    assert out.count("connect-src") == 1


def test_policy_with_its_own_connect_src_is_kept() -> None:
    own = POLICY.replace("script-src", "connect-src https://example.org; script-src")
    out = inject(f"<head>{own}</head><body></body>".encode(), "site", 1).decode()
    assert own in out
