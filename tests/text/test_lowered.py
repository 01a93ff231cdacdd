"""The lower-cased copy used before case-insensitive scans gives the answers ``(?i)`` gives."""

from __future__ import annotations

import re
import sys

import pytest

from tomtat.text.lowered import (
    _CASE_ODD,
    by_first_letter,
    lowered,
    may_contain,
    plain_twin,
    spelt_out,
    split_alternatives,
    word_start_alternation,
    word_start_alternation_twin,
    word_start_twin,
)

_VIETNAMESE = (
    "abcdefghijklmnopqrstuvwxyzđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)


def test_lowered_keeps_offsets_of_vietnamese_text() -> None:
    text = "UBND Huyện ĐỨC TRỌNG tuyên dương 33 Tập Thể"
    low = lowered(text)
    assert low == text.lower()
    assert low is not None and len(low) == len(text)


def test_lowered_refuses_texts_whose_offsets_or_matches_would_differ() -> None:
    assert lowered("İstanbul") is None  # "İ" lowers to two characters
    assert lowered("mườı") is None  # dotless i: (?i) "i" matches it, lower() keeps it
    assert lowered("ſố") is None  # long s: (?i) "s" matches it


def test_may_contain_is_false_only_when_the_word_cannot_match() -> None:
    assert may_contain("Hội nghị BIỂU DƯƠNG 45 điển hình", "dương")
    assert not may_contain("Hội nghị tổng kết công tác năm 2023", "dương", "danh")
    assert may_contain("Hội nghị MƯỜı", "mười")  # refused text: the scan must run


def test_every_character_that_ignorecase_matches_to_a_letter_passes_may_contain() -> None:
    # whatever character (?i) lets match a lower-case letter, the copy keeps that letter or
    # the text is refused: a skipped scan never hides a match
    every = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp < 0xE000)
    for letter in _VIETNAMESE:
        for found in re.findall("(?i)" + re.escape(letter), every):
            assert may_contain(found, letter), (letter, found)


def test_word_classes_agree_between_a_character_and_its_lower_case() -> None:
    # \w, \s and \d are what the plain patterns test on the copy instead of the text
    every = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp < 0xE000)
    low = every.lower()
    for cls in (r"\w", r"\s", r"\d"):
        pattern = re.compile(cls)
        changed = [
            ch
            for ch in every
            if len(ch.lower()) == 1 and bool(pattern.match(ch)) != bool(pattern.match(ch.lower()))
        ]
        assert not changed, (cls, changed[:5])
    assert len(low) == len(every) + 1  # only "İ" lowers to two characters


def test_plain_twin_finds_the_same_matches_on_the_lowered_text() -> None:
    pattern = re.compile(r"(?i)(?<!\w)(?:biểu\s+dương|khen\s+thưởng)[^\S\n]+(?P<n>\d+)")
    twin = plain_twin(pattern)
    text = "Dịp này, BIỂU DƯƠNG 12 tập thể; Khen Thưởng 7 cá nhân, nhưng xkhen thưởng 3"
    low = lowered(text)
    assert low is not None
    expected = [(m.span(), m.span("n")) for m in pattern.finditer(text)]
    assert [(m.span(), m.span("n")) for m in twin.finditer(low)] == expected
    assert len(expected) == 2


def test_plain_twin_refuses_patterns_it_cannot_mirror() -> None:
    for source, flags in (
        (r"(?i)Bằng khen", 0),  # an upper-case literal would never match the lowered text
        (r"(?i)khen(?-i:UBND)", 0),  # a case-sensitive part
        (r"khen", 0),  # not a (?i) pattern
        (r"(?i)khen", re.M),
    ):
        try:
            plain_twin(re.compile(source, flags))
        except ValueError:
            continue
        raise AssertionError(f"accepted {source!r}")
    # escapes and group names are not literal letters
    assert plain_twin(re.compile(r"(?i)(?P<n>\d+)[^\S\n]+\w")).pattern == r"(?P<n>\d+)[^\S\n]+\w"


def test_word_start_twin_matches_where_the_word_starts_a_word() -> None:
    pattern = re.compile(r"(?i)(?<!\w)ngày\s+(?P<d>\d{1,2})")
    twin = word_start_twin(pattern)
    assert twin.pattern.startswith("ngày(?<!\\wngày)")
    text = "Ngày 5, hằngngày 6, (ngày 7), NGÀY 8 và cả xngày 9; ngày 10"
    low = lowered(text)
    assert low is not None
    expected = [(m.span(), m.group("d")) for m in pattern.finditer(text)]
    assert [(m.span(), m.group("d")) for m in twin.finditer(low)] == expected
    assert [d for _, d in expected] == ["5", "7", "8", "10"]
    # searched from a position, the look-behind still sees the character before it
    assert twin.search(low, text.index("ngày 6") + 0) is not None
    assert twin.search(low, text.index("ngày 6")).group("d") == "7"


