"""The mission basket as stored: a title, a destination, dates, the brief's language and
solutions in order.

Kept as JSON in the catalogue's ``meta`` table (key :data:`META_KEY`), so it belongs to the data
folder and survives restarts and upgrades. Reading is forgiving: whatever is odd is dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

META_KEY = "gui.mission_basket"  # the key the first versions used: kept, data is never lost


@dataclass
class Mission:
    title: str = ""
    destination: str = ""
    start: date | None = None
    end: date | None = None
    items: list[tuple[str, str]] = field(default_factory=list)  # (solution id, title)
    language: str = ""  # the brief's language; "" for the interface's

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "title": self.title,
                "destination": self.destination,
                "start": self.start.isoformat() if self.start else "",
                "end": self.end.isoformat() if self.end else "",
                "language": self.language,
                "items": [{"id": i, "title": t} for i, t in self.items],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str | None) -> Mission:
        try:
            data: Any = json.loads(text or "{}")
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()

        def day(value: Any) -> date | None:
            try:
                return date.fromisoformat(value) if isinstance(value, str) and value else None
            except ValueError:
                return None

        items = []
        for item in data.get("items") or []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                items.append((item["id"], str(item.get("title") or item["id"])))
        return cls(
            title=str(data.get("title") or ""),
            destination=str(data.get("destination") or ""),
            start=day(data.get("start")),
            end=day(data.get("end")),
            items=items,
            language=data["language"] if isinstance(data.get("language"), str) else "",
        )
