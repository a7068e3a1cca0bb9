"""``SearchIndex``: searching the index (the lifecycle is in ``lifecycle``).

One pass gives every matching document with its score (see ``scoring``); the total is its size,
never ``len(results)`` (whoosh 2.7.4 gets it wrong with filters). Filters and facet counts work
on the per-generation tables of ``tables``.
"""

from __future__ import annotations

import heapq
import logging
import re
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh.query import Or

from ssc_desktop.domain.facets import FACETS, SORTS
from ssc_desktop.search import syntax
from ssc_desktop.search.index.files import is_index_read_error
from ssc_desktop.search.index.lifecycle import IndexLifecycle, IndexNotReady
from ssc_desktop.search.index.planning import Plan, Planner
from ssc_desktop.search.index.scoring import scored_docs
from ssc_desktop.search.index.snippets import marked, marked_segments, snippet
from ssc_desktop.search.index.spelling import corrections, is_small_edit
from ssc_desktop.search.index.tables import View
from ssc_desktop.search.results import (
    AppliedFilter,
    Broader,
    Hit,
    Notice,
    NoticeKind,
    SearchResult,
)
from ssc_desktop.search.vocabulary import (
    FILTER_COLUMN,
    FILTER_NAMES,
    Resolved,
    Resolver,
    countries_in,
    country_areas,
    is_name,
    key,
)

log = logging.getLogger(__name__)


#: How many times a search follows builds swapped in by other processes while it read (each
#: swap removes the build it was reading; several processes may rebuild one after another).
SWAP_RETRIES = 5


@dataclass
class _Constraint:
    name: str
    column: str
    tokens: frozenset[str]
    negated: bool = False


