"""The brief's options, asked each time a brief is made (as a print dialog does) and remembered
in the settings: paper size, who prepared it, grayscale, compact, a page per solution: the same
choices as the command line's ``brief``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ssc_desktop.gui.forms.ui_brief_dialog import Ui_BriefDialog
from ssc_desktop.gui.settings import PAPER_SIZES, Settings


@dataclass(frozen=True)
class BriefChoices:
    paper: str = "A4"
    prepared_by: str = ""
    grayscale: bool = False
    compact: bool = False
    page_per_solution: bool = False

    @classmethod
    def remembered(cls, settings: Settings) -> BriefChoices:
        return cls(
            paper=settings.paper_size,
            prepared_by=settings.brief_prepared_by,
            grayscale=settings.brief_grayscale,
            compact=settings.brief_compact,
            page_per_solution=settings.brief_page_per_solution,
        )

    def remember(self, settings: Settings) -> None:
        settings.paper_size = self.paper
        settings.brief_prepared_by = self.prepared_by
        settings.brief_grayscale = self.grayscale
        settings.brief_compact = self.compact
        settings.brief_page_per_solution = self.page_per_solution


class BriefDialog(QDialog):
    """Shows ``choices``; :attr:`choices` is what the person chose (read on accept)."""

    def __init__(self, parent: QWidget | None, choices: BriefChoices, count: int) -> None:
        super().__init__(parent)
        self.ui = Ui_BriefDialog()
        self.ui.setupUi(self)  # generated form
        self._count = count
        ui = self.ui
        ui.preparedByEdit.setText(choices.prepared_by)
        ui.grayscaleCheck.setChecked(choices.grayscale)
        ui.compactCheck.setChecked(choices.compact)
        ui.pagePerSolutionCheck.setChecked(choices.page_per_solution)
        self._fill(choices.paper)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.preparedByEdit.setFocus()

    def _fill(self, paper: str) -> None:
        combo = self.ui.paperCombo
        combo.clear()
        combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        combo.addItem(self.tr("US Letter (8.5 × 11 in)"), "Letter")
        combo.setCurrentIndex(max(0, combo.findData(paper)))
        self.ui.summaryLabel.setText(
            self.tr("%n solution(s) of the basket, in its order.", "", self._count)
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Save the PDF…")
        )

    @property
    def choices(self) -> BriefChoices:
        ui = self.ui
        paper = str(ui.paperCombo.currentData() or "A4")
        return BriefChoices(
            paper=paper if paper in PAPER_SIZES else "A4",
            prepared_by=" ".join(ui.preparedByEdit.text().split()),
            grayscale=ui.grayscaleCheck.isChecked(),
            compact=ui.compactCheck.isChecked(),
            page_per_solution=ui.pagePerSolutionCheck.isChecked(),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            paper = str(self.ui.paperCombo.currentData() or "A4")
            self.ui.retranslateUi(self)  # generated form
            self._fill(paper)
        super().changeEvent(event)
