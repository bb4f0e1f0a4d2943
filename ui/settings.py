"""The one typed wrapper over QSettings: per-user window state only (business settings live in the DB)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class WindowSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/splitter", value)

    @property
    def language(self) -> str:
        """The desk's language on this PC: "" (follow the system), "en" or "pl"; used at the next start."""
        from ui.i18n import saved_language

        return saved_language(self._settings)

    @language.setter
    def language(self, value: str) -> None:
        from ui.i18n import LANGUAGE_KEY

        self._settings.setValue(LANGUAGE_KEY, value)

    def last_staff_id(self, database_key: str) -> int | None:
        value = self._settings.value(f"desk/{_clean(database_key)}/staff")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_staff_id(self, database_key: str, staff_id: int | None) -> None:
        key = f"desk/{_clean(database_key)}/staff"
        if staff_id is None:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, staff_id)

    def sync(self) -> None:
        self._settings.sync()


def _clean(key: str) -> str:
    # QSettings treats '/' and '\\' as group separators
    return key.replace("/", "|").replace("\\", "|")
