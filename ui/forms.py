"""Validation shown in place: a red line under each field that needs attention."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget

from ui import theme


class ThemedLabel(QLabel):
    """A label whose colours come from the application's palette (through ui.theme), re-worked out when the
    palette changes — a system switching to dark mode while the desk is open."""

    def __init__(self, style: Callable[[QPalette], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style = style
        self._restyle()

    def _restyle(self) -> None:
        sheet = self._style(QApplication.palette())
        if sheet != self.styleSheet():  # setting it changes the label's palette: only when it differs
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._restyle()  # a hidden label hears of no palette change
        super().showEvent(event)


def error_label(parent: QWidget | None, name: str) -> QLabel:
    """A hidden, wrapping, red line for a message shown in place."""
    label = ThemedLabel(theme.error_style, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def banner_label(parent: QWidget | None, name: str) -> QLabel:
    """A hidden, wrapping warning banner: amber-tinted, readable on light and dark palettes."""
    label = ThemedLabel(theme.banner_style, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Keeps one hidden error label per field; ``show`` fills the ones a ValidationError names."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, field: str, label_text: str, widget: QWidget) -> QLabel:
        """Add ``widget`` to ``form`` under a label that is its buddy, with its error line below it."""
        label = QLabel(label_text, widget.parentWidget())
        label.setBuddy(widget)
        form.addRow(label, widget)
        error = error_label(widget.parentWidget(), f"{widget.objectName() or field}Error")
        form.addRow("", error)
        self._labels[field] = error
        self._widgets[field] = widget
        return label

    def show(self, errors: dict[str, str]) -> str:
        """Show each message next to its field; returns the first one, for the status bar."""
        self.clear()
        first_widget: QWidget | None = None
        for field, message in errors.items():
            label = self._labels.get(field)
            if label is None:
                continue
            label.setText(message)
            label.show()
            if first_widget is None:
                first_widget = self._widgets[field]
        if first_widget is not None:
            first_widget.setFocus()
        return next(iter(errors.values()), "")

    def fields(self) -> set[str]:
        return set(self._labels)

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
