"""Browsing the catalogue in SQL: the list without text, its order, filters and facet counts.

What the window lists when no text is typed (and, while the search index is being built, a
plain word match) comes from here, exactly, at any catalogue size. The facet names, what their
values mean and the sort names are declared once in :mod:`ssc_desktop.domain.facets`; the engine
counts the same way from its index, and ``tests/search/test_browse_oracle.py`` checks that both
agree with a plain SQL oracle. Facet names here are the window's panel names
(``PANEL_FACETS``): its "region" is the M49 sub-region.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlalchemy is imported when the first query runs (the window starts sooner)
    from sqlalchemy import Engine, TextClause

from ssc_desktop.domain import vocab
from ssc_desktop.domain.facets import PANEL_FACETS, Sort

#: Ticked values per panel facet (values of one facet OR-ed, facets AND-ed).
Filters = Mapping[str, frozenset[str]]
SUMMARY_CHARS = 260


@dataclass(frozen=True)
class Row:
    """What a results list paints for one solution."""

    id: str
    title: str
    summary: str
    sdgs: tuple[int, ...]
    countries: tuple[str, ...]
    start_year: int | None
    end_year: int | None
    local: bool  # made on this machine
    pending: bool  # a local change waiting for sync
    #: The language ``title`` and ``summary`` are in, and the record's own: they differ when
    #: the row shows a translation (``Browser.rows(ids, language)``).
    language: str = "en"
    original_language: str = "en"

    @property
    def is_translation(self) -> bool:
        return self.language != self.original_language

    @property
    def years(self) -> str:
        if self.start_year and self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or self.end_year or "")


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet and how many solutions have it."""

    value: str  # the code: "2", "KEN", "202" (M49), "UNDP", "knowledge_sharing", "2017"
    count: int
    name: str = ""  # a display name where the code is not enough (organisations)


def countries_in_regions(codes: Iterable[str]) -> list[str]:
    """The ISO3 codes of the countries in these M49 sub-regions."""
    wanted = set(codes)
    return sorted(c.iso3 for c in vocab.countries().values() if c.subregion_code in wanted)


@cache
def _region_map() -> str:
    return json.dumps(
        {c.iso3: c.subregion_code for c in vocab.countries().values() if c.subregion_code}
    )


@lru_cache(maxsize=256)
def sql_text(sql: str) -> TextClause:
    """The statement for ``sql`` (made once per text; sqlalchemy imported on first use: the
    window imports this module for its row types and should not wait for sqlalchemy)."""
    from sqlalchemy import text

    return text(sql)


def _json(values: Iterable[str | int]) -> str:
    return json.dumps(list(values))


