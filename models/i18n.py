"""Translation for the core, without Qt: the desk installs Qt's translator here at start-up.

Labels the core declares are marked with ``QT_TRANSLATE_NOOP("CORE", "...")`` where they are declared (the dict
keeps the English, the desk translates where it shows them). Sentences built at run time go through
``CORE.tr("template {field}").format(field=...)``: the template is translated first, then filled in, so a
translated template keeps its fields. Without an installed translator (the command line, tests) the English
template is used, with ``%n`` replaced by the count as Qt does.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str, str | None, int], str]  # (context, text, disambiguation, n) -> text


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translate: Translate = _english


def install(fn: Translate | None) -> None:
    """Translate the core's sentences with ``fn`` (the desk passes ``QCoreApplication.translate``); None goes
    back to English."""
    global _translate
    _translate = fn if fn is not None else _english


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; it stays English here and is translated where shown."""
    return text


class _Context:
    """A translation context, so that ``CORE.tr("...")`` is found by lupdate with context ``CORE``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translate(self.name, text, disambiguation, n)


CORE = _Context("CORE")

__all__ = ["CORE", "QT_TRANSLATE_NOOP", "install"]
