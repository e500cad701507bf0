"""``kitgen serve``: the kit built once, served on the loopback, rebuilt as its sources change.

The pieces, each in its own module: :mod:`status` (what the open pages poll), :mod:`inject`
(the reload script added to HTML responses, never to built files), :mod:`preview` (the
author's card preview, redrawn one card at a time), :mod:`builder` (``kitgen build``'s
library function in a worker process), :mod:`watch` (file changes, through watchfiles),
:mod:`http` (the server) and :mod:`session` (the loop tying them together).
"""

from __future__ import annotations
