"""Full-text search over the catalogue. Only the ``index`` subpackage imports whoosh.

``syntax`` parses what people type, ``vocabulary`` knows facet and filter values (no whoosh),
``results`` holds what a search returns. Use :class:`SearchIndex` from ``engine`` (which
re-exports it from ``index``).
"""

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