def test_word_start_twin_refuses_other_shapes() -> None:
    for source in (r"(?i)(?:a|b)\s+c", r"(?i)(?<!\w)(?:sáng|chiều)", r"(?<!\w)ngày"):
        try:
            word_start_twin(re.compile(source))
        except ValueError:
            continue
        raise AssertionError(f"accepted {source!r}")


def test_word_start_alternation_finds_what_the_ignorecase_alternation_finds() -> None:
    verbs = (r"tuyên\s+dương", r"khen\s+thưởng", r"(?:được\s+)?trao\s+cho")
    tail = r"[^\S\n]+(?P<n>\d+)"
    original = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(verbs)}){tail}")
    twin = word_start_alternation(verbs, tail)
    text = (
        "Tỉnh TUYÊN DƯƠNG 33 em; xkhen thưởng 5 người; Được trao cho 7 tập thể, "
        "rồi trao cho 9 cá nhân; khen thưởng\n4"
    )
    low = lowered(text)
    assert low is not None
    expected = [(m.span(), m.group("n")) for m in original.finditer(text)]
    assert [(m.span(), m.group("n")) for m in twin.finditer(low)] == expected
    assert [n for _, n in expected] == ["33", "7", "9"]  # "xkhen" is no word start


def test_word_start_alternation_refuses_other_shapes() -> None:
    for alternatives in ((r"\d+\s+năm",), (r"Tuyên\s+dương",)):
        try:
            word_start_alternation(alternatives, "")
        except ValueError:
            continue
        raise AssertionError(f"accepted {alternatives!r}")


def test_split_alternatives_splits_only_at_the_top_level() -> None:
    assert split_alternatives(r"a|b(?:c|d)|[|(]x|\|y|[]|]z") == [
        "a",
        "b(?:c|d)",
        "[|(]x",
        r"\|y",
        "[]|]z",
    ]


def test_spelt_out_gives_the_branches_in_the_order_the_engine_tries_them() -> None:
    assert spelt_out(r"(?:được\s+)?trao\s+cho") == [r"được\s+trao\s+cho", r"trao\s+cho"]
    assert spelt_out(r"(?:tỉnh|thành)\s+ủy") == [r"tỉnh\s+ủy", r"thành\s+ủy"]
    assert spelt_out("p?ct") == ["pct", "ct"]
    assert spelt_out(r"(?:(?:đã|vừa)\s+)*tổ\s+chức") == [
        r"đã\s+(?:(?:đã|vừa)\s+)*tổ\s+chức",
        r"vừa\s+(?:(?:đã|vừa)\s+)*tổ\s+chức",
        r"tổ\s+chức",
    ]
    for branch in (r"\d+\s+năm", r"(?:a|b)+c", r"(?:a\s+)??b", r"(?:a|b)*?c"):
        with pytest.raises(ValueError):
            spelt_out(branch)


@pytest.mark.parametrize(
    "source",
    [
        r"(?i)(?<!\w)(?:lễ|buổi|ngày\s+hội|trao)(?!\w)",
        r"(?i)(?<!\w)(?:đã\s+|vừa\s+)?tổ\s+chức(?!\w)",
        r"(?i)(?<!\w)(?:tính\s+)?(?:đến|tới|từ)\s+(?:hết\s+)?(?:ngày\s+)?$",
        r"(?i)(?<!\w)(?:hội\s+nghị|họp|phiên\s+họp)\s+xét\s+(?:thưởng|khen)(?!\w)",
        r"(?i)(?<!\w)(?:(?:đã|vừa|cũng)\s+)*(?:tổ\s+chức|xét)(?!\w)",
    ],
)
def test_word_start_alternation_twin_finds_what_the_pattern_finds(source: str) -> None:
    pattern = re.compile(source)
    twin = word_start_alternation_twin(pattern)
    text = (
        "Lễ trao thưởng; xlễ, BUỔI gặp; Ngày hội. Đã tổ chức, vừa tổ chức xtổ chức; "
        "tính đến hết ngày Hội nghị xét thưởng, phiên họp xét khen, đến"
    )
    low = lowered(text)
    assert low is not None
    for start in range(0, len(text), 7):
        expected = pattern.search(text, start)
        found = twin.search(low, start)
        assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in twin.finditer(low)] == [m.span() for m in pattern.finditer(text)]


def test_word_start_alternation_twin_refuses_other_shapes() -> None:
    for source in (
        r"(?i)(?<!\w)(?:(?:đã|vừa)\s+)*?tổ\s+chức",  # a lazy repeat
        r"(?i)(?<!\w)\d+\s+năm",  # no word first
        r"(?i)(?<!\w)lễ|buổi",  # the look-behind covers the first branch only
        r"(?<!\w)(?:lễ|buổi)",  # not case-insensitive
    ):
        with pytest.raises(ValueError):
            word_start_alternation_twin(re.compile(source))


