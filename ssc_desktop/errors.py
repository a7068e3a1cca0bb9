"""Errors every layer may raise for the user to read as they are."""

from __future__ import annotations


class CommandError(Exception):
    """A refusal told to the user as one line (the command line prints it, exit code 1)."""
