"""Which issuers name one authority (tomtat.check.matching.same_issuer); the words an article
writes, asked one at a time (WrittenWords)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.check.facts import TextFacts, text_words
from tomtat.check.matching import WrittenWords, same_issuer
from tomtat.text.loading import load_article
from tomtat.text.normalize import ALIAS_WORDS, normalize_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chủ tịch UBND huyện", "Chủ tịch UBND xã"),
        ("UBND thị xã Ninh Hòa", "UBND xã Ninh Hòa"),
        ("Công an tỉnh", "Công an huyện"),
        ("Chủ tịch UBND phường", "Chủ tịch UBND quận"),
    ],
)
def test_bodies_of_different_administrative_levels_are_two_issuers(a: str, b: str) -> None:
    assert not same_issuer(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("UBND huyện", "Chủ tịch UBND huyện Tân Lập"),  # one written inside the other
        ("Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh Hòa Bình"),
        ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),  # no level named
    ],
)
def test_issuers_of_one_level_or_naming_none_are_matched_by_their_names(a: str, b: str) -> None:
    assert same_issuer(a, b)


ROOT = Path(__file__).resolve().parents[2]
_ARTICLES = sorted(
    path
    for folder in ("examples", "benchmarks/heldout", "benchmarks/heldout2", "benchmarks/heldout3")
    for path in (ROOT / folder / "articles").glob("*.txt")
)


def _asked(text: str) -> set[str]:
    """Words to ask about: the text's own, each word's key alone, the aliases' long and short
    words, and a few the text may not hold."""
    words = set(text_words(text)) | set(ALIAS_WORDS) | {"ubnd", "hđnd", "tp", "hcm", "xyz", ""}
    for token in re.findall(r"\w+", text):
        words.update(normalize_name(token).split())
    return words


def _same_answers(text: str) -> int:
    """Assert that WrittenWords answers every asked word as text_words does; the number of
    words a window showed (read without the whole text's words)."""
    facts = TextFacts(text, [])
    written, words = WrittenWords(facts), text_words(text)
    shown = 0
    for word in sorted(_asked(text)):
        if written._shown(word):
            shown += 1
            assert word in words, word
        assert (word in written) == (word in words), word
    return shown


@pytest.mark.parametrize("path", _ARTICLES, ids=lambda p: p.stem[:8])
def test_written_words_answer_as_the_whole_texts_words(path: Path) -> None:
    text = load_article(path.read_bytes(), path.stem).text
    assert _same_answers(text) > 0
    # cut mid-word, re-cased and with its line breaks run together, as the fuzzed texts are
    for variant in (text[: len(text) // 3], text.upper(), text.lower(), text.replace("\n", " ")):
        _same_answers(variant)


def test_a_word_written_in_the_old_spelling_or_after_aliases_is_shown_by_a_window() -> None:
    text = "Bảo vệ an ninh Tổ quốc. Ban Thường vụ Tỉnh ủy tặng Bộ Công an tỉnh bằng khen."
    written = WrittenWords(TextFacts(text, []))
    assert written._shown("uỷ")  # "ủy" folded
    assert written._shown("an")  # "an ninh tổ quốc" is taken in; "Công an tỉnh" keeps it
    assert not written._shown("ninh")
    assert "ninh" not in written and "bvantq" in written  # "bảo vệ antq" in turn


_PIECES = (
    "Ủy ban nhân dân",
    "UBND",
    "Ủy ban MTTQ Việt Nam",
    "ub mttq",
    "Mặt trận Tổ quốc",
    "Bộ Công an",
    "Công an nhân dân",
    "an ninh trật tự",
    "thành phố Hồ Chí Minh",
    "TPHCM",
    "tp.HCM",
    "Hội đồng",
    "Tỉnh ủy",
    "Thành uỷ",
    "Hòa Bình",
    "Hoà Bình",
    "Khánh Hòa",
    "giáo dục và đào tạo",
    "GD-ĐT",
    "bảo vệ ANTQ",
    "Liên đoàn Lao động",
    "Cựu chiến binh",
    "tỉnh",
    "huyện",
    "Đức Trọng",
    "tặng",
    "R'Lấp",
    "Đắk_Lắk",
    "an",
    "nam",
    "İstanbul",
    "e\u0301",
    "x\u0338",
)
_GLUE = (" ", ", ", ". ", "\n", " - ", "'", "“", "_", "", " (", ") ", "\u0301", "\xa0", "…")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GLUE)), max_size=14))
def test_written_words_answer_as_the_whole_texts_words_on_any_joined_text(
    parts: list[tuple[str, str]],
) -> None:
    _same_answers("".join(piece + glue for piece, glue in parts))
