"""Reading generated PDFs as a person (or a shop's scanner) would: the text, the fonts, the barcodes."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text with its line breaks as spaces: a wrapped name or sentence reads as one again."""
    return " ".join(text.split())


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font any page uses, and whether its program is embedded in the file."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def render_png(pdf: bytes, folder: Path, page: int = 1, dpi: int = 150) -> Path:
    """One page as a PNG, drawn by poppler's pdftoppm (as a viewer or printer driver would)."""
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    stem = folder / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(source), str(stem)], check=True)
    return stem.with_suffix(".png")


def barcodes(png: Path) -> dict[str, str]:
    """What ZBar reads on the image: symbol type -> text."""
    from pyzbar.pyzbar import decode

    return {symbol.type: symbol.data.decode() for symbol in decode(Image.open(png))}
