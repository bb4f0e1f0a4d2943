"""The business's settings as a service: read them all, or save a manager's changes (see models.settings)."""

from __future__ import annotations

from models.settings import FIELDS, BusinessSettings, load, problems, save

__all__ = ["FIELDS", "BusinessSettings", "load", "problems", "save"]
