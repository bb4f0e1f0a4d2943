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

# Cyrillic and Greek to Latin, the way a name is usually spelled on a Latin keyboard ("Ольга" -> "olga",
# "Γιώργος" -> "giorgos"); applied to folded (lower-case, accent-free) text.
_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
        "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
        "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    }
)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents: 'Łucja Żółć' -> 'lucja zolc', 'Ἀλέξανδρος' -> 'αλεξανδροσ'."""
    if text.isascii():  # same result (nothing to decompose or translate), and an import folds 100,000s of these
        return text.lower()
    lowered = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def words(text: str) -> list[str]:
    """The folded words of ``text``, split the way the FTS tokenizer splits them."""
    return _WORD.findall(fold(text))


def latin(folded: str) -> str:
    """The Latin spelling of folded Cyrillic or Greek text; other text comes back as it was."""
    return folded.replace("ου", "ou").translate(_LATIN)  # Greek "ου" is one sound


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
