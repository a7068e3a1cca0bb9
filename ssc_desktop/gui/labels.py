"""Display names of codes (SDGs, countries, regions, terms) in the interface language.

The vocabularies carry labels in the six UN languages; a missing one falls back to English.
"""

from __future__ import annotations

from ssc_desktop.domain import vocab


def sdg_label(goal: int, language: str) -> str:
    sdg = vocab.sdgs().get(goal)
    return sdg.label(language) if sdg else str(goal)


def sdg_title(goal: int, language: str) -> str:
    sdg = vocab.sdgs().get(goal)
    return (sdg.title.get(language) or sdg.title["en"]) if sdg else str(goal)


def country_label(iso3: str, language: str) -> str:
    return vocab.country_name(iso3, language)


def region_label(code: str, language: str) -> str:
    entry = vocab.regions().get(code)
    if not entry:
        return code
    names = entry.get("name", {})
    return str(names.get(language) or names.get("en") or code)


def term_label(list_name: str, code: str, language: str) -> str:
    term = vocab.terms().get(list_name, {}).get(code)
    return term.text(language) if term else code


def organisation_label(key: str, name: str) -> str:
    """``World Food Programme (WFP)`` from the facet key (acronym or name) and a name."""
    if name and name != key:
        return f"{name} ({key})"
    return key
