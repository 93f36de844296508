"""A folder of articles in every state ``annotate`` must handle, written by hand in tests."""

from __future__ import annotations

import codecs
import shutil
import unicodedata
from pathlib import Path

from conftest import DATA

SENTENCE = "Prime Minister Phạm Minh Chính met Party General Secretary Nguyễn Phú Trọng in Hà Nội."
PAGE = """<html><head><title>Visit</title>
<meta property="article:published_time" content="2023-04-15T08:00:00+07:00"></head>
<body><nav>Home | World | Business</nav><article><h1>Blinken arrives in Hanoi</h1>
<p>U.S. Secretary of State Antony Blinken arrived in Hanoi on Saturday for talks with
Prime Minister Pham Minh Chinh on the Comprehensive Partnership.</p>
<p>The two sides discussed the South China Sea and the Code of Conduct (COC).</p>
</article><footer>Copyright 2023</footer></body></html>"""
TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """``text`` as Windows-1258 bytes: base letters precomposed, tone marks combining."""
    out = bytearray()
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return bytes(out)


def make_corpus(folder: Path) -> Path:
    """Seed articles, each encoding, an HTML page, Markdown, an empty and a binary file."""
    (folder / "nested" / "deeper").mkdir(parents=True)
    for seed in sorted(DATA.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    (folder / "nested" / "utf8_bom.txt").write_bytes(codecs.BOM_UTF8 + SENTENCE.encode("utf-8"))
    (folder / "nested" / "utf16.txt").write_bytes(SENTENCE.encode("utf-16"))
    (folder / "nested" / "deeper" / "vietnamese.txt").write_bytes(windows_1258(SENTENCE))
    (folder / "nested" / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "notes.md").write_text(f"# Visit\n\n*{SENTENCE}*\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "ignored.csv").write_text("not,an,article\n", encoding="utf-8")
    return folder
