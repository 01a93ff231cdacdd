"""The statistics finder reads a text the same whichever way its scans run (lower-cased copy
or case-insensitive patterns on the text itself)."""

from __future__ import annotations

import re

import pytest

from tomtat.text.lowered import lowered
from tomtat.text.stat_scan import _COMMENDED_WORDS, find_statistics
from tomtat.text.vocab import COMMENDATION_VERBS

TEXTS = [
    "Dịp này, UBND huyện TUYÊN DƯƠNG 33 thanh niên tiêu biểu; 10 năm qua, 38 tập thể được "
    "tặng Bằng khen. Toàn huyện có 1.250 hộ gia đình và HAI TRĂM BA MƯƠI tổ tự quản.",
    "Hội nghị đã Biểu Dương 24 tập thể và 37 cá nhân. Khen thưởng 61 điển hình, gồm 24 tập "
    "thể, 37 cá nhân. Năm qua, lực lượng chức năng phát hiện 45 vụ, bắt 120 đối tượng.",
    "Chiều 5/1, huyện khen thưởng 20 tập thể, 21 cá nhân; 17 đồng chí được nhận Huy chương "
    "Chiến sĩ vẻ vang. Tỷ lệ hộ nghèo giảm còn 2,5%; 46 tập thể và cá nhân được vinh danh.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_statistics_are_the_same_on_the_lowered_copy_and_on_the_text(text: str) -> None:
    # a final "ı" makes lowered() refuse the text, so every scan runs on the text itself
    refused = text + " ı"
    assert lowered(text) is not None and lowered(refused) is None
    assert find_statistics(text) == find_statistics(refused)


def test_statistics_finder_still_drops_commended_counts_written_in_capitals() -> None:
    stats = find_statistics(TEXTS[0])
    values = {s.value for s in stats}
    assert 33 not in values  # "TUYÊN DƯƠNG 33 thanh niên": a grant, not a statistic
    assert 1250 in values


def test_commended_prefilter_words_end_every_commendation_verb() -> None:
    # a verb that ended in another word would be skipped by the prefilter
    for verb in COMMENDATION_VERBS:
        assert re.findall(r"\w+", verb)[-1] in _COMMENDED_WORDS


def test_received_counts_are_found_near_their_verb_as_the_whole_text_scan_finds_them() -> None:
    from tomtat.text.stat_scan import _RECEIVED_LOW, _received_low

    text = (
        "Năm 2023, 1.250 hội viên   được tặng Bằng khen; 12 tập thể, các cá nhân được tuyên "
        "dương. 5 được tặng Giấy khen, 7 em được tặng cờ, bằng khen. "
        + "x" * 90
        + " 9 người được nhận Huân chương; 3 xđược tặng bằng khen"
    ).lower()
    expected = [(m.span(), m.span("n")) for m in _RECEIVED_LOW.finditer(text)]
    assert [(m.span(), m.span("n")) for m in _received_low(text)] == expected
    assert len(expected) >= 3
