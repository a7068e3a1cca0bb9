"""The solution record: one Southern solution, as every layer sees it.

A pydantic model, so that every way in (an import file, the edit form, a sync page) is validated by
the same rules and refused with a message that names the field. Closed lists (roles, modalities,
statuses...) are checked against ``resources/vocab/terms.json``, countries against the M49 table:
adding a term is a data change. The field order is the interchange order (docs/record-format.md).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    field_validator,
    model_validator,
)

from ssc_desktop.domain import vocab

FORMAT_NAME = "ssc-desktop-catalogue"
FORMAT_VERSION = 1
SUMMARY_MAX_WORDS = 60
MAX_LONG_TEXT = 20_000  # characters in one long text field
MAX_SHORT_TEXT = 300
MAX_LIST = 200  # items in one list field
YEAR_MIN, YEAR_MAX = 1945, 2100
#: The highest revision a record may carry: 2**31 - 1, which fits every column that stores one
#: (SQLite here, PostgreSQL INTEGER on a hub) and every JSON reader. Two billion edits of one
#: record never happen; a file claiming more is refused, and the next edit of a record at the cap
#: is refused with a message instead of overflowing a database column.
MAX_REVISION = 2**31 - 1
#: Timestamps are kept within these years (four-digit years, after the Unix epoch).
TIMESTAMP_YEARS = (1970, 9999)

# C0 controls other than tab, newline and carriage return have no business in catalogue text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _no_control(value: str) -> str:
    match = _CONTROL.search(value)
    if match:
        raise ValueError(f"contains a control character (U+{ord(match.group()):04X})")
    return value


def format_timestamp(value: datetime) -> str:
    """The one textual form of a timestamp: UTC, ``Z``, microseconds only when present."""
    value = value.astimezone(UTC)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}"
    return text + "Z"


def parse_timestamp(value: Any) -> datetime:
    """Accept a datetime or ISO 8601 text; naive values are refused (ambiguous across offices)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"not an ISO 8601 timestamp: {value[:40]!r}") from exc
    if not isinstance(value, datetime):
        raise ValueError("must be an ISO 8601 timestamp")
    if value.tzinfo is None:
        raise ValueError("timestamp needs a time zone (use Z for UTC)")
    try:
        utc: datetime = value.astimezone(UTC)
    except (OverflowError, ValueError) as exc:  # e.g. 0001-01-01T00:00+01:00
        raise ValueError("timestamp out of range") from exc
    low, high = TIMESTAMP_YEARS
    if not low <= utc.year <= high:
        raise ValueError(f"timestamp out of range (years {low} to {high})")
    return utc


def utc_now() -> datetime:
    return datetime.now(UTC)


def _check_uuid(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError) as exc:
        raise ValueError(f"not a UUID: {str(value)[:40]!r}") from exc


def _term_checker(list_name: str) -> AfterValidator:
    def check(value: str) -> str:
        known = vocab.terms()[list_name]
        if value not in known:
            raise ValueError(f"unknown value {value[:40]!r}; expected one of: {', '.join(known)}")
        return value

    return AfterValidator(check)


def _check_country(value: str) -> str:
    code = value.strip().upper()
    if code not in vocab.countries():
        raise ValueError(f"unknown country code {value[:12]!r} (expected ISO 3166-1 alpha-3)")
    return code


