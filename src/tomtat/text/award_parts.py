"""The parts of a grant clause: award words, counts, issuers, recipients, when.

Readers used by :mod:`tomtat.text.award_mentions`; each is a pure function of the text
and offsets into it. The vocabulary comes from :mod:`tomtat.text.vocab`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import methodcaller

from tomtat.schemas import AwardType
from tomtat.text.figures import number_led, number_led_matches
from tomtat.text.lowered import (
    by_first_letter,
    literal_places,
    lowered,
    may_contain,
    may_hold,
    plain_twin,
    spelt_out,
    split_alternatives,
    word_start_alternation_twin,
    word_start_branch,
)
from tomtat.text.numbers import (
    DIGIT_COUNT,
    WORD_NUMBER,
    parse_count,
)
from tomtat.text.segment import sentence_spans
from tomtat.text.vocab import (
    ADDING_OPENERS,
    ASSOCIATION_HEADS,
    AWARD_WORDS,
    BOTH_NOUNS,
    CASH_REWARD_VERBS,
    CEREMONY_NOUNS,
    COLLECTIVE_NOUNS,
    CONTEST_WORDS,
    COUNTED_AWARD_WORDS,
    EXEMPLAR_NOUNS,
    FUTURE_WORDS,
    HABIT_WORDS,
    HIGH_GRANTORS,
    HONOUR_MEDAL_NAMES,
    HONOUR_VERBS,
    HOUSEHOLD_NOUNS,
    INDIVIDUAL_NOUNS,
    ISSUER_HEADS,
    LOCAL_GRANTORS,
    MANDATE_WORDS,
    MEDAL_COLOURS,
    NAMED_BODY_NOUNS,
    OTHER_AWARD_WORDS,
    POST_HEADS,
    PRAISE_VERBS,
    PROPOSAL_WORDS,
    PROVINCE_ELECTED_BODIES,
    QUALIFIERS,
    SCALE_WORDS,
    SURNAMES,
    TENSE_WORDS,
    UNIT_LEVELS,
    UPPER_LETTER,
    VERB_ADVERBS,
)

_MAX_CLAUSE = 4000  # longer "clauses" (no punctuation at all) are cut into windows


_TYPE_RE = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(f"(?P<{w.group}>{w.pattern})" for w in AWARD_WORDS)
    + "|(?P<other>"
    + "|".join(OTHER_AWARD_WORDS)
    + r"))(?!\w)"
)

_TYPE_RE_LOW = re.compile(_TYPE_RE.pattern.replace("(?i)", ""))


def _type_scan_low() -> tuple[re.Pattern[str], dict[str, str]]:
    """:data:`_TYPE_RE_LOW` with each award word's branch opening with its first word and the
    look-behind after it (:func:`tomtat.text.lowered.word_start_branch`), so that the engine
    skips to the letters an award word starts with; each branch's group is named after the
    original one (``other__2``), the map gives the original name back. Same matches."""
    named = [(w.group, w.pattern) for w in AWARD_WORDS]
    named.append(("other", "|".join(OTHER_AWARD_WORDS)))
    branches: list[str] = []
    names: dict[str, str] = {}
    for name, inner in named:
        forms = [form for branch in split_alternatives(inner) for form in spelt_out(branch)]
        for k, form in enumerate(forms):
            word = word_start_branch(form)  # "cờ(?<!\wcờ)..." : the word, then the test
            head = word[: word.index(")") + 1]
            names[f"{name}__{k}"] = name
            branches.append(f"{head}(?P<{name}__{k}>{word[len(head) :]})")
    return re.compile(f"(?:{'|'.join(branches)})(?!\\w)"), names


_TYPE_SCAN_LOW, _TYPE_GROUP_OF = _type_scan_low()

AWARD_HINT = re.compile(
    r"khen|chương|cờ|danh\s+hiệu|biểu\s+dương|tuyên\s+dương|chứng\s+nhận|giải\s+thưởng"
    r"|công\s+nhận|thưởng\s+(?:nóng|đột)|trao\s+thưởng"
)
_AWARD_HINT_ANY_CASE = re.compile(AWARD_HINT.pattern, re.IGNORECASE)


def _hint_words() -> tuple[str, ...]:
    """The words the branches of :data:`AWARD_HINT` open with ("khen", "chương", ...); a
    ValueError at import time for a branch that opens with no whole word."""
    words = []
    for branch in split_alternatives(AWARD_HINT.pattern):
        moved = word_start_branch(branch)  # "khen(?<!\wkhen)": the word, then the test
        words.append(moved[: moved.index("(?<!")])
    return tuple(dict.fromkeys(words))


_HINT_WORDS = _hint_words()


def award_hint_starts(text: str) -> list[int]:
    """Where ``AWARD_HINT`` finds its matches in ``text`` in any case (``finditer`` on the
    :func:`~tomtat.text.lowered.lowered` copy, or case-insensitively on a text without one).

    Every match opens with one of :data:`_HINT_WORDS`, so the pattern is tried only where
    ``str.find`` sees one of them (a dozen places in an article), from the end of the last
    match on, as ``finditer`` does: the same matches. The one scan tried its branches at
    every "c", "t", "k", ... of the text (half the cost of the award finder's sentence pick).
    """
    low = lowered(text)
    if low is None:
        return [m.start() for m in _AWARD_HINT_ANY_CASE.finditer(text)]
    starts: list[int] = []
    last = 0
    for at in literal_places(low, _HINT_WORDS):
        if at >= last:
            match = AWARD_HINT.match(low, at)
            if match is not None:
                starts.append(at)
                last = match.end()
    return starts


_GROUP_TYPE = {**{w.group: w.type for w in AWARD_WORDS}, "other": AwardType.KHAC}

# Types whose proper name follows the type word ("Kỷ niệm chương Vì sự nghiệp ...").
_NAMED_TYPES = frozenset({AwardType.KY_NIEM_CHUONG, AwardType.HUAN_CHUONG, AwardType.KHAC})

_COLLECTIVE, _INDIVIDUAL, _BOTH = COLLECTIVE_NOUNS, INDIVIDUAL_NOUNS, BOTH_NOUNS

# what follows a count of recipients: its noun ("lượt" (times) and "em" (a child, before
# pupils: "42 em học sinh") add none)
_COUNT_NOUN = (
    r"[^\S\n]+(?:(?:lượt|em)[^\S\n]+)?"
    rf"(?:(?P<both>{_BOTH})|(?P<coll>{_COLLECTIVE})|(?P<ind>{_INDIVIDUAL})"
    rf"|(?P<either>{EXEMPLAR_NOUNS})|(?P<household>{HOUSEHOLD_NOUNS})"
    r"|(?P<type>" + "|".join(COUNTED_AWARD_WORDS) + r"))(?!\w)"
)
_COUNT_TAIL = r"(?![\w,/]\d)" + _COUNT_NOUN

_COUNT_RE = re.compile(rf"(?i)(?<![\w.,/])(?P<num>{DIGIT_COUNT}|{WORD_NUMBER})" + _COUNT_TAIL)


def _count_scans() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r""":data:`_COUNT_RE` as two scans whose matches together are its matches: counts in
    digits, tried only where a run of digits starts (:func:`number_led_matches`: the
    look-behind rules out a digit before), and counts in words, each first word followed by
    the look-behind (``hai(?<![\w.,/]hai)`` tests the same character before it) so that the
    engine skips to the letters they start with; the second also as the twin for the
    lower-cased copy. The look-behind first, the one pattern was tried at every position of
    a clause. No match of one scan can hold where a match of the other starts: a count in
    words holds no digit (checked here), and what follows a count in digits is a noun, whose
    words are no number's (tests)."""
    if not all(branch.startswith(r"\d") for branch in split_alternatives(DIGIT_COUNT[3:-1])):
        raise ValueError(f"a count in digits that opens with no digit: {DIGIT_COUNT!r}")
    first = WORD_NUMBER[3 : WORD_NUMBER.index(")")]  # "một|hai|...": the words it opens with
    words = "|".join(rf"{word}(?<![\w.,/]{word})" for word in split_alternatives(first))
    if re.search(r"\\d|[0-9]", WORD_NUMBER + _COUNT_NOUN):
        raise ValueError("a count in words that may hold a digit")
    worded = rf"(?P<num>(?:{words}){WORD_NUMBER[WORD_NUMBER.index(')') + 1 :]})" + _COUNT_TAIL
    digits = re.compile(rf"(?i)(?<![\w.,/])(?P<num>{DIGIT_COUNT})" + _COUNT_TAIL)
    any_case = re.compile("(?i)" + worded)
    return digits, any_case, plain_twin(any_case)


_COUNT_DIGITS, _COUNT_WORDS, _COUNT_WORDS_LOW = _count_scans()

ISSUER_HEAD = re.compile(r"(?<!\w)(?:" + ISSUER_HEADS + "|" + ASSOCIATION_HEADS + r")(?!\w)")

_ISSUER_HEAD_SCAN = re.compile(
    by_first_letter(
        [
            word_start_branch(form)
            for branch in split_alternatives(ISSUER_HEADS + "|" + ASSOCIATION_HEADS)
            for form in spelt_out(branch)
        ]
    )
    + r"(?!\w)"
)
r"""What :data:`ISSUER_HEAD` finds, for ``search``: each branch spelt out to open with its
first word and the look-behind moved after it (``Cục(?<!\wCục)...`` tests the same character
before the word), so that the engine skips to the letters a head starts with instead of
trying the look-behind and every branch at every position (a sixth of the time); the
branches joined under their leading letters (:func:`~tomtat.text.lowered.by_first_letter`,
same matches), so each place is tested one letter per group (about half the time again)."""

VERB_RE = re.compile(
    r"(?i)(?<!\w)(?:trao\s+tặng|tặng\s+thưởng|trao\s+thưởng|khen\s+thưởng|tặng|trao|"
    r"phong\s+tặng|truy\s+tặng|công\s+nhận|"
    + "|".join((*PRAISE_VERBS, *CASH_REWARD_VERBS))
    + r")(?!\w)"
)

_VERB_LOW = word_start_alternation_twin(VERB_RE)  # the same on the lower-cased text, faster


def find_verbs(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``VERB_RE.finditer(text, start, end)``, on the kept lower-cased copy of ``text`` (the
    article) when it has one: the same offsets; the matched words come lower-cased."""
    low = lowered(text)
    if low is None:
        return VERB_RE.finditer(text, start, end)
    return _VERB_LOW.finditer(low, start, end)


def find_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """``VERB_RE.search(text, start, end)``, as :func:`find_verbs` runs it."""
    low = lowered(text)
    return VERB_RE.search(text, start, end) if low is None else _VERB_LOW.search(low, start, end)


PASSIVE_RE = re.compile(r"(?i)(?<!\w)được(?!\w)")

# "nhận" as receiving; "công nhận", "ghi nhận", "xác nhận", "tiếp nhận", "thừa nhận", "chứng
# nhận" and "nhận thức|định|xét" are other words
_RECEIVE = (
    r"(?<!\w)(?<!công\s)(?<!ghi\s)(?<!xác\s)(?<!tiếp\s)(?<!thừa\s)(?<!chứng\s)"
    r"(?:đón\s+)?nhận(?!\s+(?:thức|định|xét|diện|lời))(?!\w)"
)
RECEIVE_RE = re.compile(r"(?i)" + _RECEIVE)

_RECEIVE_RE = re.compile(
    r"(?i)(?<!\w)(?:được(?!\s+(?:sự\s+)?(?:ủy|uỷ)\s+(?:quyền|nhiệm))(?!\w)|" + _RECEIVE + ")"
)

_SUBJECT_TAIL = re.compile(
    r"(?i)(?:\s+(?:đã|vinh\s+dự|cũng|đều|được|tiếp\s+tục|lần\s+thứ\s+\w+))+$"
)

_EVENT_MARKER = re.compile(
    r"(?i)(?<!\w)(?:dịp\s+này|nhân\s+dịp|tại\s+hội\s+nghị|tại\s+buổi|tại\s+lễ|tại\s+chương"
    r"\s+trình|trong\s+dịp|tại\s+đại\s+hội|tại\s+hội\s+thảo|tại\s+ngày\s+hội|hội\s+nghị\s+đã"
    r"|ban\s+tổ\s+chức|buổi\s+lễ|lễ\s+trao|cũng\s+tại|tại\s+đây)(?!\w)"
)

_PERIOD_MARKER = re.compile(
    r"(?i)(?<!\w)(?:\d+\s+năm\s+qua|qua\s+\d+\s+năm|trong\s+\d+\s+năm|sau\s+\d+\s+năm"
    r"|(?:những|các|nhiều|trong)?\s*năm\s+qua|giai\s+đoạn\s+\d{4}|nhiệm\s+kỳ"
    r"|từ\s+năm\s+\d{4}|từ\s+\d{4}\s+đến|\d+\s+năm\s+thực\s+hiện|\d+\s+năm\s+triển\s+khai"
    r"|trong\s+năm\s+\d{4}|giai\s+đoạn\s+(?:này|qua|vừa\s+qua|trước)|thời\s+gian\s+qua"
    r"|thời\s+gian\s+vừa\s+qua|những\s+năm\s+gần\s+đây|nhiệm\s+kỳ\s+qua|\d+\s+năm\s+(?:liền"
    r"|gần\s+đây)|từ\s+năm\s+\d{4}\s+đến\s+nay|từ\s+trước\s+đến\s+nay"
    # "Nhiều năm nay, ...", "năm học 2016 - 2017", and a period named before ("Cùng thời gian,
    # tỉnh cũng tặng ...", "cùng kỳ", "trong thời gian này")
    r"|(?:nhiều|mấy|bao|những)\s+năm\s+(?:nay|qua)|năm\s+học\s+\d{4}|năm\s+gần\s+đây"
    r"|cùng\s+(?:thời\s+gian|thời\s+kỳ|kỳ|giai\s+đoạn)|trong\s+thời\s+gian\s+(?:này|đó)"
    r"|(?:tính\s+)?(?:đến|tới)\s+nay"
    # the periods of a body's history, opening the sentence that tells it ("Qua các thời kỳ,
    # 7 tập thể được tặng ..."); not closing a noun phrase, with or without a comma
    # after it ("cán bộ qua các thời kỳ được trao ...", "15 lãnh đạo Hội qua các thời kỳ, được
    # tặng ..."): only a sentence's end, a line's or the text's start stands before it
    r"|(?<![^.!?\n\s])(?<![^.!?\n\s]\s)(?:qua|trong)\s+(?:các|những)\s+thời\s+kỳ(?=\s*,))(?!\w)"
)

# A period inside the merit of counted recipients ("49 tập thể và cá nhân có thành tích trong
# phong trào ... giai đoạn 2013 - 2023", "3 nhà giáo tiêu biểu năm học 2022 - 2023") says what
# they are honoured for, not when the grant was made: recipients, then words of merit, then the
# period, with no comma in between (an abbreviation's dot, "TP.Hội An", is no break); or the
# quoted title counted recipients reach, right before the period. "Biểu dương thành tích của 15 năm thực hiện" has no
# recipients before its merit: that period is the one reviewed.
_MERIT_BEFORE = re.compile(
    r"(?i)(?:(?<!\w)\d+\s+\w+|tập\s+thể|cá\s+nhân)(?!\w)(?:[^,;:.!?\n]|\.(?=\S)){0,80}?"
    r"(?<!\w)(?:thành\s+tích|phong\s+trào|cuộc\s+vận\s+động|tiêu\s+biểu|xuất\s+sắc"
    r"|tiên\s+tiến|điển\s+hình)(?!\w)(?P<tail>(?:[^,;:.!?\n]|\.(?=\S)){0,80})$"
    # the title the counted recipients reach, right before the period: "03 tập thể và 18 cá
    # nhân (có thành tích, đạt danh hiệu) “Lao động giỏi” giai đoạn 2015 - 2020"
    r"|(?<!\w)\d+\s+\w+(?!\w)[^;:!?\n“]{0,120}“[^”\n]{1,80}”\s*$"
)

# "Năm 2022, Công an huyện được Bộ Công an tặng Bằng khen": what happened during a year
_YEAR_OPENER = re.compile(r"\s*(?:Trong\s+)?[Nn]ăm(?:\s+\d{4}|\s+qua)?\s*,")

# "Với (những) kết quả đạt được trong năm 2018, ...": the year of the merit the grant rewards,
# not of the grant
_MERIT_OF_YEAR = re.compile(
    r"(?i)(?<!\w)(?:với|nhờ|từ)\s+(?:những\s+)?(?:kết\s+quả|thành\s+tích)[^,;.!?\n]{0,40}$"
)

_NOT_NOW_RE = re.compile(
    r"(?i)(?<!\w)(?:đề\s+nghị|đề\s+xuất|sẽ|từng\s+được|nhiều\s+lần\s+được|đã\s+được"
    r"|liên\s+tục\s+được|nhiều\s+năm\s+liền"
    # a ranking among many honoured ("X là một trong 12 hợp tác xã ... được Y tặng Bằng khen"):
    # a result reported, not a grant made at the event
    r"|là\s+(?:một\s+)?trong\s+(?:số\s+)?(?:\d+|những|các))(?!\w)"
)

# A proposal or a council's consideration of a grant, even at the meeting ("Tại hội nghị, cụm
# thi đua đề nghị Bộ X tặng Cờ thi đua ...", "đề nghị xét tặng"); "theo đề nghị của X" and
# "trên cơ sở đề nghị của X" name who proposed a grant that is made.
PROPOSAL_RE = re.compile(
    r"(?i)(?<!theo )(?<!sở )(?<!\w)(?:" + "|".join(PROPOSAL_WORDS) + r")(?!\w)(?!\s+của)"
)

# A grant to come ("UBND tỉnh sẽ trao tặng ...", "Dự kiến, ... trao"): not made at the event
# the report tells, even where it names that event
FUTURE_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(FUTURE_WORDS) + r")(?!\w)")

TIMES_HONOURED = r"\s+lần(?P<again>\s+liên\s+tiếp)?\s+(?:được|nhận|đón\s+nhận|vinh\s+dự)"
"""Regex fragment (case-insensitive), to follow a count: the words of a tally of times
honoured ("3 lần được tặng", "hai lần liên tiếp nhận"); the group ``again`` holds "liên tiếp".
The award finder reads such a tally as a record of past honours, and the statistics count it:
both use this one pattern, so they cannot disagree on what a tally is."""
TIMES_COUNT = r"(?:" + DIGIT_COUNT + "|" + WORD_NUMBER + r")"
"""Regex fragment: the count of a tally of times, in digits or in words ("3", "hai")."""
_TIMES_TALLY = TIMES_COUNT + TIMES_HONOURED

# Honours received before, said so even in a sentence about the meeting ("Tại hội nghị, đơn vị
# có 5 năm liên tục được Thủ tướng tặng Cờ thi đua", "nhiều lần được tặng", "đã từng được").
_PAST_HONOUR_RE = re.compile(
    r"(?i)(?<!\w)(?:từng\s+được|nhiều\s+lần\s+được|liên\s+tục\s+được"
    r"|\d+\s+năm\s+(?:liên\s+tục|liền)(?:\s+được)?"
    # a tally of times ("đã 3 lần được tặng Cờ thi đua", "hai lần nhận Bằng khen")
    r"|(?:nhiều|(?P<times>" + TIMES_COUNT + "))" + TIMES_HONOURED + r")(?!\w)"
)

# A record of honours over the years, told as a sentence's background ("Nhiều năm liền, trường
# đạt danh hiệu ..., được UBND tỉnh tặng Bằng khen", "Đơn vị liên tục đạt danh hiệu X, được Bộ
# tặng Cờ thi đua; Thủ tướng tặng Bằng khen"): every honour the sentence lists after it is past.
_PAST_RECORD_RE = re.compile(
    r"(?i)(?<!\w)(?:từng\s+(?:được|đạt|nhận)|nhiều\s+lần\s+(?:được|đạt|nhận)"
    r"|liên\s+tục\s+(?:nhiều\s+năm\s+)?(?:được|đạt|là|giữ\s+vững|nhận)"
    r"|\d+\s+năm\s+(?:liên\s+tục|liền)|nhiều\s+năm\s+liền"
    # a tally of times ("2 lần được tặng Huân chương", "ba lần nhận Cờ"): the sentence counts a
    # record, and the honours it lists after the tally belong to it
    r"|" + _TIMES_TALLY + r")(?!\w)"
)


HABIT_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(HABIT_WORDS) + r")(?!\w)")
"""A habit or a past year ("Hằng năm, ...", "... năm trước"): a sentence with one tells a
practice or a record, not a grant at the event (the award finder and the cross-check)."""


_BEFORE_THE_EVENT = re.compile(r"(?i)\s*(?:trước\s+đó|trước\s+đây|năm\s+ngoái)\s*,")


def past_record_at(text: str, start: int, end: int) -> int:
    """Where the sentence ``text[start:end]`` first tells a record of past honours (see
    ``_PAST_RECORD_RE``), else ``end``: a grant after it in a sentence with no event marker is
    part of the record, not made at the event. A sentence opening with "Trước đó" ("before
    that") tells what happened before the event, from its start."""
    if _BEFORE_THE_EVENT.match(text, start, end):
        return start
    found = _PAST_RECORD_RE.search(text, start, end)
    return end if found is None else found.start()


def event_marker_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` places something at the event ("Dịp này", "Tại hội nghị")."""
    low = lowered(text)  # the twin on the lower-cased copy finds the same markers, faster
    if low is None:
        return _EVENT_MARKER.search(text, start, end) is not None
    return _EVENT_MARKER_LOW.search(low, start, end) is not None


# Words that end an issuer phrase read after "của"/"do" or before a verb ("nhân dịp" ends it,
# the "nhân dân" of "Ủy ban nhân dân" does not).
_ISSUER_STOP = re.compile(
    r"(?i)(?:\s*[,;:(“\"]|\s+(?:cho|đối\s+với|vì|đã|đạt|có|do|được|tặng|trao|trong|tại|về|nhân(?!\s+dân)|nhằm"
    # what the award is given to or made of ("của Bộ X dành cho ...", "của Tỉnh đoàn gồm ...")
    r"|dành|gồm|bao\s+gồm"
    r"|năm\s+\d{4}|năm|khen\s+thưởng|"
    + "|".join(CASH_REWARD_VERBS)
    + r"|và\s+(?:các|những|nhiều|\d|được|nhận|đón\s+nhận|trao"
    # a second thing handed over with it ("Bằng khen của X và thưởng 3 triệu đồng")
    r"|tặng|thưởng|tiền\s+thưởng|phần\s+thưởng|cá\s+nhân|tập\s+thể"
    r"|bằng\s+khen|giấy\s+khen|k[ỷỉ]\s+niệm|cờ|huân|huy|thư\s+khen))(?!\w)"
    r"|\s+\d{1,2}[/:]\d{1,2}|\s*$)"
)

# Words between an award and a "của" that is not its issuer's: a verb, a recipient, a count,
# or the copula of a description ("Kỷ niệm chương X là phần thưởng của Bộ ... dành cho ...");
# the year of an award's own name ("Kỷ niệm chương X năm 2022 của Trung ương Đoàn") is no stop.
_NAME_WINDOW_STOP = re.compile(
    r"(?i)(?<!\w)(?:cho|được|tặng|trao|đã|tại|trong|lên|là|và\s+(?:các|những|\d|bằng|giấy|k[ỷỉ]"
    r"|cờ|huân))(?!\w)|[,;:]|(?<!\d)(?<!năm\s)\d"
)

_NAME_WINDOW_STOP_PLAIN = re.compile(
    r"(?i)(?<!\w)(?:cho|được|tặng|trao|đã|vì|có|đạt|là|và\s+(?:các|những|\d|bằng|giấy|k[ỷỉ]"
    r"|cờ|huân))(?!\w)|[,;:]|(?<!\d)(?<!năm\s)\d"
)

_OF_RE = re.compile(r"(?i)(?<!\w)(?:của|do)\s+")

_SPACE = re.compile(r"[^\S\n]+")

_MANNER = r"tiếp\s+tục|long\s+trọng|chính\s+thức|trân\s+trọng"

_LEADING_NOISE = re.compile(r"^(?:(?:" + "|".join(VERB_ADVERBS) + "|" + _MANNER + r")\s+)+", re.I)

_TRAILING_NOISE = re.compile(
    r"(?:\s+(?:" + "|".join(VERB_ADVERBS) + r"|sẽ|" + _MANNER + r"|kịp\s+thời"
    # a handing verb before the honour verb ("Phòng X trao khen thưởng ...", "X tặng tuyên
    # dương ..."): the verb, no word of the name
    r"|trao(?:\s+tặng)?|tặng))+$",
    re.I,
)

# Where a recipient's name ends: punctuation, the merit, a dash before the title ("Đại tá A -
# Phó Giám đốc"), the time of the handover ("vào sáng 10-9"), or a count after "và".
# "về" opens a merit ("về thành tích ..."), except in a police unit's name ("Phòng Cảnh sát
# điều tra tội phạm về ma túy", "... tội phạm về trật tự xã hội")
_UNIT_VE = r"(?<!tội\sphạm)\s+về(?!\w)"

_RECIPIENT_STOP = re.compile(
    r"(?i)\s*[,;:(]|\s+(?:vì|đã|có|đạt|do|trong|tại|nhằm|với|nhân\s+dịp)(?!\w)|"
    + _UNIT_VE
    + r"|\s+[-–]\s+|\s+vào\s+(?:sáng|chiều|tối|trưa|ngày|dịp)(?!\w)"
    r"|\s+(?:và|cùng)\s+(?=\d)|\s*$"
)

_RECIPIENT_BAD_START = re.compile(
    r"(?i)^(?:các|những|nhiều|một\s+số|mỗi|tập\s+thể|cá\s+nhân|\d|đơn\s+vị\s+và|hội\s+nghị"
    r"|lãnh\s+đạo|đại\s+diện|thay\s+mặt|ông|bà|đồng\s+chí|lễ"
    # the people of a unit, uncounted ("CBCS Công an tỉnh", "cán bộ, chiến sĩ Đồn X"): persons
    # of a class, not a named unit
    r"|cbcs|cbcnv|cán\s+bộ|chiến\s+sĩ|hội\s+viên|đoàn\s+viên|đảng\s+viên|giáo\s+viên"
    r"|học\s+sinh|sinh\s+viên|công\s+nhân|người\s+lao\s+động)(?!\w)"
)

# a person: a form of address, a rank, or the holder of an office ("Giám đốc Công an tỉnh")
PERSON_RECIPIENT = re.compile(
    r"^(?:ông|bà|anh|chị|em|cháu|đồng\s+chí|liệt\s+sĩ|(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)"
    r"|(?:phó\s+)?(?:giám\s+đốc|chủ\s+tịch|bí\s+thư|chỉ\s+huy\s+trưởng|chính\s+ủy|chính\s+uỷ"
    r"|tư\s+lệnh|cục\s+trưởng|trưởng\s+(?:ban|phòng|công\s+an)|đồn\s+trưởng|hiệu\s+trưởng"
    r"|chánh\s+án|viện\s+trưởng|bộ\s+trưởng|thứ\s+trưởng|tổng\s+giám\s+đốc|chủ\s+nhiệm"
    r"|chánh\s+(?:văn\s+phòng|thanh\s+tra)|tổng\s+biên\s+tập))"
    r"\s+\w",
    re.I,
)

_MAX_ISSUER_WORDS = 14

# A role followed by a personal name ("Thủ tướng Phạm Minh Chính", "Tổng Bí thư Tô Lâm"): the
# words after the role are two to four capitalised syllables, none the head of a body.
_PERSON_ROLE = re.compile(POST_HEADS + r"\s+")
_NAME_SYLLABLE = re.compile(UPPER_LETTER + r"[a-zà-ỹđ]*")

# The issuer written before a verb ends before "(đã) (ký|có|ra) quyết định (số N)": "Nhà nước đã quyết định
# tặng thưởng ..." is granted by "Nhà nước"; and before "tổ chức (lễ)": "Bộ X tổ chức trao tặng
# Bằng khen" is granted by "Bộ X" (its ceremony hands over its own award).
_DECIDED_TAIL = re.compile(
    r"(?i)(?:(?:\s+(?:đã|vừa))?(?:\s+(?:ký|ban\s+hành|có|ra))?\s+quyết\s+định"
    r"(?:\s+số\s+[\w/.-]+)?(?:\s+ngày\s+[\d/.-]+)?|\s+về\s+việc"
    # "Ban Tổ chức" is a body (the organising committee), not "Ban" that holds a ceremony
    r"|(?<!\bban)(?:\s+(?:đã|vừa))?\s+tổ\s+chức(?:\s+(?:buổi\s+)?lễ)?"
    # "Sở X thống nhất thưởng ...": the body agreed to grant; it grants. Lower case only: a
    # capitalised "Thống Nhất" is a place's name ("huyện Thống Nhất", "xã Thống Nhất")
    r"|(?:\s+(?:đã|vừa|cũng))?\s+(?-i:thống\s+nhất))$"
)

_DECIDED_WORDS = ("quyết", "việc", "chức", "nhất")
"""A word each branch of ``_DECIDED_TAIL`` holds: a phrase without one keeps its end."""

# Only the State grants a Huân chương (the Chủ tịch nước signs it): any other body or official
# that "trao" one hands it over.
_STATE_ISSUER = re.compile(r"(?i)(?:Chủ\s+tịch\s+nước|Nhà\s+nước|Đảng)(?!\w)")


_PRINCIPAL_OF = re.compile(
    r"(?i)(?<!\w)(?:quyết\s+định(?:\s+(?:số\s+)?[\w/.-]*\d[\w/.-]*)?\s+của"
    r"|(?:" + MANDATE_WORDS + r")(?:\s+của)?)\s+"
)


def state_honour_presenter(award_type: AwardType, issuer: str) -> bool:
    """Whether ``issuer`` can only be presenting a state honour (a Huân chương) it names."""
    return award_type is AwardType.HUAN_CHUONG and _STATE_ISSUER.search(issuer) is None


def is_presenter(issuer: str) -> bool:
    """Whether an issuer phrase names the person who hands an award over, not who grants it.

    A deputy ("Phó Giám đốc Công an tỉnh", "Phó Bí thư ...") hands over an award on behalf of
    the head of the body, who grants it; a role followed by a personal name ("Thủ tướng Phạm
    Minh Chính trao ...") names the official presenting at the ceremony, while FORMAT's issuers
    are bodies and offices. Either way the text does not say who grants through that phrase.
    """
    if issuer.startswith("Phó "):
        return True
    if "," in issuer:
        # "(thay mặt lãnh đạo) Đảng, Nhà nước, Thủ tướng Nguyễn Văn A trao": the last of the
        # listed names is the person who hands over, on behalf of those before
        last = issuer.rsplit(",", 1)[1].strip()
        return bool(last) and "," not in last and is_presenter(last)
    role = _PERSON_ROLE.match(issuer)
    if role is None:
        return False
    words = issuer[role.end() :].split()
    if not 2 <= len(words) <= 4:
        return False
    if ISSUER_HEAD.match(issuer, role.end()):
        return False
    return all(_NAME_SYLLABLE.fullmatch(word) and word[0].isupper() for word in words)


LOOKBACK = 160

# A person named by a form of address or a rank and a capitalised name, then a dash, comma or
# bracket before the post ("Ông Nguyễn Văn A - ", "Thượng tá Trần B, ", "đồng chí C ("): the post
# that follows is that person's, who hands the award over.
_DEPUTY_BEFORE = re.compile(
    r"(?<!\w)(?:Phó|PCT|P\.CT)(?:\s+[^\s,;:]+)?\s*$"
    # "Lãnh đạo Công an huyện trao ...": the body's leaders hand the award over
    r"|(?i:(?<!\w)(?:đại\s+diện\s+)?lãnh\s+đạo)\s*$"
)
# a person addressed by name inside a subject phrase ("... Đ/c Trần Thị A-Chủ tịch ..."): the
# forms of address no body's or place's name holds (a capitalised "Bà" opens "Bà Rịa")
_PERSON_INSIDE = re.compile(r"(?<!\w)(?:[Đđ]/[Cc]|[Đđ]ồng\s+chí|ông|bà)\s+" + UPPER_LETTER)

_NAMED_PERSON = (
    r"(?<!\w)(?:[ÔôBb](?:ng|à)|[Đđ]ồng\s+chí|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý))"
    r"(?:\s+" + UPPER_LETTER + r"[\wà-ỹ]*){1,4}\s*(?:[,(]|[-–])\s*"
)
_NAMED_PERSON_RIGHT_BEFORE = re.compile(_NAMED_PERSON + "$")
_NAMED_PERSON_BEFORE = re.compile(
    _NAMED_PERSON
    # other posts the person holds, listed before the one that acts ("Đại tá A, Ủy viên
    # Ban Thường vụ Tỉnh ủy, Giám đốc ..."): capitalised, each closed by a comma
    + r"(?:"
    + UPPER_LETTER
    + r"[^,;:.()\n]{1,60}?,\s*){0,2}$"
)
_PERSON_WINDOW = 150
"""How far before a post a person named with it may start (the name and two more posts)."""
_POST_HEAD = re.compile(POST_HEADS)


def person_named_before(text: str, clause_start: int, at: int) -> bool:
    """Whether a person named with a form of address or a rank stands right before ``at``, the
    start of a post ("Đồng chí A - Bí thư Huyện ủy ...", "Ông B, Chủ tịch ..."): the post is
    that person's, who acts at the ceremony in person. Other posts may come between the name
    and a post at ``at`` ("Đại tá A, Ủy viên ..., Giám đốc ..."), never before a body there:
    in "ông A, Phó Chủ tịch UBND tỉnh, UBND tỉnh trao ..." the body acts, not the guest."""
    person = _NAMED_PERSON_BEFORE if _POST_HEAD.match(text, at) else _NAMED_PERSON_RIGHT_BEFORE
    return person.search(text, max(clause_start, at - _PERSON_WINDOW), at) is not None


@dataclass
class TypeHit:
    type: AwardType
    start: int
    end: int
    issuer: str | None = None
    issuer_active: bool = False
    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # key -> value,s,e
    recipients: list[str] = field(default_factory=list)
    carried: bool = False
    untyped: bool = False
    needs_count: bool = False  # a prize ("giải thưởng") is a grant only with counted recipients
    winnable: bool = False  # a medal or prize ("huy chương", "giải thưởng"): may be won
    cash: bool = False  # a reward in cash ("thưởng nóng", "trao thưởng"), no award named
    # counts after a list of award words, of the whole list (see assign_counts): key -> span
    shared: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass
class CountHit:
    key: str  # collectives | individuals | total
    value: int
    start: int
    end: int
    type_start: int | None = None  # a "45 giấy khen" count names its type


_CORE_NOUN = re.compile(r"(?i)tập\s+thể|cá\s+nhân")

# the word before a count of recipients: "cho", a verb of granting (with an adverb of how:
# "khen thưởng đột xuất 4 đơn vị"), or a list's punctuation
_SLOT_BEFORE = re.compile(
    r"(?i)(?:(?<!\w)(?:cho|đối\s+với|gồm|và|có|tặng|trao|thưởng|"
    + "|".join(PRAISE_VERBS)
    + r"|công\s+nhận)"
    r"(?:\s+(?:đột\s+xuất|kịp\s+thời))?"
    # the award named between the verb and its recipients ("tặng bằng khen 9 hộ")
    r"(?:\s+(?:" + "|".join(COUNTED_AWARD_WORDS) + r"))?(?:\s+cho)?|[,:;(])\s*$"
)
_SLOT_REACH = 28  # characters before a count that _SLOT_BEFORE reads

_SLOT_AFTER = re.compile(r"(?i)[^.;,]{0,40}?(?<!\w)được(?!\w)")

# a count opening its sentence is its subject: "17 đồng chí đang công tác tại các đơn vị, được
# nhận Huy chương ..." (the subject may carry a comma-separated description)
# the sentence may open with where or when the event acts ("Nhân dịp này 20 cán bộ ...")
_OPENS_SENTENCE = re.compile(
    r"(?i)(?:^|[.!?…\n])\s*(?:(?:nhân\s+dịp\s+này|dịp\s+này|cũng\s+tại\s+[^\d,.;!?\n]{0,30}"
    r"|tại\s+[^\d,.;!?\n]{0,30})\s*,?\s*)?$"
)
_SUBJECT_SLOT_AFTER = re.compile(r"(?i)[^.;\n]{0,100}?(?<!\w)được(?!\w)")


def _grant_slot(text: str, num_start: int, noun_end: int) -> bool:
    """Whether a count of "người"/"cán bộ"/"đơn vị"... sits where grants name recipients."""
    if _SLOT_BEFORE.search(text, max(0, num_start - _SLOT_REACH), num_start):
        return True
    if _SLOT_AFTER.match(text, noun_end, noun_end + 50) is not None:
        return True
    return (
        _OPENS_SENTENCE.search(text, max(0, num_start - 50), num_start) is not None
        and _SUBJECT_SLOT_AFTER.match(text, noun_end, noun_end + 110) is not None
    )


# A count of the whole a subset is picked from ("Trong số 80 cá nhân được tuyên dương, có nhà
# báo A", "trong số 12 tập thể ấy, 3 trường ..."): the recipients told before, not a new grant.
# ("9 cá nhân nói trên còn được tặng Giấy khen" is one: the same persons, a new award.)
# a verb of honouring (and the award it gives) right before a count: "tuyên dương 40 hộ",
# "trao Giấy khen cho 8 hộ"
_HONOURED_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:tặng|trao|" + "|".join(HONOUR_VERBS) + r")"
    r"(?:\s+(?:giấy\s+khen|bằng\s+khen))?"
    # the award's grantor between ("trao Bằng khen của Bộ trưởng Bộ X cho 3 hộ")
    r"(?:\s+của\s+[^\d,.;:]{3,60}?)?(?:\s+cho)?\s+$"
)
_HONOURED_REACH = 100  # characters back from a count of households to its verb

_AMONG_BEFORE = re.compile(r"(?i)(?<!\w)(?:trong\s+số|tăng(?:\s+thêm)?|giảm)\s+$")
"""Before a number that counts no recipients: "trong số" (among), and "tăng|giảm" (a change
from another count: "nhiều hơn 3 huy chương so với kỳ trước")."""


_START = methodcaller("start")


def _count_matches(text: str, start: int, end: int, low: str | None) -> list[re.Match[str]]:
    """``list(_COUNT_RE.finditer(text, start, end))``, read by its two scans (see
    :func:`_count_scans`), the words on ``low`` (the lower-cased copy) when given."""
    matches = number_led_matches(_COUNT_DIGITS, text, start, end)
    worded = (
        _COUNT_WORDS_LOW.finditer(low, start, end)
        if low is not None
        else _COUNT_WORDS.finditer(text, start, end)
    )
    matches.extend(worded)
    if len(matches) > 1:
        matches.sort(key=_START)  # in text order, as the one pattern finds them
    return matches


def count_hits(text: str, start: int, end: int, low: str | None = None) -> list[CountHit]:
    """The recipient counts of a stretch ("12 tập thể", "5 cá nhân", "45 giấy khen")."""
    hits: list[CountHit] = []
    for match in _count_matches(text, start, end, low):
        value = parse_count(match.group("num"))
        if value is None:
            continue
        num_start, num_end = match.start("num"), match.end("num")
        noun = match.group("coll") or match.group("ind")
        if noun and not _CORE_NOUN.match(noun) and not _grant_slot(text, num_start, match.end()):
            continue  # "cứu 20 người": only "tập thể"/"cá nhân" count anywhere in the clause
        if _AMONG_BEFORE.search(text, max(0, num_start - 12), num_start):
            continue
        if match.group("household"):
            if _HONOURED_BEFORE.search(text, max(0, num_start - _HONOURED_REACH), num_start):
                hits.append(CountHit("total", value, num_start, num_end))
        elif match.group("either"):
            if _SLOT_BEFORE.search(text, max(0, num_start - _SLOT_REACH), num_start):
                hits.append(CountHit("total", value, num_start, num_end))
        elif match.group("both"):
            hits.append(CountHit("total", value, num_start, num_end))
        elif match.group("coll"):
            hits.append(CountHit("collectives", value, num_start, num_end))
        elif match.group("ind"):
            hits.append(CountHit("individuals", value, num_start, num_end))
        else:
            hits.append(CountHit("total", value, num_start, num_end, match.start("type")))
    return hits


_NAMED_PRIZE = re.compile(r"Giải\s+thưởng\s+(?P<first>\w)")


_RECEIVE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:đón\s+)?nhận|được(?:\s+(?:phong|trao|tặng|truy\s+tặng))?)\s*$"
)


# what follows an honour's medal: its name, capitalised, quoted or opening as the honours'
# names do ("Huy chương Quân kỳ quyết thắng", "Huy chương “Vì thế hệ trẻ”", "huy chương kháng
# chiến"), or its grantor ("Huy chương của Nhà nước")
_MEDAL_NAMED = re.compile(
    r"\s*(?:[“\"']|(?i:của|" + "|".join(HONOUR_MEDAL_NAMES) + r")(?!\w)|" + UPPER_LETTER + ")"
)
# a medal's colour ("huy chương vàng", "Huy chương Bạc"): a place won in a contest
_MEDAL_COLOUR = re.compile(r"(?i)\s+(?:" + "|".join(MEDAL_COLOURS) + r")(?!\w)")
_CONTEST_CONTEXT = re.compile(r"(?i)(?<!\w)(?:" + "|".join(CONTEST_WORDS) + r")(?!\w)")
# characters either side of a medal that _CONTEST_CONTEXT reads, within its sentence
_CONTEST_REACH = 200


def _contest_medal(text: str, start: int, end: int) -> bool:
    """Whether the "huy chương" at ``text[start:end]`` is a contest's medal, not an honour:
    a medal of a colour ("5 huy chương vàng"), or one with no name nor grantor in a sentence
    of a match or contest ("37 huy chương cho các đội bóng", "54 Huy chương cho các
    đội") ranks a competitor; it is a result to count, not an award granted. A medal named
    ("huy chương kháng chiến", "Huy chương Quân kỳ ...") is an honour, and so is a bare one
    outside a contest ("trao huy chương cho 4 hội viên"), whatever its case."""
    if _MEDAL_COLOUR.match(text, end) is not None:
        return True
    if _MEDAL_NAMED.match(text, end) is not None:
        return False
    lo = max(0, start - _CONTEST_REACH)
    lo = max(lo, text.rfind(".", lo, start) + 1)
    hi = text.find(".", end, end + _CONTEST_REACH)
    hi = min(len(text), end + _CONTEST_REACH) if hi < 0 else hi
    return _CONTEST_CONTEXT.search(text, lo, hi) is not None


def type_hits(text: str, start: int, end: int, low: str | None = None) -> list[TypeHit]:
    hits: list[TypeHit] = []
    matches = (
        _TYPE_SCAN_LOW.finditer(low, start, end)
        if low is not None
        else _TYPE_RE.finditer(text, start, end)
    )
    for match in matches:
        group = match.lastgroup or "other"
        group = _TYPE_GROUP_OF.get(group, group)  # the twin's "other__2" is "other"
        award_type = _GROUP_TYPE[group]
        word = match.group().lower()
        if group == "other" and word.startswith("danh"):
            # "danh hiệu" is an honour only when granted or received ("tặng danh hiệu",
            # "công nhận ...", "X nhận danh hiệu ...", "được phong danh hiệu")
            before = text[max(start, match.start() - 30) : match.start()]
            if not (VERB_RE.search(before) or _RECEIVE_BEFORE.search(before)):
                continue
        if (
            group == "other"
            and word.startswith("huy")
            and _contest_medal(text, match.start(), match.end())
        ):
            continue
        if (
            match.start() > 0
            and text[match.start() - 1] in "\"'“‘"
            and text[match.end() : match.end() + 1] in ('"', "'", "”", "’")
            and text[match.end() : match.end() + 1]
        ):
            continue  # the word quoted ('"Bằng khen"'), not a grant of it
        prize = group == "other" and word.startswith("giải")
        named = _NAMED_PRIZE.match(text, match.start()) if prize else None
        if named is not None and named.group("first").isupper():
            # "trao tặng Giải thưởng Võ Trường Toản": a named prize handed over is a grant
            prize = not find_verb(text, max(start, match.start() - 30), match.start())
        hits.append(
            TypeHit(
                award_type,
                match.start(),
                match.end(),
                needs_count=prize,
                winnable=group == "other" and word.startswith(("huy", "giải")),
            )
        )
    return hits


def clean_phrase(phrase: str) -> str:
    phrase = phrase.strip(" \t\n,.;:-–\"“”'‘’()")
    phrase = _LEADING_NOISE.sub("", phrase)
    phrase = _TRAILING_NOISE.sub("", phrase)
    return " ".join(phrase.split())


def issuer_after(text: str, pos: int, end: int, award_type: AwardType) -> str | None:
    """Issuer written after the type: "Bằng khen (của) Bộ Công an", "... do UBND tỉnh trao"."""
    window_end = min(end, pos + 220)
    stop_re = _NAME_WINDOW_STOP if award_type in _NAMED_TYPES else _NAME_WINDOW_STOP_PLAIN
    direct = _SPACE.match(text, pos, window_end)
    if award_type not in _NAMED_TYPES and direct and ISSUER_HEAD.match(text, direct.end()):
        # "tặng Bằng khen Trung ương Đoàn cho ...": an award without a name of its own is
        # followed by its issuer's name, "của" left out
        issuer_start = direct.end()
    else:
        of = _OF_RE.search(text, pos, window_end)
        if of is None or stop_re.search(text, pos, of.start()) is not None:
            return None
        issuer_start = of.end()
    head = ISSUER_HEAD.match(text, issuer_start, window_end)
    if head is None:
        return None
    stop_after = _ISSUER_STOP.search(text, head.end(), window_end)
    issuer_end = stop_after.start() if stop_after else window_end
    issuer_end = _joint_after(text, issuer_end, window_end)
    issuer = clean_phrase(text[issuer_start:issuer_end])
    if not issuer or len(issuer.split()) > _MAX_ISSUER_WORDS:
        return None
    return issuer


# "X công nhận 12 tập thể đạt danh hiệu ...": the counted recipients of a recognition between
# its verb and the title
_RECOGNISED_BETWEEN = re.compile(r"(?i)\s*\d[\d.]*\s+[^\d,.;:()]{1,40}?\s+đạt\s*")

_COMMA = re.compile(r"\s*,\s*")

# "X trao cho 12 tập thể và 20 cá nhân Bằng khen": the recipients before the award word, a
# phrase with no verb of its own
_RECIPIENTS_BETWEEN = re.compile(
    r"(?i)\s*cho\s+(?:(?!(?:được|nhận|tặng|trao|khen)(?!\w))[^.;:\n])" + r"{1,100}?\s+"
)


def _joint_after(text: str, end: int, window_end: int) -> int:
    """Where an issuer read after "của" ends when more issuers follow with commas: "Huân
    chương ... của Đảng, Nhà nước cho X" is one joint grant (FORMAT), so the issuer runs to
    "Nhà nước". A part joins only when it is a body's name that ends where the phrase ends
    ("cho", a verb, the clause's end), not a clause of its own."""
    for _ in range(3):
        comma = _COMMA.match(text, end, window_end)
        if comma is None:
            return end
        head = ISSUER_HEAD.match(text, comma.end(), window_end)
        if head is None:
            return end
        stop = _ISSUER_STOP.search(text, head.end(), window_end)
        part_end = stop.start() if stop else window_end
        if len(text[comma.end() : part_end].split()) > 8:
            return end
        after = text[part_end : part_end + 6]
        if not (after.startswith(",") or re.match(r"\s+(?:cho|tặng|trao)(?!\w)", after)):
            return end
        end = part_end
    return end


def _ends_a_persons_name(before: str) -> bool:
    """Whether the words right before an issuer's head are the start of a personal name that
    the head word ends ("Đại tá Nguyễn Thanh Trường tặng ...": "Trường" is the man's given
    name, not a school): a run of capitalised words up to the head, opening with a surname."""
    if before[-1:] not in (" ", "\xa0"):
        return False
    run: list[str] = []
    for word in reversed(before.split()):
        if not word[:1].isupper() or not word.isalpha():
            break
        run.append(word)
    return bool(run) and run[-1].lower() in SURNAMES


_BODY_NOUN_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join((*(level.replace(" ", r"\s+") for level in UNIT_LEVELS), *NAMED_BODY_NOUNS))
    + r")\s*$"
)


def post_without_holder(phrase: str) -> str | None:
    """The post of a phrase that is a post followed by its holder's name ("Bí thư Huyện ủy X
    Trần Văn A" -> "Bí thư Huyện ủy X", "Chủ tịch nước Lê Văn B" -> "Chủ tịch nước"), else
    None. The name is the phrase's last three or four capitalised syllables, opening with a
    surname, after a post word; not after a place-kind word or an institution noun ("huyện Trần
    Văn Thời", "Trường THPT Lê Văn A", "Bệnh viện Trần B", "Đoàn TNCS Phạm C": the name is the
    place's or the body's).
    A bare surname and given name ("Hà Nội") is too often a place's to be read as a name."""
    if _PERSON_ROLE.match(phrase) is None:
        return None
    # "Chủ tịch UBND tỉnh Trần Văn A cũng (đã) trao": an adverb before the verb is no name
    words = _ADVERBS_AT_END.sub("", phrase).split()
    for size in (3, 4):
        if len(words) <= size + 1:
            continue
        name = words[-size:]
        if name[0].lower() not in SURNAMES:
            continue
        if not all(_NAME_SYLLABLE.fullmatch(word) for word in name):
            continue
        post = " ".join(words[:-size])
        if _BODY_NOUN_BEFORE.search(post) and not _OF_A_PROVINCE.search(post):
            return None
        return post
    return None


_ADVERBS_AT_END = re.compile(r"(?i)(?:\s+(?:" + "|".join(VERB_ADVERBS) + r"))+\s*$")

# a post of a province's body ends in "tỉnh": no province is named after a person, so the
# capitalised name after it is the post holder's ("Chủ tịch UBND tỉnh Trần Văn A")
_OF_A_PROVINCE = re.compile(r"(?<!\w)" + PROVINCE_ELECTED_BODIES + "$")


_SEGMENT_BREAK = re.compile(r"[,:(]|\s-\s")
"""What ends the phrase before a verb: a comma, colon or bracket, a spaced dash."""
_COUNTS_ONLY = re.compile(r"\s*(?:\d[\d.]*\s*|lượt\s+)*")
"""Between a verb and its award word, only counts ("tặng 12 Bằng khen", "trao 5 lượt")."""


def issuer_before(text: str, clause_start: int, type_start: int) -> tuple[str | None, bool]:
    """Issuer written before the verb: "Cục V05 tặng ...", "được Bộ Công an tặng ...".

    Returns the issuer and whether the grant is active (issuer as subject of the verb).
    """
    window_start = max(clause_start, type_start - LOOKBACK)
    verbs = list(find_verbs(text, window_start, type_start))
    if not verbs:
        return None, False
    verb = verbs[-1]
    between = text[verb.end() : type_start]
    verb = _first_of_run(text, verbs)
    if (
        between.strip()
        and not _COUNTS_ONLY.fullmatch(between)
        and not _RECOGNISED_BETWEEN.fullmatch(between)
        and not _RECIPIENTS_BETWEEN.fullmatch(between)
    ):
        return None, False
    # the phrase before the verb, back to the last comma / clause start
    segment_start = window_start
    for sep in _SEGMENT_BREAK.finditer(text, window_start, verb.start()):
        segment_start = sep.end()
    post = _post_before_holder(text, window_start, segment_start, verb.start())
    if post is not None and not verb.group().lower().startswith("trao"):
        # "Chủ tịch UBND huyện X - Lê Văn A khen thưởng ...": the holder, named after his post,
        # grants through it as "Đại tá A, Giám đốc Công an tỉnh tặng ..." does
        issuer = clean_phrase(text[post[0] : post[1]])
        return (issuer or None), bool(issuer)
    segment = text[segment_start : verb.start()]
    passive = None
    for match in PASSIVE_RE.finditer(segment):
        passive = match
    if passive is not None:
        agent_start = segment_start + passive.end()
        while agent_start < verb.start() and text[agent_start].isspace():
            agent_start += 1
        head = ISSUER_HEAD.match(text, agent_start, verb.start())
        if head is None:
            return None, False
        issuer = clean_phrase(text[head.start() : verb.start()])
        return (issuer or None), False
    head = _ISSUER_HEAD_SCAN.search(text, segment_start, verb.start())
    if head is None or _ends_a_persons_name(text[segment_start : head.start()]):
        return None, False
    hands_over = verb.group().lower().startswith("trao")
    if (
        hands_over
        and any(person_named_before(text, clause_start, at) for at in (segment_start, head.start()))
    ) or _DEPUTY_BEFORE.search(text, segment_start, head.start()):
        # "Ông Nguyễn Văn A - Giám đốc Sở X trao ...", "Thượng tá B, Chỉ huy trưởng ... trao":
        # a person named with the post hands over at the ceremony ("Đại tá C, Giám đốc Công
        # an tỉnh tặng ..." grants through the post); "Phó CT UBND huyện tặng": a deputy
        return None, False
    # the issuer must run up to the verb: no lowercase clause words in between
    phrase = _subject_phrase(text, head.start(), verb.start())
    if (
        phrase is None
        or _PERSON_INSIDE.search(phrase)
        or (
            # a post followed by its holder's name: the official in person hands over (FORMAT)
            hands_over and post_without_holder(phrase) is not None
        )
    ):
        # "tại Hội trường X, đồng chí A - Chủ tịch Y trao ...": a person's name is in the
        # words before the verb, so they name who hands over, not a granting body
        return None, False
    if not text[segment_start : head.start()].strip():
        joint, joint_start = _joint_issuer(text, window_start, segment_start)
        if joint and hands_over and person_named_before(text, clause_start, joint_start):
            return None, False  # "Đồng chí A, Bí thư Huyện ủy, Chủ tịch UBND huyện trao"
        phrase = joint + phrase
    issuer = clean_phrase(_granting_subject(phrase))
    if not issuer or len(issuer.split()) > _MAX_ISSUER_WORDS:
        return None, False
    return issuer, True


# the words between a post and the verb: its holder's name after a dash or a comma ("- Lê
# Văn A", ", ông Trần B"), then the adverbs of the verb ("đã", "vừa đến")
_HOLDER_THEN_VERB = re.compile(
    r"(?:\s+[-–]\s+|\s*,\s*)(?:(?:ông|bà|đồng\s+chí)\s+)?"
    r"(?P<name>" + UPPER_LETTER + r"\w*(?:\s+" + UPPER_LETTER + r"\w*){1,3})"
    r"(?:\s+(?:đã|vừa|đến|trực\s+tiếp))*\s*"
)


def _post_before_holder(
    text: str, window_start: int, segment_start: int, verb_start: int
) -> tuple[int, int] | None:
    """The span of the post written right before its holder's name, where only that name (and
    the verb's adverbs) stands before the verb: "Chủ tịch UBND huyện X - Lê Văn A (vừa đến)
    khen thưởng": the post is the subject's, not the name. None where the words before the
    verb are anything else or no post opens the words before the name."""
    if segment_start <= window_start:
        return None
    sep_start = segment_start
    while sep_start > window_start and (
        text[sep_start - 1].isspace() or text[sep_start - 1] in ",-–"
    ):
        sep_start -= 1
    holder = _HOLDER_THEN_VERB.fullmatch(text, sep_start, verb_start)
    if holder is None or holder.group("name").split()[0].lower() not in SURNAMES:
        return None
    post_start = window_start
    for sep in _SEGMENT_BREAK.finditer(text, window_start, sep_start):
        post_start = sep.end()
    while post_start < sep_start and text[post_start].isspace():
        post_start += 1
    post = text[post_start:sep_start]
    if _POST_HEAD.match(post) is None or is_presenter(post) or len(post.split()) > _MAX_POST_WORDS:
        return None  # no post, or a deputy's (who hands over for the head)
    return post_start, sep_start


_MAX_POST_WORDS = 12


JOINED_VERBS = re.compile(r"(?i)\s*(?:,|và|,\s*và)\s*")
"""What joins the verbs of one run ("tuyên dương, khen thưởng", "biểu dương và tặng",
"tuyên dương, và khen thưởng"): fullmatched between two verbs, they share one subject and one
object. The one definition for the issuer's run and the counts' run (award_mentions)."""


def _first_of_run(text: str, verbs: list[re.Match[str]]) -> re.Match[str]:
    """The first verb of the run that ends with the last of ``verbs``: "X đã tuyên dương, khen
    thưởng ..." has X as the subject of both verbs, the comma between them no subject's end."""
    at = len(verbs) - 1
    while at > 0 and JOINED_VERBS.fullmatch(text, verbs[at - 1].end(), verbs[at].start()):
        at -= 1
    return verbs[at]


_ANNOUNCES_A_DECISION = re.compile(
    r"(?i)\s(?:công\s+bố|đọc|trao(?:\s+tặng)?)\s+(?:các\s+)?quyết\s+định(?:\s+số\s+[\w/.-]+)?"
    r"(?:\s+ngày\s+[\d/.-]+)?\s*$"
)

# "phối hợp (với|cùng) <body>" as a verb: two bodies handing over together. Not the words of a
# body's own name ("Hội đồng phối hợp phổ biến ...", "Ban Chỉ đạo phối hợp liên ngành")
_TOGETHER = re.compile(
    r"(?i)(?<!\w)phối\s+hợp\s+(?:(?:với|cùng)(?!\w)|(?-i:" + ISSUER_HEADS + r")(?!\w))"
)

_TENSE_WORD = re.compile(r"(?i)\s+(?:" + "|".join(TENSE_WORDS) + r")\s+")


def _subject_phrase(text: str, start: int, verb_start: int) -> str | None:
    """The subject's words from its head at ``start`` to the verb, less a tail that is not
    its name ("đã ký quyết định", "về việc", "tổ chức lễ"; a tense word and what follows);
    None where the subject only reads a decision out."""
    if may_hold(text, start, verb_start, ("quyết",)) and _ANNOUNCES_A_DECISION.search(
        text, start, verb_start
    ):
        # "Giám đốc Sở Nội vụ công bố quyết định công nhận ...": who reads a decision out
        # does not grant it, and the text does not say here whose it is
        return None
    if may_hold(text, start, verb_start, ("phối",)) and _TOGETHER.search(text, start, verb_start):
        # "Phòng X phối hợp với Công an huyện Y trao ...": bodies that hand an award over
        # together; the text does not say here whose award it is
        return None
    phrase = text[start:verb_start].rstrip()
    if may_hold(text, start, verb_start, _DECIDED_WORDS):
        phrase = _DECIDED_TAIL.sub("", phrase)
    # "UBND huyện đã tổ chức 3 hội nghị và tặng ...": a tense word ends the subject's name
    return _TENSE_WORD.split(phrase, maxsplit=1)[0]


def subject_name(phrase: str) -> str:
    """A subject phrase written before a verb of honouring, less a tail that is not its name
    ("Tỉnh đoàn tổ chức tuyên dương ..." -> "Tỉnh đoàn"; "UBND huyện đã ... và khen thưởng")."""
    phrase = _DECIDED_TAIL.sub("", phrase.rstrip())
    return _TENSE_WORD.split(phrase, maxsplit=1)[0]


def _granting_subject(phrase: str) -> str:
    """The part of a subject phrase that grants: "X công bố|trao Quyết định (số N) của Y về
    việc tặng ...", "X thừa ủy quyền Y trao ...": the decision's author, the principal Y;
    "Thủ tướng tặng Bằng khen và tặng Cờ thi đua": the subject of the first verb."""
    principals = list(_PRINCIPAL_OF.finditer(phrase))
    if principals and ISSUER_HEAD.match(phrase, principals[-1].end()):
        phrase = phrase[principals[-1].end() :]
    earlier = VERB_RE.search(phrase)
    return phrase[: earlier.start()] if earlier is not None else phrase


_JOINT_PART = re.compile(r"[^,:;()]{2,80},\s*$")


def _joint_issuer(text: str, window_start: int, segment_start: int) -> tuple[str, int]:
    """The issuers listed before the subject with commas: "Bộ Công an, Trung ương Đoàn tặng
    Bằng khen ..." is one joint grant (FORMAT), so the subject is "Bộ Công an, Trung ương Đoàn".
    Returns the prefix ("Bộ Công an, ") or "", and where it starts."""
    prefix = ""
    end = segment_start
    while end > window_start and text[end - 1] == ",":
        part = _JOINT_PART.search(text, window_start, end)
        if part is None:
            break
        if part.start() > window_start and text[part.start() - 1] not in ",:;()":
            break  # the part runs past the window: not a short name
        name = text[part.start() : end].strip().rstrip(",").strip()
        if (
            ISSUER_HEAD.match(name) is None
            or len(name.split()) > 8
            or VERB_RE.search(name)
            or is_presenter(name)
        ):
            break
        prefix = f"{name}, {prefix}"
        end = part.start()
    while end < segment_start and text[end].isspace():
        end += 1
    return prefix, end


def named_recipient(text: str, clause_start: int, hit: TypeHit, clause_end: int) -> str | None:
    """A named collective or person receiving a grant without a count.

    Passive: "Nhân dân và cán bộ xã X (đã) được (Bộ Công an) tặng bằng khen"; active: "...
    tặng Bằng khen (của X) cho Công an xã Y"; a ceremony: "X (vừa) tổ chức lễ (kỷ niệm ... và)
    đón nhận Huân chương ..." -- the body holding the ceremony receives, unless "cho Y" names
    another recipient.
    """
    window_start = max(clause_start, hit.start - LOOKBACK)
    before = text[window_start : hit.start]
    passive = None
    for match in _RECEIVE_RE.finditer(before):
        passive = match
    if passive is not None and _CEREMONY.search(before, 0, passive.start()):
        return active_recipient(text, hit, clause_end) or _ceremony_holder(
            text, clause_start, window_start + passive.start()
        )
    if passive is not None:
        return _passive_subject(text, window_start, window_start + passive.start())
    return active_recipient(text, hit, clause_end)


def named_after(text: str, pos: int, end: int) -> str | None:
    """The unit or person named right at ``pos`` ("Phòng Cảnh sát hình sự", "Công an xã A",
    "ông B"), up to the merit, a comma or a bracket; None where no such name (capitalised, or
    a person by address or rank) stands there, or where a number follows it ("... 3 lần")."""
    stop = _NAME_STOP.search(text, pos, end)
    if stop is not None and stop.group().isspace() and text[stop.end() : stop.end() + 1].isdigit():
        return None  # "khen thưởng Phòng X 3 lần": a tally of past commendations
    name = clean_phrase(text[pos : stop.start() if stop else end])
    field = _CRIME_FIELD.search(name)
    limit = _MAX_NAME_WORDS + (_CRIME_FIELD_WORDS if field is not None else 0)
    if field is not None or len(name.split()) > limit:
        # "Đội Cảnh sát điều tra tội phạm về kinh tế và Công an huyện Y": a list of names
        # joined by "và" names its first at its head (the others are read after it); a "và"
        # inside one name ("... về môi trường và tài nguyên rừng", "Tài nguyên và Môi
        # trường") opens no unit's or person's name and splits nothing
        name = clean_phrase(_first_of_names(name))
        field = _CRIME_FIELD.search(name)
    if field is not None and len(name.split()) > limit:
        # a field too long to tell from the words after it: the unit's name up to its field
        # ("Đội Cảnh sát điều tra tội phạm"), as the name read without it
        name = name[: field.end() - len("về")].rstrip()
    if not (_recipient_name(name) or PERSON_RECIPIENT.match(name)) or len(name.split()) > limit:
        return None
    return name


_MAX_NAME_WORDS = 12
# the field a police unit investigates lengthens its name ("Đội Cảnh sát điều tra tội phạm về
# môi trường và tài nguyên rừng": 14 words)
_CRIME_FIELD = re.compile(r"(?i)tội\s+phạm\s+về(?!\w)")
_CRIME_FIELD_WORDS = 6
_AND = re.compile(r"\s+và\s+")


def _first_of_names(name: str) -> str:
    """The first name of names joined by "và": cut at the first "và" that opens a unit's or a
    person's name (``name`` itself where none does)."""
    for joint in _AND.finditer(name):
        rest = name[joint.end() :]
        if _ANOTHER_UNIT.match(rest) or _ANOTHER_PERSON.match(rest) or ISSUER_HEAD.match(rest):
            return name[: joint.start()]
    return name


SUM_GIVEN = (
    r"(?:(?:tổng\s+)?số\s+tiền\s+)?(?:(?:"
    + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)
    + r")\s+)?\d[\d.,]*\s+(?:"
    + "|".join(SCALE_WORDS)
    + r")\s+đồng(?!\w)"
)
"""Regex fragment: a sum of money handed over ("số tiền 20 triệu đồng", "khoảng 4 triệu
đồng"), as the cash reward's verb and a recipient's name are followed by it."""

# an amount of money written after a recipient's name ("cho Phòng X số tiền 20 triệu đồng",
# "Công an xã Y 10 triệu đồng", "mỗi đơn vị 4 triệu đồng"): what it gets, not part of its name
# nor a tally of past honours
_MONEY_AFTER = r"\s+(?:mỗi\s+(?:đơn\s+vị|tập\s+thể|cá\s+nhân|người)\s+)?" + SUM_GIVEN

_MONEY_IN = re.compile("(?i)" + _MONEY_AFTER)

# "... Công an xã X được thực hiện ...": a passive verb after the name ends it
_NAME_STOP = re.compile(_RECIPIENT_STOP.pattern + "|" + _MONEY_AFTER + r"|\s+(?=\d)|\s+được(?!\w)")


def _recipient_name(phrase: str) -> bool:
    """Whether a phrase can name a recipient: capitalised, or "lực lượng|tập thể <Name>"."""
    if not phrase:
        return False
    if COLLECTIVE_LEAD.match(phrase) or _PEOPLE_OF_A_UNIT.match(phrase):
        return True
    return phrase[0].isupper() and not _RECIPIENT_BAD_START.match(phrase)


# "nhân dân và cán bộ (công chức) phường X", "cán bộ và nhân dân xã Y": the people and
# officials of a unit, the usual collective recipient of a movement's honours, however it is
# capitalised
_PEOPLE_OF_A_UNIT = re.compile(
    r"(?i)(?:nhân\s+dân\s+và\s+cán\s+bộ|cán\s+bộ\s+và\s+nhân\s+dân)\s+\w"
)


def _passive_subject(text: str, window_start: int, subject_end: int) -> str | None:
    """The subject before "được|đón nhận|nhận", back to the last comma, colon or bracket."""
    # after the last of the three marks: one character each, so the latest found of them
    subject_start = max(
        window_start, *(text.rfind(mark, window_start, subject_end) + 1 for mark in ",:(")
    )
    subject = clean_phrase(text[subject_start:subject_end])
    subject = _SUBJECT_TAIL.sub("", subject)
    if _recipient_name(subject) and len(subject.split()) <= 16 and not VERB_RE.search(subject):
        return subject
    return None


_PRIZE_CEREMONY = re.compile(
    r"(?i)(?<!\w)lễ\s+(?:tổng\s+kết\s+(?:và|,)\s+)?trao\s+(?:tặng\s+)?giải(?:\s+thưởng)?(?!\w)"
)


# A gathering held to honour: "Hội nghị tuyên dương ...", "Lễ biểu dương, khen thưởng ...",
# "Chương trình vinh danh ...", "Hội nghị tổng kết và tuyên dương ..."
_HONOUR_CEREMONY = re.compile(
    r"(?i)(?<!\w)(?:lễ|hội\s+nghị|chương\s+trình|buổi\s+lễ)(?:\s+[^\W\d][^.,;:\n\d]{0,40}?)?"
    r"\s+(?:" + "|".join(HONOUR_VERBS) + r")(?!\w)"
)


def prize_host(text: str) -> str | None:
    """The one body that holds the ceremony awarding a prize ("Hội LHPN thành phố tổ chức lễ
    trao giải thưởng X"): a prize is the award of whoever holds its ceremony, where the text
    names no other grantor. None when no such body or several are named."""
    return _host_of(text, _PRIZE_CEREMONY)


def honour_host(text: str) -> str | None:
    """The one body that holds a gathering to honour ("Ban Thường trực Ủy ban MTTQ thành phố
    tổ chức Hội nghị tuyên dương ..."): an honouring there that names no one who honours
    ("Khen thưởng 19 trưởng ban ...") is that body's. None when no such body or several."""
    return _host_of(text, _HONOUR_CEREMONY)


def _host_of(text: str, ceremony: re.Pattern[str]) -> str | None:
    """The one body that holds (tổ chức) the kind of ceremony ``ceremony`` names."""
    hosts = set()
    for match in ceremony.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        holder = _ceremony_holder(text, line_start, match.start())
        if holder is not None:
            hosts.add(holder)
    return hosts.pop() if len(hosts) == 1 else None


def _ceremony_holder(text: str, clause_start: int, receive_at: int) -> str | None:
    """The body that holds a ceremony of receiving an award: "X (vừa) tổ chức lễ ... đón nhận"."""
    window_start = max(clause_start, receive_at - 2 * LOOKBACK)
    held = None
    for match in _HOLDS.finditer(text, window_start, receive_at):
        held = match
    if held is None:
        return None
    # the subject, back to the last comma, colon, dash or line start; brackets dropped
    head = _BRACKETS.sub(lambda m: " " * len(m.group()), text[window_start : held.start()])
    subject_start = 0
    for sep in re.finditer(r"[,:;\n]|\s[-–]\s", head):
        subject_start = sep.end()
    subject = _SUBJECT_TAIL.sub("", clean_phrase(head[subject_start:]))
    subject = _TRAILING_NOISE.sub("", subject)
    if not _recipient_name(subject) or (
        not ISSUER_HEAD.match(subject)
        and not (COLLECTIVE_LEAD.match(subject) or _UNIT_HEAD.match(subject))
    ):
        return None
    if len(subject.split()) > 12 or VERB_RE.search(subject):
        return None
    return subject


# "cho X", and the official register's "đối với X" ("Tặng Huân chương ... đối với Trung tâm X")
_TO_RECIPIENT = re.compile(r"(?i)(?<!\w)(?:cho|đối\s+với)\s+")


def active_recipient(text: str, hit: TypeHit, clause_end: int) -> str | None:
    """The recipient named after "cho" (or "đối với") behind the award word."""
    window_end = min(clause_end, hit.end + 220)
    cho = _TO_RECIPIENT.search(text, hit.end, window_end)
    if cho is None or _TYPE_RE.search(text, hit.end, cho.start()):
        return None
    following = _TYPE_RE.search(text, cho.end(), window_end)
    if following is not None:  # "cho Phòng X và Huân chương ... cho 2 cá nhân": the next grant
        window_end = following.start()
    stop = _RECIPIENT_STOP.search(text, cho.end(), window_end)
    recipient = clean_phrase(text[cho.end() : stop.start() if stop else window_end])
    recipient = _TRAILING_AND.sub("", recipient)
    if not _recipient_name(recipient):
        if recipient and PERSON_RECIPIENT.match(recipient):
            return recipient
        return None
    if len(recipient.split()) > 16:
        return None
    return recipient


_CEREMONY = re.compile(r"(?i)(?<!\w)tổ\s+chức\s+(?:buổi\s+)?lễ(?!\w)")

_HOLDS = re.compile(r"(?i)(?<!\w)(?:đã\s+|vừa\s+)?tổ\s+chức(?!\w)")

_BRACKETS = re.compile(r"\([^()]{0,80}\)")

# a collective named by a lowercase unit word and its proper name ("tập thể Phòng X", "trường
# TH Thanh An", "xã Ia Ma", "chi đoàn Thôn 3")
COLLECTIVE_LEAD = re.compile(
    r"(?:(?:khu\s+dân\s+cư|ban\s+công\s+tác\s+mặt\s+trận)\s+)?"
    r"(?:lực\s+lượng|tập\s+thể|trường|xã|phường|thị\s+trấn|thôn|ấp|bản|khu\s+phố|tổ\s+dân\s+phố"
    r"|chi\s+hội|chi\s+đoàn|chi\s+bộ|đơn\s+vị|công\s+an\s+(?:xã|phường|thị\s+trấn)"
    # a department or team written in lower case before its capitalised name ("phòng Cảnh
    # sát hình sự", "đội Cảnh sát giao thông")
    r"|phòng|đội)\s+[A-ZĐ0-9]"
)

# bodies that receive honours but do not grant them ("Bệnh viện X", "Trường THPT Y")
_UNIT_HEAD = re.compile(
    r"(?:Bệnh\s+viện|Trường|Tổng\s+công\s+ty|Công\s+ty|Nhà\s+máy|Lữ\s+đoàn|Trung\s+đoàn"
    r"|Sư\s+đoàn|Đồn|Hải\s+đội|Tiểu\s+đoàn|Phòng|Đội|Báo|Đài|Hợp\s+tác\s+xã|Xã|Phường"
    # a police force by its level ("Công an huyện Tân Kỳ", "Công an TP X", "Công an xã Y")
    r"|Công\s+an(?:\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh))?)(?!\w)"
)

_TRAILING_AND = re.compile(r"(?i)\s+(?:và|cùng)$")


def names_a_unit(recipient: str) -> bool:
    """Whether a recipient's name is a unit's: a lowercase unit word before its proper name
    ("tập thể Phòng X", "xã Ia Ma") or a capitalised head of a body that receives honours
    ("Bệnh viện Đa khoa tỉnh", "Trường THPT Lê Lợi")."""
    return bool(COLLECTIVE_LEAD.match(recipient) or _A_UNIT.match(recipient))


_LIST_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")

_LIST_END = re.compile(r"(?i)\s+(?:vì|đã|có\s+thành\s+tích|do|với)(?!\w)|[.;(]")


def listed_recipients(text: str, hit: TypeHit, clause_end: int) -> list[str]:
    """Names listed after a count: "cho 3 tập thể: Công an xã A, Công an xã B và ..." -> the
    three names; kept only when the list has exactly as many names as the count says."""
    if len(hit.counts) != 1:
        return []
    value, _, count_end = next(iter(hit.counts.values()))
    if not 1 <= value <= 30:
        return []
    colon = text.find(":", count_end, min(clause_end, count_end + 60))
    if (
        colon < 0
        or _TYPE_RE.search(text, count_end, colon)
        or _COUNT_RE.search(text, count_end, colon)
    ):
        return []
    window_end = min(clause_end, colon + 1 + min(60 * value, 900))
    stop = _LIST_END.search(text, colon + 1, window_end)
    items = [
        clean_phrase(item)
        for item in _LIST_SPLIT.split(text[colon + 1 : stop.start() if stop else window_end])
    ]
    items = [item for item in items if item]
    if len(items) != value:
        return []
    for item in items:
        if not (item[0].isupper() or PERSON_RECIPIENT.match(item)) or len(item.split()) > 12:
            return []
    return items


# Where the names listed as recipients end: the merit ("về|vì|có thành tích ..."), the verb
# of a passive ("... được trao"), a bracket or the clause's end.
_NAMES_END = re.compile(
    r"(?i)\s+(?:vì|đã|có\s+thành\s+tích|do|với|nhân\s+dịp|trong|tại|được|đạt|nhận"
    r"|đón\s+nhận|vinh\s+dự)(?!\w)|" + _UNIT_VE + r"|[;:(]|\.(?!\w)"
)

_NAME_ITEMS = re.compile(r"(\s*,\s*|\s+(?:và|cùng)\s+|\s+[-–]\s+)")

_DASH = re.compile(r"\s+[-–]\s+")

# another recipient in a list of names: a person by a form of address or a rank before a
# capitalised name ("thượng tá Lê Văn B", "bà Trần Thị C"), a unit by its capitalised head
# and name ("Phòng PC02", "Đội Cảnh sát giao thông"); an office after a comma ("Phó Giám đốc
# Công an tỉnh", "Đội trưởng Đội X") is the previous person's title, not one more recipient
_ANOTHER_PERSON = re.compile(
    r"(?i:ông|bà|anh|chị|đồng\s+chí|liệt\s+sĩ|(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý))"
    r"\s+" + UPPER_LETTER
)
_ANOTHER_UNIT = re.compile(_UNIT_HEAD.pattern + r"\s+[A-ZĐ0-9]")
_A_UNIT = _ANOTHER_UNIT


def next_type_start(text: str, pos: int, end: int) -> int:
    """Where the next award word after ``pos`` starts, else ``end``."""
    following = _TYPE_RE.search(text, pos, end)
    return following.start() if following else end


def recipients_named_with(text: str, first: str, start: int, end: int) -> list[str]:
    """The recipients a list of names gives, from its first name ``first`` written at
    ``start``: "cho thượng tá A, Trưởng phòng X và trung tá B, Phó trưởng phòng Y" names two
    persons, "Phòng PC02 và Đại tá C - Phó Giám đốc" a unit and a person. Each further item
    counts only where it opens with a form of address, a rank or a unit's head (titles and
    addresses between the names do not); ``[first]`` where the list names no one else."""
    # a bracket after a name glosses it ("Ban An ninh quận 2 (nay là ...) và liệt sĩ A")
    stretch = _BRACKETS.sub(lambda m: " " * len(m.group()), text[start:end])
    # the sum each gets ("Phòng X 20 triệu đồng, Công an xã Y 10 triệu đồng") is no name
    sums_given_to = _SUM_TO.search(stretch) is not None
    stretch = _MONEY_IN.sub(lambda m: " " * len(m.group()), stretch)
    stop = _NAMES_END.search(stretch, len(first))
    stretch = stretch[: stop.start() if stop else len(stretch)]
    parts = _NAME_ITEMS.split(stretch)
    items = [clean_phrase(item) for item in parts[::2]]
    # an item after a dash names the previous one's parent or title ("Phòng X – Công an
    # tỉnh Y"), not one more recipient
    after_dash = [False, *(_DASH.fullmatch(sep) is not None for sep in parts[1::2])]
    named = [
        _given_to(item)
        for item, dashed in zip(items[1:], after_dash[1:], strict=True)
        if item
        and not dashed
        and (
            _ANOTHER_PERSON.match(item)
            or _ANOTHER_UNIT.match(item)
            or (sums_given_to and _given_to(item) != item)
        )
    ]
    if not named:
        return [first]
    head = items[0]
    return [head if head and first.startswith(head) else first, *named]


# an item of a list that opens with "cho" before a capitalised name, as after a sum ("40
# triệu đồng cho Công an tỉnh, 25 triệu đồng cho Cục Thuế tỉnh"): the name is a recipient's
_GIVEN_TO = re.compile(r"^[cC]ho\s+(?=" + UPPER_LETTER + ")")
# ... only in a list of sums each given to its name: in a plain list a "cho" opens another
# clause as often ("trao giấy khen cho Trường X, cho Hội Y mượn hội trường")
_SUM_TO = re.compile("(?i)" + SUM_GIVEN + r"\s+cho\s+(?-i:" + UPPER_LETTER + ")")


def _given_to(item: str) -> str:
    """The name after an item's opening "cho" (``item`` itself where it opens otherwise)."""
    given = _GIVEN_TO.match(item)
    return item[given.end() :] if given is not None else item


_TO_PERSONS = re.compile(
    r"(?i)[^.;]{0,120}?(?<!\w)cho\s+(?:các\s+|những\s+)?(?:nguyên\s+)?(?:"
    + _INDIVIDUAL
    + r"|thủ\s+trưởng|sĩ\s+quan|chỉ\s+huy|lãnh\s+đạo)(?!\w)"
)


def persons_counted(text: str, hit: TypeHit, clause_end: int) -> None:
    """ "trao 13 Huân chương ... cho nguyên thủ trưởng ...", "98 Huy chương ... cho cán bộ, sĩ
    quan": a number of medals handed to persons counts individuals, one medal each."""
    total = hit.counts.get("total")
    if total is None or len(hit.counts) != 1:
        return
    if _TO_PERSONS.match(text, hit.end, clause_end):
        hit.counts = {"individuals": total}


_AFTER_CHO = re.compile(r"(?i)(?<!\w)cho\s+$")

_LISTED_WITH = re.compile(r"(?i)\s*(?:,|và|cùng)\s*(?:và\s+)?")


def _listed_last(types: list[TypeHit], text: str) -> set[int]:
    """Indexes of award words that close a list of award words ("tặng cờ, bằng khen, giấy khen
    cho 13 tập thể"): the counts after such a list are the whole list's, and the text does not
    say how many recipients each award of it goes to."""
    last: set[int] = set()
    for i in range(1, len(types)):
        if _LISTED_WITH.fullmatch(text, types[i - 1].end, types[i].start):
            last.add(i)
    return last


def _opens_a_list(types: list[TypeHit], listed_last: set[int], owner: TypeHit) -> bool:
    """Whether ``owner`` is the first award word of a list of award words ("Bằng khen, Giấy
    khen"), the next one listed right after it."""
    at = next(i for i, hit in enumerate(types) if hit is owner)
    return at + 1 in listed_last and at not in listed_last


# Between two counts of one kind of one grant: the first one's noun and merit, then a list's
# comma or "và" right before the second ("cho 15 học sinh đạt giải Nhất, 20 học sinh đạt giải
# Nhì"); no verb, no breakdown ("trong đó", "gồm"), no other count in between.
_LISTED_COUNT_GAP = re.compile(r"(?i)[^\d.;:()]{1,80}?(?:,\s*(?:và\s+)?|\s+và\s+)$")
_NOT_A_LIST_GAP = re.compile(
    r"(?i)(?<!\w)(?:trong\s+đó|trong\s+số|gồm|bao\s+gồm|tổng|được|tặng|trao|nhận|khen|"
    + "|".join(PRAISE_VERBS)
    + r"|tập\s+thể|cá\s+nhân|lượt)(?!\w)"
)


# Between two counts of one kind in a list of titles: the first count's noun and merit, then a
# list's comma and the next title's name, in any quotes or none, and "cho" ("..., danh hiệu
# “Lao động tiên tiến” cho ", "..., danh hiệu Chiến sĩ tiên tiến cho ")
_TITLE_ITEM_GAP = re.compile(
    r"(?i)[^\d.;:()“”\"]{1,80}?(?:,\s*(?:và\s+)?|\s+và\s+)danh\s+hiệu\s+"
    r"(?:[“\"‘'][^”\"’'\d]{1,60}[”\"’']|[^\d.,;:()“”\"]{1,60}?)\s+cho\s+$"
)


def _add_listed_count(text: str, owner: TypeHit, count: CountHit) -> None:
    """ "tặng Giấy khen cho 15 học sinh đạt giải Nhất, 20 học sinh đạt giải Nhì": two counts of
    one kind listed after one grant are recipients of it both: they add up. A count of the
    other kind's nouns, a breakdown or a verb between them is not such a list."""
    value, start, end = owner.counts[count.key]
    if start >= count.start or count.key == "total":
        return
    gap_start = end
    if owner.type is AwardType.KHAC and _TITLE_ITEM_GAP.fullmatch(text, gap_start, count.start):
        # "danh hiệu “A” cho 8 tập thể, danh hiệu “B” cho 30 cá nhân, danh hiệu “C” cho 14
        # cá nhân": titles listed with one verb, each to its counted recipients
        owner.counts[count.key] = (value + count.value, start, count.end)
        return
    if not _LISTED_COUNT_GAP.fullmatch(text, gap_start, count.start):
        return
    if _NOT_A_LIST_GAP.search(text, gap_start, count.start):
        return
    owner.counts[count.key] = (value + count.value, start, count.end)


def assign_counts(types: list[TypeHit], counts: list[CountHit], text: str) -> None:
    """Give each count to the award type of its stretch of the clause (linear merge).

    Counts after a list of award words with one verb ("tặng Bằng khen, Giấy khen cho 5 tập
    thể") go to none of them: they count the recipients of the list, not of its last award.
    """
    if not types:
        return
    listed_last = _listed_last(types, text)
    ti = 0
    for count in counts:
        if count.type_start is not None:
            owner = next((t for t in types if t.start == count.type_start), None)
            if owner is not None:
                owner.counts.setdefault(count.key, (count.value, count.start, count.end))
                continue
        while ti + 1 < len(types) and types[ti + 1].start <= count.start:
            ti += 1
        if count.start < types[0].start:
            owner = types[0]
        elif ti + 1 < len(types):
            # between two types: "cho N" belongs to the earlier, "N ... được" to the later
            following = types[ti + 1]
            gap = text[count.end : following.start]
            to_earlier = "cho" in gap or _AFTER_CHO.search(
                text, max(0, count.start - 8), count.start
            )
            # "4 tập thể và 7 cá nhân nhận Bằng khen": counted before the verb of receiving
            receives = PASSIVE_RE.search(gap) or RECEIVE_RE.search(gap)
            owner = following if receives and not to_earlier else types[ti]
        else:
            owner = types[ti]
        if count.key in owner.counts:
            _add_listed_count(text, owner, count)
            continue
        if count.start < owner.start and _opens_a_list(types, listed_last, owner):
            # "19 tập thể, 92 cá nhân được X tặng Bằng khen và Giấy khen": the recipients
            # counted before a list of award words receive the list, not its first award
            owner.shared.setdefault(count.key, (count.start, count.end))
            continue
        if ti in listed_last and owner is types[ti] and count.start >= owner.end:
            owner.shared.setdefault(count.key, (count.start, count.end))
            continue
        owner.counts[count.key] = (count.value, count.start, count.end)


_HIGH_GRANTOR = re.compile(HIGH_GRANTORS)
# the post of a body's head before the body's name ("Giám đốc Đại học X", "Cục trưởng Cục Y");
# not a deputy's ("Phó ...", "Thứ trưởng"), who hands over what the head grants
_HEAD_POST = re.compile(
    r"(?:Chủ\s+tịch|(?:Tổng\s+)?Giám\s+đốc|Bộ\s+trưởng|(?:Tổng\s+)?[cC]ục\s+trưởng"
    r"|Viện\s+trưởng|Trưởng\s+ban|Bí\s+thư)\s+"
)
_LOCAL_GRANTOR = re.compile(LOCAL_GRANTORS)
_HIGH_TYPES = frozenset({AwardType.BANG_KHEN, AwardType.CO_THI_DUA})
_LOCAL_TYPES = frozenset({AwardType.GIAY_KHEN})
_LEVELLED_TYPES = _HIGH_TYPES | _LOCAL_TYPES
_AGENT_PARTS = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")


def _grantable(issuer: str) -> frozenset[AwardType] | None:
    """The levelled awards a body may grant (a ministry or province: Bằng khen, Cờ thi đua; a
    department, the provincial police, a district or commune: Giấy khen); None where its name
    does not say its level ("UBND TP")."""
    post = _HEAD_POST.match(issuer)
    if _HIGH_GRANTOR.match(issuer) or (
        post is not None and _HIGH_GRANTOR.match(issuer, post.end())
    ):
        # "Giám đốc Đại học Quốc gia", "Tổng cục trưởng Tổng cục X": the post of a high
        # body's head; the local word of the post ("Giám đốc") does not make it local
        return _HIGH_TYPES
    if _LOCAL_GRANTOR.search(issuer):
        return _LOCAL_TYPES
    return None


def _granted_high(text: str, hit: TypeHit) -> bool:
    """Whether ``hit`` names an award only a ministry, a province or the State grants: a Bằng
    khen, a Cờ thi đua, a Kỷ niệm chương or a Huy chương ("Huy chương Chiến sĩ vẻ vang")."""
    if hit.type in _HIGH_TYPES or hit.type is AwardType.KY_NIEM_CHUONG:
        return True
    return hit.type is AwardType.KHAC and _MEDAL_WORD.match(text, hit.start) is not None


_MEDAL_WORD = re.compile(r"(?i)huy\s+chương(?!\s+(?:" + "|".join(MEDAL_COLOURS) + r")(?!\w))")


def below_the_award(text: str, clause_start: int, hit: TypeHit, issuer: str) -> bool:
    """Whether ``issuer``, the subject that "trao" (hands over) ``hit``, is a body or office
    below the level that grants that award ("Chủ tịch UBND huyện A trao Bằng khen ...": a
    district grants no Bằng khen; "Công an tỉnh tổ chức trao Huy chương ..."): it presents an
    award someone else grants. A subject that "tặng" (gives) is taken at its word."""
    if not _granted_high(text, hit) or _grantable(issuer) != _LOCAL_TYPES:
        return False
    verbs = list(find_verbs(text, max(clause_start, hit.start - LOOKBACK), hit.start))
    return bool(verbs) and verbs[-1].group().lower() == "trao"


def _joint_agents(text: str, clause_start: int, first: TypeHit) -> list[str] | None:
    """The bodies listed as the agent of a passive grant whose verb stands right before
    ``first`` ("được Bộ Công an, UBND tỉnh tặng Cờ thi đua, ..."), else None."""
    verbs = list(find_verbs(text, clause_start, first.start))
    if not verbs or text[verbs[-1].end() : first.start].strip():
        return None
    verb = _first_of_run(text, verbs)
    passive = None
    for match in PASSIVE_RE.finditer(text, clause_start, verb.start()):
        passive = match
    if passive is None:
        return None
    parts = [clean_phrase(p) for p in _AGENT_PARTS.split(text[passive.end() : verb.start()])]
    if any(
        not ISSUER_HEAD.match(part) or len(part.split()) > 8 or VERB_RE.search(part)
        for part in parts
    ):
        return None
    return parts


def _share_out(agents: list[str], listed: set[AwardType]) -> dict[str, set[AwardType]] | None:
    """Which of the listed awards each agent grants, by level (see :func:`joint_grants`); None
    where the levels cannot share them out."""
    levels = {agent: _grantable(agent) for agent in agents}
    known: set[AwardType] = set()
    for level in levels.values():
        known |= (level or frozenset()) & listed
    grants = {
        agent: set(level & listed) if level is not None else (listed - known or set(listed))
        for agent, level in levels.items()
    }
    if any(not granted for granted in grants.values()) or set().union(*grants.values()) != listed:
        return None
    return grants


def _listed_runs(text: str, types: list[TypeHit]) -> list[tuple[int, int]]:
    """(first, last + 1) of each run of two or more award words listed together."""
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(types) + 1):
        if i < len(types) and _LISTED_WITH.fullmatch(text, types[i - 1].end, types[i].start):
            continue
        if i - start >= 2:
            runs.append((start, i))
        start = i
    return runs


def _granted_by(hit: TypeHit, givers: list[str]) -> list[TypeHit]:
    """One grant of ``hit`` per giver; counts kept only where one body alone grants it."""
    split = []
    for agent in givers:
        shared = dict(hit.shared)
        if len(givers) > 1:
            shared.update({key: (start, end) for key, (_, start, end) in hit.counts.items()})
        split.append(
            replace(
                hit,
                issuer=agent,
                issuer_active=False,
                counts=dict(hit.counts) if len(givers) == 1 else {},
                recipients=list(hit.recipients),
                shared=shared,
            )
        )
    return split


def joint_grants(text: str, clause_start: int, types: list[TypeHit]) -> list[TypeHit]:
    """A list of award words granted in the passive by one body or a list of bodies ("được Bộ
    Công an tặng Cờ thi đua, Bằng khen"; "19 tập thể được UBND tỉnh, Công an tỉnh tặng Bằng
    khen, Giấy khen"). One body grants every award of the list. Several bodies make several
    grants of levelled awards: each body grants the listed awards of its level (a ministry or a
    province Bằng khen and Cờ thi đua, a department, the provincial police or a district Giấy
    khen), and a body whose level its name does not tell grants those no other body does.
    The counts of the list are the whole list's (``shared``) unless one body alone grants an
    award. A list the levels cannot share out is left as it is."""
    out: list[TypeHit] = []
    done = 0
    for first, last in _listed_runs(text, types):
        run = types[first:last]
        agents = None if any(h.carried for h in run) else _joint_agents(text, clause_start, run[0])
        if agents is None:
            continue
        out.extend(types[done:first])
        done = last
        if len(agents) == 1:
            for hit in run:
                out.extend(_granted_by(hit, agents) if hit.issuer is None else [hit])
            continue
        listed = {hit.type for hit in run}
        grants = _share_out(agents, listed) if listed <= _LEVELLED_TYPES else None
        if grants is None:
            out.extend(run)
            continue
        for hit in run:
            # bodies of one level each grant every award of theirs (the corpus labels list
            # "được Bộ X, UBND tỉnh tặng Cờ thi đua, Bằng khen" as four grants)
            out.extend(_granted_by(hit, [agent for agent in agents if hit.type in grants[agent]]))
    out.extend(types[done:])
    return out


PERIOD_MARKER_WORDS = ("năm", "đoạn", "nhiệm", "đến", "gian", "cùng", "nay", "kỳ")
"""A word that every branch of ``_PERIOD_MARKER`` holds (not in an optional part): a
stretch without any of them names no period."""
# the sentence markers' twins for the lower-cased copy of the text (same matches, faster)
_EVENT_MARKER_LOW = word_start_alternation_twin(_EVENT_MARKER)
_PERIOD_MARKER_LOW = plain_twin(_PERIOD_MARKER)


def period_marker_in(text: str, start: int, end: int) -> bool:
    """Whether the stretch counts over a period ("10 năm qua", "giai đoạn 2015-2020", ...).

    A period that closes the recipients' merit ("... có thành tích trong phong trào X giai
    đoạn 2013 - 2023") does not date the grant and does not count.
    """
    if _YEAR_OPENER.match(text, start, end) is not None:
        return True
    if not may_hold(text, start, end, PERIOD_MARKER_WORDS):
        return False  # most sentences: no word a marker needs, no scan
    low = lowered(text)  # the twin on the lower-cased copy finds the same markers, faster
    markers = (
        _PERIOD_MARKER.finditer(text, start, end)
        if low is None
        else _PERIOD_MARKER_LOW.finditer(low, start, end)
    )
    for marker in markers:
        if _MERIT_OF_YEAR.search(text, max(start, marker.start() - 60), marker.start()):
            continue
        merit = _MERIT_BEFORE.search(text, max(start, marker.start() - 200), marker.start())
        tail = (merit.group("tail") or "") if merit is not None else ""
        if merit is None or VERB_RE.search(tail) or PASSIVE_RE.search(tail):
            # "38 tập thể có thành tích được tặng Bằng khen trong 10 năm qua": the grant's verb
            # stands between the merit and the period, which dates the grant
            return True
    return False


def sentence_markers_at(
    text: str,
    sentence: int,
    spans: dict[int, tuple[int, int]],
    cache: dict[int, tuple[bool, bool]],
) -> tuple[bool, bool]:
    """(event marker, period marker) of a sentence, computed once per sentence."""
    found = cache.get(sentence)
    if found is None:
        start, end = spans[sentence]
        found = (event_marker_in(text, start, end), period_marker_in(text, start, end))
        if not found[0] and not found[1] and _ADDS_TO_THE_LAST.match(text, start, end):
            found = (_continues_the_event(text, sentence, spans, cache), False)
        cache[sentence] = found
    return found


# a sentence that opens by adding to the one before ("Ngoài ra, ...", "Bên cạnh đó, ...")
_ADDS_TO_THE_LAST = re.compile(r"(?i)\s*(?:" + "|".join(ADDING_OPENERS) + r")(?!\w)")


def _continues_the_event(
    text: str,
    sentence: int,
    spans: dict[int, tuple[int, int]],
    cache: dict[int, tuple[bool, bool]],
) -> bool:
    """Whether the sentence right before ``sentence``, in the same paragraph, places what it
    tells at the event: "Nhân dịp này, 4 đồng chí được tặng ... Ngoài ra, 24 tập thể được
    khen thưởng" -- the second sentence adds to the grants of the first."""
    before = spans.get(sentence - 1)
    if before is None or "\n" in text[before[1] : spans[sentence][0]]:
        return False
    return sentence_markers_at(text, sentence - 1, spans, cache)[0]


# A decision issued ("UBND tỉnh vừa ban hành Quyết định ... tặng Bằng khen ...", "Bộ trưởng
# vừa có quyết định tặng ...") and a council meeting that considers awards ("hội nghị xét
# thưởng", "phiên họp xét khen thưởng"). A decision one "has" is an award's only where the
# award follows it in its clause: "đã có quyết định khởi tố vụ án", "vừa có quyết định thu hồi
# đất" tell the police's or the council's other business in a report of a reward.
_DECISION_ISSUED = re.compile(
    r"(?i)(?<!\w)(?:vừa|đã)\s+(?:có\s+(?=(?:các\s+)?quyết\s+định[^.;,:\n]{0,60}?(?<!\w)"
    r"(?:tặng|khen|thưởng|công\s+nhận|danh\s+hiệu)(?!\w))|ký\s+)?(?:ban\s+hành\s+)?"
    r"(?:các\s+)?quyết\s+định(?!\w)"
)
# a council's meeting that considers awards, however it is worded: "họp xét thưởng", "hội
# nghị bình xét thi đua", "họp lần thứ nhất để xem xét khen thưởng", "phiên họp xét duyệt"
_CONSIDERING = re.compile(
    r"(?i)(?<!\w)(?:hội\s+nghị|họp|phiên\s+họp|kỳ\s+họp)(?:\s+lần\s+thứ\s+\w+)?"
    r"(?:\s+(?:để|nhằm))?\s+(?:xét|xem\s+xét|bình\s+xét)"
    r"\s+(?:thưởng|khen|tặng|duyệt|thi\s+đua|danh\s+hiệu)(?!\w)"
)
# A grant made at the meeting itself, whatever it considered: the occasion opens the clause
# and someone gives there ("hội nghị bình xét thi đua năm học. Dịp này, Hiệu trưởng tặng giấy
# khen cho 12 giáo viên", "Tại hội nghị bình xét của thôn, Chủ tịch xã tặng ..."), not a proposal or a count granted elsewhere ("... được Sở tặng").
_GRANTED_THERE = re.compile(
    r"(?i)(?<!\w)(?:(?:nhân\s+)?dịp\s+này|(?:cũng\s+)?tại\s+(?:hội\s+nghị|đây)[^,.;:\n]{0,60})\s*,"
    r"(?:(?!(?<!\w)(?:được|đề\s+nghị)(?!\w))[^.;\n]){0,80}?(?<!\w)(?:tặng|trao|khen\s+thưởng)(?!\w)"
)
# Words of a ceremony or meeting where awards are handed over; handing an award over on
# another's mandate ("Thừa ủy quyền, lãnh đạo Sở tặng Cờ thi đua của UBND tỉnh") is done at one,
# signing a decision on it ("Thừa ủy quyền, Phó Giám đốc ký quyết định tặng ...") is not.
_SIGNING = r"(?<!\w)(?:ký|ban\s+hành|quyết\s+định)(?!\w)"
_CEREMONY_WORDS = re.compile(
    rf"(?i)(?<!\w)(?:{CEREMONY_NOUNS}|trao"
    r"|thừa\s+(?:ủy|uỷ)\s+quyền(?=(?:(?!" + _SIGNING + r")[^.;\n]){0,160}?"
    r"(?<!\w)(?:tặng|gắn)(?!\w)))(?!\w)"
)
# An explainer of an award: it asks or defines what the award is and who may get it.
_EXPLAINS = re.compile(
    r"(?i)(?<!\w)(?:là\s+gì|được\s+quy\s+định|quy\s+định\s+về|tiêu\s+chuẩn|điều\s+kiện\s+(?:để|được)"
    r"|theo\s+(?:quy\s+định\s+của\s+)?luật)(?!\w)"
)
_MEETING_WORDS = re.compile(r"(?i)(?<!\w)(?:hội\s+nghị|cuộc\s+họp|kỳ\s+họp)(?!\w)")
_CONSIDERING_WORDS = ("xét",)
_EXPLAINS_WORDS = ("gì", "quy", "chuẩn", "kiện", "luật")
_DECISION_WORDS = ("quyết",)
"""A word that every match of ``_CONSIDERING``, ``_EXPLAINS``, ``_DECISION_ISSUED`` holds
(tests): a text without any of them has no match, and is not scanned for one."""
_NOTHING_SCANS = (
    _CEREMONY_WORDS,
    _CONSIDERING,
    _EXPLAINS,
    _MEETING_WORDS,
    _EVENT_MARKER,
    _DECISION_ISSUED,
)
"""The whole-text scans of :func:`grants_nothing`, in the order it unpacks them."""
_NOTHING_SCANS_LOW = tuple(word_start_alternation_twin(pattern) for pattern in _NOTHING_SCANS)


def grants_nothing(text: str) -> bool:
    """Whether a text reports awards decided or considered but handed over at no event.

    A report of a decision ("Thủ tướng vừa ban hành Quyết định ... tặng Cờ thi đua cho ...")
    or of a council meeting that considers awards ("hội nghị xét thưởng") with no ceremony, no
    handing over ("trao") and no meeting where awards are given: its counts are statistics, its
    grants are not made at an event (FORMAT: decision-only texts have no awards; a proposal is
    not a grant).
    """
    low = lowered(text)  # the twins on the lower-cased copy find the same, faster
    scanned, (ceremony, considering, explains, meeting, marker, decision) = (
        (text, _NOTHING_SCANS) if low is None else (low, _NOTHING_SCANS_LOW)
    )
    if ceremony.search(scanned) is not None:
        return False
    # the rarer scans only where the words they need are (a third of texts have no ceremony)
    if (
        may_contain(text, *_CONSIDERING_WORDS)
        and considering.search(scanned)
        and _GRANTED_THERE.search(text) is None
    ):
        return True
    if (
        may_contain(text, *_EXPLAINS_WORDS)
        and _explains_an_award(text, scanned, explains)
        and not (meeting.search(scanned) or marker.search(scanned))
    ):
        return True  # an explainer ("Huân chương X là gì?", "tiêu chuẩn ... được quy định")
    return (
        may_contain(text, *_DECISION_WORDS)
        and decision.search(scanned) is not None
        and meeting.search(scanned) is None
    )


def _explains_an_award(text: str, scanned: str, explains: re.Pattern[str]) -> bool:
    """Whether an explainer's words ("quy định về", "tiêu chuẩn", "là gì") stand in a sentence
    that names an award or an honouring: "vi phạm quy định về quản lý vũ khí" in a report of a
    cash reward explains a crime, not an award, and does not make the report an explainer.
    ``scanned`` is ``text`` or its lower-cased copy (same positions)."""
    for match in explains.finditer(scanned):
        spans = sentence_spans(text)  # cached: read once, and only where an explainer's word is
        at = bisect_right(spans, (match.start(), len(text))) - 1
        start, end = spans[at] if at >= 0 else (0, len(text))
        if _AWARD_HINT_ANY_CASE.search(scanned, start, max(end, match.end())):
            return True
    return False


# A full date in its three spellings, one pattern each: no match of one can overlap a match of
# another (digits and separators only; "ngày ..."; a line's "date YYYY-"), so together they find
# what one alternation would, and each starts with what the engine can skip ahead to (a
# digit, the literal "ngày" of the lower-cased text) instead of being tried at every position.
_NUMERIC_DATE = number_led(
    re.compile(r"(?P<day>\d(?<![\d/.-]\d)\d?)[./-]\d{1,2}[./-](?P<year>(?:19|20)\d{2})(?!\d)"),
    digits=(1, 2),  # the day: tried at runs of one or two digits alone
)
_WORDED_DATE = re.compile(r"(?i)ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})")
_WORDED_DATE_LOW = plain_twin(_WORDED_DATE)
_DATE_LINE = re.compile(r"^\s*date\s+((?:19|20)\d{2})-", re.MULTILINE)


def _full_date_years(text: str) -> list[tuple[int, int]]:
    """(start, year) of every full date of ``text`` (day, month and year), in text order."""
    low = lowered(text)
    worded = _WORDED_DATE.finditer(text) if low is None else _WORDED_DATE_LOW.finditer(low)
    # tried only where a run of digits starts (the text's index of them, read once)
    found = [(m.start(), int(m.group("year"))) for m in number_led_matches(_NUMERIC_DATE, text)]
    found.extend((m.start(), int(m.group(1))) for m in worded)
    if "date" in text:
        found.extend((m.start(), int(m.group(1))) for m in _DATE_LINE.finditer(text))
    found.sort()
    return found


_EARLIER_BY = 2  # years


def past_event_lines(text: str) -> list[tuple[int, int]]:
    """Lines that date an earlier event than the article's: "Đại hội lần thứ II diễn ra ngày
    19.8.2005 ... Tại đại hội, 10 xã được phong tặng ..." in an article of 2020.

    A line whose full dates (day, month and year) all fall two or more years before the latest
    year the text dates anything in recounts an earlier event; its grants were made there, not
    at the reported event. A range that ends in the current year ("1955 - 2018") is not
    earlier, nor is last December beside a deadline of the next year.
    Returns the (start, end) offsets of those lines, in text order.
    """
    latest_of_line: dict[int, int] = {}  # line start -> latest year dated in the line
    line_start = scanned = 0
    for start, year in _full_date_years(text):
        newline = text.rfind("\n", scanned, start)  # only the gap since the last date
        if newline >= 0:
            line_start = newline + 1
        scanned = start
        latest_of_line[line_start] = max(year, latest_of_line.get(line_start, 0))
    if not latest_of_line:
        return []
    latest = max(latest_of_line.values())
    spans = []
    for line_start, year in latest_of_line.items():
        if year <= latest - _EARLIER_BY:
            line_end = text.find("\n", line_start)
            spans.append((line_start, len(text) if line_end < 0 else line_end))
    return spans


# A bulleted line ("- ", "• ", "+ ") that reads as a headline: a capital after the bullet, no
# closing punctuation of a list item or sentence
_HEADLINE_BULLET = re.compile(
    r"[^\S\n]*[-–•+][^\S\n]+(?P<head>" + UPPER_LETTER + r"[^\n]{15,200}?)[^\S\n]*$"
)
_LIST_ITEM_END = re.compile(r"[;,:.]$")
_BODY_PARAGRAPH = 200  # characters: a line this long is prose, the body has begun
_MAX_HEADER_LINES = 12


def related_link_lines(text: str) -> list[tuple[int, int]]:
    """Lines of a list of other articles' headlines at the top of a report ("- Tuyên dương 29
    tập thể ...", "- Tôn vinh các điển hình ..."): two or more bulleted headline-like lines
    before the body's first paragraph, not after a line that opens a list (":"). Links to
    other reports, not what this one tells: their grants were not made at its event.
    Returns the (start, end) offsets of those lines, in text order."""
    return list(_related_link_lines(text))


def _lines_from_the_top(text: str) -> Iterator[tuple[int, str]]:
    """(start, line) of each line of ``text``, as ``text.split("\\n")`` gives them, read one at
    a time: a reader of the top lines stops after a few, and the text is not split whole."""
    at = 0
    while (end := text.find("\n", at)) >= 0:
        yield at, text[at:end]
        at = end + 1
    yield at, text[at:]


@lru_cache(maxsize=8)  # per text: the award reader and the statistics reader both ask
def _related_link_lines(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    previous = ""
    number = 0
    for start, line in _lines_from_the_top(text):
        end = start + len(line)
        if not line.strip():
            continue  # blank lines part paragraphs, not the list
        number += 1
        if number > _MAX_HEADER_LINES or len(line) >= _BODY_PARAGRAPH:
            break
        bullet = _HEADLINE_BULLET.fullmatch(line)
        if bullet is not None and not _LIST_ITEM_END.search(bullet.group("head")):
            if run or not previous.rstrip().endswith(":"):
                run.append((start, end))
                continue
        if len(run) >= 2:
            spans.extend(run)
        run = []
        previous = line
    if len(run) >= 2:
        spans.extend(run)
    return tuple(spans)


# A tally of a whole area or sector ("toàn tỉnh có 167 tập thể được tặng ...", "toàn quận đã
# có 30 lượt học sinh đạt giải") adds up honours received by many; it reports, it grants nothing.
_TALLY_RE = re.compile(
    r"(?i)(?<!\w)(?:toàn|cả)\s+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|ngành|lực\s+lượng"
    r"|quân|khối|hệ\s+thống|hội(?!\s+nghị)|đơn\s+vị)(?!\w)[^,;:.!?\n]{0,40}?(?<!\w)(?:đã\s+|hiện\s+)?có(?!\w)(?!\s+mặt)"
)

# Results of a contest ("đạt giải Nhất", "giành 3 huy chương Vàng", "đoạt giải"): won by
# competing, not granted as an honour at the event.
_CONTEST_RE = re.compile(
    r"(?i)(?<!\w)(?:đạt|giành|đoạt)(?:\s+được)?(?:\s+[\d.]+)?\s*(?:giải|huy\s+chương)(?!\w)"
)
# the verb of winning right before a medal or prize ("đạt 4 [huy chương]"); "đạt [danh hiệu]"
# is a title recognised, not won
_WON_RE = re.compile(r"(?i)(?<!\w)(?:đạt|giành|đoạt)(?:\s+được)?(?:\s+[\d.]+)?\s*$")


# Feats of the wars ("trong kháng chiến chống Mỹ", "thời kỳ chiến tranh"): honours for them are
# history unless the sentence places the grant at the event ("Dịp này, ... truy tặng ...").
_WARTIME_RE = re.compile(r"(?i)(?<!\w)(?:kháng\s+chiến|chiến\s+tranh)(?!\w)")


_WHEN_SCANS = (
    FUTURE_RE,
    _PAST_HONOUR_RE,
    _TALLY_RE,
    _CONTEST_RE,
    _WON_RE,
    _WARTIME_RE,
    _NOT_NOW_RE,
)
"""The case-insensitive scans of :func:`grant_at_event` (:data:`PROPOSAL_RE` aside: a part of
it is case-sensitive), in the order it unpacks them."""
_WHEN_SCANS_LOW = (
    word_start_alternation_twin(FUTURE_RE),
    plain_twin(_PAST_HONOUR_RE),  # a branch opens with digits: no first word to skip to
    *(word_start_alternation_twin(pattern) for pattern in _WHEN_SCANS[2:]),
)
"""Their twins for the lower-cased copy: the same matches, found faster."""


def grant_at_event(
    markers: tuple[bool, bool], hit: TypeHit, text: str, start: int, end: int
) -> bool:
    """Whether a grant is made at the reported event (the rule of :mod:`tomtat.text.counts`),
    told by the words ``text[start:end]`` before it, read as a string of their own (a
    look-behind at their start sees nothing before them); the case-insensitive scans read the
    same stretch of the :func:`lowered` copy when the text has one."""
    event_marker, period_marker = markers
    before_type = text[start:end]
    if PROPOSAL_RE.search(before_type):
        return False
    low = lowered(text)
    scanned, (future, past_honour, tally, contest, won, wartime, not_now) = (
        (before_type, _WHEN_SCANS) if low is None else (low[start:end], _WHEN_SCANS_LOW)
    )
    if future.search(scanned):
        return False
    past = past_honour.search(scanned)
    if past is not None and not (event_marker and past.group("times") and past.group("again")):
        # "Tại buổi lễ, X vinh dự 2 lần liên tiếp nhận Cờ": at the event, the honour is
        # received once more, not told as a record
        return False
    if tally.search(scanned):
        return False
    if (
        hit.type is AwardType.KHAC
        and not hit.untyped  # "30 học sinh đạt giải được Sở khen thưởng": winners honoured
    ) and (contest.search(scanned) or (hit.winnable and won.search(scanned))):
        return False  # a medal or prize won; "đạt giải Nhất được tặng Bằng khen" is a grant
    if event_marker:
        return True
    if wartime.search(scanned):
        return False  # honours for feats of the wars, told as history
    if period_marker:
        # "Giai đoạn 2015-2020, Hội X trao thưởng cho 900 học sinh": rewards in cash summed
        # over a period are its record, whoever paid them
        return hit.issuer_active and not hit.cash
    return not_now.search(scanned) is None


_MEDAL_NAME = re.compile(r"(?i:huân\s+chương)\s+(\w+)\s+(\w+)")


def medal_names(quote: str) -> set[str]:
    """The names of the orders a clause grants ("Huân chương Chiến công hạng Nhất" -> "chiến
    công"): two words after "Huân chương" (of either case), the first capitalised. Orders of different names are
    different grants, so a person named with one is not one of those counted with another."""
    names: set[str] = set()
    for match in _MEDAL_NAME.finditer(quote):
        first, second = match.group(1), match.group(2)
        if first[:1].isupper():
            names.add(f"{first} {second}".lower())
    return names


_DECISION_GRANT = re.compile(
    r"(?i)(?<!\w)trao\s+(?:tặng\s+)?quyết\s+định(?:\s+số\s+[\w/.-]+)?"
    r"(?:\s+của\s+(?P<x>[^,;.]{3,80}?))?\s+công\s+nhận\s+"
)


def decision_grant(text: str, start: int, end: int) -> TypeHit | None:
    """ "trao Quyết định của Chủ tịch UBND tỉnh công nhận Trường X đạt chuẩn quốc gia": a
    recognition handed over at the event is a grant of type "Khác" from the decision's author to
    the unit it names (one collective), not the report of a decision."""
    if not may_hold(text, start, end, ("quyết",)):
        return None  # most clauses: no decision named, no scan
    match = _DECISION_GRANT.search(text, start, end)
    if match is None:
        return None
    issuer = clean_phrase(match.group("x")) if match.group("x") else None
    hit = TypeHit(AwardType.KHAC, match.start(), match.end(), issuer, issuer is not None)
    hit.carried = True
    name = recognised_name(text[match.end() : end])
    if name:
        hit.recipients.append(name)
    return hit


def recognised_name(phrase: str) -> str | None:
    """The unit's name at the head of ``phrase``: up to a comma and to the first two lowercase
    words after a capitalised word other than the first ("Công an phường Phước Lộc kiểu mẫu"
    -> "Công an phường Phước Lộc"); None when it does not open with a capital."""
    head = re.split(r"[,;.:(]", phrase, maxsplit=1)[0].split()[:16]
    if not head or not head[0][:1].isupper():
        return None
    named = False
    for k, word in enumerate(head):
        if k and word[:1].isupper():
            named = True
        elif named and k + 1 < len(head) and not head[k + 1][:1].isupper():
            return " ".join(head[:k])
    return " ".join(head)
