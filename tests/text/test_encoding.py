"""Tests for tomtat.text.encoding: BOMs, UTF-16 heuristics, legacy code pages, binary data."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.text.encoding import decode_bytes, vietnamese_ratio
from tomtat.text.errors import InputError

from .test_loading import cp1258_bytes

VI = "Sáng 12/3, Công an huyện Krông Pa tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc."


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(100), "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(100), "ZIP archive or Office document"),
        (b"\x1f\x8b\x08\x00" + bytes(50), "gzip archive"),
        (b"GIF89a" + bytes(50), "GIF image"),
    ],
)
def test_binary_magic_numbers(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert str(info.value) == f"binary file ({kind}), not a text article"


@pytest.mark.parametrize("codec", ["utf-32", "utf-16", "utf-8-sig"])
def test_boms(codec: str) -> None:
    assert decode_bytes(VI.encode(codec)).text == VI


def test_cp1258_beats_cp1252() -> None:
    decoded = decode_bytes(cp1258_bytes(VI))
    assert decoded.encoding == "cp1258"
    assert decoded.text == VI


def test_legacy_non_vietnamese_text_still_decodes() -> None:
    decoded = decode_bytes("Le conseil a réuni les élus à Genève.".encode("latin-1"))
    assert "conseil" in decoded.text
    assert "\ufffd" not in decoded.text or decoded.warnings


def test_utf16_without_bom_detected_both_ways() -> None:
    assert decode_bytes(VI.encode("utf-16-le")).encoding == "utf-16-le"
    assert decode_bytes(VI.encode("utf-16-be")).encoding == "utf-16-be"


def test_control_heavy_data_is_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(b"abc\x00\x01\x02\x03" * 100)


def test_vietnamese_ratio() -> None:
    assert vietnamese_ratio(VI) > 0.1
    assert vietnamese_ratio("The district police held a meeting.") == 0.0
    assert vietnamese_ratio("") == 0.0
    assert vietnamese_ratio("12345 !!!") == 0.0
    long_text = VI * 10_000
    assert abs(vietnamese_ratio(long_text) - vietnamese_ratio(VI)) < 0.02


def test_vietnamese_ratio_counts_letters_as_the_word_pattern_reads_them() -> None:
    # letters: word characters that are neither digits nor "_" ("²" is one, "5" and "_" not)
    assert vietnamese_ratio("đ²_5 a") == pytest.approx(1 / 3)
    assert vietnamese_ratio("ĐẠI hội") == pytest.approx(3 / 6)


def test_a_few_tabs_and_escapes_do_not_make_text_binary() -> None:
    text = ("Hội nghị\ttổng kết\x1b\r\n\x0c" * 50).encode("utf-8")
    assert decode_bytes(text).text.startswith("Hội nghị")
    with pytest.raises(InputError):
        decode_bytes(b"Hoi nghi" + b"\x01\x02\x03" * 40)


@given(st.text(alphabet="aZ09_ ²đĐạẠ\u0301ßµ١ǅ.\n" + "xyzé", max_size=60))
@settings(max_examples=300, deadline=None)
def test_vietnamese_ratio_is_the_share_the_letter_patterns_count(text: str) -> None:
    import re

    from tomtat.text.encoding import _VIETNAMESE_LETTERS

    letters = re.findall(r"[^\W\d_]", text)
    vietnamese = [c for c in letters if c in _VIETNAMESE_LETTERS]
    expected = len(vietnamese) / len(letters) if letters else 0.0
    assert vietnamese_ratio(text) == expected


@given(
    st.text(alphabet="ươđộạaZ09 ²ßЖ\u0301\ud800.", max_size=80),
    st.sampled_from([0.0, 0.02, 0.1, 0.3, 1.0]),
)
@settings(max_examples=400, deadline=None)
def test_looks_vietnamese_is_the_ratio_reaching_the_threshold(text: str, min_ratio: float) -> None:
    from tomtat.text.encoding import looks_vietnamese

    assert looks_vietnamese(text, min_ratio) == (vietnamese_ratio(text) >= min_ratio)