_ORG_KEY = "CASE WHEN o.acronym <> '' THEN o.acronym ELSE o.name END"
_FILTER_SQL = {
    "sdg": "s.id IN (SELECT solution_id FROM solution_sdgs WHERE goal IN "
    "(SELECT value FROM json_each(:f_sdg)))",
    "country": "s.id IN (SELECT solution_id FROM solution_countries WHERE iso3 IN "
    "(SELECT value FROM json_each(:f_country)))",
    "region": "s.id IN (SELECT solution_id FROM solution_countries WHERE iso3 IN "
    "(SELECT value FROM json_each(:f_region)))",
    "organisation": f"s.id IN (SELECT o.solution_id FROM solution_organisations o WHERE {_ORG_KEY} "
    "IN (SELECT value FROM json_each(:f_organisation)))",
    "modality": "s.id IN (SELECT solution_id FROM solution_modalities WHERE code IN "
    "(SELECT value FROM json_each(:f_modality)))",
    "year": "COALESCE(s.start_year, s.end_year) IN (SELECT value FROM json_each(:f_year))",
}
_FACET_SQL = {
    "sdg": "SELECT goal, COUNT(DISTINCT solution_id), '' FROM solution_sdgs "
    "WHERE solution_id IN ({sub}) GROUP BY goal",
    "country": "SELECT iso3, COUNT(DISTINCT solution_id), '' FROM solution_countries "
    "WHERE solution_id IN ({sub}) GROUP BY iso3",
    "region": "SELECT m.value, COUNT(DISTINCT c.solution_id), '' FROM solution_countries c "
    "JOIN json_each(:region_map) m ON m.key = c.iso3 "
    "WHERE c.solution_id IN ({sub}) GROUP BY m.value",
    "organisation": f"SELECT {_ORG_KEY}, COUNT(DISTINCT o.solution_id), MIN(o.name) "
    "FROM solution_organisations o WHERE o.solution_id IN ({sub}) GROUP BY 1",
    "modality": "SELECT code, COUNT(DISTINCT solution_id), '' FROM solution_modalities "
    "WHERE solution_id IN ({sub}) GROUP BY code",
    "year": "SELECT COALESCE(start_year, end_year), COUNT(*), '' FROM solutions "
    "WHERE id IN ({sub}) AND COALESCE(start_year, end_year) IS NOT NULL GROUP BY 1",
}
_ORDER_SQL = {
    Sort.TITLE: "s.title COLLATE NOCASE, s.id",
    Sort.NEWEST: "COALESCE(s.start_year, s.end_year) IS NULL, COALESCE(s.start_year, s.end_year) "
    "DESC, s.updated_at DESC, s.id",
}
assert set(_FILTER_SQL) == set(_FACET_SQL) == set(PANEL_FACETS), "one SQL rule per panel facet"
_TEXT_COLUMNS = " || ' ' || ".join(
    f"s.{c}"
    for c in (
        "title",
        "subtitle",
        "summary",
        "challenge",
        "solution",
        "results",
        "keywords",
        "themes",
    )
)
# A row's title and summary: the ``:lang`` translation's when there is one, else the original's
# (the rule of ``Solution.texts``).
_ROWS_SQL = (
    "SELECT s.id, COALESCE(t.title, s.title), COALESCE(t.summary, s.summary), s.start_year, "
    "s.end_year, s.origin, s.dirty, COALESCE(t.language, s.language), s.language "
    "FROM solutions s LEFT JOIN solution_translations t "
    "ON t.solution_id = s.id AND t.language = :lang AND t.language <> s.language "
    "WHERE s.deleted = 0 AND s.id IN (SELECT value FROM json_each(:ids))"
)
_ROW_SDGS_SQL = (
    "SELECT solution_id, goal FROM solution_sdgs WHERE solution_id IN "
    "(SELECT value FROM json_each(:ids)) ORDER BY solution_id, position"
)
_ROW_COUNTRIES_SQL = (
    "SELECT solution_id, iso3 FROM solution_countries WHERE solution_id IN "
    "(SELECT value FROM json_each(:ids)) ORDER BY solution_id, position"
)


def facet_sort_key(name: str) -> Callable[[FacetValue], tuple[int, str]]:
    """How a panel lists a facet's values: goals by number, years newest first, the others
    most frequent first, then by name."""
    if name == "sdg":
        return lambda v: (int(v.value), "")
    if name == "year":
        return lambda v: (-int(v.value), "")
    return lambda v: (-v.count, (v.name or v.value).casefold())


def _no_check() -> None:
    return None


