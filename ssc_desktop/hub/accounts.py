"""The console's named administrator accounts, their sessions, and the sign-in rate limit.

* Passwords are hashed with Argon2id (argon2-cffi's defaults); a sign-in for an unknown account
  costs the same hash, so timing does not tell which names exist.
* A session is a 256-bit random cookie; the hub keeps its SHA-256 only (as for office tokens),
  with the CSRF token every form of that session carries. Sessions end after 12 hours, or 2
  hours unused, or when signed out or revoked (``revoke_sessions``).
* Sign-in attempts are counted per account and per address over 15 minutes: after 5 failures
  for an account or 20 from an address, sign-in is refused (even with the right password)
  until the window has passed. The attempts live in the database, so every ``serve``
  process sharing a PostgreSQL database counts the same.
* Office tokens are not accounts: nothing here looks at ``hub_tokens``.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select, update

from ssc_desktop.domain.model import format_timestamp, parse_timestamp, utc_now
from ssc_desktop.hub.store import ADMINS, ATTEMPTS, SESSIONS, HubError, HubStore, _now

__all__ = ["Accounts", "AdminSession", "SignInProblem", "SignInRefused"]

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
WINDOW = timedelta(minutes=15)
MAX_FAILURES_ACCOUNT = 5
MAX_FAILURES_ADDRESS = 20
SESSION_LIFETIME = timedelta(hours=12)
SESSION_IDLE = timedelta(hours=2)


class SignInProblem(enum.Enum):
    WRONG = "wrong"  # unknown account or wrong password (never said which)
    LIMITED = "limited"  # too many failures for this account or from this address


class SignInRefused(HubError):
    def __init__(self, problem: SignInProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class AdminSession:
    admin: str
    csrf: str
    id_hash: str


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


class Accounts:
    def __init__(self, store: HubStore) -> None:
        self.store = store
        from argon2 import PasswordHasher

        self._hasher = PasswordHasher()
        self._dummy = self._hasher.hash(secrets.token_hex(16))

    # -- accounts -----------------------------------------------------------------------------
    def create(self, name: str, password: str) -> None:
        """A new administrator (or a new password for an existing one, ending its sessions)."""
        if not NAME.match(name):
            raise HubError(
                "an administrator's name is 1 to 64 letters, digits or . _ @ - "
                "(starting with a letter or digit)"
            )
        if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
            raise HubError(f"a password is at least {MIN_PASSWORD} characters")
        hashed = self._hasher.hash(password)
        with self.store._write() as conn:
            found = conn.execute(select(ADMINS.c.name).where(ADMINS.c.name == name)).first()
            if found is None:
                conn.execute(
                    ADMINS.insert().values(name=name, password_hash=hashed, created_at=_now())
                )
            else:
                conn.execute(
                    update(ADMINS)
                    .where(ADMINS.c.name == name)
                    .values(password_hash=hashed, disabled_at=None)
                )
                conn.execute(
                    update(SESSIONS)
                    .where(SESSIONS.c.admin == name, SESSIONS.c.revoked_at.is_(None))
                    .values(revoked_at=_now())
                )

    def names(self) -> list[str]:
        with self.store.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(ADMINS.c.name).order_by(ADMINS.c.name))]

    # -- sign-in ------------------------------------------------------------------------------
    def sign_in(self, name: str, password: str, address: str) -> tuple[str, AdminSession]:
        """(the cookie value, the session), or ``SignInRefused``."""
        from argon2.exceptions import InvalidHashError, VerificationError

        name = name.strip()[:64]
        address = address[:64]
        since = format_timestamp(utc_now() - WINDOW)
        with self.store.engine.connect() as conn:
            failed = ATTEMPTS.c.ok.is_(False) & (ATTEMPTS.c.at > since)
            by_account = conn.execute(
                select(func.count()).select_from(ATTEMPTS).where(failed, ATTEMPTS.c.account == name)
            ).scalar_one()
            by_address = conn.execute(
                select(func.count())
                .select_from(ATTEMPTS)
                .where(failed, ATTEMPTS.c.address == address)
            ).scalar_one()
            row = conn.execute(
                select(ADMINS.c.password_hash).where(
                    ADMINS.c.name == name, ADMINS.c.disabled_at.is_(None)
                )
            ).first()
        if by_account >= MAX_FAILURES_ACCOUNT or by_address >= MAX_FAILURES_ADDRESS:
            self._attempt(name, address, ok=False)
            raise SignInRefused(
                SignInProblem.LIMITED,
                "too many failed sign-ins: wait 15 minutes, or ask another administrator",
            )
        try:
            self._hasher.verify(row.password_hash if row else self._dummy, password[:MAX_PASSWORD])
            ok = row is not None
        except (VerificationError, InvalidHashError):
            ok = False
        self._attempt(name, address, ok=ok)
        if not ok:
            raise SignInRefused(SignInProblem.WRONG, "unknown name or wrong password")
        cookie = secrets.token_urlsafe(32)
        session = AdminSession(name, secrets.token_urlsafe(32), _digest(cookie))
        now = _now()
        with self.store._write() as conn:
            conn.execute(
                SESSIONS.insert().values(
                    id_hash=session.id_hash,
                    admin=name,
                    csrf=session.csrf,
                    created_at=now,
                    last_seen_at=now,
                    address=address,
                )
            )
        return cookie, session

    def _attempt(self, name: str, address: str, *, ok: bool) -> None:
        with self.store._write() as conn:
            conn.execute(ATTEMPTS.insert().values(at=_now(), account=name, address=address, ok=ok))
            # Old attempts are of no use: keep the table small.
            old = format_timestamp(utc_now() - 8 * WINDOW)
            conn.execute(delete(ATTEMPTS).where(ATTEMPTS.c.at < old))

    def session(self, cookie: str | None) -> AdminSession | None:
        """The live session of this cookie, or None."""
        if not cookie or len(cookie) > 100:
            return None
        id_hash = _digest(cookie)
        with self.store.engine.connect() as conn:
            row = conn.execute(
                select(SESSIONS, ADMINS.c.disabled_at)
                .join(ADMINS, ADMINS.c.name == SESSIONS.c.admin)
                .where(SESSIONS.c.id_hash == id_hash, SESSIONS.c.revoked_at.is_(None))
            ).first()
        if row is None or row.disabled_at is not None:
            return None
        now = utc_now()
        if (
            now - parse_timestamp(row.created_at) > SESSION_LIFETIME
            or now - parse_timestamp(row.last_seen_at) > SESSION_IDLE
        ):
            return None
        if now - parse_timestamp(row.last_seen_at) > timedelta(minutes=1):
            with self.store._write() as conn:
                conn.execute(
                    update(SESSIONS)
                    .where(SESSIONS.c.id_hash == id_hash)
                    .values(last_seen_at=format_timestamp(now))
                )
        return AdminSession(row.admin, row.csrf, id_hash)

    def sign_out(self, session: AdminSession) -> None:
        with self.store._write() as conn:
            conn.execute(
                update(SESSIONS)
                .where(SESSIONS.c.id_hash == session.id_hash)
                .values(revoked_at=_now())
            )

    def revoke_sessions(self, name: str) -> int:
        """End every session of an administrator at once (a lost laptop)."""
        with self.store._write() as conn:
            result = conn.execute(
                update(SESSIONS)
                .where(SESSIONS.c.admin == name, SESSIONS.c.revoked_at.is_(None))
                .values(revoked_at=_now())
            )
            return int(result.rowcount or 0)


def same(a: str, b: str) -> bool:
    """Constant-time comparison (CSRF tokens)."""
    return hmac.compare_digest(a.encode(), b.encode())
