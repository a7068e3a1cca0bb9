"""Why a sync stopped, as types: the window and the CLI choose their words by the class (or
its ``kind``), never by the message text. Every message is one line for the user as it is."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar


class SyncErrorKind(StrEnum):
    NOT_CONFIGURED = "not_configured"  # no hub address or no token yet
    BAD_ADDRESS = "config"  # the hub address is not a URL
    INSECURE = "insecure"  # plain http to another machine
    UNAUTHORIZED = "unauthorized"  # the hub refused the token
    CAPTIVE_PORTAL = "captive_portal"  # the network needs sign-in
    INCOMPATIBLE = "incompatible"  # no protocol version in common
    UNREACHABLE = "unreachable"  # no answer after retries (or the name does not resolve)
    REFUSED = "refused"  # the hub refused the request (with its reason)
    PROTOCOL = "protocol"  # the hub's answer is malformed (a broken or hostile hub)


class SyncError(Exception):
    """Sync could not run or stopped; edits stay queued. Subclasses say why."""

    kind: ClassVar[SyncErrorKind] = SyncErrorKind.REFUSED


class NotConfigured(SyncError):
    kind = SyncErrorKind.NOT_CONFIGURED


class BadAddress(SyncError):
    kind = SyncErrorKind.BAD_ADDRESS


class InsecureAddress(SyncError):
    kind = SyncErrorKind.INSECURE


class Unauthorized(SyncError):
    kind = SyncErrorKind.UNAUTHORIZED


class CaptivePortal(SyncError):
    kind = SyncErrorKind.CAPTIVE_PORTAL


class Incompatible(SyncError):
    kind = SyncErrorKind.INCOMPATIBLE


class Unreachable(SyncError):
    kind = SyncErrorKind.UNREACHABLE


class Refused(SyncError):
    kind = SyncErrorKind.REFUSED


class HubProtocolError(SyncError):
    """The hub sent well-checksummed frames that do not say what the protocol says."""

    kind = SyncErrorKind.PROTOCOL
