"""Every control gets an accessible name a screen reader can say, taken from what a sighted person reads next to it.

``install(app)`` watches the application: when a window or dialog is shown, each focusable control in it that
has no accessible name yet is named after its buddy label, its own text (buttons, check boxes), the form label
beside it, its placeholder, its group's title or its tool tip — all already translated, so the names follow the
language. A control shown later (a row added to a dialog) is named when it is first polished. Where nothing
visible names a control, its pane calls ``setAccessibleName`` itself; this module never overwrites that.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOption,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """What a label says, without its mnemonic ampersand, rich-text tags or trailing colon."""
    text = _TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def focusable(widget: QWidget) -> bool:
    """Takes the keyboard focus itself (not through a focus proxy, as a chart's viewport does)."""
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None


def _buddy_label(widget: QWidget) -> QLabel | None:
    """The label whose buddy the control is (labels sit beside their control, under the same parent or one up)."""
    parent = widget.parentWidget()
    parents = [parent, parent.parentWidget()] if parent is not None else []
    for parent in filter(None, parents):
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget and label.text():
                return label
    return None


def _holds(item: QLayoutItem | None, widget: QWidget) -> bool:
    if item is None:
        return False
    if item.widget() is widget:
        return True
    layout = item.layout()
    return layout is not None and any(_holds(layout.itemAt(i), widget) for i in range(layout.count()))


def _form_label(widget: QWidget) -> str:
    """The label of the form row the control sits in (alone, or in a row of its own with a Browse button)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    forms = [layout, *layout.findChildren(QFormLayout)] if layout is not None else []
    for form in forms:
        if not isinstance(form, QFormLayout):
            continue
        for row in range(form.rowCount()):
            if _holds(form.itemAt(row, QFormLayout.ItemRole.FieldRole), widget):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                text = label.widget() if label is not None else None
                if isinstance(text, QLabel) and text.text():
                    return plain(text.text())
    return ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox) and parent.title():
            return plain(parent.title())
        parent = parent.parentWidget()
    return ""


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.placeholderText()
    return ""


def visible_name(widget: QWidget, buddies: dict[QWidget, QLabel] | None = None) -> str:
    """What a sighted person reads as this control's name, or "" when nothing on screen names it; ``buddies``
    maps controls to their labels when the caller has collected them (naming a whole window)."""
    parent = widget.parentWidget()
    if parent is not None and isinstance(parent, QComboBox | QAbstractSpinBox):
        return parent.accessibleName() or visible_name(parent, buddies)  # the editor inside a combo or spin box
    label = buddies.get(widget) if buddies is not None else _buddy_label(widget)
    if label is not None:
        return plain(label.text())
    if isinstance(widget, QAbstractButton) and widget.text():
        return plain(widget.text())
    if isinstance(widget, QTabBar):
        return ", ".join(plain(widget.tabText(i)) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        return ", ".join(plain(widget.tabText(i)) for i in range(widget.count()))
    for name in (_form_label(widget), plain(_placeholder(widget)), _group_title(widget), plain(widget.toolTip())):
        if name:
            return name
    return ""


def name_control(widget: QWidget, buddies: dict[QWidget, QLabel] | None = None) -> None:
    """Name one focusable control after what shows beside it (an existing name is kept), and describe it by its
    tool tip or placeholder where that adds a hint."""
    if not focusable(widget):
        return
    if not widget.accessibleName():
        name = visible_name(widget, buddies)
        if name:
            widget.setAccessibleName(name)
    if not widget.accessibleDescription():
        hint = plain(widget.toolTip()) or plain(_placeholder(widget))
        if hint and hint != widget.accessibleName():
            widget.setAccessibleDescription(hint)


def pass_focus_on(widget: QWidget) -> None:
    """A scroll area that holds controls takes no focus itself: a Tab stop that shows nothing would lose the
    keyboard user; its controls take the focus, and it scrolls to them."""
    if isinstance(widget, QScrollArea) and focusable(widget):
        inner = widget.widget()
        if inner is not None and any(focusable(w) for w in inner.findChildren(QWidget)):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def name_controls(root: QWidget) -> None:
    """Name every focusable control in ``root`` (a window or a dialog)."""
    widgets = [root, *root.findChildren(QWidget)]
    buddies: dict[QWidget, QLabel] = {}
    for widget in widgets:
        if isinstance(widget, QLabel) and widget.text():
            buddy = widget.buddy()
            if buddy is not None:
                buddies.setdefault(buddy, widget)
    for widget in widgets:
        pass_focus_on(widget)
        name_control(widget, buddies)


class FocusFrameStyle(QProxyStyle):
    """The desk's style (Fusion, or the system's) with two additions so the keyboard user always sees where they
    are: a list, table, tree or text box with the focus is framed in the highlight colour, as a line edit already
    is (an empty list shows no current row); a default button with the focus gets a ring inside its outline (Fusion
    draws a default button and a focused one alike)."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == QStyle.PrimitiveElement.PE_Frame and isinstance(widget, QAbstractScrollArea) and focused:
            self._outline(painter, option, 0)
        elif (element == QStyle.PrimitiveElement.PE_PanelButtonCommand and isinstance(widget, QPushButton)
              and widget.isDefault() and focused and option.state & QStyle.StateFlag.State_KeyboardFocusChange):
            self._outline(painter, option, 3)  # a default button already wears the focus outline: ring it inside

    @staticmethod
    def _outline(painter: QPainter, option: QStyleOption, inset: int) -> None:
        painter.save()
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(inset, inset, -1 - inset, -1 - inset))
        painter.restore()


class _Namer(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            # once the event loop turns: the window paints first (a few ms for the desk's 400 widgets)
            QTimer.singleShot(0, watched, lambda: name_controls(watched))
        elif kind == QEvent.Type.Polish and isinstance(watched, QWidget) and watched.window().isVisible():
            name_control(watched)  # a control added to a window already on screen
        return False


def install(app: QApplication) -> QObject:
    """Name the controls of every window on screen now and of every one shown from now on; frame the focused
    list or text box."""
    if not isinstance(app.style(), FocusFrameStyle):
        app.setStyle(FocusFrameStyle(app.style().name()))
    namer = _Namer(app)
    namer.setObjectName("accessibleNamer")
    app.installEventFilter(namer)
    for window in app.topLevelWidgets():
        if window.isVisible():
            name_controls(window)
    return namer
