"""Output helpers shared by every command (kept apart from cli.py, which can open the GUI)."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(data: Any) -> None:
    """One JSON document on stdout, UTF-8 kept readable, two-space indent."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
