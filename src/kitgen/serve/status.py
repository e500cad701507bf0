"""What the open pages poll: two generation counters and the current errors.

The preview counter moves when a set's preview is redrawn (well under a second after a
save); the site counter when a build of the kit finishes.  A page reloads when its counter
moves and no error is pending; while errors are pending it shows them in an overlay.
Errors are kept per source (one set file, or the last build), so fixing one file clears its
errors only.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field

#: The counters a page can follow.
CHANNELS = ("preview", "site")


@dataclass
class Status:
    generations: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHANNELS, 1))
    #: True while a build of the kit runs.
    building: bool = False
    _errors: dict[str, list[str]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def bump(self, channel: str) -> None:
        with self._lock:
            self.generations[channel] += 1

    def generation(self, channel: str) -> int:
        with self._lock:
            return self.generations.get(channel, 0)

    def set_errors(self, source: str, lines: list[str]) -> bool:
        """Replace the errors of ``source``; True when they changed."""
        with self._lock:
            before = self._errors.get(source, [])
            if lines:
                self._errors[source] = list(lines)
            else:
                self._errors.pop(source, None)
            return before != lines

    def errors(self) -> list[str]:
        """Every pending error line, each once, in the order of their sources."""
        with self._lock:
            seen: dict[str, None] = {}
            for source in sorted(self._errors):
                seen.update(dict.fromkeys(self._errors[source]))
            return list(seen)

    def to_json(self) -> bytes:
        with self._lock:
            generations = dict(self.generations)
            building = self.building
        data = {"generations": generations, "building": building, "errors": self.errors()}
        return json.dumps(data).encode()
