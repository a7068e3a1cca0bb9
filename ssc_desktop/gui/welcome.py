"""The first-run welcome: what works offline, how to connect to a hub, how to print a brief.

Shown once, the first time the window opens for a user (a flag in the settings file), and again
from Help ▸ Welcome.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    """A short page of three things a new user needs to know."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to SSC Desktop"))
        self.setAccessibleName(self.tr("Welcome"))
        sections = [
            (
                self.tr("Everything works offline"),
                self.tr(
                    "The whole catalogue of Southern solutions is on this computer: search it, "
                    "filter it and read every solution with its sources without any connection."
                ),
            ),
            (
                self.tr("Connect to a catalogue hub"),
                self.tr(
                    "Give the hub address and the office token from your hub administrator in "
                    "Settings: whenever a connection appears, new solutions come in and yours go "
                    "out by themselves (or press F9). Without any connection, changes travel on "
                    "a USB stick: File, Import a catalogue file or USB bundle, and File, Export "
                    "my changes to a USB bundle."
                ),
            ),
            (
                self.tr("Print a mission brief"),
                self.tr(
                    "Add solutions to the mission basket (Ctrl+B), give the mission a title, "
                    "destination and dates, then choose Make brief (Ctrl+P) to get a PDF that "
                    "prints well on any office printer."
                ),
            ),
        ]
        html = "".join(f"<h3>{escape(title)}</h3><p>{escape(text)}</p>" for title, text in sections)
        body = QLabel(html, self)
        body.setObjectName("welcomeText")
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.setAccessibleName(self.tr("Welcome text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
