"""Read an article file: decode it, take the main text of an HTML page, or say why not.

Decoding is deterministic: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; otherwise
UTF-8, and when that fails Windows-1258, the legacy Vietnamese code page. NUL bytes or
many control characters mean the file is not text. HTML pages (``.html``/``.htm``) give
their main text through trafilatura, and their publication date when the page states one.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import trafilatura

HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt", ".md"})
# UTF-32 first: its little-endian mark starts with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK = "windows-1258"
# Control characters (Unicode category Cc) other than tab, line feed, vertical tab, form
# feed and carriage return; a text with more than this share of them is binary.
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_SHARE = 0.05


class InputError(ValueError):
    """A file that cannot be read as an article; the message says why."""


@dataclass(frozen=True)
class Source:
    """What is known of an input file besides its text."""

    path: str
    encoding: str | None = None
    html: bool = False
    doc_date: str | None = None
    error: str | None = None


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a file's bytes; ``InputError`` when they are not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(f"not valid {encoding} text after its byte-order mark: {error}") from None
    if b"\x00" in data:
        raise InputError("binary file (it has NUL bytes and no UTF-16/32 byte-order mark)")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode(FALLBACK), FALLBACK
        except UnicodeDecodeError:
            raise InputError(f"neither UTF-8 nor {FALLBACK} text") from None
    controls = len(CONTROLS.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(f"binary file ({controls} control characters in {len(text)})")
    return text, encoding


def main_text(html: str) -> tuple[str, str | None]:
    """The article text of an HTML page and its publication date (ISO) when stated."""
    if not html.strip():
        return "", None
    page = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if page is None or not (page.text or "").strip():
        raise InputError("no article text found in the HTML page")
    date = page.date if page.date and len(page.date) == 10 else None
    return page.text, date


def read(path: Path, root: Path) -> tuple[str, Source]:
    """The text of ``path`` and its ``Source`` (``path`` relative to ``root``); never raises.

    A file that cannot be read gives ``""`` and a ``Source`` whose ``error`` says why.
    """
    relative = path.relative_to(root).as_posix()
    html = path.suffix.lower() in HTML_SUFFIXES
    try:
        text, encoding = decode(path.read_bytes())
        date = None
        if html:
            text, date = main_text(text)
        return text, Source(relative, encoding, html, date)
    except Exception as error:  # a bad file becomes an error record, never a crash
        return "", Source(relative, html=html, error=f"{type(error).__name__}: {error}")
