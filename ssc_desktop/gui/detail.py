"""The detail pane's content: every field of one solution as simple HTML for a QTextBrowser."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ssc_desktop.gui import labels
from ssc_desktop.gui.i18n import format_date, format_number
from ssc_desktop.gui.painting import sdg_colour, sdg_text_colour

if TYPE_CHECKING:
    from ssc_desktop.app.contributions import OfficeContribution
    from ssc_desktop.domain.model import Solution, Texts, TranslatedBy

# The detail pane's links that switch between a translation and its original: relative links,
# which the browser hands to the window (it opens links with a scheme outside).
SHOW_ORIGINAL = "#show-original"
SHOW_TRANSLATION = "#show-translation"
# A returned contribution: open the form to correct it, or send it again as it is.
EDIT_CONTRIBUTION = "#edit-contribution"
RESEND_CONTRIBUTION = "#resend-contribution"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{_e(p).replace(chr(10), '<br>')}</p>" for p in parts)


class DetailRenderer(QObject):
    """Builds the HTML; a QObject only so that its words are translated (``self.tr``)."""

    def empty_html(self) -> str:
        return (
            "<p style='color:#555'>"
            + _e(self.tr("Select a solution in the list to see everything about it here."))
            + "</p>"
        )

    def missing_html(self) -> str:
        return (
            "<p style='color:#555'>"
            + _e(self.tr("This solution is no longer in the catalogue."))
            + "</p>"
        )

    # -- languages --------------------------------------------------------------------------
    def language_name(self, code: str) -> str:
        """A language's name as it reads after "in" ("in English": fr "en anglais")."""
        names = {
            "en": self.tr("English"),
            "fr": self.tr("French"),
            "es": self.tr("Spanish"),
            "ar": self.tr("Arabic"),
            "ru": self.tr("Russian"),
            "zh": self.tr("Chinese"),
        }
        return names.get(code, code)

    def translator(self, by: TranslatedBy) -> str:
        """Who made a translation, truthfully: its kind, and its maker's name when known."""
        from ssc_desktop.domain.model import TranslatorKind

        name = by.name.strip()
        if by.kind is TranslatorKind.MACHINE:  # the tool's name tells a reader nothing
            return self.tr("machine translation, not reviewed")
        if by.kind is TranslatorKind.MACHINE_REVIEWED:
            if name:
                return self.tr("machine translation, reviewed by %1").replace("%1", name)
            return self.tr("machine translation, reviewed")
        if by.kind is TranslatorKind.OFFICE:
            if name:
                return self.tr("translated by the office %1").replace("%1", name)
            return self.tr("translated by a country office")
        if name:
            return self.tr("translated by %1").replace("%1", name)
        return self.tr("translated by a person")

    def language_note(self, texts: Texts, reader: str, has_translation: bool) -> str:
        """The line under the title that says which language the texts are in and who
        translated them, with the link to the other version ("" when there is nothing to say:
        an original in the reader's language)."""
        show_original, show_translation = (
            self.tr("Show the original"),
            self.tr("Show the translation"),
        )
        if texts.is_translation and texts.translated_by is not None:
            note = (
                self.tr("Translated from %1 (%2).")
                .replace("%1", self.language_name(texts.original_language))
                .replace("%2", self.translator(texts.translated_by))
            )
            if texts.outdated:
                note += " " + self.tr("May be out of date: the original has changed since.")
            link = f"<a href='{SHOW_ORIGINAL}'>{_e(show_original)}</a>"
            colour = "#fff4d6"
        elif has_translation:
            note = self.tr("Original text in %1.").replace(
                "%1", self.language_name(texts.original_language)
            )
            link = f"<a href='{SHOW_TRANSLATION}'>{_e(show_translation)}</a>"
            colour = "#eef3fb"
        elif texts.language != reader:
            note = (
                self.tr("Original text in %1.").replace("%1", self.language_name(texts.language))
                + " "
                + self.tr("Not translated into %1 yet.").replace("%1", self.language_name(reader))
            )
            link, colour = "", "#eef3fb"
        else:
            return ""
        return (
            f"<table width='100%' cellpadding='4' style='background:{colour}'><tr><td>"
            f"{_e(note)}{'&nbsp;&nbsp;' + link if link else ''}</td></tr></table>"
        )

    def contribution_html(self, contribution: OfficeContribution) -> str:
        """Where this office's contribution stands at the hub (and, returned, the curator's
        comment with the ways to send it again)."""
        state = contribution.state.value
        comment = ""
        links = ""
        if state == "waiting":
            text, colour = self.tr("Waiting to be sent"), "#fff1b8"
        elif state == "review":
            text, colour = self.tr("Sent — in review at the hub"), "#e3ecfa"
        elif state == "published":
            text, colour = self.tr("Published"), "#dcf2dc"
        elif state == "returned":
            text, colour = self.tr("Returned by the curator:"), "#ffe0cc"
            comment = contribution.comment
            edit, resend = self.tr("Edit"), self.tr("Send again as it is")
            links = (
                "<br>"
                + _e(self.tr("Correct it and it is sent again at the next sync."))
                + f"&nbsp;&nbsp;<a href='{EDIT_CONTRIBUTION}'>{_e(edit)}</a>"
                + f"&nbsp;&nbsp;<a href='{RESEND_CONTRIBUTION}'>{_e(resend)}</a>"
            )
        else:
            text, colour = self.tr("Replaced at the hub by a newer version you sent"), "#eeeeee"
        said = f"<b>{_e(text)}</b>" + (f" {_e(comment)}" if comment else "")
        return (
            f"<table width='100%' cellpadding='4' style='background:{colour};color:#000'>"
            f"<tr><td>{said}{links}</td></tr></table>"
        )

    def html(
        self,
        solution: Solution,
        language: str,
        *,
        pending: bool = False,
        original: bool = False,
        contribution: OfficeContribution | None = None,
    ) -> str:
        """The solution's page, its texts in ``language`` where a translation exists (or in
        the original, when ``original`` asks for it); ``contribution``: where this office's
        contribution of it stands (it replaces the "waiting for sync" badge)."""
        # (lupdate does not see tr() calls inside f-strings: the words are taken here.)
        other, contacts_title = self.tr("other"), self.tr("Contacts")
        links_title, sources_title, link_word = (
            self.tr("Links"),
            self.tr("Sources"),
            self.tr("link"),
        )
        texts = solution.texts(None if original else language)
        translated = language != solution.language and language in solution.translations
        out: list[str] = [f"<h2 style='margin-bottom:2px'>{_e(texts.title)}</h2>"]
        if texts.subtitle:
            out.append(f"<p style='margin-top:0'><i>{_e(texts.subtitle)}</i></p>")
        out.append(self.language_note(texts, language, translated))
        badges = []
        if solution.origin == "local":
            badges.append(self.tr("Made on this computer"))
        if pending and contribution is None:
            badges.append(self.tr("Local change waiting for sync"))
        if badges:
            out.append(
                "<p>"
                + " ".join(
                    f"<span style='background:#fff1b8;color:#000'>&nbsp;{_e(b)}&nbsp;</span>"
                    for b in badges
                )
                + "</p>"
            )
        if contribution is not None:
            out.append(self.contribution_html(contribution))
        if solution.sdgs:
            tiles = []
            for goal in solution.sdgs:
                primary = goal in solution.primary_sdgs
                tiles.append(
                    f"<span style='background:{sdg_colour(goal).name()};"
                    f"color:{sdg_text_colour(goal).name()};font-weight:bold'>&nbsp;{goal}&nbsp;"
                    f"</span>&nbsp;{_e(labels.sdg_label(goal, language))}"
                    + ("" if primary else f" <span style='color:#555'>({_e(other)})</span>")
                )
            out.append("<p>" + "&nbsp;&nbsp; ".join(tiles) + "</p>")

        facts: list[tuple[str, str]] = []
        if texts.summary:
            out.append(f"<p style='font-size:large'>{_e(texts.summary)}</p>")
        if solution.countries:
            facts.append(
                (
                    self.tr("Countries"),
                    "<br>".join(
                        f"{_e(labels.country_label(c.iso3, language))} "
                        f"<span style='color:#555'>({_e(c.iso3)}, "
                        f"{_e(labels.term_label('country_roles', c.role, language))})</span>"
                        for c in solution.countries
                    ),
                )
            )
        if solution.organisations:
            facts.append(
                (
                    self.tr("Organisations"),
                    "<br>".join(
                        _e(o.name)
                        + (f" ({_e(o.acronym)})" if o.acronym else "")
                        + " <span style='color:#555'>("
                        + _e(labels.term_label("organisation_roles", o.role, language))
                        + ", "
                        + _e(labels.term_label("organisation_types", o.type, language))
                        + ")</span>"
                        for o in solution.organisations
                    ),
                )
            )
        if solution.cooperation_type:
            facts.append(
                (
                    self.tr("Cooperation"),
                    _e(labels.term_label("cooperation_types", solution.cooperation_type, language)),
                )
            )
        if solution.modalities:
            facts.append(
                (
                    self.tr("Modalities"),
                    _e(
                        ", ".join(
                            labels.term_label("modalities", m, language)
                            for m in solution.modalities
                        )
                    ),
                )
            )
        if solution.status:
            facts.append(
                (self.tr("Status"), _e(labels.term_label("statuses", solution.status, language)))
            )
        years = "–".join(str(y) for y in (solution.start_year, solution.end_year) if y)
        if years:
            facts.append((self.tr("Years"), _e(years)))
        if solution.budget is not None:
            facts.append(
                (
                    self.tr("Budget"),
                    _e(f"{format_number(solution.budget)} {solution.currency or ''}"),
                )
            )
        if solution.funding_mechanism:
            facts.append((self.tr("Funding"), _e(solution.funding_mechanism)))
        if texts.themes:
            facts.append((self.tr("Themes"), _e(", ".join(texts.themes))))
        if texts.keywords:
            facts.append((self.tr("Keywords"), _e(", ".join(texts.keywords))))
        if facts:
            out.append("<table cellspacing='0' cellpadding='2'>")
            for label, value in facts:
                out.append(
                    f"<tr><td valign='top' style='color:#444;padding-right:10px'>"
                    f"<b>{_e(label)}</b></td><td valign='top'>{value}</td></tr>"
                )
            out.append("</table>")

        for heading, text in (
            (self.tr("Challenge"), texts.challenge),
            (self.tr("Solution"), texts.solution),
            (self.tr("Results"), texts.results),
            (self.tr("Sustainability and replication"), texts.sustainability),
        ):
            if text:
                out.append(f"<h3>{_e(heading)}</h3>{_paragraphs(text)}")

        public = [c for c in solution.contacts if c.public]
        if public:
            out.append(f"<h3>{_e(contacts_title)}</h3><ul>")
            for contact in public:
                parts = [f"<b>{_e(contact.name)}</b>"]
                parts += [_e(p) for p in (contact.title, contact.organisation) if p]
                if contact.email:
                    parts.append(f"<a href='mailto:{_e(contact.email)}'>{_e(contact.email)}</a>")
                if contact.phone:
                    parts.append(_e(contact.phone))
                out.append("<li>" + ", ".join(parts) + "</li>")
            out.append("</ul>")
        private = len(solution.contacts) - len(public)
        if private:
            out.append(
                "<p style='color:#555'>"
                + _e(
                    self.tr("%n private contact(s), kept on this computer (see Edit).", "", private)
                )
                + "</p>"
            )
        if solution.links:
            out.append(f"<h3>{_e(links_title)}</h3><ul>")
            for link in solution.links:
                out.append(f"<li><a href='{_e(link.url)}'>{_e(link.label or link.url)}</a></li>")
            out.append("</ul>")
        if solution.sources:
            out.append(f"<h3>{_e(sources_title)}</h3><ul>")
            for source in solution.sources:
                text = _e(source.document)
                if source.paragraph:
                    text += ", " + _e(self.tr("paragraph %1").replace("%1", source.paragraph))
                if source.url:
                    text += f" <a href='{_e(source.url)}'>{_e(link_word)}</a>"
                out.append(f"<li>{text}</li>")
            out.append("</ul>")
        out.append(
            "<p style='color:#666;font-size:small'>"
            + _e(
                self.tr("Id %1 · revision %2 · updated %3")
                .replace("%1", solution.id)
                .replace("%2", str(solution.revision))
                .replace("%3", format_date(solution.updated_at))
            )
            + "</p>"
        )
        return "".join(out)
