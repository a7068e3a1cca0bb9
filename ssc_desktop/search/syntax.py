"""The query language people type, parsed without ever failing.

Grammar (informal): words, ``"quoted phrases"``, ``-word`` / ``-"phrase"`` / ``NOT word`` to
exclude, ``a OR b`` for either, ``field:value`` / ``field:"two words"`` for a filter. ``AND``,
``&&``, parentheses and stray punctuation are ignored; an unbalanced quote runs to the end.
An unquoted field value may span several words (``country:South Africa``): the longest run of up
to five words the ``known`` callback accepts is taken. Unknown field names are searched as words.
Nothing here raises: any string gives a (possibly empty) :class:`ParsedQuery`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ssc_desktop.search.results import Notice, NoticeKind

#: Field names people type, mapped to the filter they mean.
FIELD_NAMES: dict[str, str] = {
    **dict.fromkeys(("country", "countries", "pays", "pais", "país", "iso"), "country"),
    **dict.fromkeys(("region", "regions", "région", "región", "continent"), "region"),
    **dict.fromkeys(("sdg", "sdgs", "goal", "goals", "odd", "ods"), "sdg"),
    **dict.fromkeys(
        ("entity", "entities", "org", "orgs", "organisation", "organization", "agency", "un"),
        "organisation",
    ),
    **dict.fromkeys(("modality", "modalities", "modalité", "modalidad"), "modality"),
    **dict.fromkeys(("type", "cooperation", "coop", "cooperation_type"), "cooperation_type"),
    **dict.fromkeys(("year", "years", "année", "annee", "año", "ano"), "year"),
    **dict.fromkeys(("language", "lang", "langue", "idioma"), "language"),
    "status": "status",
    "title": "title",
}
#: The names a ``name:value`` filter may be typed under (without aliases).
_FILTER_FIELDS = tuple(sorted(set(FIELD_NAMES.values())))
MAX_QUERY_CHARS = 1000
MAX_CLAUSES = 32
_MULTIWORD = 5
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_QUOTES = str.maketrans({c: '"' for c in "“”„«»″"})
_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_OPERATORS = {"and", "&&", "&", "+"}
_OR = {"or", "||", "|"}
_NOT = {"not", "!"}


@dataclass(frozen=True)
class Clause:
    """Words to find: one word, or a phrase when ``phrase`` (quoted)."""

    text: str
    phrase: bool = False
    #: The final bare word of the query with no space after it: matched as a prefix too.
    last: bool = False
    #: ``title:`` restricts the words to titles.
    field: str | None = None


@dataclass(frozen=True)
class FieldFilter:
    """``name:value`` as typed (``name`` already mapped through FIELD_NAMES)."""

    name: str
    value: str
    negated: bool = False
    raw: str = ""


@dataclass
class ParsedQuery:
    """What the user asked for, in AND-ed groups of OR-ed clauses."""

    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)
    filters: list[FieldFilter] = field(default_factory=list)
    notes: list[Notice] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.groups or self.excluded or self.filters)


def clean(text: object) -> str:
    """The query as text: control and bidi-override characters out, length bounded."""
    value = text if isinstance(text, str) else ("" if text is None else str(text))
    value = value[: MAX_QUERY_CHARS * 4]
    value = _CONTROL.sub(" ", value).translate(_QUOTES)
    return value[:MAX_QUERY_CHARS]


def _strip_parens(token: str) -> str:
    return token.strip("()[]{}")


def parse(text: object, known: Callable[[str, str], bool] | None = None) -> ParsedQuery:
    """Parse ``text``; ``known(name, value)`` says whether a filter value names something."""
    raw = clean(text)
    query = ParsedQuery()
    if len(str(text or "")) > MAX_QUERY_CHARS:
        query.notes.append(Notice(NoticeKind.QUERY_CUT, limit=MAX_QUERY_CHARS))
    ends_open = bool(raw) and not raw[-1].isspace() and not raw.rstrip().endswith('"')
    tokens = _TOKEN.findall(raw)
    i = 0
    negate_next = False
    join_next = False
    pending: list[tuple[Clause, bool, bool]] = []  # (clause, negated, joined-with-previous-by-OR)
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token.startswith('-"'):
            negate_next, token = True, token[1:]
        if token.startswith('"'):
            inner = token.strip('"').strip()
            if inner:
                pending.append((Clause(inner, phrase=True), negate_next, join_next))
            negate_next = join_next = False
            continue
        token = _strip_parens(token)
        lowered = token.lower()
        if not token or lowered in _OPERATORS:
            continue
        if lowered in _OR:
            join_next = bool(pending)
            continue
        if lowered in _NOT or token in {"-", "!"}:
            negate_next = True
            continue
        negated = negate_next
        if token.startswith("-") and len(token) > 1:
            negated, token = True, token.lstrip("-")
        name, sep, value = token.partition(":")
        target = FIELD_NAMES.get(name.lower()) if sep else None
        if sep and target is None and name and value:
            query.notes.append(
                Notice(
                    NoticeKind.UNKNOWN_FIELD,
                    name=name,
                    valid=_FILTER_FIELDS,
                )
            )
            token = f"{name} {value}"
        if target is not None:
            if not value and i < len(tokens) and tokens[i].startswith('"'):
                value = tokens[i].strip('"').strip()
                i += 1
            elif value.startswith('"'):
                value = value.strip('"')
                if i < len(tokens) and not token.endswith('"') and '"' not in value:
                    # country:"South Africa" split as 'country:"South' + 'Africa"'
                    rest = []
                    while i < len(tokens):
                        part = tokens[i]
                        i += 1
                        rest.append(part.strip('"'))
                        if part.endswith('"'):
                            break
                    value = " ".join([value, *rest])
            elif value and known is not None and not known(target, value):
                # An unquoted value may run over several words: take the longest known run.
                for extra in range(min(_MULTIWORD, len(tokens) - i), 0, -1):
                    candidate = " ".join(
                        [value, *(_strip_parens(t) for t in tokens[i : i + extra])]
                    )
                    if known(target, candidate):
                        value = candidate
                        i += extra
                        break
            value = value.strip().strip("()")
            if not value:
                query.notes.append(
                    Notice(NoticeKind.MISSING_VALUE, name=name, suggestion=_example(target))
                )
            elif target == "title":
                clause = Clause(value, phrase=" " in value, field="title")
                pending.append((clause, negated, join_next))
            else:
                query.filters.append(FieldFilter(target, value, negated, token))
            negate_next = join_next = False
            continue
        token = token.strip("\"'")
        if token:
            is_last = ends_open and i == len(tokens) and not negated
            pending.append((Clause(token, last=is_last), negated, join_next))
        negate_next = join_next = False
    for clause, negated, joined in pending[: MAX_CLAUSES * 2]:
        if negated:
            query.excluded.append(clause)
        elif joined and query.groups:
            query.groups[-1].append(clause)
        else:
            query.groups.append([clause])
    if len(query.groups) > MAX_CLAUSES:
        query.groups = query.groups[:MAX_CLAUSES]
        query.notes.append(Notice(NoticeKind.TOO_MANY_WORDS, limit=MAX_CLAUSES))
    return query


def _example(target: str) -> str:
    return {
        "country": "Kenya",
        "region": "Africa",
        "sdg": "5",
        "organisation": "WFP",
        "modality": "training",
        "cooperation_type": "triangular",
        "year": "2015..2018",
        "language": "fr",
        "status": "ongoing",
        "title": "irrigation",
    }.get(target, "value")
