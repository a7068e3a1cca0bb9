"""This office's contributions to the hub: what it made or edited, and where each one stands
(waiting to be sent, in review at the hub, published, returned by a curator with a comment).

The window (detail pane, File ▸ My contributions) and ``ssc-desktop contributions`` both read
them here. A returned contribution stays this office's record: editing it (the form, or the
corrected template imported again) makes it wait to be sent again, like any local edit;
:meth:`ContributionsService.resend` sends it again unchanged.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.storage.browse import Browser
from ssc_desktop.sync.state import Contribution, ContributionState, SyncState

__all__ = [
    "ContributionState",
    "ContributionsService",
    "NotReturned",
    "OfficeContribution",
]


@dataclass(frozen=True)
class OfficeContribution:
    """One solution this office contributed (made here, or a hub record it edited)."""

    solution_id: str
    title: str  # in the language asked for, where translated
    state: ContributionState
    reference: str  # "Your reference" of the contribution template, "" when not imported so
    made_here: bool  # a solution made in this office (else an edit of a hub record)
    deleted: bool  # the contribution is the record's deletion
    number: int | None  # the hub's contribution number (what curators see)
    comment: str  # the curator's, when returned
    revision: int | None  # the central revision it was published as
    sent_at: str | None  # UTC, ISO 8601
    decided_at: str | None

    @property
    def returned(self) -> bool:
        return self.state is ContributionState.RETURNED

    def as_dict(self) -> dict[str, Any]:
        """The stable JSON form (``ssc-desktop contributions --json``; README)."""
        return {
            "id": self.solution_id,
            "title": self.title,
            "state": self.state.value,
            "reference": self.reference or None,
            "made_here": self.made_here,
            "deleted": self.deleted,
            "number": self.number,
            "comment": self.comment,
            "revision": self.revision,
            "sent_at": self.sent_at,
            "decided_at": self.decided_at,
        }


class NotReturned(Exception):
    """Only a contribution a curator returned is sent again by hand; ``state`` is where this
    one stands (None: it is not one of this office's contributions)."""

    def __init__(self, solution_id: str, state: ContributionState | None) -> None:
        where = state.value if state is not None else "not a contribution of this office"
        super().__init__(f"{solution_id}: {where}; only a returned contribution is sent again")
        self.solution_id = solution_id
        self.state = state


class ContributionsService:
    """This office's contributions on one session's catalogue (thread-safe as the store is)."""

    def __init__(self, session: CatalogueSession) -> None:
        self.session = session

    def _state(self) -> SyncState:
        return SyncState(self.session.store)

    def contributions(
        self,
        language: str | None = None,
        states: Collection[ContributionState] | None = None,
    ) -> list[OfficeContribution]:
        """Waiting ones first, then those the hub answered, newest decision first; titles in
        ``language`` where a translation exists (else the original's); ``states`` keeps those."""
        found = [c for c in self._state().contributions() if states is None or c.state in states]
        return self._joined(found, language)

    def of(self, solution_id: str, language: str | None = None) -> OfficeContribution | None:
        """The solution's contribution, None when this office never contributed it."""
        found = [c for c in self._state().contributions() if c.solution_id == solution_id]
        return self._joined(found, language)[0] if found else None

    def counts(self) -> dict[ContributionState, int]:
        """How many contributions are in each state (every state named, 0 included)."""
        out = dict.fromkeys(ContributionState, 0)
        for c in self._state().contributions():
            out[c.state] += 1
        return out

    def resend(self, solution_id: str) -> OfficeContribution:
        """Send a returned contribution again, as it is, at the next sync (corrected ones need
        nothing: an edit waits to be sent by itself). Raises :class:`NotReturned` for any other
        and ``NotFoundError`` for an unknown id; nothing changes then."""
        current = self.of(solution_id)
        if current is None or not current.returned:
            raise NotReturned(solution_id, current.state if current is not None else None)
        self._state().resend(solution_id)
        self.session.announce(Change.of(ChangeKind.SOLUTIONS, [solution_id]))
        now = self.of(solution_id)
        assert now is not None  # it was one a moment ago; resending keeps the record
        return now

    def _joined(self, found: list[Contribution], language: str | None) -> list[OfficeContribution]:
        store = self.session.store
        ids = [c.solution_id for c in found]
        # The list rows (titles in the reader's language), not whole records: a few
        # milliseconds for a thousand contributions. A deleted record has no row.
        rows = Browser(store.engine).rows(ids, language or "")
        references = store.contribution_references(ids)
        out = []
        for c in found:
            row = rows.get(c.solution_id)
            out.append(
                OfficeContribution(
                    solution_id=c.solution_id,
                    title=(row.title if row is not None else "") or c.title,
                    state=c.state,
                    reference=references.get(c.solution_id, ""),
                    made_here=row is not None and row.local,
                    deleted=row is None,
                    number=c.number,
                    comment=c.comment,
                    revision=c.revision,
                    sent_at=c.sent_at,
                    decided_at=c.decided_at,
                )
            )
        return out
