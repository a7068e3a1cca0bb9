"""Search notices (typed values from the engine and the search service) in the user's language."""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import QCoreApplication

from ssc_desktop.search.results import Notice, NoticeKind


def notice_text(notice: Notice) -> str:
    """What the window says for one notice (empty for one it shows otherwise)."""
    translate = QCoreApplication.translate
    kind = notice.kind
    if kind is NoticeKind.CORRECTED:
        return translate(
            "SearchNotices", "Nothing matches the words as typed; showing results for “%1”."
        ).replace("%1", notice.suggestion)
    if kind is NoticeKind.SOME_WORDS:
        return translate(
            "SearchNotices", "No solution has all these words; showing those with some."
        )
    if kind is NoticeKind.NOTHING_MATCHES:
        return translate(
            "SearchNotices", "Nothing matches. Try fewer or other words, or clear filters."
        )
    if kind is NoticeKind.EMPTY_QUERY:
        return translate("SearchNotices", "Type a word to search.")
    if kind is NoticeKind.SIMPLE_MATCH:
        return translate(
            "SearchNotices", "The search index is being prepared: simple word matching."
        )
    if kind is NoticeKind.INDEX_BUILDING:
        return translate(
            "SearchNotices", "The search index is being built; results will appear in a moment."
        )
    if kind is NoticeKind.INDEX_NOT_READY:
        return translate("SearchNotices", "The search index is not ready yet.")
    if kind is NoticeKind.UNKNOWN_VALUE:
        if notice.suggestion:
            return (
                translate("SearchNotices", "Nothing is called “%1” in %2:; did you mean “%3”?")
                .replace("%1", notice.value)
                .replace("%2", notice.name)
                .replace("%3", notice.suggestion)
            )
        return (
            translate("SearchNotices", "Nothing is called “%1” in %2:.")
            .replace("%1", notice.value)
            .replace("%2", notice.name)
        )
    if kind in (NoticeKind.UNKNOWN_FIELD, NoticeKind.UNKNOWN_FILTER):
        return (
            translate("SearchNotices", "There is no %1: filter (filters: %2).")
            .replace("%1", notice.name)
            .replace("%2", ", ".join(notice.valid))
        )
    if kind is NoticeKind.MISSING_VALUE:
        return (
            translate("SearchNotices", "%1: needs a value, for example %1:%2.")
            .replace("%1", notice.name)
            .replace("%2", notice.suggestion)
        )
    if kind is NoticeKind.QUERY_CUT:
        return translate(
            "SearchNotices", "Only the first %1 characters of the query were used."
        ).replace("%1", str(notice.limit))
    if kind is NoticeKind.NO_SOLUTION_FOR_COUNTRY:
        # The country as the user typed it (their language); the broader search is a link
        # (see controllers/search.py).
        return translate("SearchNotices", "No solution in the catalogue involves %1 yet.").replace(
            "%1", notice.name or notice.value
        )
    if kind is NoticeKind.TOO_MANY_WORDS:
        return translate("SearchNotices", "Only the first %1 words were used.").replace(
            "%1", str(notice.limit)
        )
    assert_never(kind)
