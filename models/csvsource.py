"""Reading the CSV files real shops export: the encoding, the delimiter, junk lines above the header, Excel's dates
and money written the way people write it. Streams the file: only the first 64 KiB are read to size it up.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from models.errors import DeskError
from models.i18n import CORE, QT_TRANSLATE_NOOP

SAMPLE_BYTES = 64 * 1024
MAX_FIELD = 10_000  # characters in one cell: more is not a customer's details but pasted junk
_CSV_LIMIT = 8 * 1024 * 1024  # the csv module's own limit: a longer field ends the read with a clear sentence
_DELIMITERS = ",;\t"
_BINARY_MAGIC = {
    b"PK\x03\x04": QT_TRANSLATE_NOOP("CORE", "an Excel workbook or a zip file (save it from Excel as CSV)"),
    b"\xd0\xcf\x11\xe0": QT_TRANSLATE_NOOP("CORE", "an old Excel workbook (save it from Excel as CSV)"),
    b"SQLite format 3\x00": QT_TRANSLATE_NOOP("CORE", "a database file"),
    b"%PDF": QT_TRANSLATE_NOOP("CORE", "a PDF document"),
    b"\x89PNG": QT_TRANSLATE_NOOP("CORE", "a picture"),
    b"\xff\xd8\xff": QT_TRANSLATE_NOOP("CORE", "a picture"),
}


class ImportRefused(DeskError):
    """A file that cannot be imported; nothing was changed."""


@dataclass(frozen=True)
class CsvShape:
    """How a file is written: what the person sees in the wizard's first page."""

    path: Path
    encoding: str  # a Python codec name
    encoding_label: str  # as a person reads it
    delimiter: str
    size: int

    @property
    def delimiter_label(self) -> str:
        """In English; the desk shows it in its language (the words are marked for translation in context CORE)."""
        return _DELIMITER_LABELS.get(self.delimiter, repr(self.delimiter))


_DELIMITER_LABELS = {",": QT_TRANSLATE_NOOP("CORE", "comma"), ";": QT_TRANSLATE_NOOP("CORE", "semicolon"),
                     "\t": QT_TRANSLATE_NOOP("CORE", "tab")}


