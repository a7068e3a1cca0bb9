"""Output helpers shared by every command (kept apart from cli.py, which can open the GUI)."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

# C0 and C1 controls, DEL, and the Unicode bidirectional overrides and isolates (which can make
# a line read differently from what it holds). ESC (U+001B) starts the terminal's own commands.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_KEEP_NEWLINES = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` safe to write on a terminal: every control character (ESC, CR, BEL, C1, bidi
    overrides...) shown as a visible escape such as ``\\x1b``. Use it on every message that can
    hold text from a file, a record, a path or a server; ``keep_newlines`` for a message whose own
    lines are laid out by the program (its parts must already be escaped)."""
    pattern = _UNSAFE_KEEP_NEWLINES if keep_newlines else _UNSAFE
    return pattern.sub(_visible, text)


def print_json(data: Any) -> None:
    """One JSON document on stdout, UTF-8 kept readable, two-space indent."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
