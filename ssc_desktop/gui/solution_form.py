"""Adding and editing a solution: a form that checks as you type.

Countries get one line per role of the vocabulary (``country_roles``), built when the form
opens, so a role added to the vocabulary is edited (and kept) without touching the form.
Countries and SDGs are checked against the vocabularies as they are typed (codes or names in any
interface language); then the whole record goes through the same validation as every import
(``Solution.model_validate``), and each problem is shown next to its field once that field was
touched or Save was pressed (a new form does not open in red); Save stays disabled while a
problem is shown. The window saves with ``CatalogueSession.save_solution`` (a local change
waiting for sync).

The language selector above the fields chooses which version of the *texts* (title, subtitle,
summary, the four long texts, themes, keywords) the form edits: the original, or its
translation into another UN language. Switching keeps what was typed in each; a translation is
checked as you type by the same rules as every import (``Translation``), and saved with
``CatalogueSession.save_translation`` (by the name typed beside it, else by the office). The
other fields are the same in every language.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ssc_desktop.domain import vocab
from ssc_desktop.gui import labels
from ssc_desktop.gui.forms.ui_solution_form import Ui_SolutionForm
from ssc_desktop.gui.rows_editor import Column, RowsEditor

if TYPE_CHECKING:
    from ssc_desktop.domain.model import Solution, TranslatedBy

#: The languages a translation can be edited in (the record's own is "the original").
TRANSLATION_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")
#: The translatable texts: the form's widget keys (``TRANSLATABLE_FIELDS``).
_TRANSLATABLE = (
    "title", "subtitle", "summary", "challenge", "solution", "results", "sustainability",
    "themes", "keywords",
)  # fmt: skip
#: Each language named in itself, as the selector lists it.
_NATIVE = {
    "en": "English", "fr": "Français", "es": "Español", "ar": "العربية", "ru": "Русский",
    "zh": "中文",
}  # fmt: skip
Texts = dict[str, Any]  # a version's texts: strings, and lists for themes and keywords

# The key of a country role's field ("countries.participant"): one per role of the vocabulary.
COUNTRY_KEY = "countries.{}"
_TEXT_FIELDS = ("summary", "challenge", "solution", "results", "sustainability")
_LOC_KEYS = {
    "title": "title",
    "subtitle": "subtitle",
    "summary": "summary",
    "challenge": "challenge",
    "solution": "solution",
    "results": "results",
    "sustainability": "sustainability",
    "primary_sdgs": "primarySdgs",
    "secondary_sdgs": "secondarySdgs",
    "cooperation_type": "cooperation",
    "status": "status",
    "modalities": "modalities",
    "start_year": "years",
    "end_year": "years",
    "budget": "budget",
    "currency": "budget",
    "funding_mechanism": "funding",
    "themes": "themes",
    "keywords": "keywords",
    "organisations": "organisations",
    "contacts": "contacts",
    "links": "links",
    "sources": "sources",
}
_SPLIT = re.compile(r"[,;\n]")
# The list fields edited as tables (their keys are the record's).
_TABLES = ("organisations", "contacts", "links", "sources")
_ERROR_STYLE = "color:#b00020"
_INVALID_STYLE = "border: 2px solid #b00020;"


def _whole_record_field(data: dict[str, Any]) -> str | None:
    """The field a whole-record rule of ``Solution`` is about (its message says what is wrong;
    this only says where to show it)."""
    if set(data.get("primary_sdgs") or ()) & set(data.get("secondary_sdgs") or ()):
        return "secondarySdgs"
    start, end = data.get("start_year"), data.get("end_year")
    if start and end and start > end:
        return "years"
    if data.get("budget") is not None and not data.get("currency"):
        return "budget"
    return None


_EMPTY_TEXTS: Texts = {key: [] if key in ("themes", "keywords") else "" for key in _TRANSLATABLE}


def _is_empty(texts: Texts) -> bool:
    return not any(str(v).strip() if not isinstance(v, list) else v for v in texts.values())


def _names_to_codes() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in vocab.countries().values():
        for name in country.names.values():
            table[name.casefold()] = country.iso3
    return table


class SolutionForm(QDialog):
    """The form. ``save_requested`` carries a validated :class:`Solution`."""

    save_requested = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        language: str,
        solution: Solution | None = None,
        *,
        office: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SolutionForm()
        self.ui.setupUi(self)  # generated form
        self._language = language
        self._original = solution
        self._office = office  # the office's name when known ("": not known on this computer)
        # The texts of each version as typed ("" is the original), and as they were loaded.
        self._editing = ""
        self._texts: dict[str, Texts] = {}
        self._loaded: dict[str, Texts] = {}
        self._placeholders = {
            key: self._text_widget(key).placeholderText() for key in _TRANSLATABLE
        }
        self._country_names = _names_to_codes()
        self._touched: set[str] = set()
        self._attempted = False  # Save was pressed: every problem is shown
        self._loading = True
        self._saving = False
        self.errors: dict[str, str] = {}
        self._modalities: dict[str, QCheckBox] = {}
        self._country_rows: dict[str, tuple[QLabel, QLineEdit, QLabel]] = {}
        self._build_country_rows()
        for number, code in enumerate(vocab.terms()["modalities"]):
            box = QCheckBox(self.ui.modalitiesBox)
            box.setObjectName(f"modality_{code}")
            self.ui.modalitiesGrid.addWidget(box, number // 2, number % 2)
            box.toggled.connect(lambda _on, key="modalities": self._changed(key))
            self._modalities[code] = box
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.validate)
        self.ui.problemsLabel.setStyleSheet(_ERROR_STYLE)
        for key in self._keys():
            error = self._error_label(key)
            error.setStyleSheet(_ERROR_STYLE)
        self._configure_tables()
        self._connect()
        self._fill_choices()
        if solution is not None:
            self._load(solution)
        self._load_versions(solution)
        self._loading = False
        self.retranslate()
        self.validate()
        self.ui.titleEdit.setFocus()

    # -- widgets by key ----------------------------------------------------------------------
    def _build_country_rows(self) -> None:
        """A label, a line and an error label for every country role of the vocabulary."""
        grid = self.ui.countriesGrid
        for number, role in enumerate(vocab.terms()["country_roles"]):
            label = QLabel(self.ui.countriesBox)
            edit = QLineEdit(self.ui.countriesBox)
            error = QLabel(self.ui.countriesBox)
            label.setObjectName(f"{role}CountriesLabel")
            edit.setObjectName(f"{role}CountriesEdit")
            error.setObjectName(f"{role}CountriesError")
            label.setBuddy(edit)
            error.setWordWrap(True)
            error.setVisible(False)
            grid.addWidget(label, 2 * number, 0)
            grid.addWidget(edit, 2 * number, 1)
            grid.addWidget(error, 2 * number + 1, 1)
            self._country_rows[role] = (label, edit, error)
        grid.setColumnStretch(1, 1)

    def _country_texts(self) -> None:
        for role, (label, edit, _error) in self._country_rows.items():
            name = labels.term_label("country_roles", role, self._language)
            label.setText(name)
            edit.setAccessibleName(self.tr("Countries: %1").replace("%1", name))
            edit.setPlaceholderText(self.tr("ISO codes or names, e.g. KEN, Brazil"))

    def country_edit(self, role: str) -> QLineEdit:
        """The line of one country role (``provider``, ``participant``...)."""
        return self._country_rows[role][1]

    def country_error(self, role: str) -> QLabel:
        return self._country_rows[role][2]

    def _keys(self) -> list[str]:
        return [
            "title", "subtitle", "summary",
            *(COUNTRY_KEY.format(role) for role in self._country_rows),
            "primarySdgs", "secondarySdgs", "cooperation", "status", "modalities", "years",
            "challenge", "solution", "results", "sustainability", "organisations", "funding",
            "budget", "themes", "keywords", "contacts", "links", "sources",
        ]  # fmt: skip

    def _role_of(self, key: str) -> str | None:
        prefix = COUNTRY_KEY.format("")
        return key.removeprefix(prefix) if key.startswith(prefix) else None

    def _error_label(self, key: str) -> QLabel:
        role = self._role_of(key)
        if role is not None:
            return self.country_error(role)
        label: QLabel = getattr(self.ui, f"{key}Error")
        return label

    def field(self, key: str) -> QWidget:
        """The input widget of a field (its first one for composite rows)."""
        role = self._role_of(key)
        if role is not None:
            return self.country_edit(role)
        names = {
            "cooperation": "cooperationCombo",
            "status": "statusCombo",
            "modalities": "modalitiesBox",
            "years": "startYearSpin",
            "budget": "budgetEdit",
        }
        name = names.get(key) or (key + "Edit")
        widget: QWidget = getattr(self.ui, name)
        return widget

    @property
    def save_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def _connect(self) -> None:
        ui = self.ui
        for key in self._keys():
            widget = self.field(key)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _t, k=key: self._changed(k))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda k=key: self._changed(k))
            elif isinstance(widget, RowsEditor):
                widget.changed.connect(lambda k=key: self._changed(k))
        ui.currencyEdit.textChanged.connect(lambda _t: self._changed("budget"))
        ui.startYearSpin.valueChanged.connect(lambda _v: self._changed("years"))
        ui.endYearSpin.valueChanged.connect(lambda _v: self._changed("years"))
        ui.cooperationCombo.currentIndexChanged.connect(lambda _i: self._changed("cooperation"))
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self._changed("status"))
        ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        ui.translatorEdit.textChanged.connect(lambda _t: self._timer.start())
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)

    def _table(self, key: str) -> RowsEditor:
        table: RowsEditor = getattr(self.ui, f"{key}Edit")
        return table

    def _configure_tables(self) -> None:
        """Columns of the four list tables, in the interface language (closed lists by label)."""

        def choices(list_name: str) -> tuple[tuple[str, str], ...]:
            return tuple(
                (code, labels.term_label(list_name, code, self._language))
                for code in vocab.terms()[list_name]
            )

        columns = {
            "organisations": [
                Column("name", self.tr("Name"), stretch=True),
                Column("acronym", self.tr("Acronym")),
                Column("role", self.tr("Role"), choices=choices("organisation_roles")),
                Column("type", self.tr("Type"), choices=choices("organisation_types")),
            ],
            "contacts": [
                Column("name", self.tr("Name"), stretch=True),
                Column("title", self.tr("Title")),
                Column("organisation", self.tr("Organisation")),
                Column("email", self.tr("E-mail")),
                Column("phone", self.tr("Phone")),
                Column("public", self.tr("Public"), check=True),
            ],
            "links": [
                Column("url", self.tr("Address (https://…)"), stretch=True),
                Column("label", self.tr("Label")),
            ],
            "sources": [
                Column("document", self.tr("Document"), stretch=True),
                Column("paragraph", self.tr("Paragraph")),
                Column("url", self.tr("Address (https://…)")),
            ],
        }
        for key in _TABLES:
            self._table(key).configure(columns[key], add=self.tr("Add"), remove=self.tr("Remove"))

    def _fill_choices(self) -> None:
        for combo, list_name in (
            (self.ui.cooperationCombo, "cooperation_types"),
            (self.ui.statusCombo, "statuses"),
        ):
            combo.clear()
            combo.addItem("—", None)
            for code in vocab.terms()[list_name]:
                combo.addItem(labels.term_label(list_name, code, self._language), code)
        for code, box in self._modalities.items():
            box.setText(labels.term_label("modalities", code, self._language))

    # -- the language of the texts ---------------------------------------------------------
    def _text_widget(self, key: str) -> QLineEdit | QPlainTextEdit:
        widget: QLineEdit | QPlainTextEdit = getattr(self.ui, f"{key}Edit")
        return widget

    def _widget_texts(self) -> Texts:
        """The texts the widgets hold now (the version being edited)."""
        out: Texts = {}
        for key in _TRANSLATABLE:
            widget = self._text_widget(key)
            value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            if key in ("themes", "keywords"):
                out[key] = [t.strip() for t in value.split(",") if t.strip()]
            else:
                out[key] = value
        return out

    def _put_texts(self, texts: Texts, placeholders: Texts | None) -> None:
        """Show a version's texts; the original's as grey hints while translating."""
        was, self._loading = self._loading, True
        try:
            for key in _TRANSLATABLE:
                widget = self._text_widget(key)
                value = texts.get(key, "")
                text = ", ".join(value) if isinstance(value, list) else str(value)
                hint = self._placeholders[key]
                if placeholders is not None:
                    other = placeholders.get(key, "")
                    hint = ", ".join(other) if isinstance(other, list) else str(other)
                if isinstance(widget, QLineEdit):
                    widget.setText(text)
                else:
                    widget.setPlainText(text)
                widget.setPlaceholderText(hint)
        finally:
            self._loading = was

    def _load_versions(self, solution: Solution | None) -> None:
        """The original's texts and each translation's, and the selector's choices."""
        self._texts[""] = self._widget_texts()
        if solution is not None:
            for language, tr in solution.translations.items():
                self._texts[language] = {
                    key: list(getattr(tr, key)) if key in ("themes", "keywords")
                    else getattr(tr, key)
                    for key in _TRANSLATABLE
                }  # fmt: skip
        self._loaded = {lang: dict(texts) for lang, texts in self._texts.items()}
        self._fill_languages()

    def original_language(self) -> str:
        return self._original.language if self._original is not None else self._language

    def _fill_languages(self) -> None:
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.clear()
        own = self.original_language()
        combo.addItem(self.tr("Original (%1)").replace("%1", _NATIVE.get(own, own)), "")
        for code in TRANSLATION_LANGUAGES:
            if code == own:
                continue
            name = _NATIVE[code]
            if code in self._loaded:
                combo.addItem(self.tr("%1 translation").replace("%1", name), code)
            else:
                combo.addItem(self.tr("%1 translation (new)").replace("%1", name), code)
        combo.setCurrentIndex(max(0, combo.findData(self._editing)))
        combo.blockSignals(False)
        self._language_shown()

    def editing_language(self) -> str:
        """The language whose texts the form shows ("" for the original)."""
        return self._editing

    def set_editing_language(self, language: str) -> None:
        """Edit the texts in ``language`` ("" or the record's own language: the original)."""
        language = "" if language == self.original_language() else language
        index = self.ui.languageCombo.findData(language)
        if index < 0:
            raise ValueError(f"no version in {language!r}")
        self.ui.languageCombo.setCurrentIndex(index)

    def _language_chosen(self, index: int) -> None:
        language = str(self.ui.languageCombo.itemData(index) or "")
        if language == self._editing:
            return
        self._texts[self._editing] = self._widget_texts()
        self._editing = language
        self._put_texts(
            self._texts.get(language, {}), None if not language else self._texts.get("", {})
        )
        self._language_shown()
        self.validate()

    def _language_shown(self) -> None:
        translating = bool(self._editing)
        ui = self.ui
        ui.translatorLabel.setVisible(translating)
        ui.translatorEdit.setVisible(translating)
        if translating:
            name = _NATIVE.get(self._editing, self._editing)
            ui.languageHint.setText(
                self.tr(
                    "You are editing the %1 translation of the texts (the original's are shown "
                    "in grey in empty fields). The other fields are the same in every language; "
                    "a translation with every text empty is removed."
                ).replace("%1", name)
            )
        ui.languageHint.setVisible(translating)

    def all_texts(self) -> dict[str, Texts]:
        """Every version's texts as typed ("" is the original)."""
        return {**self._texts, self._editing: self._widget_texts()}

    def translation_edits(self) -> dict[str, Texts | None]:
        """The translations added or changed in this form (None: emptied, to remove)."""
        edits: dict[str, Texts | None] = {}
        for language, texts in self.all_texts().items():
            if not language or texts == self._loaded.get(language, _EMPTY_TEXTS):
                continue
            if _is_empty(texts):
                if language in self._loaded:
                    edits[language] = None
                continue
            edits[language] = texts
        return edits

    def translated_by(self) -> TranslatedBy:
        """Who makes the translations saved: the person named, else the office."""
        from ssc_desktop.domain.model import TranslatedBy, TranslatorKind

        name = " ".join(self.ui.translatorEdit.text().split())
        if name:
            return TranslatedBy(kind=TranslatorKind.PERSON, name=name)
        return TranslatedBy(kind=TranslatorKind.OFFICE, name=self._office)

    def original_changed(self, solution: Solution) -> bool:
        """Does ``solution`` (the form's record) differ from the one the form opened with?"""
        if self._original is None:
            return True
        skip = {"revision", "created_at", "updated_at", "translations"}
        return solution.model_dump(exclude=skip) != self._original.model_dump(exclude=skip)

    def _translation_problems(self) -> tuple[dict[str, str], list[str]]:
        """Problems of the translations typed: by field for the one shown, else as lines."""
        from pydantic import ValidationError

        from ssc_desktop.domain.model import Translation, utc_now

        by_key: dict[str, str] = {}
        general: list[str] = []
        for language, texts in self.translation_edits().items():
            if texts is None:
                continue
            problems: list[tuple[str, str]] = []
            if not str(texts.get("title", "")).strip():
                problems.append(("title", self.tr("A translation needs a title.")))
            try:
                Translation.model_validate(
                    {
                        **texts,
                        "source_revision": 1,
                        "translated_by": self.translated_by(),
                        "translated_at": utc_now(),
                    }
                )
            except ValidationError as exc:
                for problem in exc.errors():
                    loc = problem.get("loc", ())
                    message = str(problem.get("msg", "")).removeprefix("Value error, ")
                    key = str(loc[0]) if loc else ""
                    if key == "title" and problems:
                        continue
                    problems.append((key, message))
            for key, message in problems:
                if language == self._editing and key in _TRANSLATABLE:
                    by_key.setdefault(key, message)
                else:
                    general.append(f"{_NATIVE.get(language, language)}: {key}: {message}")
        return by_key, general

    # -- loading and collecting ----------------------------------------------------------------
    def _load(self, s: Solution) -> None:
        ui = self.ui
        ui.titleEdit.setText(s.title)
        ui.subtitleEdit.setText(s.subtitle)
        for key in _TEXT_FIELDS:
            edit: QPlainTextEdit = getattr(ui, f"{key}Edit")
            edit.setPlainText(getattr(s, key))
        for role, (_label, edit_line, _error) in self._country_rows.items():
            edit_line.setText(", ".join(c.iso3 for c in s.countries if c.role == role))
        ui.primarySdgsEdit.setText(", ".join(str(g) for g in s.primary_sdgs))
        ui.secondarySdgsEdit.setText(", ".join(str(g) for g in s.secondary_sdgs))
        ui.cooperationCombo.setCurrentIndex(
            max(0, ui.cooperationCombo.findData(s.cooperation_type))
        )
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(s.status)))
        for code, box in self._modalities.items():
            box.setChecked(code in s.modalities)
        ui.startYearSpin.setValue(s.start_year or ui.startYearSpin.minimum())
        ui.endYearSpin.setValue(s.end_year or ui.endYearSpin.minimum())
        ui.fundingEdit.setText(s.funding_mechanism)
        ui.budgetEdit.setText("" if s.budget is None else f"{s.budget:g}")
        ui.currencyEdit.setText(s.currency or "")
        ui.themesEdit.setText(", ".join(s.themes))
        ui.keywordsEdit.setText(", ".join(s.keywords))
        for key in _TABLES:
            self._table(key).set_rows([part.model_dump() for part in getattr(s, key)])

    def _country(self, token: str) -> str | None:
        token = token.strip()
        if len(token) == 3 and token.isalpha():
            code = token.upper()
            return code if code in vocab.countries() else None
        return self._country_names.get(token.casefold())

    def _collect(self) -> tuple[dict[str, Any], dict[str, str], list[str]]:
        """The record's data, the problems found before validation, and the field of each
        country (in order)."""
        ui = self.ui
        errors: dict[str, str] = {}
        data: dict[str, Any] = (
            self._original.model_dump() if self._original is not None
            else {"origin": "local", "language": self._language}
        )  # fmt: skip
        original = self._widget_texts() if not self._editing else self._texts[""]
        for key in ("title", "subtitle", *_TEXT_FIELDS):
            data[key] = original[key]
        countries: list[dict[str, str]] = []
        country_keys: list[str] = []
        for role, (_label, edit_line, _error) in self._country_rows.items():
            key = COUNTRY_KEY.format(role)
            for token in _SPLIT.split(edit_line.text()):
                if not token.strip():
                    continue
                code = self._country(token)
                if code is None:
                    errors.setdefault(
                        key,
                        self.tr(
                            "Unknown country: “%1”. Use an ISO 3166 code (e.g. KEN) or a name."
                        ).replace("%1", token.strip()),
                    )
                    continue
                countries.append({"iso3": code, "role": role})
                country_keys.append(key)
        if self._original is not None:  # a role the form has no line for is kept as it was
            countries += [
                c.model_dump() for c in self._original.countries if c.role not in self._country_rows
            ]
        data["countries"] = countries
        for key, name in (("primarySdgs", "primary_sdgs"), ("secondarySdgs", "secondary_sdgs")):
            goals: list[int] = []
            for token in re.split(r"[,;\s]+", getattr(ui, f"{key}Edit").text()):
                if not token:
                    continue
                if not token.isdigit() or int(token) not in vocab.sdgs():
                    errors.setdefault(
                        key,
                        self.tr("“%1” is not an SDG: goals are numbered 1 to 17.").replace(
                            "%1", token
                        ),
                    )
                    continue
                goals.append(int(token))
            data[name] = goals
        data["cooperation_type"] = ui.cooperationCombo.currentData()
        data["status"] = ui.statusCombo.currentData()
        data["modalities"] = [code for code, box in self._modalities.items() if box.isChecked()]
        start, end = ui.startYearSpin, ui.endYearSpin
        data["start_year"] = None if start.value() == start.minimum() else start.value()
        data["end_year"] = None if end.value() == end.minimum() else end.value()
        data["funding_mechanism"] = ui.fundingEdit.text()
        budget = ui.budgetEdit.text().replace(",", "").replace(" ", "").replace("\u00a0", "")
        data["budget"] = None
        if budget:
            try:
                data["budget"] = float(budget)
            except ValueError:
                errors["budget"] = self.tr("The budget must be a number, e.g. 250000.")
        currency = ui.currencyEdit.text().strip().upper()
        data["currency"] = currency or None
        data["themes"] = list(original["themes"])
        data["keywords"] = list(original["keywords"])
        for key in _TABLES:
            data[key] = self._table(key).rows()
        return data, errors, country_keys

    # -- validation --------------------------------------------------------------------------
    def _changed(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        self._timer.start()

    def validate(self) -> Solution | None:
        """Check everything now; show problems next to touched fields. The record, if valid."""
        from pydantic import ValidationError

        from ssc_desktop.domain.model import Solution

        self._timer.stop()
        data, errors, country_keys = self._collect()
        solution: Solution | None = None
        general: list[str] = []
        if not data["title"].strip():
            errors.setdefault("title", self.tr("A title is required."))
        # (an original's problem is seen on its field once the original is shown again)
        try:
            candidate = Solution.model_validate(data)
        except ValidationError as exc:
            for problem in exc.errors():
                loc = problem.get("loc", ())
                message = str(problem.get("msg", "")).removeprefix("Value error, ")
                if not loc:
                    key = _whole_record_field(data)
                    if key is None:
                        general.append(message)
                    else:
                        errors.setdefault(key, message)
                    continue
                if loc[0] == "countries":
                    index = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else 0
                    key = (
                        country_keys[index] if index < len(country_keys)
                        else self._keys()[3]  # the first role's line
                    )  # fmt: skip
                elif loc[0] in _LOC_KEYS:
                    key = _LOC_KEYS[str(loc[0])]
                    if key in _TABLES and len(loc) > 1:
                        message = (
                            self.tr("row %1: %2")
                            .replace("%1", str(int(loc[1]) + 1))
                            .replace("%2", message)
                        )
                else:
                    general.append(message)
                    continue
                errors.setdefault(key, message)
        else:
            if not errors:
                solution = candidate
        if self._editing:
            # The widgets show a translation: the original's text problems are named, not
            # placed on fields that hold another language.
            for key in _TRANSLATABLE:
                if key in errors:
                    general.append(self.tr("Original: %1").replace("%1", errors.pop(key)))
                    solution = None
        translation_errors, translation_general = self._translation_problems()
        for key, message in translation_errors.items():
            errors.setdefault(key, message)
        if translation_errors or translation_general:
            solution = None
        general += translation_general
        self.errors = errors
        self._show(errors, general)
        return solution

    def _show(self, errors: dict[str, str], general: list[str]) -> None:
        for key in self._keys():
            label = self._error_label(key)
            message = errors.get(key, "")
            visible = bool(message) and (key in self._touched or self._attempted)
            label.setText(message if visible else "")
            label.setVisible(visible)
            widget = self.field(key)
            if isinstance(widget, RowsEditor):
                widget = widget.view  # the frame of the table, not every cell editor
            if not isinstance(widget, QCheckBox) and widget is not self.ui.modalitiesBox:
                widget.setStyleSheet(_INVALID_STYLE if visible else "")
        # Problems are shown once their field was touched (or Save was pressed), never on a
        # form the user has not typed in yet; Save stays pressable until a problem is shown.
        problems = [m for k, m in errors.items() if k in self._touched or self._attempted]
        if self._touched or self._attempted:
            problems = [*general, *problems]
        self.save_button.setEnabled(not problems and not self._saving)
        if problems:
            self.ui.problemsLabel.setText(
                self.tr("%n problem(s) to fix before saving. First: %1", "", len(problems)).replace(
                    "%1", problems[0]
                )
            )
        else:
            self.ui.problemsLabel.setText("")
        self.ui.problemsLabel.setVisible(bool(problems))

    # -- saving ------------------------------------------------------------------------------
    def _save(self) -> None:
        self._attempted = True
        solution = self.validate()
        if solution is None:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.save_requested.emit(solution)

    def saved(self, solution: Solution) -> None:
        """The window stored it: close."""
        self._saving = False
        self.accept()

    def save_failed(self) -> None:
        self._saving = False
        self.validate()

    def is_dirty(self) -> bool:
        return bool(self._touched)

    def reject(self) -> None:
        if self.is_dirty() and not self._saving and not self.confirm_discard():
            return
        self._timer.stop()
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("Close the form without saving your changes?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._country_texts()
        if self._texts:
            self._fill_languages()
        self.setWindowTitle(
            self.tr("New local solution") if self._original is None
            else self.tr("Edit solution")
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # generated form
            self._configure_tables()
            self.retranslate()
        super().changeEvent(event)