def test_every_case_odd_character_refuses_the_lowered_copy() -> None:
    # each character that (?i) matches to a letter lower() does not give rules the copy out
    for odd in _CASE_ODD:
        assert lowered(f"Hội nghị {odd} tổng kết") is None
    assert lowered("Hội nghị tổng kết") == "hội nghị tổng kết"
    assert not may_contain("Hội nghị tổng kết", "khen", "trao")
    assert may_contain("Hội nghị TRAO khen", "khen", "trao")


def _every_search(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...] | None]:
    """What ``pattern`` finds searched from each position of ``text``: spans and groups."""
    found: list[tuple[object, ...] | None] = []
    for start in range(len(text) + 1):
        m = pattern.search(text, start)
        found.append(None if m is None else (m.regs, m.lastindex, m.lastgroup))
    return found


def test_by_first_letter_writes_a_tree_of_the_leading_letters() -> None:
    branches = [r"chủ\s+tịch", r"bí\s+thư", "chánh", r"chính\s+ủy"]
    assert by_first_letter(branches) == r"(?:ch(?:ủ\s+tịch|ánh|ính\s+ủy)|bí\s+thư)"


def test_by_first_letter_matches_as_the_flat_alternation_whatever_the_order() -> None:
    # a shorter branch before a longer one with its letters, an empty rest ("trao"), a
    # look-behind after the word, branches that open alike around one that does not
    branches = [
        "trao(?<!\\wtrao)",
        r"trao(?<!\wtrao)\s+tặng",
        r"tặng(?<!\wtặng)\s+thưởng",
        "tặng(?<!\\wtặng)",
        "tr(?:ao|ên)",
        "trên",
        r"khen\s+thưởng",
        "tr",
        "b[aà]",
        "bà",
        "b",
    ]
    tail = r"(?:\s+(?P<n>\d+))?"
    tree = re.compile(by_first_letter(branches) + tail)
    flat = re.compile("(?:" + "|".join(branches) + ")" + tail)
    texts = (
        "trao tặng 5; xtrao 3, tặng thưởng 7 tặng 2 trên trt bà ba b khen thưởng 9 tr",
        "tặngtrao trao\ntặng bàb",
        "",
    )
    for text in texts:
        assert _every_search(tree, text) == _every_search(flat, text)
    assert tree.search(texts[0]).group() == "trao"  # the first branch wins, as in the flat one


def test_by_first_letter_moves_no_group_before_another() -> None:
    # with groups in the branches only neighbours are joined: numbers and names stay
    branches = ["t(a)", "b(?P<x>c)", "t(d)", "(?:tx)", "bu"]
    with pytest.raises(ValueError):
        by_first_letter(branches)  # "(?:tx)" does not open with a letter
    branches = ["t(a)", "b(?P<x>c)", "t(d)", "te", "bu"]
    tree = re.compile(by_first_letter(branches))
    flat = re.compile("(?:" + "|".join(branches) + ")")
    assert (tree.groups, tree.groupindex) == (flat.groups, flat.groupindex)
    text = "ta bc td te bu tbd"
    assert _every_search(tree, text) == _every_search(flat, text)
    assert [m.lastindex for m in tree.finditer(text)] == [1, 2, 3, None, None]


def test_by_first_letter_refuses_a_branch_that_opens_otherwise() -> None:
    for branches in ([r"(?:a|b)c"], ["p?ct"], ["ab", r"\w"], ["a", ""]):
        with pytest.raises(ValueError):
            by_first_letter(branches)


def test_word_start_alternation_keeps_the_order_of_branches_with_one_first_letter() -> None:
    verbs = ("tặng", r"tặng\s+thưởng", r"trao\s+tặng", r"(?:được\s+)?trao")
    original = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(verbs)})(?P<rest>\s+\w+)?")
    twin = word_start_alternation(verbs, r"(?P<rest>\s+\w+)?")
    assert twin.pattern.startswith("(?:t(?:")  # the branches joined under their letter
    text = "Tặng thưởng 5; TRAO tặng; được trao cho; xtrao; đượctrao tặng"
    low = lowered(text)
    assert low is not None
    for start in range(len(text) + 1):
        expected = original.search(text, start)
        found = twin.search(low, start)
        assert (found and found.regs) == (expected and expected.regs)


def test_literal_places_lists_every_occurrence_of_any_literal_in_text_order():
    from tomtat.text.lowered import literal_places

    text = "khen. cờ khen\n? khenkhen"
    expected = sorted(
        i for i in range(len(text)) for lit in ("khen", "cờ", ".", "?") if text.startswith(lit, i)
    )
    assert literal_places(text, ("khen", "cờ", ".", "?")) == expected
    assert literal_places(text, ".?") == [4, 14]  # a string: each of its characters
    assert literal_places("", ("a",)) == []
