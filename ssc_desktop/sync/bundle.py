"""USB bundles: the same changes as online sync, in a signed file (docs/sync.md).

A bundle is ``SSC-BUNDLE`` + a frame stream + a signature trailer
(``signature | length (2 bytes) | "SSIG"``), the signature covering every byte before it, so
a flipped byte anywhere is refused before anything is applied.

* A **hub bundle** (``ssc-desktop hub bundle export``) holds the change feed from a sequence
  number (0: the whole catalogue) and, for one office, the answers to its operations. It is
  signed with the hub's Ed25519 key; an office trusts the key it learnt from its first online
  sync, or one the administrator gave it (``bundle import --trust-key``).
* An **office bundle** (``ssc-desktop bundle export``) holds the office's waiting operations
  with their ids, signed with the office's Ed25519 key. That key is derived from the office's
  token (HMAC-SHA256 of a fixed label, keyed by the token), so there is no new secret to hand
  out; the hub keeps only the *public* key (computed when the token is made, or when the
  office first syncs online), so reading the hub's database gives no way to sign a bundle.
  The hub applies them exactly once, as if they came online: a later online sync resends
  them and creates nothing twice.

Signatures are checked before anything in the file is decoded.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ssc_desktop.domain.model import format_timestamp, utc_now
from ssc_desktop.sync import protocol as p

MAGIC = b"SSC-BUNDLE\n"
TRAILER = b"SSIG"
FORMAT = 1
OFFICE_FORMAT = 2  # 1 was HMAC-keyed by the stored token digest: refused since
ACKS = b"A"
OPS = b"O"
KEY_META = "bundle_signing_key"


class BundleError(Exception):
    """A bundle that cannot be used (damaged, forged, for another hub...); nothing was changed."""


class UnknownHubKey(BundleError):
    """A hub bundle for a catalogue that has not learnt the hub's key yet: it must be given
    (``fingerprint`` is the key that signed the bundle, to compare with the administrator's)."""

    def __init__(self, message: str, fingerprint: str) -> None:
        super().__init__(message)
        self.fingerprint = fingerprint


@dataclass
class Bundle:
    header: dict[str, Any]
    acks: list[dict[str, Any]] = field(default_factory=list)
    pages: list[dict[str, Any]] = field(default_factory=list)
    ops: list[dict[str, Any]] = field(default_factory=list)


# -- keys ------------------------------------------------------------------------------------------
def new_signing_key() -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    key = Ed25519PrivateKey.generate()
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()


def public_key(private_hex: str) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def fingerprint(public_hex: str) -> str:
    """How people compare keys over the phone: 16 hex digits in groups of four."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


_OFFICE_LABEL = b"ssc-desktop office bundle signing key 1"


def _office_private(token: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = hmac.new(token.encode(), _OFFICE_LABEL, hashlib.sha256).digest()
    return Ed25519PrivateKey.from_private_bytes(seed)


def office_public_key(token: str) -> str:
    """The public half of the office's bundle key (hex): what the hub keeps for a token."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = _office_private(token).public_key()
    return str(key.public_bytes(Encoding.Raw, PublicFormat.Raw).hex())


# -- writing ---------------------------------------------------------------------------------------
def _assemble(frames: list[bytes]) -> bytes:
    return MAGIC + p.encode_stream(frames)


def _seal(body: bytes, signature: bytes) -> bytes:
    return body + signature + len(signature).to_bytes(2, "big") + TRAILER


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def hub_bundle(
    private_hex: str,
    header: dict[str, Any],
    pages: list[dict[str, Any]],
    acks: list[dict[str, Any]],
) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    head = {
        "format": FORMAT,
        "kind": "hub",
        "created_at": format_timestamp(utc_now()),
        "hub_key": public_key(private_hex),
        **header,
    }
    frames = [p.encode_frame(p.BUNDLE, head)]
    if acks:
        frames.append(p.encode_frame(ACKS, {"res": acks}))
    frames += [p.encode_frame(p.PAGE, page) for page in pages]
    body = _assemble(frames)
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
    return _seal(body, key.sign(body))


def office_bundle(
    token: str, office: str, catalogue: str, ops: list[dict[str, Any]], cursor: int | None
) -> bytes:
    head = {
        "format": OFFICE_FORMAT,
        "kind": "office",
        "created_at": format_timestamp(utc_now()),
        "office": office,
        "catalogue": catalogue,
        "key": fingerprint(office_public_key(token)),
        "cursor": cursor,
        "ops": len(ops),
    }
    body = _assemble([p.encode_frame(p.BUNDLE, head), p.encode_frame(OPS, {"ops": ops})])
    return _seal(body, _office_private(token).sign(body))


# -- reading ---------------------------------------------------------------------------------------
def _split(data: bytes) -> tuple[bytes, bytes]:
    if not data.startswith(MAGIC) or not data.endswith(TRAILER) or len(data) < 80:
        raise BundleError("this file is not an SSC Desktop bundle (or it was cut short)")
    length = int.from_bytes(data[-6:-4], "big")
    if length not in (32, 64) or len(data) < len(MAGIC) + length + 6:
        raise BundleError("the bundle's signature is damaged")
    return data[: -(length + 6)], data[-(length + 6) : -6]


HEADER_LIMIT = 64 * 1024  # what a bundle's header may unpack to


def _parse(body: bytes, expected_format: int) -> Bundle:
    """Decode a bundle whose signature was checked."""
    try:
        frames = p.decode_stream(body[len(MAGIC) :])
    except p.ProtocolError as exc:
        raise BundleError(f"the bundle is damaged ({exc})") from exc
    if not frames or frames[0][0] != p.BUNDLE or not isinstance(frames[0][1], dict):
        raise BundleError("the bundle has no header")
    bundle = Bundle(header=frames[0][1])
    if bundle.header.get("format") != expected_format:
        raise BundleError(f"bundle format {bundle.header.get('format')!r} is not known here")
    try:
        for kind, obj in frames[1:]:
            if kind == ACKS:
                bundle.acks += list(obj["res"])
            elif kind == p.PAGE:
                page = p.read_message(p.Page, obj, "a page of the bundle")
                records = p.wire_records(page.r, "a page of the bundle")
                bundle.pages.append({"c": page.c, "r": records})
            elif kind == OPS:
                bundle.ops += list(obj["ops"])
            else:
                raise BundleError("the bundle holds an unknown part")
    except p.ProtocolError as exc:
        raise BundleError(f"the bundle is malformed ({exc})") from exc
    except (KeyError, TypeError) as exc:
        raise BundleError("the bundle is malformed (a part lacks its list)") from exc
    return bundle


def peek_header(data: bytes) -> dict[str, Any]:
    """The header of a bundle, *unverified*: only to name the key that signed it when it
    cannot be verified (decoded with a small limit: a forged header cannot cost memory)."""
    body, _sig = _split(data)
    try:
        reader = p.FrameReader(limit=HEADER_LIMIT)
        head = reader.feed_raw(body[len(MAGIC) : len(MAGIC) + len(p.STREAM_MAGIC) + 70_000])
        if not head or head[0][0] != p.BUNDLE:
            raise BundleError("the bundle has no header")
        header = p.decode_payload(head[0][1], HEADER_LIMIT)
    except p.ProtocolError as exc:
        raise BundleError(f"the bundle is damaged ({exc})") from exc
    if not isinstance(header, dict):
        raise BundleError("the bundle has no header")
    return header


def _verify_ed25519(public_hex: str, signature: bytes, body: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, body)
    except (InvalidSignature, ValueError):
        return False
    return True


def read_hub_bundle(data: bytes, trusted_key: str | None) -> Bundle:
    """Check the hub's signature, then read. ``trusted_key``: the hub public key (hex).

    With a trusted key the signature is checked before a byte is decoded; the header is
    peeked at (with a small limit) only to name the key of a bundle that does not verify."""
    body, signature = _split(data)
    if trusted_key is not None and _verify_ed25519(trusted_key, signature, body):
        bundle = _parse(body, FORMAT)
        if bundle.header.get("kind") != "hub":
            raise BundleError("this is an office's bundle: import it on the hub")
        if str(bundle.header.get("hub_key", "")).lower() != trusted_key.lower():
            raise BundleError("the bundle names another hub key than the one that signed it")
        return bundle
    header = peek_header(data)
    if header.get("kind") == "office":
        raise BundleError("this is an office's bundle: import it on the hub")
    key_hex = str(header.get("hub_key", ""))
    if trusted_key is None:
        raise UnknownHubKey(
            "this catalogue does not know the hub's key yet: sync online once, or give the key "
            f"the administrator printed with --trust-key (this bundle: {_fp(key_hex)})",
            _fp(key_hex),
        )
    if key_hex.lower() != trusted_key.lower():
        raise BundleError(
            f"the bundle is signed by another key ({_fp(key_hex)}) than this catalogue's hub "
            f"({_fp(trusted_key)}); refused"
        )
    raise BundleError("the bundle's signature does not match: it was damaged or altered")


@dataclass(frozen=True)
class OfficeKey:
    """A token's bundle key as the hub knows it."""

    token_id: str
    office: str
    public_key: str | None  # None: not known yet (an old token that never synced since)
    revoked_at: str | None


def read_office_bundle(data: bytes, keys: list[OfficeKey]) -> tuple[OfficeKey, Bundle]:
    """Check an office bundle against the tokens' public keys (revoked ones too, to name the
    office), then read it; returns the key that signed it and the bundle."""
    body, signature = _split(data)
    for key in keys:
        if key.public_key and _verify_ed25519(key.public_key, signature, body):
            if key.revoked_at:
                raise BundleError(
                    f"this bundle is signed with a token of office {key.office!r} (token "
                    f"{key.token_id}) that was revoked on {key.revoked_at}; the office needs a "
                    "new token and a new bundle"
                )
            bundle = _parse(body, OFFICE_FORMAT)
            if bundle.header.get("kind") != "office":
                raise BundleError("this is a hub bundle: import it in an office's catalogue")
            return key, bundle
    header = peek_header(data)
    if header.get("kind") == "hub":
        raise BundleError("this is a hub bundle: import it in an office's catalogue")
    if header.get("format") == 1:
        raise BundleError(
            "this office bundle was made by an older SSC Desktop, whose bundles the hub can no "
            "longer check safely: update the office's program and export the bundle again"
        )
    unknown = [k.office for k in keys if not k.public_key and not k.revoked_at]
    hint = (
        f" (tokens of {', '.join(sorted(set(unknown))[:5])} have not synced online since the "
        "hub was updated: their key is learnt at their next online sync)"
        if unknown
        else ""
    )
    raise BundleError(
        "no token known to this hub signed this bundle: it is another hub's, damaged or "
        f"altered{hint}"
    )


def _fp(key_hex: str) -> str:
    try:
        return fingerprint(key_hex)
    except ValueError:
        return "unreadable key"
