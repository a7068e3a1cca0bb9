"""Where a brief's catalogue comes from: the last sync, or the one shipped with the app.

A brief must state what is true. The seed's records carry the date they were written, which is not
a sync: a catalogue never synchronised is "the one shipped with SSC Desktop X (dated ...)".
:func:`catalogue_provenance` reads what the catalogue knows; the brief turns it into words in its
own language (``resources/briefs/labels.json``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

#: The catalogue's meta key of the end of the last complete sync (``sync.state.K_LAST_SYNC_AT``).
LAST_SYNC_KEY = "last_sync_at"


class MetaReader(Protocol):
    """What :func:`catalogue_provenance` needs of a store (``CatalogueStore`` has it)."""

    def meta(self, key: str, default: str | None = None) -> str | None: ...


@dataclass(frozen=True)
class CatalogueProvenance:
    """The catalogue's origin as a brief states it.

    ``last_sync`` is when the last successful sync with the hub ended (None: never synchronised);
    ``shipped_version`` and ``shipped_date`` name the catalogue shipped with the application
    (the seed's version and the date of its newest record; None when unknown).
    """

    last_sync: datetime | None
    shipped_version: str
    shipped_date: date | None = None

    def __post_init__(self) -> None:
        if self.last_sync is not None and not isinstance(self.last_sync, datetime):
            raise TypeError("last_sync must be a datetime or None")
        if self.shipped_date is not None and not isinstance(self.shipped_date, date):
            raise TypeError("shipped_date must be a date or None")
        if isinstance(self.shipped_date, datetime):  # a datetime is a date: keep the day only
            object.__setattr__(self, "shipped_date", _utc_day(self.shipped_date))
        if not isinstance(self.shipped_version, str):
            raise TypeError("shipped_version must be text")

    @property
    def last_sync_day(self) -> date | None:
        """The day (UTC) of the last sync."""
        return None if self.last_sync is None else _utc_day(self.last_sync)


def _utc_day(moment: datetime) -> date:
    return moment.astimezone(UTC).date() if moment.tzinfo else moment.date()


def _parse_moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@cache
def _seed_date(path: Path) -> date | None:
    """The date of the newest record of the seed catalogue at ``path`` (None if unreadable)."""
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
        moments = [
            moment
            for record in data.get("solutions", [])
            if isinstance(record, dict)
            and isinstance(record.get("updated_at"), str)
            and (moment := _parse_moment(record["updated_at"])) is not None
        ]
    except (OSError, ValueError, AttributeError):
        log.warning("the shipped catalogue's date cannot be read from %s", path, exc_info=True)
        return None
    return _utc_day(max(moments)) if moments else None


def shipped_catalogue() -> tuple[str, date | None]:
    """The application's version and the date of the catalogue shipped with it."""
    from ssc_desktop import __version__
    from ssc_desktop.resources import db_dir

    return __version__, _seed_date(db_dir() / "seed" / "solutions.json")


def catalogue_provenance(store: MetaReader) -> CatalogueProvenance:
    """What a store knows of its catalogue's origin (one small read; safe in a worker thread).

    An unreadable last-sync date counts as no sync rather than stopping a brief.
    """
    text = store.meta(LAST_SYNC_KEY) or ""
    last_sync = _parse_moment(text) if text else None
    if text and last_sync is None:
        log.warning("unreadable last sync date %r: the brief says the catalogue is unsynced", text)
    version, shipped = shipped_catalogue()
    return CatalogueProvenance(last_sync=last_sync, shipped_version=version, shipped_date=shipped)
