"""Full-text search over the catalogue. Only the ``index`` subpackage imports whoosh.

``syntax`` parses what people type, ``vocabulary`` knows facet and filter values (no whoosh),
``results`` holds what a search returns. Use :class:`SearchIndex` from ``engine`` (which
re-exports it from ``index``).

The names below are imported when first used: the window imports ``search.results`` while it
starts and should not wait for ``vocabulary`` (which loads the domain model).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ssc_desktop.domain.facets import FACETS
    from ssc_desktop.search.results import AppliedFilter, Hit, Notice, NoticeKind, SearchResult
    from ssc_desktop.search.vocabulary import facet_label

__all__ = [
    "FACETS",
    "AppliedFilter",
    "Hit",
    "Notice",
    "NoticeKind",
    "SearchResult",
    "facet_label",
]

_WHERE = {
    "FACETS": "ssc_desktop.domain.facets",
    "AppliedFilter": "ssc_desktop.search.results",
    "Hit": "ssc_desktop.search.results",
    "Notice": "ssc_desktop.search.results",
    "NoticeKind": "ssc_desktop.search.results",
    "SearchResult": "ssc_desktop.search.results",
    "facet_label": "ssc_desktop.search.vocabulary",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
