"""The reliability proofs import their helpers (reliability_support, write_audit) by name."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # helpers beside the tests (importlib mode)
