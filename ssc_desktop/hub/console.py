"""The hub's web console (placeholder)."""

from __future__ import annotations

from fastapi import FastAPI

from ssc_desktop.hub.store import HubStore


def add_console(app: FastAPI, store: HubStore) -> None:
    return None
