"""The record's validation rules: what the catalogue accepts and how it refuses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import Solution, format_timestamp
from tests.support.records import make_solution


def errors_of(**overrides: object) -> str:
    with pytest.raises(ValidationError) as info:
        make_solution(**overrides)
    return str(info.value)


def test_a_complete_record_round_trips_through_its_json_form() -> None:
    solution = make_solution()
    again = Solution.model_validate(solution.to_json_dict())
    assert again == solution
    # The interchange order is the model's; no translation: the key is left out (older versions
    # read the file as before).
    assert list(solution.to_json_dict()) == [
        f for f in Solution.model_fields if f != "translations"
    ]


def test_sdg_outside_1_to_17_is_refused() -> None:
    assert "SDG 18 does not exist" in errors_of(primary_sdgs=[18])
    assert "SDG 0 does not exist" in errors_of(secondary_sdgs=[0])


def test_goal_cannot_be_primary_and_secondary() -> None:
    assert "both primary and secondary" in errors_of(primary_sdgs=[2], secondary_sdgs=[2, 5])


def test_unknown_country_code_is_refused_and_known_ones_normalised() -> None:
    assert "unknown country code 'XYZ'" in errors_of(
        countries=[{"iso3": "XYZ", "role": "provider"}]
    )
    ok = make_solution(countries=[{"iso3": "ken", "role": "recipient"}])
    assert ok.country_codes == ["KEN"]


def test_closed_lists_come_from_the_vocabulary_data() -> None:
    assert "unknown value 'donor'" in errors_of(countries=[{"iso3": "KEN", "role": "donor"}])
    assert "unknown value 'teaching'" in errors_of(modalities=["teaching"])
    for code in vocab.terms()["modalities"]:
        assert make_solution(modalities=[code]).modalities == [code]


def test_summary_is_at_most_sixty_words() -> None:
    assert "61 words" in errors_of(summary=" ".join(["word"] * 61))
    assert make_solution(summary=" ".join(["word"] * 60)).summary


def test_huge_field_and_control_characters_are_refused() -> None:
    assert "at most 20000 characters" in errors_of(challenge="x" * 10_000_000)
    assert "control character (U+0000)" in errors_of(title="bad\x00title")
    assert make_solution(results="line one\nline two\ttabbed").results


def test_timestamps_need_a_zone_and_print_one_way() -> None:
    assert "time zone" in errors_of(created_at="2026-01-01T00:00:00")
    solution = make_solution(
        created_at="2026-01-01T03:00:00+03:00", updated_at="2026-01-01T00:00:00.5Z"
    )
    assert solution.to_json_dict()["created_at"] == "2026-01-01T00:00:00Z"
    assert solution.to_json_dict()["updated_at"] == "2026-01-01T00:00:00.500000Z"
    assert format_timestamp(datetime(2026, 5, 1, tzinfo=UTC)) == "2026-05-01T00:00:00Z"


def test_other_consistency_rules() -> None:
    assert "after end year" in errors_of(start_year=2020, end_year=2019)
    assert "needs a currency" in errors_of(currency=None)
    assert "not a UUID" in errors_of(id="not-a-uuid")
    assert "not an http(s) URL" in errors_of(links=[{"url": "javascript:alert(1)", "label": ""}])
    assert "Extra inputs are not permitted" in errors_of(colour="red")
    assert "a title is required" in errors_of(title="   ")


def test_vocabularies_are_complete() -> None:
    goals = vocab.sdgs()
    assert sorted(goals) == list(range(1, 18))
    for goal in goals.values():
        assert set(goal.short) >= {"en", "fr", "es"}
        assert goal.colour.startswith("#") and len(goal.colour) == 7
    countries = vocab.countries()
    assert len(countries) > 240
    kenya = countries["KEN"]
    assert (kenya.region, kenya.subregion) == ("Africa", "Sub-Saharan Africa")
    assert countries["AFG"].ldc and countries["AFG"].lldc
    assert countries["FJI"].sids
    assert vocab.country_name("BOL") == "Bolivia (Plurinational State of)"
    assert "UNDP" in vocab.un_entities()