def _check_url(value: str) -> str:
    if value and not re.match(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
        raise ValueError(f"not an http(s) URL: {value[:60]!r}")
    return value


def _check_sdg(value: int) -> int:
    if value not in vocab.sdgs():
        raise ValueError(f"SDG {value} does not exist (goals are 1 to 17)")
    return value


Timestamp = Annotated[
    datetime,
    BeforeValidator(parse_timestamp),
    PlainSerializer(format_timestamp, return_type=str),
]
ShortText = Annotated[
    str, StringConstraints(max_length=MAX_SHORT_TEXT), AfterValidator(_no_control)
]
LongText = Annotated[str, StringConstraints(max_length=MAX_LONG_TEXT), AfterValidator(_no_control)]
Url = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_check_url)]
Sdg = Annotated[int, AfterValidator(_check_sdg)]
Iso3 = Annotated[str, StringConstraints(min_length=3, max_length=3), AfterValidator(_check_country)]
Word = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
    AfterValidator(_no_control),
]
Year = Annotated[int, Field(ge=YEAR_MIN, le=YEAR_MAX)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class CountryParticipation(_Part):
    """A country and the part it plays."""

    iso3: Iso3
    role: Annotated[str, _term_checker("country_roles")]


class Organisation(_Part):
    """An organisation and the part it plays."""

    name: Annotated[ShortText, StringConstraints(min_length=1)]
    acronym: Annotated[str, StringConstraints(max_length=40), AfterValidator(_no_control)] = ""
    role: Annotated[str, _term_checker("organisation_roles")]
    type: Annotated[str, _term_checker("organisation_types")]


class Contact(_Part):
    """A person to talk to. Only ``public`` contacts ever leave the machine in a brief."""

    name: Annotated[ShortText, StringConstraints(min_length=1)]
    title: ShortText = ""
    organisation: ShortText = ""
    email: Annotated[str, StringConstraints(max_length=254), AfterValidator(_no_control)] = ""
    phone: Annotated[str, StringConstraints(max_length=50), AfterValidator(_no_control)] = ""
    public: bool = False

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", value):
            raise ValueError(f"not an e-mail address: {value[:60]!r}")
        return value


class Link(_Part):
    url: Annotated[Url, StringConstraints(min_length=1)]
    label: ShortText = ""


class Source(_Part):
    """Where a statement comes from: a document and its paragraph."""

    document: Annotated[ShortText, StringConstraints(min_length=1)]
    paragraph: Annotated[str, StringConstraints(max_length=40), AfterValidator(_no_control)] = ""
    url: Url = ""


#: The languages a record's texts may be written or translated in: the six UN languages.
LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")
#: The fields a translation carries (the record's own texts; everything else is language-free).
TRANSLATABLE_TEXTS = (
    "title",
    "subtitle",
    "summary",
    "challenge",
    "solution",
    "results",
    "sustainability",
)
TRANSLATABLE_LISTS = ("themes", "keywords")
TRANSLATABLE_FIELDS = (*TRANSLATABLE_TEXTS, *TRANSLATABLE_LISTS)


class TranslatorKind(StrEnum):
    """Who made a translation: it is printed with it, so a reader knows what to trust."""

    PERSON = "person"  # a named person (a translator, a colleague)
    OFFICE = "office"  # the contributing office
    MACHINE = "machine"  # machine-assisted, not yet reviewed by a person
    MACHINE_REVIEWED = "machine_reviewed"  # machine-assisted, then reviewed by a person


class TranslatedBy(_Part):
    kind: TranslatorKind
    name: ShortText = ""


_Item = TypeVar("_Item")
#: A list field: at most MAX_LIST items of one type (``Items[Contact]`` is ``list[Contact]``).
Items = Annotated[list[_Item], Field(max_length=MAX_LIST)]
Modality = Annotated[str, _term_checker("modalities")]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]


class Translation(_Part):
    """One language version of a record's texts.

    ``source_revision`` is the record's revision the translation was made from: when the
    record has moved on, the translation "may be out of date" (``Solution.is_outdated``).
    """

    title: Annotated[ShortText, StringConstraints(min_length=1)]
    subtitle: ShortText = ""
    summary: Annotated[str, StringConstraints(max_length=1500), AfterValidator(_no_control)] = ""
    challenge: LongText = ""
    solution: LongText = ""
    results: LongText = ""
    sustainability: LongText = ""
    themes: Items[Word] = Field(default_factory=list)
    keywords: Items[Word] = Field(default_factory=list)
    source_revision: int = Field(ge=1, le=2**53)
    translated_by: TranslatedBy
    translated_at: Timestamp


@dataclass(frozen=True)
class Texts:
    """A record's texts in one language, and what a reader must be told about them."""

    language: str  # the language these texts are in
    original_language: str
    title: str
    subtitle: str
    summary: str
    challenge: str
    solution: str
    results: str
    sustainability: str
    themes: tuple[str, ...]
    keywords: tuple[str, ...]
    translated_by: TranslatedBy | None = None  # None: the original
    outdated: bool = False  # a translation made from an older revision of the original

    @property
    def is_translation(self) -> bool:
        return self.translated_by is not None


