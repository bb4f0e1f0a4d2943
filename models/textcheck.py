"""What may be typed into a text field: a length limit, no control characters, and for names a visible letter.

The services enforce these (so a script cannot bypass them) and the UI shows the same limits in place.
"""

from __future__ import annotations

import unicodedata

from models.i18n import CORE

# Characters that reorder text on screen: in a name they make a record look like another one.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

NAME = 200
LINE = 200  # address lines, city
POSTCODE = 20
SUMMARY = 200
LONG_TEXT = 20_000  # notes, the customer's words, what they would like
SHORT_TEXT = 200


def problem(value: str, limit: int, *, multiline: bool = False) -> str | None:
    """Why ``value`` cannot be saved in a field of ``limit`` characters, or None."""
    if len(value) > limit:
        return CORE.tr("Too long: {count:,} characters, {limit:,} at most.").format(count=len(value), limit=limit)
    plain = value.replace("\n", "").replace("\r", "").replace("\t", "") if multiline else value
    if plain.isprintable():  # the usual case, checked in C: no control, format or bidi characters at all
        return None
    for ch in value:
        if multiline and ch in "\n\r\t":
            continue
        if unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS:
            return CORE.tr("Remove the control characters (pasted from another program?).")
    return None


def has_visible_letter(value: str) -> bool:
    """Is there at least one letter or digit a person can see (not only spaces, zero-width or format marks)?"""
    return any(unicodedata.category(ch)[0] in "LN" for ch in value)
