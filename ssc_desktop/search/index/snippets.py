"""Snippets and highlighting: which characters of a text match a plan, and the best window."""

from __future__ import annotations

from collections.abc import Iterable

from ssc_desktop.search.index.analysis import STOPS, folded_words, han_terms, is_han, stem
from ssc_desktop.search.index.planning import Plan
from ssc_desktop.search.results import Segments

SNIPPET_CHARS = 220


def marked(text: str, language: str, plan: Plan) -> list[tuple[int, int]]:
    """Character spans of ``text`` that match the query."""
    spans: list[tuple[int, int]] = []
    stops = STOPS[language]
    for word, start, end in folded_words(text):
        if is_han(word):
            spans += _han_spans(word, start, plan)
        elif (word not in stops and stem(word, language) in plan.stems) or (
            plan.prefix and word.startswith(plan.prefix)
        ):
            spans.append((start, end))
    return spans


def _han_spans(run: str, start: int, plan: Plan) -> list[tuple[int, int]]:
    """The characters of a Han run covered by a searched bigram or character, merged."""
    spans: list[tuple[int, int]] = []
    pieces = [(i, i + 2, g) for i, g in enumerate(han_terms(run)) if len(g) == 2]
    pieces += [(i, i + 1, c) for i, c in enumerate(run)]
    for s, e in sorted((s, e) for s, e, term in pieces if term in plan.stems):
        if spans and s <= spans[-1][1] - start:
            spans[-1] = (spans[-1][0], max(spans[-1][1], start + e))
        else:
            spans.append((start + s, start + e))
    if plan.prefix and run.startswith(plan.prefix) and not spans:
        spans.append((start, start + len(plan.prefix)))
    return spans


def marked_segments(text: str, spans: list[tuple[int, int]], start: int, end: int) -> Segments:
    out: Segments = []
    position = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        if s > position:
            out.append((text[position:s], False))
        out.append((text[s:e], True))
        position = e
    if position < end:
        out.append((text[position:end], False))
    return out


def snippet(texts: Iterable[str], language: str, plan: Plan) -> Segments:
    """The window of about SNIPPET_CHARS that shows the most distinct matched words."""
    first = ""
    for text in texts:
        if not text:
            continue
        first = first or text
        spans = marked(text, language, plan)
        if not spans:
            continue
        best, best_score = 0, -1
        for index, (s, _) in enumerate(spans):
            window = {text[a:b].casefold() for a, b in spans[index:] if b <= s + SNIPPET_CHARS - 40}
            if len(window) > best_score:
                best, best_score = index, len(window)
        anchor = spans[best][0]
        start = max(0, anchor - 40)
        if start:
            space = text.rfind(" ", 0, start + 1)
            start = space + 1 if space >= 0 and anchor - space < 60 else start
        end = min(len(text), start + SNIPPET_CHARS)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start + SNIPPET_CHARS // 2 else end
        found = marked_segments(text, spans, start, end)
        if start > 0:
            found.insert(0, ("…", False))
        if end < len(text):
            found.append(("…", False))
        return found
    if not first:
        return []
    end = min(len(first), SNIPPET_CHARS)
    if end < len(first):
        space = first.rfind(" ", 0, end)
        end = space if space > SNIPPET_CHARS // 2 else end
        return [(first[:end], False), ("…", False)]
    return [(first, False)]
