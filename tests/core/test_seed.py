"""The embedded catalogue: every Southern solution of the 2018 report, each paragraph-cited."""

from __future__ import annotations

from ssc_desktop.catalogue import seed_file
from ssc_desktop.domain import vocab
from ssc_desktop.interchange import read_catalogue_file

REPORT_PARAGRAPHS = range(1, 96)  # the report has 95 numbered paragraphs
SEED_COUNT = 79  # 74 first shipped, 5 added for issue 18 (db/seed/FIDELITY.md)


def test_seed_is_valid_and_cites_the_report() -> None:
    records = read_catalogue_file(seed_file())
    assert len(records) == SEED_COUNT
    assert len({r.title for r in records}) == len(records)
    for record in records:
        assert record.origin == "central" and not record.deleted
        assert record.summary and len(record.summary.split()) <= 60, record.title
        assert record.sources, record.title
        for source in record.sources:
            assert "State of South-South cooperation" in source.document
            assert int(source.paragraph) in REPORT_PARAGRAPHS, (record.title, source.paragraph)
        assert record.sdgs, record.title
        for org in record.organisations:
            if org.type == "un_entity":
                assert org.acronym in vocab.un_entities(), (record.title, org.acronym)
        assert not record.contacts, "the report names no contact persons"


def test_seed_holds_the_initiatives_the_issue_names() -> None:
    titles = " | ".join(r.title for r in read_catalogue_file(seed_file()))
    for name in (
        "#SheGoesDigital",
        "Indo-East African Internship Programme",
        "Regional Integrated Multi-Hazard Early Warning System",
        "REDATAM",
        "Participatory Slum Upgrading Programme",
        "India-United Nations Development Partnership Fund",
        "UNDP country support platforms",
        "UNOSSC catalytic resources for collaborative projects on climate change",
        "UN–ASEAN Regional Coordination Mechanism",
        "UNHCR's partnership engagement",
        "Tracking South-South cooperation in planning, reporting and finance systems",
    ):
        assert name in titles, name


def test_seed_file_is_in_canonical_form() -> None:
    from ssc_desktop.interchange.writer import render

    text = seed_file().read_text(encoding="utf-8")
    assert render(read_catalogue_file(seed_file()), "json") == text
