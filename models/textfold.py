"""Folding text for search: case- and diacritics-insensitive in every script the desk sees.

SQLite's unicode61 tokenizer strips only decomposable accents: it leaves Ł, Ø, ß or Greek tonos alone, so the
app folds in Python and stores the folded text that the FTS index reads.
"""

from __future__ import annotations

import re
import unicodedata

# Letters with no Unicode decomposition that a receptionist types without their stroke or ligature.
_SPECIAL = str.maketrans(
    {
        "ł": "l", "đ": "d", "ð": "d", "ø": "o", "ħ": "h", "ı": "i", "ŧ": "t", "ƀ": "b", "ɨ": "i",
        "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ĳ": "ij", "ŀ": "l", "ſ": "s",
    }
)

_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents: 'Łucja Żółć' -> 'lucja zolc', 'Ἀλέξανδρος' -> 'αλεξανδροσ'."""
    lowered = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def words(text: str) -> list[str]:
    """The folded words of ``text``, split the way the FTS tokenizer splits them."""
    return _WORD.findall(fold(text))


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