class Browser:
    """Reads one catalogue file for lists and counts; thread-safe (a connection per call)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _where(
        self, filters: Filters, candidates: Sequence[str] | None, skip: str | None = None
    ) -> tuple[str, dict[str, str]]:
        clauses = ["s.deleted = 0"]
        params: dict[str, str] = {}
        if candidates is not None:
            clauses.append("s.id IN (SELECT value FROM json_each(:cand))")
            params["cand"] = _json(candidates)
        for name, values in filters.items():
            if name == skip or not values:
                continue
            if name not in _FILTER_SQL:
                raise ValueError(f"unknown facet {name!r}")
            clauses.append(_FILTER_SQL[name])
            if name == "region":
                params["f_region"] = _json(countries_in_regions(sorted(values)))
            elif name in ("sdg", "year"):
                params[f"f_{name}"] = _json(sorted(int(v) for v in values if v.isdigit()))
            else:
                params[f"f_{name}"] = _json(sorted(values))
        return " AND ".join(clauses), params

    def ordered_ids(
        self, filters: Filters, candidates: Sequence[str] | None, order: Sort | None
    ) -> list[str]:
        """The live solutions among ``candidates`` (all when None) passing the filters, in
        ``order`` (None keeps the candidates' order, e.g. the engine's ranking; relevance
        without text is by title)."""
        where, params = self._where(filters, candidates)
        sql = f"SELECT s.id FROM solutions s WHERE {where}"
        if order is not None:
            sql += f" ORDER BY {_ORDER_SQL.get(order, _ORDER_SQL[Sort.TITLE])}"
        with self.engine.connect() as conn:
            ids = [str(r[0]) for r in conn.execute(sql_text(sql), params)]
        if order is None and candidates is not None:
            keep = set(ids)
            ids = [i for i in candidates if i in keep]
        return ids

    def facets(
        self,
        filters: Filters,
        candidates: Sequence[str] | None,
        check: Callable[[], None] = _no_check,
    ) -> dict[str, list[FacetValue]]:
        """Counts per panel facet value over the live solutions among ``candidates`` (all when
        None); each facet counted with the *other* facets' filters applied. ``check`` is called
        before each facet (it may raise to stop the work)."""
        result: dict[str, list[FacetValue]] = {}
        with self.engine.connect() as conn:
            for name in PANEL_FACETS:
                check()
                where, params = self._where(filters, candidates, skip=name)
                sub = f"SELECT s.id FROM solutions s WHERE {where}"
                if name == "region":
                    params["region_map"] = _region_map()
                sql = _FACET_SQL[name].format(sub=sub)
                values = [
                    FacetValue(str(value), int(count), str(label or ""))
                    for value, count, label in conn.execute(sql_text(sql), params)
                    if value is not None and value != ""
                ]
                result[name] = sorted(values, key=facet_sort_key(name))
        return result

    def word_match(self, words: Sequence[str]) -> list[str]:
        """Live solutions whose texts contain every word (plain substring match, lower case):
        the list while the search index is being built."""
        if not words:
            return []
        clauses = " AND ".join(f"lower({_TEXT_COLUMNS}) LIKE :w{i}" for i in range(len(words)))
        params = {f"w{i}": f"%{w.lower()}%" for i, w in enumerate(words)}
        sql = f"SELECT s.id FROM solutions s WHERE s.deleted = 0 AND {clauses}"
        with self.engine.connect() as conn:
            return [str(r[0]) for r in conn.execute(sql_text(sql), params)]

    def organisation_names(self, keys: Sequence[str]) -> dict[str, str]:
        """An organisation's facet value (acronym, else name) -> its full name."""
        if not keys:
            return {}
        sql = sql_text(
            f"SELECT {_ORG_KEY}, MIN(o.name) FROM solution_organisations o "
            f"WHERE {_ORG_KEY} IN (SELECT value FROM json_each(:keys)) GROUP BY 1"
        )
        with self.engine.connect() as conn:
            return {str(k): str(n or "") for k, n in conn.execute(sql, {"keys": _json(keys)})}

    def rows(self, ids: Sequence[str], language: str = "") -> dict[str, Row]:
        """The list rows of these solutions (unknown or deleted ids are left out), their title
        and summary in ``language`` where a translation exists (else the original's)."""
        if not ids:
            return {}
        params = {"ids": _json(ids), "lang": language}
        base: dict[str, tuple[str, str | None, int | None, int | None, str, int, str, str]] = {}
        sdgs: dict[str, list[int]] = {}
        countries: dict[str, list[str]] = {}
        with self.engine.connect() as conn:
            for sid, *values in conn.execute(sql_text(_ROWS_SQL), params):
                title, summary, start, end, origin, dirty, shown, own = values
                base[str(sid)] = (title, summary, start, end, origin, dirty, shown, own)
            for sid, goal in conn.execute(sql_text(_ROW_SDGS_SQL), params):
                sdgs.setdefault(str(sid), []).append(int(goal))
            for sid, iso3 in conn.execute(sql_text(_ROW_COUNTRIES_SQL), params):
                codes = countries.setdefault(str(sid), [])
                if iso3 not in codes:
                    codes.append(str(iso3))
        return {
            sid: Row(
                id=sid,
                title=title,
                summary=shorten(summary or ""),
                sdgs=tuple(sdgs.get(sid, ())),
                countries=tuple(countries.get(sid, ())),
                start_year=start,
                end_year=end,
                local=origin == "local",
                pending=bool(dirty),
                language=str(shown),
                original_language=str(own),
            )
            for sid, (title, summary, start, end, origin, dirty, shown, own) in base.items()
        }


def shorten(text: str, limit: int = SUMMARY_CHARS) -> str:
    """``text`` on one line, cut at a word boundary to about ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"