class SearchIndex(IndexLifecycle):
    """The full-text index of one catalogue, kept in one folder (see ``lifecycle``): searching."""

    # -- searching ----------------------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        offset: int = 0,
        filters: Mapping[str, Any] | None = None,
        facets: Iterable[str] | bool = (),
        sort: str = "relevance",
        as_you_type: bool = True,
        facet_limit: int = 100,
        snippets: bool | int = True,
    ) -> SearchResult:
        """Ranked hits for ``text`` (see ``syntax`` for what may be typed).

        Whatever is typed gives a result, with ``notices`` saying why it looks as it does; so
        does an index that is missing, being built or found damaged (``INDEX_BUILDING`` /
        ``INDEX_NOT_READY``; a damaged one is rebuilt by the next ``ensure_current``). Anything
        else that goes wrong is a bug and is raised, never turned into a notice.

        ``filters`` maps facet names (see ``FACETS``, plus ``status``) to a value or a list of
        values (values of one facet OR-ed, facets AND-ed). ``facets`` names the facets to count
        (True: all). ``sort`` is "relevance", "newest" or "title". With ``as_you_type``, the
        last word (when no space follows it) also matches as the start of a word.
        ``snippets``: highlighted title and snippet for every hit (True), for none (False:
        hits carry the id, score, year and language, read from memory, and an empty title), or
        for the first ``n`` hits of the page.
        """
        query = syntax.clean(text).strip()
        try:
            limit = max(0, min(int(limit), 1000))
            offset = max(0, min(int(offset), 1_000_000))
        except (TypeError, ValueError):
            limit, offset = 20, 0
        sort = sort if sort in SORTS else "relevance"
        snippet_hits = limit if snippets is True else max(0, int(snippets or 0))
        wanted = (
            list(FACETS)
            if facets is True
            else [f for f in (facets or ()) if f in FACETS]
            if not isinstance(facets, bool)
            else []
        )
        for attempt in range(1, SWAP_RETRIES + 1):
            searched = self._current
            try:
                searcher, view = self._reader()
                try:
                    return self._search(
                        searcher, view, query, text, limit, offset, filters, wanted, sort,
                        as_you_type, facet_limit, snippet_hits,
                    )  # fmt: skip
                except Exception as exc:
                    if not is_index_read_error(exc):
                        raise  # a bug: the caller's error path shows it
                    self._found_damaged(exc)  # any read error from the index means: rebuild
            except IndexNotReady:
                if attempt < SWAP_RETRIES and self._replaced_since(searched):
                    # another process swapped in a new build (and removed ours): read that one
                    self._damaged = False
                    continue
                kind = NoticeKind.INDEX_BUILDING if self.rebuilding else NoticeKind.INDEX_NOT_READY
                return SearchResult(
                    query, 0, [], (Notice(kind),), sort=sort, offset=offset, limit=limit
                )
        raise AssertionError("unreachable")  # pragma: no cover

    def _replaced_since(self, searched: str | None) -> bool:
        """Whether the current build named in the index's meta is another than ``searched``."""
        current = (self._meta() or {}).get("current")
        return isinstance(current, str) and current != searched

    def _search(
        self,
        searcher: Any,
        view: View,
        query: str,
        raw: object,
        limit: int,
        offset: int,
        filters: Mapping[str, Any] | None,
        wanted: list[str],
        sort: str,
        as_you_type: bool,
        facet_limit: int,
        snippet_hits: int,
    ) -> SearchResult:
        resolver = Resolver(lambda: view.org_tokens)
        parsed = syntax.parse(raw, known=resolver.known)
        notices = list(parsed.notes)
        suggestion_text = query
        constraints, applied = self._constraints(parsed, filters, resolver, notices)
        for typed in parsed.filters:
            if resolver.resolve(typed.name, typed.value) is None:
                close = resolver.suggest(typed.name, typed.value)
                if close:
                    suggestion_text = suggestion_text.replace(typed.value, close, 1)
        planner = Planner(searcher, view, as_you_type)
        plan = planner.plan(parsed)
        matched, text_docs = self._match(searcher, view, plan, constraints)
        made = corrections(
            searcher.reader(), plan, as_you_type, lambda w: is_name(w, view.org_tokens)
        )
        for made_one in made:
            suggestion_text = re.sub(
                rf"(?<!\w){re.escape(made_one.typed)}(?!\w)",
                made_one.word,
                suggestion_text,
                count=1,
            )
        suggestion = suggestion_text if suggestion_text != query else None
        corrected = False
        # A correction's results replace the typed query's only when the query as typed matches
        # nothing and every correction is a small edit; otherwise it is only offered.
        if not matched and suggestion and all(is_small_edit(c) for c in made):
            retry = syntax.parse(suggestion, known=resolver.known)
            retry_constraints, _ = self._constraints(retry, filters, resolver, [])
            retry_plan = Planner(searcher, view, as_you_type).plan(retry)
            retry_matched, retry_text = self._match(searcher, view, retry_plan, retry_constraints)
            if retry_matched:
                plan, matched, text_docs = retry_plan, retry_matched, retry_text
                constraints = retry_constraints
                corrected = True
                notices.append(Notice(NoticeKind.CORRECTED, value=query, suggestion=suggestion))
        if not matched and len(plan.groups) > 1:
            loose = Or(plan.groups)
            loose_plan = Plan(loose, plan.groups, plan.excluded, plan.stems, plan.prefix, [])
            loose_matched, loose_text = self._match(searcher, view, loose_plan, constraints)
            if loose_matched:
                plan, matched, text_docs = loose_plan, loose_matched, loose_text
                notices.append(Notice(NoticeKind.SOME_WORDS))
        facet_counts = {
            name: self._count(view, text_docs, constraints, name, matched, facet_limit)
            for name in wanted
        }
        hits = self._page(searcher, view, plan, matched, sort, offset, limit, snippet_hits)
        broader: list[Broader] = []
        for notice, offers in self._absent_countries(
            searcher, view, parsed, query, filters, resolver, as_you_type
        ):
            notices.append(notice)
            broader += offers
        if not matched:
            if parsed.empty and not query:
                notices.append(Notice(NoticeKind.EMPTY_QUERY))
            elif not notices:
                notices.append(Notice(NoticeKind.NOTHING_MATCHES))
        return SearchResult(
            query=query,
            total=len(matched),
            hits=hits,
            notices=tuple(dict.fromkeys(notices)),
            facets=facet_counts,
            suggestion=suggestion,
            corrected=corrected,
            filters=applied,
            sort=sort,
            offset=offset,
            limit=limit,
            broader=tuple(broader),
        )

    def _absent_countries(
        self,
        searcher: Any,
        view: View,
        parsed: syntax.ParsedQuery,
        query: str,
        filters: Mapping[str, Any] | None,
        resolver: Resolver,
        as_you_type: bool,
    ) -> list[tuple[Notice, list[Broader]]]:
        """Countries typed as words that no solution involves: a notice for each, and the same
        query with the country replaced by its sub-region, then its region (with their
        totals)."""
        words: list[str] = []
        typed: list[syntax.Clause] = []
        for group in parsed.groups:
            if len(group) == 1 and group[0].field is None:
                for word in key(group[0].text).split():
                    words.append(word)
                    typed.append(group[0])
        # (name as typed, ISO3, the pieces of the query that name it)
        named: list[tuple[str, str, list[str]]] = []
        for start, end, code in countries_in(words):
            clauses = list(dict.fromkeys(typed[start:end]))
            pieces = [rf'(?<!\w)"?{re.escape(c.text)}"?(?!\w)' for c in clauses]
            named.append((" ".join(c.text for c in clauses), code, pieces))
        for typed_filter in parsed.filters:  # country:Sénégal
            resolved = resolver.resolve(typed_filter.name, typed_filter.value)
            if typed_filter.name == "country" and not typed_filter.negated and resolved:
                value = re.escape(typed_filter.value)
                piece = rf'(?<!\S)[^\s:"]+:\s*"?{value}"?(?!\w)'
                named += [(typed_filter.value, code, [piece]) for code in sorted(resolved.tokens)]
        if not named:
            return []
        involved = view.count("country", view.live)
        out: list[tuple[Notice, list[Broader]]] = []
        for name_typed, code, pieces in named:
            if involved.get(code):
                continue
            rest = query
            for piece in pieces:
                rest = re.sub(piece, " ", rest, count=1, flags=re.IGNORECASE)
            rest = " ".join(rest.split())
            offers: list[Broader] = []
            for level, area, name in country_areas(code):
                alternative = f'{rest} region:"{name}"'.strip()
                retry = syntax.parse(alternative, known=resolver.known)
                constraints, _ = self._constraints(retry, filters, resolver, [])
                retry_plan = Planner(searcher, view, as_you_type).plan(retry)
                total = len(self._match(searcher, view, retry_plan, constraints)[0])
                offers.append(Broader(code, level, area, name, alternative, total))
            areas = {b.level: b.code for b in offers}
            first = next((b.query for b in offers if b.total), "")
            notice = Notice(
                NoticeKind.NO_SOLUTION_FOR_COUNTRY,
                name=name_typed,
                value=code,
                suggestion=first,
                subregion=areas.get("subregion", ""),
                region=areas.get("region", ""),
            )
            out.append((notice, offers))
        return out

    @staticmethod
    def _constraints(
        parsed: syntax.ParsedQuery,
        filters: Mapping[str, Any] | None,
        resolver: Resolver,
        notices: list[Notice],
    ) -> tuple[list[_Constraint], list[AppliedFilter]]:
        constraints: list[_Constraint] = []
        applied: list[AppliedFilter] = []
        for typed in parsed.filters:
            resolved = resolver.resolve(typed.name, typed.value)
            if resolved is None:
                close = resolver.suggest(typed.name, typed.value)
                notices.append(
                    Notice(
                        NoticeKind.UNKNOWN_VALUE,
                        name=typed.name,
                        value=typed.value,
                        suggestion=close or "",
                    )
                )
                resolved = Resolved(typed.name, FILTER_COLUMN[typed.name], frozenset(), "")
            constraints.append(
                _Constraint(typed.name, resolved.column, resolved.tokens, typed.negated)
            )
            applied.append(
                AppliedFilter(
                    typed.name,
                    tuple(sorted(resolved.tokens)),
                    resolved.label or typed.value,
                    typed.negated,
                )
            )
        for name, values in (filters or {}).items():
            if name not in FILTER_COLUMN:
                notices.append(
                    Notice(NoticeKind.UNKNOWN_FILTER, name=str(name), valid=FILTER_NAMES)
                )
                continue
            items = [values] if isinstance(values, str | int) else list(values or ())
            tokens: set[str] = set()
            labels: list[str] = []
            for value in items:
                resolved = resolver.resolve(name, value)
                if resolved is None and name == "organisation":
                    resolved = Resolved(
                        name, "org_tokens", frozenset({key(str(value))}), str(value)
                    )
                if resolved is not None:
                    tokens |= resolved.tokens
                    labels.append(resolved.label)
            if not items:
                continue
            constraints.append(_Constraint(name, FILTER_COLUMN[name], frozenset(tokens)))
            applied.append(
                AppliedFilter(name, tuple(sorted(tokens)), ", ".join(labels), source="filters")
            )
        return constraints, applied

    @staticmethod
    def _apply_constraints(
        view: View, docs: Iterable[int], constraints: Iterable[_Constraint]
    ) -> Sequence[int]:
        result: Sequence[int] = docs if isinstance(docs, list | array) else list(docs)
        for constraint in constraints:
            result = view.having(
                constraint.column, constraint.tokens, result, negated=constraint.negated
            )
        return result

    def _match(
        self, searcher: Any, view: View, plan: Plan, constraints: list[_Constraint]
    ) -> tuple[Sequence[int], Sequence[int]]:
        """(documents matching everything, documents matching the text alone).

        One pass over the text query gives every matching document with its score (kept in
        ``plan.scores`` for ranking): cheaper than whoosh's count pass plus top-N pass."""
        text_docs: Sequence[int]
        if plan.positive is None:
            text_docs = view.live
        else:
            text_docs, plan.scores = scored_docs(searcher, plan.positive)
        if plan.excluded is not None and text_docs:
            excluded = set(searcher.docs_for_query(plan.excluded))
            text_docs = [d for d in text_docs if d not in excluded]
        return self._apply_constraints(view, text_docs, constraints), text_docs

    def _count(
        self,
        view: View,
        text_docs: Sequence[int],
        constraints: list[_Constraint],
        name: str,
        matched: Sequence[int],
        facet_limit: int,
    ) -> dict[str, int]:
        own = [c for c in constraints if c.name == name]
        docs = (
            self._apply_constraints(view, text_docs, [c for c in constraints if c.name != name])
            if own
            else matched
        )
        ordered = sorted(view.count(name, docs).items(), key=lambda item: (-item[1], item[0]))
        return dict(ordered[: max(0, facet_limit)])

    def _page(
        self,
        searcher: Any,
        view: View,
        plan: Plan,
        matched: Sequence[int],
        sort: str,
        offset: int,
        limit: int,
        snippet_hits: int,
    ) -> list[Hit]:
        """The page's hits; the first ``snippet_hits`` with title and snippets highlighted, the
        others with what memory holds (id, score, year, language), no stored field read."""
        wanted = offset + limit
        if not matched or limit == 0:
            return []
        scored: list[tuple[float, int]]
        if sort == "relevance" and plan.positive is not None:
            scores = plan.scores
            best = heapq.nlargest(wanted, matched, key=lambda d: (scores[d], -d))
            scored = [(scores[d], d) for d in best[offset:wanted]]
        else:
            ranks = view.rank("title" if sort == "title" else "newest")
            chosen = heapq.nsmallest(wanted, matched, key=ranks.__getitem__)[offset:wanted]
            scored = [(0.0, docnum) for docnum in chosen]
        return [
            self._hit(searcher, view, plan, docnum, score, highlight=position < snippet_hits)
            for position, (score, docnum) in enumerate(scored)
        ]

    @staticmethod
    def _hit(
        searcher: Any, view: View, plan: Plan, docnum: int, score: float, *, highlight: bool
    ) -> Hit:
        language = view.language(docnum)
        year = view.years[docnum] or None
        if not highlight:
            return Hit(id=view.id(docnum), score=score, title="", year=year, language=language)
        stored = searcher.stored_fields(docnum)
        title = stored.get("title", "")
        texts = (stored.get("lead", ""), stored.get("body", ""))
        return Hit(
            id=view.id(docnum),
            score=score,
            title=title,
            snippet=snippet(texts if plan.stems or plan.prefix else texts[:1], language, plan),
            title_segments=marked_segments(title, marked(title, language, plan), 0, len(title)),
            year=year,
            language=language,
        )

    def highlight(self, text: str, ids: Iterable[str], *, as_you_type: bool = True) -> list[Hit]:
        """Hits for these solutions with title and snippet highlighted for ``text`` (filters in
        it are ignored): for rows of a long list shown later than its first page. Ids the index
        lacks are left out; none while the index is not ready."""
        try:
            searcher, view = self._reader()
        except IndexNotReady:
            return []
        parsed = syntax.parse(
            syntax.clean(text).strip(), known=Resolver(lambda: view.org_tokens).known
        )
        plan = Planner(searcher, view, as_you_type).plan(parsed)
        hits = []
        for solution_id in dict.fromkeys(ids):
            docnum = searcher.document_number(id=solution_id)
            if docnum is not None:
                hits.append(self._hit(searcher, view, plan, docnum, 0.0, highlight=True))
        return hits
