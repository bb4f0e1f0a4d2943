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
_JOINED = re.compile(r"[^\W_]+(?:['’ʼ‘`\-‐‑][^\W_]+)+")
_PHONE_QUERY = re.compile(r"\+?[0-9][0-9 ()./\-]*")

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


# Letters whose accent is part of the letter in transliteration: mapped before accents are stripped.
_LATIN_COMPOSED = {"й": "y", "ё": "yo", "ї": "yi", "ў": "u"}


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


def latin_words(text: str) -> list[str]:
    """The Latin spellings of ``text``'s words, transliterated before accents are stripped.

    "Сергей" -> ["sergey"]: the й must become "y" before folding turns it into и + breve and then "i".
    """
    composed = unicodedata.normalize("NFC", text.casefold()).replace("ου", "ou").replace("ού", "ou")
    spelled = "".join(_LATIN_COMPOSED.get(ch, ch) for ch in composed)
    return [latin(word) for word in words(spelled)]


def joined_words(text: str) -> list[str]:
    """Names written with an apostrophe or a hyphen, joined up: "O'Brien" -> "obrien", "Smith-Jones" ->
    "smithjones" (the index splits them; people type them either way)."""
    return ["".join(_WORD.findall(part)) for part in _JOINED.findall(fold(text))]


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def phone_forms(phone: str, country_code: str) -> list[str]:
    """The digit strings a phone number is found by: as written, national (0…) and international (44…).

    "+44 7700 900123" and "07700 900123" each give both "07700900123" and "447700900123".
    """
    raw = digits(phone)
    if not raw:
        return []
    national = international = raw
    stripped = phone.strip()
    if stripped.startswith("+") or raw.startswith("00"):
        number = raw[2:] if raw.startswith("00") and not stripped.startswith("+") else raw
        if country_code and number.startswith(country_code):
            rest = number[len(country_code):]
            rest = rest[1:] if rest.startswith("0") else rest  # "+44 (0)20 …"
            national, international = "0" + rest, country_code + rest
        else:
            national = international = number
    elif raw.startswith("0") and country_code:
        international = country_code + raw[1:]
    return list(dict.fromkeys([raw, national, international]))


def phone_query(query: str, country_code: str) -> str | None:
    """A search typed as a phone number ("+44 7700 900123", "07700-900") as one national-digits term."""
    if not _PHONE_QUERY.fullmatch(query.strip()) or len(digits(query)) < 4:
        return None
    return phone_forms(query, country_code)[1] if query.strip().startswith(("+", "00")) else digits(query)


def search_fields(name: str, phone: str, email: str, postcode: str, city: str,
                  country_code: str = "44") -> tuple[str, str]:
    """The folded text the search index reads for a customer, and the key lists are sorted by.

    Folds the name once (an import computes this for 100,000 rows): its words, their Latin spellings ("sergey"
    and "sergei" find "Сергей"), the name joined across apostrophes and hyphens ("obrien" finds "O'Brien"), the
    phone's national and international digits, the postcode without its space ("sw1a1" finds "SW1A 1AA").
    """
    folded_name = fold(name)
    name_words = _WORD.findall(folded_name)
    postcode_words = words(postcode)
    parts = name_words + words(phone) + words(email) + postcode_words + words(city)
    extra: list[str] = []
    if not folded_name.isascii():  # Latin text spells itself
        extra += latin_words(name) + [latin(word) for word in name_words]
    extra += ["".join(_WORD.findall(part)) for part in _JOINED.findall(folded_name)]
    extra += phone_forms(phone, country_code)
    extra.append("".join(postcode_words))
    seen = set(parts)
    for word in extra:
        if word and word not in seen:
            parts.append(word)
            seen.add(word)
    return " " + " ".join(parts), folded_name.strip()[:200]