def _refuse_binary(path: Path, head: bytes) -> None:
    if not head:
        raise ImportRefused(CORE.tr("{name} is empty: there is nothing to import.").format(name=path.name))
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise ImportRefused(CORE.tr("{name} is not a CSV file: it looks like {what}.").format(
                                    name=path.name, what=CORE.tr(what)))
    if head.count(b"\x00") > max(4, len(head) // 100):
        raise ImportRefused(CORE.tr("{name} is not a text (CSV) file: it holds binary data.").format(name=path.name))


def _encoding(head: bytes) -> tuple[str, str]:
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", QT_TRANSLATE_NOOP("CORE", "UTF-8 (with BOM)")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", QT_TRANSLATE_NOOP("CORE", "UTF-16 (Unicode text)")
    try:  # a sample cut may end in the middle of a character: decode all but the very end strictly
        if len(head) < SAMPLE_BYTES:
            head.decode("utf-8")
        else:
            _utf8_prefix(head)
        return "utf-8", "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        head.decode("cp1252")
        return "cp1252", QT_TRANSLATE_NOOP("CORE", "Windows Western (cp1252)")
    except UnicodeDecodeError:
        return "latin-1", QT_TRANSLATE_NOOP("CORE", "Latin-1 (ISO 8859-1)")


def _utf8_prefix(head: bytes) -> str:
    for cut in range(4):  # at most three bytes of a character can be cut off
        try:
            return head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("utf-8", head, 0, len(head), "not UTF-8")


def inspect(path: Path) -> tuple[CsvShape, str]:
    """The file's encoding and delimiter, and its first 64 KiB as text, or ImportRefused with the reason."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except FileNotFoundError:
        raise ImportRefused(CORE.tr("{path} does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise ImportRefused(CORE.tr("{path} is a folder, not a CSV file.").format(path=path)) from None
    except OSError as exc:
        raise ImportRefused(CORE.tr("{path} cannot be read ({reason}).").format(path=path,
                                                                                     reason=exc.strerror)) from None
    _refuse_binary(path, head)
    encoding, label = _encoding(head)
    text = head.decode(encoding, errors="ignore")
    if len(head) == SAMPLE_BYTES and "\n" in text:
        text = text[: text.rfind("\n") + 1]  # whole lines only
    if not text.strip():
        raise ImportRefused(CORE.tr("{name} holds only blank lines: there is nothing to import.").format(
                                name=path.name))
    return CsvShape(path, encoding, label, _delimiter(text), size), text


def _delimiter(sample: str) -> str:
    """csv.Sniffer first; when junk lines above the header confuse it, the delimiter that splits most lines
    into the same number of columns."""
    try:
        found = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
        if found in _DELIMITERS:
            return found
    except csv.Error:
        pass
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        widths: dict[int, int] = {}
        for cells in csv.reader(io.StringIO(sample), delimiter=delimiter):
            if len(cells) > 1:
                widths[len(cells)] = widths.get(len(cells), 0) + 1
        score = max(widths.values(), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


class _Counting(io.RawIOBase):
    """A byte stream that remembers how far it has been read (progress without tell())."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self.read_bytes += len(data)
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def records(shape: CsvShape, position: Callable[[int], None] | None = None) -> Iterator[tuple[int, list[str]]]:
    """Every record of the file as (line number where it starts, cells), streamed. ``position(bytes_read)`` is
    called every few hundred records. Invalid text mid-file, or a field over 8 MB, ends the read with
    ImportRefused."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_LIMIT))
    counting = _Counting(shape.path.open("rb"))
    text = io.TextIOWrapper(io.BufferedReader(counting, 256 * 1024), encoding=shape.encoding, newline="")
    reader = csv.reader(text, delimiter=shape.delimiter, strict=False)
    line = 1
    try:
        for count, cells in enumerate(reader):
            yield line, cells
            line = reader.line_num + 1
            if position is not None and count % 500 == 0:
                position(counting.read_bytes)
    except UnicodeDecodeError:
        raise ImportRefused(
            CORE.tr("{name} is not {encoding} text at line {line}; nothing was imported. Save it again as CSV "
                    "UTF-8 and import that.").format(name=shape.path.name, encoding=CORE.tr(shape.encoding_label),
                                                     line=_first_bad_line(shape))) from None
    except csv.Error as exc:
        raise ImportRefused(CORE.tr("{name} cannot be read at line {line} ({reason}); nothing was "
                                    "imported.").format(name=shape.path.name, line=reader.line_num,
                                                        reason=exc)) from None
    finally:
        text.close()


def _first_bad_line(shape: CsvShape) -> int:
    """The line holding the first byte that is not text in the file's encoding (read again, only on failure)."""
    decoder = codecs.getincrementaldecoder(shape.encoding)()
    line = 1
    with shape.path.open("rb") as fh:
        while chunk := fh.read(64 * 1024):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return line + chunk[: exc.start].count(b"\n")
            line += chunk.count(b"\n")
    return line


# ---------------------------------------------------------------------------------------------- values

_SLASHED = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (it counts 1900 as a leap year)


def date_order_hint(value: str) -> str | None:
    """'dmy' or 'mdy' when a slashed date can only be read one way (13/05/2024, 05/13/2024), else None."""
    match = _SLASHED.match(value.strip())
    if not match:
        return None
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return None


def is_ambiguous_date(value: str) -> bool:
    match = _SLASHED.match(value.strip())
    if match is None:
        return False
    return int(match[1]) <= 12 and int(match[2]) <= 12 and int(match[1]) != int(match[2])


def _refuse(value: str, what: str) -> ValueError:
    return ValueError(CORE.tr("'{value}' is not {what}").format(value=value.strip()[:40], what=CORE.tr(what)))


def parse_date(value: str, order: str | None) -> dt.date:
    """A date as shops write it: 2024-05-13, 13/05/2024 or 05/13/2024 (``order`` 'dmy'/'mdy'), 13.05.24, or an
    Excel serial number (45425). ValueError with a reason otherwise."""
    text = value.strip()
    if match := _ISO.match(text):
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    if match := _SLASHED.match(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if len(match[3]) == 2:
            year += 2000 if year < 70 else 1900  # 24 -> 2024, 99 -> 1999
        hint = date_order_hint(text)
        if order is not None and hint is not None and hint != order:
            raise ValueError((CORE.tr("the date {text} cannot be day/month") if order == "dmy"
                             else CORE.tr("the date {text} cannot be month/day")).format(text=text))
        use = order or hint
        if use is None and first != second:
            raise ValueError(CORE.tr("the date {text} could be day/month or month/day").format(text=text))
        day, month = (second, first) if use == "mdy" else (first, second)
        return dt.date(year, month, day)
    if re.fullmatch(r"\d{4,5}(\.\d+)?", text):  # Excel's day count: 1000 is 1902, 99999 is 2173
        return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    raise _refuse(text, QT_TRANSLATE_NOOP("CORE", "a date"))


_MONEY_JUNK = re.compile(r"[\s£$€¥₹\u00a0'’]|[A-Za-z]{3}$|^[A-Za-z]{3}")


def parse_money(value: str) -> int:
    """Cents from money as people write it: '£1,234.50', '1.234,50 €', '(12.00)', '-7', 'EUR 15'."""
    text = value.strip()
    negative = False
    if text.startswith("(") and text.endswith(")"):  # accountants' negative
        negative, text = True, text[1:-1]
    elif text.startswith(("-", "+")):
        negative, text = text.startswith("-"), text[1:]
    text = _MONEY_JUNK.sub("", text.strip())
    if not re.fullmatch(r"\d[\d.,]*", text):
        raise _refuse(value, QT_TRANSLATE_NOOP("CORE", "an amount of money"))
    decimal = max(text.rfind("."), text.rfind(","))
    if ("." in text) != ("," in text) and (text.count(text[decimal]) > 1 or len(text) - decimal == 4):
        decimal = -1  # only one kind of mark, repeated or before three digits: thousands (1,234 or 1.234.567)
    whole, fraction = (text[:decimal], text[decimal + 1:]) if decimal != -1 else (text, "")
    if len(fraction) > 2 or not re.fullmatch(r"\d+|\d{1,3}(,\d{3})+|\d{1,3}(\.\d{3})+", whole):
        raise _refuse(value, QT_TRANSLATE_NOOP("CORE", "an amount of money"))
    cents = int(whole.replace(",", "").replace(".", "")) * 100 + int(fraction.ljust(2, "0"))
    return -cents if negative else cents
