"""The business's settings as a service: read them all, or save a manager's changes (see models.settings)."""

from __future__ import annotations

from models.settings import FIELDS, BusinessSettings, load, problems, save
from reports.wording import LANGUAGE_NAMES, LANGUAGES

__all__ = ["FIELDS", "LANGUAGE_NAMES", "LANGUAGES", "BusinessSettings", "load", "problems", "save"]
