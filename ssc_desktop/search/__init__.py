"""Full-text search over the catalogue. Only the ``index`` subpackage imports whoosh.

``syntax`` parses what people type, ``vocabulary`` knows facet and filter values (no whoosh),
``results`` holds what a search returns. Use :class:`SearchIndex` from ``engine`` (which
re-exports it from ``index``).
"""

from ssc_desktop.search.results import AppliedFilter, Hit, SearchResult
from ssc_desktop.search.vocabulary import FACETS, facet_label

__all__ = ["FACETS", "AppliedFilter", "Hit", "SearchResult", "facet_label"]
