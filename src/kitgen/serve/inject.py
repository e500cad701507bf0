"""The reload script, added to HTML responses of the server only (built files never hold it).

The script polls ``/_kitgen/status.json`` every 250 ms (it adds at most a quarter second to
a card redrawn in about 0.3 s, holds no connection open per page, and so keeps Ctrl-C
instant; server-sent events would save that quarter second): when its page's
counter moves and no error is pending it reloads; while errors are pending it shows them in
an overlay, and removes it once they are fixed.  Pages with a Content-Security-Policy (the
online decks) get ``connect-src 'self'`` added when served, so the poll is allowed; the
overlay is styled through the DOM, which such a policy allows.
"""

from __future__ import annotations

import re
from html import escape

from kitgen.i18n import cli_text

SCRIPT_PATH = "/_kitgen/reload.js"
STATUS_PATH = "/_kitgen/status.json"
#: The id of the script element (tests look for it to prove built files have none).
SCRIPT_ID = "kitgen-reload"

RELOAD_JS = """\
(() => {
  "use strict";
  const me = document.getElementById("kitgen-reload");
  const channel = me.dataset.channel;
  const seen = Number(me.dataset.generation);
  let overlay = null;
  function show(lines) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "kitgen-overlay";
      overlay.setAttribute("role", "alert");
      Object.assign(overlay.style, {
        position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto",
        background: "rgba(20, 20, 24, 0.92)", color: "#fff", padding: "2rem",
        font: "15px/1.5 ui-monospace, monospace",
      });
      const title = document.createElement("h2");
      title.textContent = me.dataset.title;
      Object.assign(title.style, { font: "bold 18px system-ui, sans-serif", margin: "0 0 1rem" });
      const list = document.createElement("pre");
      Object.assign(list.style, { whiteSpace: "pre-wrap", margin: "0", color: "#ffb4a8" });
      overlay.append(title, list);
      document.body.append(overlay);
    }
    overlay.querySelector("pre").textContent = lines.join("\\n");
  }
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  async function poll() {
    try {
      const response = await fetch(me.dataset.status, { cache: "no-store" });
      const status = await response.json();
      if (status.errors.length) {
        show(status.errors);
      } else if (status.generations[channel] !== seen) {
        location.reload();
        return;
      } else {
        hide();
      }
    } catch (error) {
      // The server is restarting or gone: keep the page as it is and try again.
    }
    setTimeout(poll, 250);
  }
  poll();
})();
"""

_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)
_CSP = re.compile(
    rb'(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")', re.IGNORECASE
)


def script_tag(channel: str, generation: int) -> str:
    """The element that loads the reload script for a page following ``channel``."""
    title = cli_text("kitgen serve: fix this and save, the page follows")
    return (
        f'<script id="{SCRIPT_ID}" src="{SCRIPT_PATH}" data-channel="{escape(channel)}" '
        f'data-generation="{generation}" data-status="{STATUS_PATH}" '
        f'data-title="{escape(title)}">'
        "</script>"
    )


def inject(html: bytes, channel: str, generation: int) -> bytes:
    """``html`` with the reload script before ``</body>`` (or at the end) and polling allowed."""
    tag = script_tag(channel, generation).encode("utf-8")

    def allow_poll(match: re.Match[bytes]) -> bytes:
        policy = match.group(2)
        if b"connect-src" in policy:
            return match.group(0)
        return match.group(1) + policy + b"; connect-src &#x27;self&#x27;" + match.group(3)

    html = _CSP.sub(allow_poll, html, count=1)
    ends = list(_BODY_END.finditer(html))
    if not ends:
        return html + tag
    at = ends[-1].start()
    return html[:at] + tag + html[at:]
