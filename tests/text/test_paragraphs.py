"""Tests for tomtat.text.paragraphs: blocks, whitespace collapsing and the offset map."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tomtat.text.paragraphs import assemble, block_from_spans, block_from_text, split_plain


def test_block_collapses_whitespace_and_maps_runs() -> None:
    original = "  Chiều  5/1,\tUBND\u00a0huyện  "
    block = block_from_spans(original, [(0, len(original))])
    assert block is not None
    assert block.text == "Chiều 5/1, UBND huyện"
    for clean, orig, length in block.segments:
        assert block.text[clean : clean + length] == original[orig : orig + length]


def test_invisible_characters_are_dropped() -> None:
    original = "tập\u200bthể\u00ad và cá\x07 nhân"
    block = block_from_spans(original, [(0, len(original))])
    assert block is not None and block.text == "tậpthể và cá nhân"


def test_split_plain_joins_hard_wraps_only() -> None:
    original = (
        "Hội nghị tổng kết năm 2023\n"
        "(LĐ online) - Chiều 5/1, UBND huyện tổ chức\n"
        "hội nghị tổng kết.\n"
        "Ông A phát biểu\n"
        "\n"
        "Dịp này, 5 tập thể được khen."
    )
    assert [b.text for b in split_plain(original)] == [
        "Hội nghị tổng kết năm 2023",
        "(LĐ online) - Chiều 5/1, UBND huyện tổ chức hội nghị tổng kết.",
        "Ông A phát biểu",
        "Dịp này, 5 tập thể được khen.",
    ]


def test_split_plain_from_offset() -> None:
    original = " date 2021-01 (LĐ online) - Chiều 8/1\nDòng hai."
    blocks = split_plain(original, start=14)
    assert [b.text for b in blocks] == ["(LĐ online) - Chiều 8/1", "Dòng hai."]
    assert blocks[0].original_start == 14


def test_assemble_and_map() -> None:
    original = "Một   hai\n\n\nBa bốn"
    text, offset_map, starts = assemble(split_plain(original))
    assert text == "Một hai\n\nBa bốn"
    assert starts == [0, 9]
    assert offset_map.to_original(9) == original.index("Ba")
    assert offset_map.span_to_original(9, 15) == (original.index("Ba"), len(original))
    assert offset_map.to_original(8) is None  # inside the synthesised separator


def test_block_from_text_maps_verbatim_runs_into_html() -> None:
    html = "<p><b>Chiều</b> 5/1, UBND huyện tặng 2 tập thể &amp; 3 cá nhân.</p>"
    block, cursor = block_from_text("Chiều 5/1, UBND huyện tặng 2 tập thể & 3 cá nhân.", html, 0)
    assert block is not None and cursor > 0
    for clean, orig, length in block.segments:
        assert block.text[clean : clean + length] == html[orig : orig + length]
    mapped = "".join(block.text[c : c + n] for c, _, n in block.segments)
    assert "Chiều" in mapped and "UBND" in mapped


@given(st.text(max_size=300))
def test_split_plain_offsets_property(original: str) -> None:
    text, offset_map, starts = assemble(split_plain(original))
    assert "\n\n\n" not in text
    for clean, orig, length in offset_map.segments:
        assert text[clean : clean + length] == original[orig : orig + length]
    for start in starts:
        assert not text[start : start + 1].isspace()
