"""The search engine's public face: :class:`SearchIndex` and what a search returns.

The implementation (and every whoosh import) lives in :mod:`ssc_desktop.search.index`.
"""

from ssc_desktop.search.index import (
    ENGINE_VERSION,
    MAX_SEGMENTS,
    META_FILE,
    SORTS,
    ChangeSource,
    IndexDamaged,
    IndexNotReady,
    SearchIndex,
)
from ssc_desktop.search.index.analysis import STOPS
from ssc_desktop.search.results import Hit, Notice, NoticeKind, SearchResult

__all__ = [
    "ENGINE_VERSION",
    "MAX_SEGMENTS",
    "META_FILE",
    "SORTS",
    "STOPS",
    "ChangeSource",
    "Hit",
    "IndexDamaged",
    "IndexNotReady",
    "Notice",
    "NoticeKind",
    "SearchIndex",
    "SearchResult",
]
