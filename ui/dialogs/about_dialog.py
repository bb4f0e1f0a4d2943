"""Help → About: the same lines as ``makegood --version``, and a button that copies them for a support call."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.versions import version_lines


class AboutDialog(QDialog):
    """``aboutDialog``: the versions in ``aboutVersions`` (read-only, selectable), ``copyVersions`` puts them on
    the clipboard exactly as ``--version`` prints them and says so in ``aboutCopied``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Makegood"))
        self.text = "\n".join(version_lines())
        intro = QLabel(self.tr("Makegood — the front desk's complaint desk. When you call for support, "
                               "read out or paste these lines:"), self)
        intro.setWordWrap(True)
        self.versions = QPlainTextEdit(self.text, self)
        self.versions.setObjectName("aboutVersions")
        self.versions.setReadOnly(True)
        self.versions.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.versions.setAccessibleName(self.tr("Versions"))
        lines = self.text.count("\n") + 1
        self.versions.setMinimumHeight(self.versions.fontMetrics().lineSpacing() * (lines + 1) + 12)
        self.copied = QLabel(self)
        self.copied.setObjectName("aboutCopied")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("copyVersions")
        self.copy_button.setAccessibleName(self.tr("Copy the versions"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.versions)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.copied.setText(self.tr("Copied: paste them into your message."))
