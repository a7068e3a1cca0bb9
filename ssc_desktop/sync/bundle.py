"""USB bundles: the same changes as online sync, in a signed file (docs/sync.md).

A bundle is ``SSC-BUNDLE`` + a frame stream + a signature trailer
(``signature | length (2 bytes) | "SSIG"``), the signature covering every byte before it, so
a flipped byte anywhere is refused before anything is applied.

* A **hub bundle** (``ssc-desktop hub bundle export``) holds the change feed from a sequence
  number (0: the whole catalogue) and, for one office, the answers to its operations. It is
  signed with the hub's Ed25519 key; an office trusts the key it learnt from its first online
  sync, or one the administrator gave it (``bundle import --trust-key``).
* An **office bundle** (``ssc-desktop bundle export``) holds the office's waiting operations
  with their ids, authenticated with HMAC-SHA256 keyed by the SHA-256 digest of the office's
  token (which is what the hub stores). The hub applies them exactly once, as if they came
  online: a later online sync resends them and creates nothing twice.
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


def office_key(token: str) -> bytes:
    """The office bundle key: what the hub stores for the token (its SHA-256 hex digest)."""
    return hashlib.sha256(token.encode()).hexdigest().encode()


def office_key_id(token_digest_hex: str) -> str:
    return hashlib.sha256(token_digest_hex.encode()).hexdigest()[:16]


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
        "format": FORMAT,
        "kind": "office",
        "created_at": format_timestamp(utc_now()),
        "office": office,
        "catalogue": catalogue,
        "key_id": office_key_id(office_key(token).decode()),
        "cursor": cursor,
        "ops": len(ops),
    }
    body = _assemble([p.encode_frame(p.BUNDLE, head), p.encode_frame(OPS, {"ops": ops})])
    return _seal(body, hmac.new(office_key(token), body, hashlib.sha256).digest())


# -- reading ---------------------------------------------------------------------------------------
def _split(data: bytes) -> tuple[bytes, bytes]:
    if not data.startswith(MAGIC) or not data.endswith(TRAILER) or len(data) < 80:
        raise BundleError("this file is not an SSC Desktop bundle (or it was cut short)")
    length = int.from_bytes(data[-6:-4], "big")
    if length not in (32, 64) or len(data) < len(MAGIC) + length + 6:
        raise BundleError("the bundle's signature is damaged")
    return data[: -(length + 6)], data[-(length + 6) : -6]


def _parse(body: bytes) -> Bundle:
    try:
        frames = p.decode_stream(body[len(MAGIC) :])
    except p.ProtocolError as exc:
        raise BundleError(f"the bundle is damaged ({exc})") from exc
    if not frames or frames[0][0] != p.BUNDLE or not isinstance(frames[0][1], dict):
        raise BundleError("the bundle has no header")
    bundle = Bundle(header=frames[0][1])
    if bundle.header.get("format") != FORMAT:
        raise BundleError(f"bundle format {bundle.header.get('format')} is not known here")
    for kind, obj in frames[1:]:
        if kind == ACKS:
            bundle.acks += obj.get("res", [])
        elif kind == p.PAGE:
            bundle.pages.append(obj)
        elif kind == OPS:
            bundle.ops += obj.get("ops", [])
        else:
            raise BundleError("the bundle holds an unknown part")
    return bundle


def peek_header(data: bytes) -> dict[str, Any]:
    """The header of a bundle, *unverified* (to find the key to verify it with)."""
    body, _sig = _split(data)
    try:
        reader = p.FrameReader()
        frames = reader.feed(body[len(MAGIC) :])
    except p.ProtocolError as exc:
        raise BundleError(f"the bundle is damaged ({exc})") from exc
    if not frames or frames[0][0] != p.BUNDLE:
        raise BundleError("the bundle has no header")
    return dict(frames[0][1])


def read_hub_bundle(data: bytes, trusted_key: str | None) -> Bundle:
    """Check the hub's signature, then read. ``trusted_key``: the hub public key (hex)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    body, signature = _split(data)
    header = peek_header(data)
    if header.get("kind") != "hub":
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
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex)).verify(signature, body)
    except (InvalidSignature, ValueError) as exc:
        raise BundleError(
            "the bundle's signature does not match: it was damaged or altered"
        ) from exc
    return _parse(body)


def read_office_bundle(data: bytes, token_digests: dict[str, str]) -> tuple[str, Bundle]:
    """Check an office bundle against the hub's live tokens (token id: SHA-256 hex digest);
    returns the id of the token that signed it, and the bundle."""
    body, signature = _split(data)
    header = peek_header(data)
    if header.get("kind") != "office":
        raise BundleError("this is a hub bundle: import it in an office's catalogue")
    key_id = header.get("key_id")
    for token_id, digest in token_digests.items():
        if office_key_id(digest) == key_id:
            expected = hmac.new(digest.encode(), body, hashlib.sha256).digest()
            if not hmac.compare_digest(expected, signature):
                raise BundleError("the bundle's signature does not match: damaged or altered")
            return token_id, _parse(body)
    raise BundleError(
        f"no live token of office {header.get('office')!r} signed this bundle (revoked, or "
        "another office's)"
    )


def _fp(key_hex: str) -> str:
    try:
        return fingerprint(key_hex)
    except ValueError:
        return "unreadable key"