class Solution(BaseModel):
    """One Southern solution (a South-South or triangular cooperation good practice)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    id: Annotated[str, AfterValidator(_check_uuid)] = Field(
        default_factory=lambda: str(uuid.uuid4())
    )
    revision: int = Field(default=1, ge=1, le=MAX_REVISION)
    created_at: Timestamp = Field(default_factory=utc_now)
    updated_at: Timestamp = Field(default_factory=utc_now)
    deleted: bool = False
    origin: Annotated[str, Field(pattern=r"^(central|local)$")] = "local"
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}$")] = "en"
    title: Annotated[ShortText, StringConstraints(min_length=1)]
    subtitle: ShortText = ""
    summary: Annotated[str, StringConstraints(max_length=1000), AfterValidator(_no_control)] = ""
    challenge: LongText = ""
    solution: LongText = ""
    results: LongText = ""
    sustainability: LongText = ""
    countries: Items[CountryParticipation] = Field(default_factory=list)
    organisations: Items[Organisation] = Field(default_factory=list)
    primary_sdgs: Items[Sdg] = Field(default_factory=list)
    secondary_sdgs: Items[Sdg] = Field(default_factory=list)
    cooperation_type: Annotated[str, _term_checker("cooperation_types")] | None = None
    modalities: Items[Modality] = Field(default_factory=list)
    themes: Items[Word] = Field(default_factory=list)
    keywords: Items[Word] = Field(default_factory=list)
    status: Annotated[str, _term_checker("statuses")] | None = None
    start_year: Year | None = None
    end_year: Year | None = None
    budget: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    funding_mechanism: ShortText = ""
    contacts: Items[Contact] = Field(default_factory=list)
    links: Items[Link] = Field(default_factory=list)
    sources: Items[Source] = Field(default_factory=list)
    #: Other language versions of the texts, by language code (never the record's own).
    translations: dict[Language, Translation] = Field(default_factory=dict, max_length=10)

    @field_validator("title")
    @classmethod
    def _title_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a title is required")
        return value

    @field_validator("summary")
    @classmethod
    def _summary_words(cls, value: str) -> str:
        words = len(value.split())
        if words > SUMMARY_MAX_WORDS:
            raise ValueError(f"the summary has {words} words; at most {SUMMARY_MAX_WORDS}")
        return value

    @field_validator("primary_sdgs", "secondary_sdgs", "modalities", "themes", "keywords")
    @classmethod
    def _unique(cls, value: list[Any]) -> list[Any]:
        seen: set[Any] = set()
        for item in value:
            if item in seen:
                raise ValueError(f"{item!r} is listed twice")
            seen.add(item)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Solution:
        both = set(self.primary_sdgs) & set(self.secondary_sdgs)
        if both:
            raise ValueError(f"SDG {min(both)} is both primary and secondary")
        if self.start_year and self.end_year and self.start_year > self.end_year:
            raise ValueError(f"start year {self.start_year} is after end year {self.end_year}")
        if self.budget is not None and not self.currency:
            raise ValueError("a budget needs a currency (ISO 4217 code such as USD)")
        if self.updated_at < self.created_at:
            raise ValueError("updated_at is earlier than created_at")
        if self.language in self.translations:
            raise ValueError(f"a translation into {self.language!r}, the record's own language")
        unknown = sorted(set(self.translations) - set(LANGUAGES))
        if unknown:
            raise ValueError(f"translation language {unknown[0]!r} is not one of {LANGUAGES}")
        if list(self.translations) != sorted(self.translations):  # canonical order
            self.translations = dict(sorted(self.translations.items()))
        return self

    # -- convenient views -------------------------------------------------------------------
    @property
    def sdgs(self) -> list[int]:
        """Primary goals first, then secondary ones."""
        return [*self.primary_sdgs, *self.secondary_sdgs]

    @property
    def country_codes(self) -> list[str]:
        """Each country once, in the order first named."""
        return list(dict.fromkeys(c.iso3 for c in self.countries))

    def is_outdated(self, language: str) -> bool:
        """Was the ``language`` translation made from an older revision of the original?"""
        tr = self.translations.get(language)
        return tr is not None and tr.source_revision < self.revision

    def texts(self, language: str | None = None) -> Texts:
        """The texts to show a reader of ``language``: its translation when there is one,
        else the original (``Texts.language`` says which)."""
        tr = self.translations.get(language or self.language)
        if tr is None:
            return Texts(
                self.language,
                self.language,
                self.title,
                self.subtitle,
                self.summary,
                self.challenge,
                self.solution,
                self.results,
                self.sustainability,
                tuple(self.themes),
                tuple(self.keywords),
            )
        assert language is not None
        return Texts(
            language,
            self.language,
            tr.title,
            tr.subtitle,
            tr.summary,
            tr.challenge,
            tr.solution,
            tr.results,
            tr.sustainability,
            tuple(tr.themes),
            tuple(tr.keywords),
            translated_by=tr.translated_by,
            outdated=self.is_outdated(language),
        )

    def to_json_dict(self) -> dict[str, Any]:
        """The interchange form (docs/record-format.md)."""
        data = self.model_dump(mode="json")
        if not data["translations"]:
            # A record with no translation is written as before translations existed, so that
            # files and sync pages of untranslated records stay readable by older versions.
            del data["translations"]
        return data
