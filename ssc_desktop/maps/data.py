"""What a map shows: per country, how many solutions involve it (by role), and per
provider → recipient pair, how many solutions link them.

Counts are of solutions, not of mentions: a solution naming Kenya twice counts once for Kenya,
exactly as the search's ``country`` facet counts (``any`` equals that facet's count).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the record model (pydantic) loads with the catalogue, not with the window
    from ssc_desktop.domain.model import Solution

#: One solution's countries as (ISO3, role) pairs, roles as in terms.json ``country_roles``.
Participations = Sequence[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Prepared:
    """One solution's part in the counts, each country, role and pair once."""

    codes: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]
    pairs: tuple[tuple[str, str], ...]


EMPTY = Prepared((), (), ())


def prepare(parts: Participations) -> Prepared:
    """What one solution adds to the counts (see :class:`MapData`)."""
    if not parts:
        return EMPTY
    roles = tuple(dict.fromkeys(parts))
    codes = tuple(dict.fromkeys(code for code, _ in roles))
    providers = [code for code, role in roles if role == "provider"]
    recipients = [code for code, role in roles if role == "recipient"]
    pairs = tuple((p, r) for p in providers for r in recipients if p != r)
    return Prepared(codes, roles, pairs)


class Role(StrEnum):
    """Which part of a solution a map counts."""

    ANY = "any"
    PROVIDER = "provider"
    RECIPIENT = "recipient"


@dataclass(frozen=True, slots=True)
class CountryCounts:
    """How many solutions involve one country: at all, and in each role."""

    any: int = 0
    provider: int = 0
    recipient: int = 0
    partner: int = 0
    funder: int = 0

    def of(self, role: Role) -> int:
        return int(getattr(self, role.value))


@dataclass(frozen=True)
class MapData:
    """Counts for one set of solutions (a search's results, a brief's selection)."""

    total: int = 0
    countries: Mapping[str, CountryCounts] = field(default_factory=dict)
    #: (provider ISO3, recipient ISO3) -> solutions in which the first provides to the second.
    pairs: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def counts(self, role: Role = Role.ANY) -> dict[str, int]:
        """Solutions per country in ``role`` (countries with none left out)."""
        name = role.value
        result = {}
        for code, counts in self.countries.items():
            value = getattr(counts, name)
            if value:
                result[code] = value
        return result

    def maximum(self, role: Role = Role.ANY) -> int:
        return max(self.counts(role).values(), default=0)

    @classmethod
    def from_participations(cls, solutions: Iterable[Participations]) -> MapData:
        """Counts from each solution's (ISO3, role) pairs."""
        return cls.from_prepared(prepare(parts) for parts in solutions)

    @classmethod
    def from_prepared(cls, solutions: Iterable[Prepared]) -> MapData:
        """Counts from prepared solutions (:func:`prepare`): the fast path a search takes, one
        list extension per solution and the counting done by ``Counter`` in C."""
        total = 0
        codes: list[str] = []
        roles: list[tuple[str, str]] = []
        pairs: list[tuple[str, str]] = []
        for prepared in solutions:
            total += 1
            codes += prepared.codes
            roles += prepared.roles
            pairs += prepared.pairs
        by_role = Counter(roles)
        countries = {
            code: CountryCounts(
                any=n,
                provider=by_role[code, "provider"],
                recipient=by_role[code, "recipient"],
                partner=by_role[code, "partner"],
                funder=by_role[code, "funder"],
            )
            for code, n in Counter(codes).items()
        }
        return cls(total, countries, dict(Counter(pairs)))

    @classmethod
    def from_solutions(cls, solutions: Iterable[Solution]) -> MapData:
        """Counts from solution records (a brief's selection)."""
        return cls.from_participations([(c.iso3, c.role) for c in s.countries] for s in solutions)
