"""Facet tables: per-document facet values and sort keys, read once per segment from ``info``.

Facet values are read once per segment from the ``info`` column, cached, and concatenated per
generation into arrays of numbers (one table of distinct value tuples per build folder: arrays
cost the garbage collector nothing); facet counts and filters work on those (``groupedby`` is
far too slow).
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from ssc_desktop.search.index.analysis import SEP, STEMMED_LANGUAGES, SUB, latin_language
from ssc_desktop.search.vocabulary import COLUMNS


class Interned:
    """Distinct facet value tuples of one build folder, numbered.

    The per-document tables hold these numbers in arrays. Arrays are not watched by Python's
    garbage collector; lists or tuples of 100,000 entries were, and every new index
    generation (each edit) made new ones for it to walk: 30-70 ms pauses at 100,000 records,
    landing on whatever ran then (an index update, a keystroke).
    """

    def __init__(self) -> None:
        self.values: list[tuple[str, ...]] = []
        self._numbers: dict[tuple[str, ...], int] = {}

    def number(self, value: tuple[str, ...]) -> int:
        number = self._numbers.get(value)
        if number is None:
            number = self._numbers[value] = len(self.values)
            self.values.append(value)
        return number


@dataclass
class SegmentTable:
    """What the ``info`` column says about each document of one segment (deleted ones too)."""

    interned: Interned
    ids: tuple[str, ...]
    newest: tuple[str, ...]
    titles: tuple[str, ...]
    years: array[int]
    languages: array[int]  # numbers of language tuples (the original's first) in ``interned``
    columns: dict[str, array[int]]  # numbers of value tuples in ``interned``


def read_segment(reader: Any, interned: Interned) -> SegmentTable:
    ids: list[str] = []
    newest: list[str] = []
    titles: list[str] = []
    years = array("H")
    languages = array("I")
    columns = {name: array("I") for name in COLUMNS}
    targets = [columns[name] for name in COLUMNS]
    number = interned.number
    for raw in reader.column_reader("info", translate=False):
        parts = raw.decode("utf-8").split(SEP) if raw else []
        if len(parts) != 5 + len(COLUMNS):
            parts = ["", "en", "0", "", "", *([""] * len(COLUMNS))]
        ids.append(parts[0])
        languages.append(number(tuple(parts[1].split(SUB))))
        year = int(parts[2] or 0)
        years.append(year if 0 < year < 65536 else 0)
        newest.append(f"{parts[2]:>04}{parts[3]}")
        titles.append(parts[4])
        for target, value in zip(targets, parts[5:], strict=True):
            target.append(number(tuple(value.split(SUB)) if value else ()))
    return SegmentTable(
        interned, tuple(ids), tuple(newest), tuple(titles), years, languages, columns
    )


class View:
    """The per-document tables of one index generation, shared by every thread's searcher.

    Document numbers are the searcher's (segments one after another); integer columns are
    concatenated arrays, strings stay in their segment's table and are found by bisection.
    """

    def __init__(self, tables: list[tuple[SegmentTable, set[int]]], interned: Interned) -> None:
        self._tables = [table for table, _ in tables]
        self.values = interned.values
        starts = array("I")
        years = array("H")
        languages = array("I")
        columns = {name: array("I") for name in COLUMNS}
        live = array("I")
        offset = 0
        for table, deleted in tables:
            starts.append(offset)
            years += table.years
            languages += table.languages
            for name in COLUMNS:
                columns[name] += table.columns[name]
            size = len(table.ids)
            if deleted:
                live.extend(offset + n for n in range(size) if n not in deleted)
            else:
                live.extend(range(offset, offset + size))
            offset += size
        self.size = offset
        self._starts = starts
        self.years, self._languages, self.columns, self.live = years, languages, columns, live
        # Latin-script words of ar/ru/zh versions are analysed as English
        present = {latin_language(lang) for n in set(languages) for lang in self.values[n]}
        self.present_languages = tuple(lang for lang in STEMMED_LANGUAGES if lang in present) or (
            "en",
        )
        self.org_tokens = frozenset(
            chain.from_iterable(self.values[n] for n in set(columns["org_tokens"]))
        )
        self._ranks: dict[str, array[int]] = {}
        self._totals: dict[str, Counter[str]] = {}
        self._lock = threading.Lock()

    def _locate(self, docnum: int) -> tuple[SegmentTable, int]:
        index = bisect_right(self._starts, docnum) - 1
        return self._tables[index], docnum - self._starts[index]

    def id(self, docnum: int) -> str:
        table, local = self._locate(docnum)
        return table.ids[local]

    def language(self, docnum: int) -> str:
        return self.values[self._languages[docnum]][0]

    def count(self, name: str, docs: Sequence[int]) -> Counter[str]:
        """Facet value counts over ``docs``; those of the whole catalogue (the window's
        opening view) are kept."""
        if docs is self.live:
            with self._lock:
                cached = self._totals.get(name)
            if cached is not None:
                return cached
        values = self.values
        counts: Counter[str] = Counter()
        for number, times in Counter(map(self.columns[name].__getitem__, docs)).items():
            for value in values[number]:
                counts[value] += times
        if docs is self.live:
            with self._lock:
                self._totals[name] = counts
        return counts

    def having(
        self, name: str, tokens: frozenset[str], docs: Sequence[int], *, negated: bool = False
    ) -> list[int]:
        """The documents of ``docs`` whose ``name`` column holds any of ``tokens`` (none of them
        when ``negated``)."""
        column, values = self.columns[name], self.values
        wanted = {n for n in set(map(column.__getitem__, docs)) if not tokens.isdisjoint(values[n])}
        if negated:
            return [d for d in docs if column[d] not in wanted]
        return [d for d in docs if column[d] in wanted]

    def rank(self, sort: str) -> array[int]:
        """Position of each document in ``sort`` order ("newest" or "title"), made on first use."""
        with self._lock:
            ranks = self._ranks.get(sort)
            if ranks is None:
                if sort == "newest":
                    keys = list(chain.from_iterable(t.newest for t in self._tables))
                    order = sorted(range(self.size), key=keys.__getitem__, reverse=True)
                else:
                    keys = list(chain.from_iterable(t.titles for t in self._tables))
                    order = sorted(range(self.size), key=keys.__getitem__)
                ranks = array("I", [0]) * self.size
                for position, docnum in enumerate(order):
                    ranks[docnum] = position
                self._ranks[sort] = ranks
            return ranks
