"""Reading article files: encodings, binary files, HTML main text."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from corpus import PAGE, SENTENCE, windows_1258
from vnentities.reading import InputError, decode, main_text, read


@pytest.mark.parametrize(("data", "encoding"), [
    (SENTENCE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
    (SENTENCE.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16"),
    (SENTENCE.encode("utf-32"), "utf-32"),
    (windows_1258(SENTENCE), "windows-1258"),
])
def test_each_encoding_decodes_to_the_same_text(data, encoding):
    """UTF-8 (with or without BOM), UTF-16/32 with BOM and Windows-1258 give the sentence."""
    text, found = decode(data)
    assert found == encoding
    assert unicodedata.normalize("NFC", text) == SENTENCE


def test_binary_data_is_an_input_error():
    """NUL bytes without a UTF-16 mark, or many control characters, are not text."""
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(1, 32)) * 10)


def test_a_stray_control_character_is_still_text():
    """One control character in an article does not make it binary."""
    text, _ = decode(("Hanoi \x07" + "a" * 200).encode("utf-8"))
    assert text.startswith("Hanoi")


def test_html_main_text_and_page_date():
    """The article paragraphs are kept, navigation and footer dropped, the page date read."""
    text, date = main_text(PAGE)
    assert "Antony Blinken arrived in Hanoi" in text and "Code of Conduct (COC)" in text
    assert "Home | World" not in text and "Copyright" not in text
    assert date == "2023-04-15"


def test_html_without_article_text_is_an_error():
    """A page with markup only has nothing to annotate."""
    with pytest.raises(InputError, match="no article text"):
        main_text("<html><body><script>var x = 1;</script></body></html>")


def test_read_never_raises(tmp_path):
    """A missing file or a binary one gives an empty text and a Source with the reason."""
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    for name in ("bin.txt", "missing.txt"):
        text, source = read(tmp_path / name, tmp_path)
        assert text == "" and source.path == name
        assert source.error and ("binary" in source.error or "No such file" in source.error)
