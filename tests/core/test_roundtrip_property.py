"""Property: any valid record survives JSON and CSV unchanged, whatever text it holds, with
any translations (some records of a file with them, others without)."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import LANGUAGES, Solution, TranslatorKind
from ssc_desktop.interchange import read_catalogue_file
from ssc_desktop.interchange.writer import render

# Any printable text, separators, escapes and formula starters (= + - @ ' tab CR) included
# (no other C0 controls: the model refuses them).
text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x7f")
    | st.sampled_from(list(";|\\\"',\n\t\r=+-@")),
    max_size=40,
)
words = st.lists(text.map(str.strip).filter(bool), max_size=4, unique=True)


@st.composite
def translation(draw: st.DrawFn) -> dict[str, object]:
    """A translation of any text, by anyone, made from any revision, at any time."""
    return {
        "title": draw(text.filter(lambda t: t.strip())),
        "subtitle": draw(text),
        "summary": draw(text),
        "results": draw(text),
        "themes": draw(words),
        "keywords": draw(words),
        "source_revision": draw(st.integers(1, 2**40)),
        "translated_by": {
            "kind": draw(st.sampled_from([k.value for k in TranslatorKind])),
            "name": draw(text),
        },
        "translated_at": draw(
            st.datetimes(
                min_value=datetime(1990, 1, 1),
                max_value=datetime(2090, 1, 1),
                timezones=st.just(UTC),
            )
        ),
    }


@st.composite
def solutions(draw: st.DrawFn) -> Solution:
    goals = draw(st.lists(st.integers(1, 17), max_size=5, unique=True))
    split = draw(st.integers(0, len(goals)))
    terms = vocab.terms()
    return Solution.model_validate(
        {
            "title": draw(text.filter(lambda t: t.strip())),
            "subtitle": draw(text),
            "summary": draw(text),
            "challenge": draw(text),
            "countries": [
                {"iso3": code, "role": draw(st.sampled_from(sorted(terms["country_roles"])))}
                for code in draw(st.lists(st.sampled_from(sorted(vocab.countries())), max_size=3))
            ],
            "organisations": [
                {
                    "name": name,
                    "acronym": draw(text.map(str.strip).map(lambda t: t[:40])),
                    "role": "partner",
                    "type": "civil_society",
                }
                for name in draw(words)
            ],
            "primary_sdgs": goals[:split],
            "secondary_sdgs": goals[split:],
            "modalities": draw(st.lists(st.sampled_from(sorted(terms["modalities"])), unique=True)),
            "themes": draw(words),
            "keywords": draw(words),
            "start_year": draw(st.none() | st.integers(1950, 2030)),
            "budget": draw(st.none() | st.floats(0, 1e12, allow_nan=False)),
            "currency": "USD",
            "sources": [
                {
                    "document": doc,
                    "paragraph": draw(text.map(str.strip).map(lambda t: t[:40])),
                    "url": "",
                }
                for doc in draw(words)
            ],
            "contacts": [{"name": name, "public": draw(st.booleans())} for name in draw(words)],
            "translations": {
                lang: draw(translation())
                for lang in draw(st.lists(st.sampled_from(LANGUAGES[1:]), max_size=3))
            },
        }
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(solutions(), min_size=1, max_size=3, unique_by=lambda s: s.id))
@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_any_record_survives_json_and_csv(records: list[Solution]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("json", "csv"):
            path = Path(tmp) / f"r.{fmt}"
            written = render(records, fmt)
            path.write_text(written, encoding="utf-8", newline="")
            again = read_catalogue_file(path)
            assert sorted(again, key=lambda s: s.id) == sorted(records, key=lambda s: s.id)
            assert render(again, fmt) == written
