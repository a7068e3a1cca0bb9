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

from ssc_desktop.domain.model import Solution

#: One solution's countries as (ISO3, role) pairs, roles as in terms.json ``country_roles``.
Participations = Sequence[tuple[str, str]]


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
        """Counts from each solution's (ISO3, role) pairs: the fast path (no records loaded)."""
        total = 0
        roles: dict[str, Counter[str]] = {
            r: Counter() for r in ("provider", "recipient", "partner", "funder")
        }
        anyone: Counter[str] = Counter()
        pairs: Counter[tuple[str, str]] = Counter()
        for parts in solutions:
            total += 1
            if not parts:
                continue
            anyone.update({code for code, _ in parts})
            providers = {code for code, role in parts if role == "provider"}
            recipients = {code for code, role in parts if role == "recipient"}
            for role_name, counter in roles.items():
                counter.update({code for code, role in parts if role == role_name})
            if providers and recipients:
                pairs.update((p, r) for p in providers for r in recipients if p != r)
        countries = {
            code: CountryCounts(
                any=n,
                provider=roles["provider"][code],
                recipient=roles["recipient"][code],
                partner=roles["partner"][code],
                funder=roles["funder"][code],
            )
            for code, n in anyone.items()
        }
        return cls(total, countries, dict(pairs))

    @classmethod
    def from_solutions(cls, solutions: Iterable[Solution]) -> MapData:
        """Counts from solution records (a brief's selection)."""
        return cls.from_participations([(c.iso3, c.role) for c in s.countries] for s in solutions)
