"""The statistics finder's rules, one named function each, in tables that are easy to extend.

A :class:`Figure` is one number of the text in its context. :data:`EXCLUSIONS` lists the
rules that say a figure is not a statistic (a year, a reference number, a duration, a name,
an award count, ...); :func:`read_statistic` reads the value, names what is counted with
the labeller for its unit (:data:`PERCENT_LABELS` refine the label of a rate) and finds the
hedge in front of it. A new rule is a new function and one table entry, with its own test.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Generic, TypeVar

from tomtat.text.award_parts import TIMES_HONOURED as _TIMES_HONOURED_TAIL
from tomtat.text.figures import number_led_matches
from tomtat.text.fold import ascii_fold
from tomtat.text.lowered import literal_places, lowered, may_hold
from tomtat.text.mentions import StatMention
from tomtat.text.numbers import FIGURE, MAX_COUNT_DIGITS, read_figure
from tomtat.text.segment import CLAUSE_BREAK, last_clause_break
from tomtat.text.stat_labels import (
    CHANGE_AFTER,
    CLASSIFIERS,
    GENERIC_LABELS,
    MONEY_KEYS,
    MONEY_PURPOSE,
    RATE_KEYS,
    SHARE_OF_VERB,
    THRESHOLD_AFTER,
    TOTAL_BEFORE,
    classifier_label,
    label_after,
    label_before,
    moved_rate_label,
    sentence_start,
    share_of_label,
    verb_phrase,
)
from tomtat.text.vocab import (
    AIM_WORDS,
    CHANGE_VERBS,
    COMPOUND_ENDINGS,
    COUNTED_AWARD_WORDS,
    COUNTING_SO,
    FUTURE_WORDS,
    IDENTITY_NOUNS,
    OTHER_AWARD_WORDS,
    PARTS_OF_DAY,
    PLAN_WORDS,
    QUALIFIERS,
    REPORTING_VERBS,
    SCALE_WORDS,
    SPAN_WORDS,
    TENSE_WORDS,
    UNIT_LEVELS,
    UPPER_LETTER,
    VERB_CAP,
    VILLAGE_UNITS,
)

__all__ = [
    "CURRENCY_UNIT",
    "DURATION_AFTER",
    "EXCLUSIONS",
    "MEASURE_UNIT",
    "PERCENT_LABELS",
    "Figure",
    "excluded_by",
    "excluded_by_word",
    "in_spans",
    "read_statistic",
    "words_before",
]

_LABEL_WINDOW = 200

CURRENCY_UNIT = r"(?:đồng(?![^\S\n]+(?:chí|bào|đội|nghiệp)(?!\w))|VNĐ|VND|đ)(?!\w)"
"""The Vietnamese currency written after a figure ("40 đồng", "5 triệu đ"), but not the
"đồng" of a word that only starts with it ("40 đồng chí", "đồng bào"): the one currency
pattern shared with the values cross-check."""

MEASURE_UNIT = (
    r"(?:km2|km²|km|m2|m²|m3|m|ha|kg|tấn|lít"
    r"|chỉ(?=[^\S\n]+vàng(?!\w)|[^\S\n]*(?:[).,;\n]|$)))(?!\w)"
)
"""The measure units a figure is written in ("12 ha", "3 tấn"), shared with the values
cross-check. "chỉ", the weight of gold, only before "vàng" or where its phrase ends ("2 chỉ
vàng", "(nặng 5 chỉ)"): elsewhere it opens a word ("3 chỉ tiêu", "4 chỉ thị")."""

_UNIT_RE = re.compile(
    r"[^\S\n]*(?:(?P<pct>%|phần\s+trăm)|(?P<money>" + CURRENCY_UNIT + r")"
    r"|(?P<unit>" + MEASURE_UNIT + r"|(?:USD|đô\s+la)(?!\w)))",
    re.I,
)

DURATION_AFTER = re.compile(
    r"(?i)[^\S\n]+(?:năm|tháng|tuần|ngày|giờ|phút|giây|thập\s+kỷ|thế\s+kỷ|tuổi)(?!\w)(?![^\S\n]+công)"
)


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps one of ``spans`` (sorted, none nested): the last
    span that starts at or before ``start`` and the first that starts after it are the only
    ones that can."""
    if not spans:
        return False
    i = bisect.bisect_right(spans, (start, 1 << 62))
    if i:
        s, e = spans[i - 1]
        if s < end and start < e:
            return True
    if i < len(spans):
        s, e = spans[i]
        return s < end and start < e
    return False


_EXCLUDE_WORDS = frozenset(
    """số thứ hạng khóa khoá điều khoản mục phần kỳ tầng trang lúc ngày tháng năm quý tuần lớp
    đợt tổ khu ấp thôn xóm bản buôn quận phường đường km lô phòng căn nhà chương nhóm cấp độ giờ
    bước tuổi mã phiên top hệ kiểu loại mẫu version v đoàn đội khối tòa toà dãy ca kíp""".split()
)

_EXCLUDE_PAIRS = frozenset(
    {
        "lần thứ", "quốc lộ", "tỉnh lộ", "giai đoạn", "đề án", "dự án", "chỉ thị", "nghị quyết",
        "kế hoạch", "quyết định", "thông tư", "nghị định", "chương trình", "công văn",
        "hướng dẫn", "thông báo", "kết luận", "quy định", "chuyên đề", "văn bản", "tờ trình",
        "công điện", "chỉ đạo", "đạo luật", "khu phố", "dân phố",
    }
)  # fmt: skip


def words_before(text: str, pos: int) -> list[str]:
    """Up to two words right before ``pos``; "" marks punctuation (or the start) in between.

    ``["gần", "như"]`` for "... gần như 100"; ``["", "Có"]`` for ". Có 5 xã".
    """
    words: list[str] = []
    cursor = pos
    for _ in range(2):
        window_start = max(0, cursor - 40)
        # most words are letters after a space, and one space before the cursor: the word is
        # what lies between that space and the one before it (see :func:`_word_start_before`)
        space = (
            text.rfind(" ", window_start, cursor - 1) if text[cursor - 1 : cursor] == " " else -1
        )
        word = text[space + 1 : cursor - 1] if space >= 0 else ""
        if word.isalpha():
            words.insert(0, word)
            cursor = space + 1
            continue
        span = _word_start_before(text, window_start, cursor)
        if span is None:
            words.insert(0, "")
            break
        words.insert(0, text[span[0] : span[1]])
        cursor = span[0]
    return words


def _word_start_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    r"""The span of the word ``([^\W\d_]+)`` that ``re.compile(r"([^\W\d_]+)([^\S\n]*)$")
    .search(text, start, end)`` finds: the letters before the spaces (no line break) that end
    ``text[start:end]`` (or that end it but for a last "\n", where ``$`` matches too). Read
    backwards from the end instead of by a regex scan of the whole window."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    window = text[start:end]
    kept = window.rstrip()  # str.isspace() is the regex's \s
    if "\n" in window[len(kept) :]:
        return None
    word_end = word_start = start + len(kept)
    if not kept:
        return None
    token = kept.rsplit(None, 1)[-1]  # after the last whitespace (or from ``start``)
    if token.isalpha():  # letters only (most words): all of them, and whitespace before
        return word_end - len(token), word_end
    while word_start > start:
        ch = text[word_start - 1]
        if not ch.isalnum() or ch.isdecimal():
            break  # no letter: [^\W\d_] is \w (str.isalnum, "_") less \d (str.isdecimal)
        word_start -= 1
    return (word_start, word_end) if word_start < word_end else None


_PAIR_ENDS = frozenset(pair.rsplit(" ", 1)[-1] for pair in (*_EXCLUDE_PAIRS, *COMPOUND_ENDINGS))
"""The last words of :data:`_EXCLUDE_PAIRS` and ``COMPOUND_ENDINGS``: after any other word
neither pair is looked up (most words before a figure end no pair)."""


def excluded_by_word(before: list[str]) -> bool:
    last = before[-1].lower()
    previous = before[-2].lower() if len(before) > 1 else ""
    if (last == "số" and previous in COUNTING_SO) or (last == "cấp" and previous in VERB_CAP):
        return False
    pair = f"{previous} {last}" if last in _PAIR_ENDS else ""
    if pair in COMPOUND_ENDINGS:
        return False
    if last in _EXCLUDE_WORDS:
        return True
    return len(before) > 1 and pair in _EXCLUDE_PAIRS


_AIM_BEFORE = re.compile(rf"(?i)(?<!\w)(?:không\s+còn|{AIM_WORDS})(?!\w)[^.;\n]*$")
"""An aim ("phấn đấu", "mục tiêu", ... of ``AIM_WORDS``) or "không còn" earlier in the
sentence: a bound after it ("dưới 10 tiêu chí") is the bound of a target."""

_PER_UNIT_AFTER = re.compile(
    r"(?i)(?:[^\S\n]*(?:"
    + "|".join(SCALE_WORDS)
    + r"))?[^\S\n]*(?:"
    + CURRENCY_UNIT
    + r"|(?:%|m2|m²|ha|kg|tấn)(?!\w))"
)

_QUOTATION_FORMS = (
    r"“(?P<curly>[^“”\n]{1,90})”",
    r"\"(?P<straight>[^\"\n]{1,90})\"",
    r"‘(?P<single>[^‘’\n]{1,90})’",
)
_QUOTATION = re.compile("|".join(_QUOTATION_FORMS))
"""A short quotation (a name, a slogan, a motto, or words quoted): its body in the group named
after its marks."""
_QUOTATION_OPENERS = '“"‘'
"""The marks the forms of :data:`_QUOTATION` open with, one each."""
if "".join(form.removeprefix("\\")[0] for form in _QUOTATION_FORMS) != _QUOTATION_OPENERS:
    raise ValueError("_QUOTATION_OPENERS are not the marks _QUOTATION_FORMS open with")


def _quotation_matches(text: str) -> list[re.Match[str]]:
    """``list(_QUOTATION.finditer(text))``, matched only where an opening mark stands
    (:func:`~tomtat.text.lowered.literal_places`): every match opens with one, and the
    alternation, tried at every character, costs twice the scans of the marks."""
    found: list[re.Match[str]] = []
    pos = 0
    for at in literal_places(text, _QUOTATION_OPENERS):
        if at >= pos and (match := _QUOTATION.match(text, at)) is not None:
            found.append(match)
            pos = match.end()
    return found


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    """'"3 cứng"', '"5 không, 3 sạch"': a number opening a short quoted name is no count."""
    if start == 0 or text[start - 1] not in '"“‘':
        return False
    return _QUOTATION.match(text, start - 1) is not None and not _UNIT_RE.match(text, end)


_LETTERS_AFTER = re.compile(r"[^\S\n]+(?P<word>[^\W\d_]+)")
"""The blanks after a figure and the letters after them (:attr:`Figure.word_after`)."""

_Value = TypeVar("_Value")


class _KeptOnFirstRead(Generic[_Value]):
    """A value of a :class:`Figure` computed on its first read and kept in the figure's
    ``__dict__``, where every later read finds it first: :func:`functools.cached_property`
    less the lock that Python 3.11 takes on each first read (a figure is read by one
    thread), which cost more than most of the rules that read the value."""

    def __init__(self, compute: Callable[[Figure], _Value]) -> None:
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, figure: Figure, owner: type | None = None) -> _Value:
        value = figure.__dict__[self.name] = self.compute(figure)
        return value


class Figure:
    """One number of the text (a :data:`tomtat.text.numbers.FIGURE` match) in its context.

    ``award_spans`` are the sorted spans of the event's award counts (not statistics).
    """

    def __init__(
        self, text: str, match: re.Match[str], award_spans: list[tuple[int, int]] | None = None
    ) -> None:
        self.text = text
        self.match = match
        self.start, self.end = match.start(), match.end()
        self.raw = match.group("num")
        self.award_spans = award_spans or []

    @_KeptOnFirstRead
    def before(self) -> list[str]:
        """Up to two words right before the number (see :func:`words_before`)."""
        return words_before(self.text, self.start)

    @_KeptOnFirstRead
    def last_word(self) -> str:
        """The word right before the number, lower case ("" after punctuation)."""
        return self.before[-1].lower() if self.before else ""

    @_KeptOnFirstRead
    def word_after(self) -> str | None:
        """The letters right after the number and its blanks, lower case ("" where none
        follow: a mark, a digit, a line break); None for a text with no lower-cased copy
        (:func:`tomtat.text.lowered.lowered`). A rule of :data:`WORDS_AFTER` is tried only
        after one of its words."""
        low = lowered(self.text)
        if low is None:
            return None
        after = _LETTERS_AFTER.match(self.text, self.end)
        return "" if after is None else low[after.start("word") : after.end()]

    @_KeptOnFirstRead
    def named_list(self) -> re.Match[str] | None:
        """The places named right after the number ("3 phường Tân An, Tân Bình và Tân Phú"),
        read once for the exclusion (:func:`counts_a_named_list`) and the label
        (:func:`result_after_a_named_list`)."""
        return _NAMED_LIST_AFTER.match(self.text, self.end)


# --- exclusions: a figure that is not a statistic -------------------------------------------


def too_many_digits(figure: Figure) -> bool:
    """A digit run longer than any count: an identifier."""
    return len(figure.raw) > MAX_COUNT_DIGITS


def an_award_count(figure: Figure) -> bool:
    """A count of the event's grants (or a total of them) is reported as an award."""
    return in_spans(figure.award_spans, figure.start, figure.end)


def a_year(figure: Figure) -> bool:
    """ "2022": a year (Vietnamese writes the count 2.022 with a dot)."""
    raw = figure.raw
    return len(raw) == 4 and "1900" <= raw <= "2100" and not figure.match.group("frac")


def glued_to_a_word(figure: Figure) -> bool:
    """ "Covid-19", "(V05)": a number glued to something is part of a name."""
    start, text = figure.start, figure.text
    return start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(“\"'‘["


_GROUP_WORDS = frozenset({"khối", "cụm", "nhóm", "đoàn", "đội"})
_MEMBERS_AFTER = re.compile(
    r"(?i)[^\S\n]+(?:huyện|xã|tỉnh|phường|thị[^\S\n]+xã|thị[^\S\n]+trấn|quận|thành[^\S\n]+phố"
    r"|đơn[^\S\n]+vị|trường|thành[^\S\n]+viên|người|cán[^\S\n]+bộ|chiến[^\S\n]+sĩ|đồng[^\S\n]+chí"
    r"|hội[^\S\n]+viên|đoàn[^\S\n]+viên)(?!\w)"
)


_LEVEL_MAX = 9  # "cấp 1" .. "cấp 4": the levels a "cấp" numbers


def _digits_value(raw: str) -> int:
    """The integer a figure's digits write ("6.025" -> 6025)."""
    return int(raw.replace(".", "") or 0)


def after_a_reference_word(figure: Figure) -> bool:
    """ "số 5", "tổ 3", "Quyết định 123": a number after a reference word names, it counts not.

    "mỗi gian 40 triệu đồng" is a rate per unit, not a stall number; "khối 7 huyện", "đoàn
    20 người" give the size of a group in its members.
    """
    before = figure.before
    if not before or before[-1] == "" or not excluded_by_word(before):
        return False
    if before[-1].lower() == "cấp" and _LEVEL_MAX < _digits_value(figure.raw):
        return False  # "cấp 4.180 giấy chứng nhận": issued, no level is numbered so high
    per_unit = len(before) > 1 and before[-2].lower() == "mỗi"
    if per_unit and _PER_UNIT_AFTER.match(figure.text, figure.end):
        return False
    # "khối 7 huyện vùng cao", "cụm 6 tỉnh": a group's size, counted in its members
    group = before[-1].lower() in _GROUP_WORDS and not before[-1][:1].isupper()
    return not (group and _MEMBERS_AFTER.match(figure.text, figure.end))


def opens_a_quoted_name(figure: Figure) -> bool:
    """'"3 cứng"', '"5 không, 3 sạch"': a number opening a short quoted name is no count
    (but "“12 tỷ đồng”", an amount quoted with its scale and unit, is one)."""
    if figure.start == 0 or figure.text[figure.start - 1] not in '"“‘':
        return False  # no quotation mark opens on it (the test of _in_quoted_name, read first)
    read = read_figure(figure.text, figure.match)
    return _in_quoted_name(figure.text, figure.start, read[1] if read else figure.end)


_SENTENCE_MARK = re.compile(r"[.!?;:](?!\d)")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=4)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the bodies of the short quotations of ``text`` that hold no sentence mark
    (a name, a slogan, a motto; not a speech), in order."""
    spans = []
    for match in _quotation_matches(text):
        group = match.lastgroup or "curly"
        if not _SENTENCE_MARK.search(match.group(group)):
            spans.append(match.span(group))
    return tuple(spans)


_SPOKEN_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(REPORTING_VERBS)}|nói)[^\S\n]*:?[^\S\n]*$")
_TENSE = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(TENSE_WORDS)})(?!\w)")


def inside_a_quoted_name(figure: Figure) -> bool:
    """ "phong trào “100 ngày đêm xây 2.000 căn nhà”", "câu lạc bộ “Nhà nông làm giàu 5 tỷ
    đồng”", "túi “rác 2 ngăn”": a figure inside a short quotation with no sentence mark is
    part of the name of a campaign, a club or a thing; a quotation of the figure alone with
    its unit ("đạt “20 tỷ đồng”") stresses a fact, and a quoted speech ends a sentence. Part
    of a sentence quoted after a verb of speech ("cho biết “...”"), or one whose words before
    the figure hold a tense ("“đến nay xã đã có 40 hộ ...”"), reports a fact."""
    spans = _quotations(figure.text)
    i = bisect.bisect_right(spans, (figure.start, 1 << 62)) - 1
    if i < 0 or not spans[i][0] <= figure.start < spans[i][1]:
        return False
    body_start, body_end = spans[i]
    if _SPOKEN_BEFORE.search(figure.text, max(0, body_start - 40), body_start - 1) or _TENSE.search(
        figure.text, body_start, figure.start
    ):
        return False  # "cho biết “đến nay xã đã có 40 hộ ...”": words quoted, not a name
    read = read_figure(figure.text, figure.match)
    after = read[1] if read else figure.end
    unit = _UNIT_RE.match(figure.text, after, body_end)
    after = unit.end() if unit else after
    return bool(
        _LETTER.search(figure.text, body_start, figure.start)
        or _LETTER.search(figure.text, after, body_end)
    )


_WORD_AFTER = re.compile(r"[^\S\n]+(?P<first>[^\W\d_])")


def part_of_a_proper_name(figure: Figure) -> bool:
    """ "Ban Chỉ đạo 138", "Quận 1": a name; a capitalised sentence opener is fine, and so is
    a zero-padded count before a noun ("Hội Nông dân 07 xã"): names pad no zeros."""
    before = figure.before
    if not before or not before[-1][:1].isupper() or before[-1].lower() in QUALIFIERS:
        return False
    if _PRISON_TERM.match(figure.text, figure.end):
        return False  # "tuyên phạt Hoàng 17 năm tù": the term of the person named
    padded = figure.raw.startswith("0") and len(figure.raw) > 1
    after = _WORD_AFTER.match(figure.text, figure.end)
    if padded and after is not None and after.group("first").islower():
        return False
    return len(before) > 1 and before[-2] != ""


NAME_REPEATS = 2
"""How often a text must write a number after the same capitalised words to make it a name."""

_NEXT_WORD = re.compile(r"[^\S\n]*(?P<next>[^\W\d_]*)")


@lru_cache(maxsize=4)
def _figures_by_digits(text: str) -> dict[str, list[tuple[int, int]]]:
    """The spans of the figures of ``text`` (:data:`FIGURE`), keyed by their digits: one pass
    over the text, not one per figure."""
    found: dict[str, list[tuple[int, int]]] = {}
    for match in number_led_matches(FIGURE, text):
        found.setdefault(match.group("num"), []).append(match.span())
    return found


def _followers(text: str, two_words: tuple[str, str], raw: str) -> list[str]:
    """The words that follow each figure of ``text`` written with the digits ``raw`` right
    after ``two_words``, once per telling. Only the figures of the same digits are read
    for the words before them (a few, where the text has dozens of figures)."""
    found: list[str] = []
    for start, end in _figures_by_digits(text).get(raw, ()):
        before = words_before(text, start)
        if len(before) < 2 or not before[-2] or not before[-1]:
            continue
        if (before[-2], before[-1]) == two_words:
            following = _NEXT_WORD.match(text, end)
            found.append(following.group("next").lower() if following else "")
    return found


def the_number_of_a_repeated_name(figure: Figure) -> bool:
    """ "Trường Mầm non 3 tổ chức ...", "... của Trường Mầm non 3." : a number the
    text writes more than once right after the same two words, the first of them
    capitalised, and followed by different words each time, ends a name. A count is followed
    by what it counts, the same noun each time ("Công an 5 tỉnh ... Công an 5 tỉnh"), and a
    number written once after a name is left to the other rules."""
    before = figure.before
    if len(before) < 2 or not before[-2][:1].isupper() or not before[-1]:
        return False
    if before[-1][:1].isupper():
        return False  # "Quận 1": :func:`part_of_a_proper_name` reads it
    nexts = _followers(figure.text, (before[-2], before[-1]), figure.raw)
    return len(nexts) >= NAME_REPEATS and len(set(nexts)) > 1


# "tuyên phạt 23 năm tù", "18 tháng tù treo": a prison term handed down is a fact reported
_PRISON_TERM = re.compile(r"(?i)[^\S\n]+(?:năm|tháng)[^\S\n]+tù(?!\w)")


_HOURS_AFTER = re.compile(
    r"(?i)[^\S\n]+(?P<unit>giờ|phút)(?!\w)(?:[^\S\n]+đồng[^\S\n]+hồ(?!\w))?"
    r"(?![^\S\n]*(?:\d|(?:" + "|".join(PARTS_OF_DAY) + r"|đêm|ngày|cùng|hôm|kể|mỗi|h[ằà]ng"
    r"|qua|tới|đầu|cuối)(?!\w)))"
)
"""Hours or minutes after a figure ("giờ đồng hồ": clock hours, the same unit), not a time of
day ("14 giờ 50 phút", "2 giờ chiều", "sau 16 giờ cùng ngày"), a deadline ("trong vòng 24 giờ
kể từ ..."), a habit ("8 giờ mỗi ngày") or a window that dates what it holds, as "năm qua"
does ("trong 24 giờ qua", "72 giờ tới", "30 phút đầu")."""
_DEED_NEXT = re.compile(r"[^\S\n]+[^\W\d_]")
"""A word right after the hours: what was done in them ("sau 6 giờ truy xét")."""
_SPAN_LEADS = frozenset({"sau", "đầy", "trong", "vòng", "qua", "mất"})
"""The words that open a span of hours measured ("chỉ sau 6 giờ", "chưa đầy 10 giờ", "trong
vòng 30 phút")."""


def span_of_hours(figure: Figure) -> re.Match[str] | None:
    """ "sau 6 giờ truy xét, ...", "qua 3 giờ làm việc": hours or minutes a deed took,
    after a word that opens a span, tell how fast it was done, a fact the report gives
    (unlike a time of day, "lúc 14 giờ", "sau 22 giờ, ...", or a span of days, months and
    years, which dates)."""
    if figure.last_word not in _SPAN_LEADS:
        return None
    hours = _HOURS_AFTER.match(figure.text, figure.end)
    if hours is None or figure.last_word != "sau":
        return hours
    # "sau 22 giờ, ..." is a time of day as well: a span when "chỉ" opens it or a deed follows
    deed = _DEED_NEXT.match(figure.text, hours.end()) is not None
    return hours if deed or figure.before[0].lower() == "chỉ" else None


def a_duration(figure: Figure) -> bool:
    """ "10 năm", "3 tháng", "18 tuổi": a span of time or an age (not a prison term, nor the
    hours a deed took: :func:`span_of_hours`)."""
    if DURATION_AFTER.match(figure.text, figure.end) is None:
        return False  # no unit of time after it (most figures): the exceptions are not read
    return not (_PRISON_TERM.match(figure.text, figure.end) or span_of_hours(figure))


def hours_label(figure: Figure) -> tuple[str, int] | None:
    """The label of a span of hours (:func:`span_of_hours`) and where it ends: its unit and
    what was done in it ("giờ truy xét", "giờ làm việc"), None for no such span."""
    hours = span_of_hours(figure)
    if hours is None:
        return None
    unit = hours.group("unit").lower()
    rest = _after(figure, hours.end())
    return (f"{unit} {rest[0]}", rest[1]) if rest else (unit, hours.end())


def a_threshold(figure: Figure) -> bool:
    """ "từ 50 triệu đồng trở lên": the threshold of a class, not a fact."""
    return figure.last_word == "từ" and THRESHOLD_AFTER.match(figure.text, figure.end) is not None


def the_bound_of_a_target(figure: Figure) -> bool:
    """ "không còn xã dưới 10 tiêu chí": the bound of a target, not a fact."""
    if figure.last_word != "dưới":
        return False
    window = max(0, figure.start - 120)
    return _AIM_BEFORE.search(figure.text, window, figure.start) is not None


_PLAN_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{PLAN_WORDS})(?!\w)")
if not PLAN_WORDS.isalpha() or not PLAN_WORDS.islower():
    # a_plan_or_target looks for the plan word as a substring of the lower-cased text first
    raise ValueError(f"PLAN_WORDS must be one lower-case word, not a pattern: {PLAN_WORDS!r}")
_DONE = re.compile(r"(?i)(?<!\w)đã(?!\w)")
_FORECAST = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(w for w in FUTURE_WORDS if w != PLAN_WORDS) + r")(?!\w)"
)
PLAN_REACH = 150
"""How far before a figure the opening of its clause (or sentence) is looked for."""


def _clause_opening(text: str, start: int) -> int:
    """Where the clause ending at ``start`` opens: after its last :data:`CLAUSE_BREAK` (the
    one clause splitter; a comma inside "1,5" is none), at most :data:`PLAN_REACH` back."""
    window = max(0, start - PLAN_REACH)
    end = last_clause_break(text, window, start)
    return window if end is None else end


def a_plan_or_target(figure: Figure) -> bool:
    """ "Năm tới, huyện sẽ nhân rộng mô hình ra 5 xã": a figure in a clause that tells what a body
    will do is a plan, not a fact (see :data:`PLAN_WORDS`). A clause that says it was done
    ("đã") and a sentence that forecasts a result ("Dự kiến hết năm, số thu sẽ đạt ...")
    state figures of the report; a plan word in an earlier clause ("sẽ mở rộng mô hình, trong
    đó 120 hộ ...") leaves the figure alone."""
    text, start = figure.text, figure.start
    low = lowered(text)
    if low is not None and low.find(PLAN_WORDS, max(0, start - PLAN_REACH), start) < 0:
        return False  # no plan word within reach: no clause of it to find
    clause = _clause_opening(text, start)
    if _PLAN_BEFORE.search(text, clause, start) is None or _DONE.search(text, clause, start):
        return False
    return _FORECAST.search(text, sentence_start(text, start), start) is None


_NAME = rf"{UPPER_LETTER}[^\W\d_]*[a-zà-ỹđ][^\W\d_]*(?:[^\S\n]+{UPPER_LETTER}[^\W\d_]*)*"
"""A proper name: capitalised words, the first not in capitals only (an acronym is none)."""
_NAMED_LIST_AFTER = re.compile(
    r"(?i)[^\S\n]+(?P<noun>"
    + "|".join(level.replace(" ", r"[^\S\n]+") for level in UNIT_LEVELS)
    + r"|thành[^\S\n]+phố|"
    + "|".join(VILLAGE_UNITS)
    + rf")[^\S\n]+(?-i:{_NAME}(?:[^\S\n]*,[^\S\n]*{_NAME})*[^\S\n]*(?:,|và)[^\S\n]+{_NAME})"
)


_RESULT_AFTER_LIST = re.compile(
    r"(?i)[^\S\n]*(?:(?:đã|đều|cùng)[^\S\n]+)*"
    r"(?:được[^\S\n]+công[^\S\n]+nhận(?:[^\S\n]+đạt)?|đạt|hoàn[^\S\n]+thành)(?!\w)"
)
"""A predicate of a result right after a named list ("... và Mỹ Lợi được công nhận đạt chuẩn"):
the count of the places named is a result of the report."""


def counts_a_named_list(figure: Figure) -> bool:
    """ "Đoàn thăm 3 phường Tân An, Tân Bình và Tân Phú", "hỗ trợ 2 xã Ea Sol và Ea Hiao": the
    number only counts the places the sentence names right after it, a description of who is
    meant, not a fact of the report ("3 phường đạt chuẩn" counts; so does "5 xã vùng cao và
    biên giới"). A list followed by a result ("3 xã A, B và C được công nhận đạt chuẩn")
    counts the places that reached it: a fact (see :func:`result_after_a_named_list`)."""
    named = figure.named_list
    return named is not None and _RESULT_AFTER_LIST.match(figure.text, named.end()) is None


def result_after_a_named_list(figure: Figure) -> tuple[str, int] | None:
    """ "3 xã A, B và C được công nhận đạt chuẩn nông thôn mới" -> "xã được công nhận đạt
    chuẩn nông thôn mới": the label of a count of named places is its noun with the result
    told after the names, and where that label ends; None where no list of names with a
    result follows."""
    named = figure.named_list
    result = _RESULT_AFTER_LIST.match(figure.text, named.end()) if named is not None else None
    if named is None or result is None:
        return None
    noun = " ".join(named.group("noun").split())
    verb = " ".join(figure.text[result.start() : result.end()].split())
    rest = _after(figure, result.end())
    if rest is None:
        return f"{noun} {verb}", result.end()
    return f"{noun} {verb} {rest[0]}", rest[1]


_AWARD_CLASS_AFTER = re.compile(r"(?i)[^\S\n]+hạng[^\S\n]+(?:nhất|nhì|ba|I{1,3})(?!\w)")


def a_class_of_an_award(figure: Figure) -> bool:
    """ "11 Huân chương (2 hạng nhất, 4 hạng nhì, 5 hạng ba)": how many of a grant are of each
    class, a detail of the award, not a fact of its own."""
    return _AWARD_CLASS_AFTER.match(figure.text, figure.end) is not None


_VEHICLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:xe|ô[^\S\n]*tô|xe[^\S\n]+khách)[^\S\n]+$")
_SEATS_AFTER = re.compile(r"(?i)[^\S\n]+(?:chỗ|chỗ[^\S\n]+ngồi|tấn)(?!\w)")


def a_kind_of_vehicle(figure: Figure) -> bool:
    """ "xe ô tô 29 chỗ", "xe 5 tấn": the size names the kind of vehicle, it counts nothing."""
    if _SEATS_AFTER.match(figure.text, figure.end) is None:
        return False  # the size after the figure first: one anchored match, rarely there
    before = figure.text[max(0, figure.start - 20) : figure.start]
    return bool(_VEHICLE_BEFORE.search(before))


# "chính quyền địa phương 2 cấp", "diễn tập 1 bên 1 cấp", "8 chữ vàng": the number of levels,
# sides or words is the shape of a named thing, not a count of facts; "chữ ký" (signatures)
# and "chữ thập" (crosses) are things counted
_SHAPE_AFTER = re.compile(r"(?i)[^\S\n]+(?:cấp|bên|chữ(?!\s+(?:ký|kí|thập)(?!\w)))(?!\w)")


def the_shape_of_a_named_thing(figure: Figure) -> bool:
    """ "mô hình chính quyền 2 cấp", "diễn tập 1 bên 1 cấp", "8 chữ vàng": levels, sides or
    words of a model, an exercise or a motto, which count nothing."""
    return _SHAPE_AFTER.match(figure.text, figure.end) is not None


_STREET_AFTER = re.compile(rf"[^\S\n]+(?:đường|phố)[^\S\n]+(?-i:{_NAME})")
"""A street named right after a figure ("81 đường Lê Lợi", "15 phố Hàng Gà")."""
_ADDRESS_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?:số|tại|địa[^\S\n]+chỉ|ở)[^\S\n]*:?|\()[^\S\n]*$")
_WARD_AFTER = re.compile(
    r"(?i)[^\S\n]*,[^\S\n]*(?:phường|xã|quận|huyện|thị[^\S\n]+trấn|thành[^\S\n]+phố|tp\.?|p\.|q\.)"
    r"(?!\w)"
)


def a_house_number(figure: Figure) -> bool:
    """ "cửa hàng Hải Yến (số 42 đường Trần Phú, phường Đông Hải)": a number before a named
    street, in an address (in brackets or after "số", "tại", "địa chỉ", or with the ward
    after the street), counts nothing. Out of an address the name after "đường" or "phố"
    may be a campaign's ("15 đường Cờ Tổ quốc", "8 phố Văn minh"): the figure counts."""
    street = _STREET_AFTER.match(figure.text, figure.end)
    if street is None:
        return False
    before = figure.text[max(0, figure.start - 16) : figure.start]
    ward = _WARD_AFTER.match(figure.text, street.end())
    return bool(_ADDRESS_BEFORE.search(before)) or ward is not None


_COUNTER_BEFORE = re.compile(
    r"(?i)(?<!\w)lượt[^\S\n]+(?:xem|đọc|truy[^\S\n]+cập)[^\S\n]*:[^\S\n]*$"
)


def a_page_counter(figure: Figure) -> bool:
    """ "Lượt xem: 1275" in the line of the page's date: the page's own counter of readers,
    no fact of the report."""
    window = max(0, figure.start - 24)
    if ":" not in figure.text[window : figure.start]:
        return False  # the counter's colon is not there: no need to try the pattern
    return _COUNTER_BEFORE.search(figure.text, window, figure.start) is not None


_CAPTION_AFTER = re.compile(r"[^\S\n]*(?:$|[\n.:–-]|[^\S\n]+[^\W\d_])")
"""What follows a photo's number in a caption: the line's end, a stop, a colon or a dash, or
the capital that opens the caption's own sentence ("ảnh 2 Đại tá ... phát biểu")."""


_PHOTO_COMPOUNDS = {
    "ảnh": frozenset({"hình", "bức", "tấm"}),
    "hình": frozenset(
        {"mô", "tình", "loại", "địa", "điển", "màn", "truyền", "ngoại", "định", "cấu", "khung"}
    ),
}
"""The words before "ảnh" or "hình" that make it part of a word of its own ("hình ảnh 30
Anh hùng ...": the images of 30 heroes; "mô hình 5 Không", "tình hình 6 Tháng"), no
caption's label."""


def a_photo_number(figure: Figure) -> bool:
    """ "Ảnh 2.", "ảnh 3 Thượng tá ... trao thưởng": the number of a photo in its caption
    counts nothing. A count after the word runs on in lower case ("Hình ảnh 5 chiến sĩ ...")
    and is kept; a count of photos ("120 ảnh") has the word after it, not before. "ảnh" ends
    no compound (:data:`_PHOTO_COMPOUNDS`: "hình ảnh 30 Anh hùng", capitalised as titles
    are; "mô hình 5 Không")."""
    if figure.last_word not in _PHOTO_COMPOUNDS:
        return False
    word_before = figure.before[-2].lower() if len(figure.before) > 1 else ""
    if word_before in _PHOTO_COMPOUNDS[figure.last_word]:
        return False
    after = _CAPTION_AFTER.match(figure.text, figure.end)
    return after is not None and not after.group().strip().islower()


_TERM_AFTER = re.compile(r"(?i)[^\S\n]+(?:khóa|khoá)[^\S\n]+(?P<term>(?-i:[IVXLC]+)|\d+)(?!\w)")
"""A term of office numbered right after a figure ("4 khóa XII", "7 khoá 13")."""
_CENTRAL_COMMITTEE = ("trung", "ương")
"""The words before a plenum's number ("Trung ương 7 khoá 13"): a term in digits names a
plenum only after them; elsewhere "khóa" and a number are courses ("5 khóa 45 học viên",
"3 khóa 2 tháng", "6 khóa 2023")."""


def the_plenum_of_a_term(figure: Figure) -> bool:
    """ "Nghị quyết Trung ương 9 khóa XIII": a number followed by a numbered term names a
    plenum of that term, no count ("5 khóa đào tạo", "8 đại biểu khóa XV" are counts: no
    numbered term follows the figure itself; "5 khóa 45 học viên" neither: a term in digits
    only after "Trung ương")."""
    term = _TERM_AFTER.match(figure.text, figure.end)
    if term is None:
        return False
    return not term.group("term").isdigit() or (
        tuple(w.lower() for w in figure.before) == _CENTRAL_COMMITTEE
    )


_MEASURE_NEXT = re.compile(MEASURE_UNIT + r"$")
"""A measure unit and nothing else: a whole word, though it has no vowel ("kg", "km", "m");
the bare "đ" of a sum is no such: at the text's end it is more often "đội" cut short."""
_CUT_WORD_AFTER = re.compile(r"[^\S\n]+(?P<word>[^\W\d_]+)[^\S\n]*$")
"""One word after a figure and then the text's end, no stop in between ("..., 8 b")."""


def cut_off_by_the_text_end(figure: Figure) -> bool:
    """ "..., 8 b" at the very end of a text with no stop: the page was cut inside the noun,
    a piece with no vowel, which no Vietnamese word is; what the figure counts is unknown. A
    whole word left last ("..., 250 đội") still names it, and so do a unit ("450 kg") and an
    abbreviation in capitals ("500 VĐV"), which have no vowel either."""
    text = figure.text
    if text.rfind("\n", figure.end, len(text) - 1) >= 0:
        return False  # a line ends after the figure: it is not on the text's last line
    cut = _CUT_WORD_AFTER.match(text, figure.end)
    if cut is None or not cut.group("word").islower() or _MEASURE_NEXT.match(cut.group("word")):
        return False  # an abbreviation ("500 VĐV", "12 CBCS") or a measure ("450 kg")
    return not any(ch in "aeiouy" for ch in ascii_fold(cut.group("word")))


_RACE_LEADS = frozenset({("nội", "dung"), ("cự", "ly"), ("cự", "li")})
"""The words that name a race by its distance ("nội dung 100m bơi ngửa", "cự ly 10 km")."""
_RACE_LAST_WORDS = frozenset(last for _, last in _RACE_LEADS)
_DISTANCE_AFTER = re.compile(r"(?i)[^\S\n]*k?m(?!\w)")
"""Metres or kilometres right after a figure, glued to it or not ("100m", "10 km")."""


def the_distance_of_a_race(figure: Figure) -> bool:
    """ "huy chương vàng nội dung 100m tự do", "giải chạy cự ly 21 km": the metres name the
    race, a category of the contest, not a distance anyone covered ("đã chạy 21 km")."""
    before = figure.before
    return (
        len(before) == 2  # the two words of a lead, read only after the last one
        and figure.last_word in _RACE_LAST_WORDS
        and (before[0].lower(), figure.last_word) in _RACE_LEADS
        and _DISTANCE_AFTER.match(figure.text, figure.end) is not None
    )


ExclusionRule = Callable[[Figure], bool]

EXCLUSIONS: tuple[tuple[str, ExclusionRule], ...] = (
    ("too many digits", too_many_digits),
    ("award count", an_award_count),
    ("year", a_year),
    ("glued to a word", glued_to_a_word),
    ("reference word", after_a_reference_word),
    ("quoted name", opens_a_quoted_name),
    ("inside a quoted name", inside_a_quoted_name),
    ("proper name", part_of_a_proper_name),
    ("repeated name", the_number_of_a_repeated_name),
    ("duration", a_duration),
    ("threshold", a_threshold),
    ("target bound", the_bound_of_a_target),
    ("plan or target", a_plan_or_target),
    ("count of a named list", counts_a_named_list),
    ("award class", a_class_of_an_award),
    ("vehicle kind", a_kind_of_vehicle),
    ("shape of a named thing", the_shape_of_a_named_thing),
    ("house number", a_house_number),
    ("page counter", a_page_counter),
    ("photo number", a_photo_number),
    ("plenum of a term", the_plenum_of_a_term),
    ("cut off by the text end", cut_off_by_the_text_end),
    ("distance of a race", the_distance_of_a_race),
)
"""Each rule that drops a figure, by name, in the order they are tried."""


WORDS_AFTER: dict[ExclusionRule, frozenset[str]] = {
    a_duration: frozenset(
        ("năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "thập", "thế", "tuổi")
    ),
    counts_a_named_list: frozenset(
        (
            *(level.split()[0] for level in UNIT_LEVELS),
            "thành",
            *(re.split(r"\\s", unit)[0] for unit in VILLAGE_UNITS),
        )
    ),
    a_class_of_an_award: frozenset(("hạng",)),
    a_kind_of_vehicle: frozenset(("chỗ", "tấn")),
    the_shape_of_a_named_thing: frozenset(("cấp", "bên", "chữ")),
    a_house_number: frozenset(("đường", "phố")),
    the_plenum_of_a_term: frozenset(("khóa", "khoá")),
}
"""The rules that drop a figure only when their pattern matches right after it, its blanks
and then one of these words (lower case; its first word where it holds more), which
:attr:`Figure.word_after` gives: after any other word the rule cannot fire and is not
called (a call per rule and figure cost more than most of the rules)."""

_FIRST_GATED = min(i for i, (_, rule) in enumerate(EXCLUSIONS) if rule in WORDS_AFTER)
_UNGATED_HEAD = EXCLUSIONS[:_FIRST_GATED]
_TAIL = EXCLUSIONS[_FIRST_GATED:]
_TAIL_AFTER: dict[str | None, tuple[tuple[str, ExclusionRule], ...]] = {
    word: tuple((name, rule) for name, rule in _TAIL if word in WORDS_AFTER.get(rule, (word,)))
    for word in frozenset().union(*WORDS_AFTER.values())
}
"""The rules of :data:`EXCLUSIONS` from its first rule of :data:`WORDS_AFTER` on, in order,
for each word after a figure that some of them need."""
_TAIL_AFTER[None] = _TAIL  # no lower-cased copy: every rule is tried
_TAIL_UNGATED = tuple((name, rule) for name, rule in _TAIL if rule not in WORDS_AFTER)


def excluded_by(figure: Figure) -> str | None:
    """The name of the first rule of :data:`EXCLUSIONS` that drops ``figure``, else None.
    The rules of :data:`WORDS_AFTER` are tried only after their words (the first rules,
    which drop most figures, before the word after is read)."""
    for name, rule in _UNGATED_HEAD:  # a plain loop: no generator per figure
        if rule(figure):
            return name
    for name, rule in _TAIL_AFTER.get(figure.word_after, _TAIL_UNGATED):
        if rule(figure):
            return name
    return None


# --- labels: what a figure counts -----------------------------------------------------------


def _after(figure: Figure, pos: int) -> tuple[str, int] | None:
    return label_after(figure.text, pos, min(len(figure.text), pos + _LABEL_WINDOW))


def share_of_a_verb_phrase(figure: Figure, end: int, label: str | None) -> str | None:
    """ "100% số xã đạt chuẩn nông thôn mới": the verb phrase names the share."""
    share_of = SHARE_OF_VERB.match(figure.text, end)
    if share_of is None:
        return label
    rest = _after(figure, share_of.end())
    if rest is None:
        return label
    return f"{' '.join(share_of.group('head').split())} {rest[0]}"


def a_moved_rate(figure: Figure, end: int, label: str | None) -> str | None:
    """ "giảm từ 61,2% xuống còn 38,4%": both rates are of the subject before the verb."""
    moved = moved_rate_label(figure.text, figure.start, end)
    return moved if moved is not None else label


def a_share_after_chiem(figure: Figure, end: int, label: str | None) -> str | None:
    """ "52/94 xã đạt chuẩn, chiếm 55,3%": the share of the count before."""
    if label or figure.last_word != "chiếm":
        return label
    share = share_of_label(figure.text, figure.start)
    return f"tỷ lệ {share}" if share else None


_PAREN_OPEN_BEFORE = re.compile(r"(?i)\([^\S\n]*(?:(?:hơn|trên|gần|khoảng|đạt|chiếm)[^\S\n]+)?$")
_PAREN_CLOSE_AFTER = re.compile(r"[^\S\n]*\)")


def a_share_in_parentheses(figure: Figure, end: int, label: str | None) -> str | None:
    """ "612/640 (trên 95%) thôn đạt chuẩn": the rate in parentheses is the share of
    the noun after them."""
    if label:
        return label
    before = figure.text[max(0, figure.start - 16) : figure.start]
    close = _PAREN_CLOSE_AFTER.match(figure.text, end)
    if not _PAREN_OPEN_BEFORE.search(before) or close is None:
        return label
    after = _after(figure, close.end())
    return f"tỷ lệ {after[0]}" if after else label


def a_change_against_a_base(figure: Figure, end: int, label: str | None) -> str | None:
    """ "tăng 5% so với cùng kỳ", "tăng hơn 11% so với năm 2019": the change (its hedge kept
    apart as the qualifier) and what it is measured against."""
    verb = figure.last_word
    if verb in QUALIFIERS and len(figure.before) > 1:
        verb = figure.before[-2].lower()  # "tăng hơn 16%": the verb is before the hedge
    if label or verb not in CHANGE_VERBS:
        return label
    change = CHANGE_AFTER.match(figure.text, end)
    return f"{verb} {change.group('cmp').strip()}" if change else label


PercentLabel = Callable[[Figure, int, "str | None"], "str | None"]

PERCENT_LABELS: tuple[tuple[str, PercentLabel], ...] = (
    ("share of a verb phrase", share_of_a_verb_phrase),
    ("moved rate", a_moved_rate),
    ("share after chiếm", a_share_after_chiem),
    ("share in parentheses", a_share_in_parentheses),
    ("change against a base", a_change_against_a_base),
)
"""Refinements of a rate's label, applied in order to the noun phrase around it."""


def percent_label(figure: Figure, end: int) -> str | None:
    """Label of a rate: the noun phrase after it (else before), refined by :data:`PERCENT_LABELS`."""
    after = _after(figure, end)
    label = after[0] if after else label_before(figure.text, figure.start)
    for _, refine in PERCENT_LABELS:
        label = refine(figure, end, label)
    return label


_PER_UNIT = re.compile(r"[^\S\n]*/[^\S\n]*(?P<unit>[^\W\d_]+)")


_EACH_BEFORE = re.compile(
    r"(?i)(?<!\w)mỗi[^\S\n]+(?P<unit>[^\W\d_]+)"
    r"(?:[^\S\n]+(?:trị[^\S\n]+giá|là|được|nhận|"
    + "|".join(q.replace(" ", r"[^\S\n]+") for q in QUALIFIERS)
    + r"))*[^\S\n]*$"
)


_TIME_UNITS = frozenset((*SPAN_WORDS, "quý"))
"""Units of time: "mỗi năm 3 tỷ đồng" is a sum per span, not the worth of a thing."""


def _names_its_money(figure: Figure) -> bool:
    """Whether the phrase before an amount names the money ("tổng kinh phí mỗi lần ...")."""
    own = label_before(figure.text, figure.start, money=True)
    return own is not None and MONEY_KEYS.search(own) is not None


def _per_unit_label(figure: Figure, end: int) -> str | None:
    """ "80 suất quà (400 nghìn đồng/suất)", "9 con bò giống, mỗi con 18 triệu đồng": the worth
    of one of the units counted just before ("giá trị mỗi con bò giống"); an amount "mỗi người"
    with no count of that unit before is the worth for each ("giá trị mỗi người"). None
    where no unit is named ("thu nhập 52 triệu đồng/người/năm" with no count of people
    before keeps its own label)."""
    per = _PER_UNIT.match(figure.text, end)
    reach = max(0, figure.start - 40)
    each = (
        _EACH_BEFORE.search(figure.text, reach, figure.start)
        if may_hold(figure.text, reach, figure.start, ("mỗi",))
        else None  # no "mỗi" before the amount: the scan of every position is skipped
    )
    if per is None and each is None:
        return None
    unit = per.group("unit") if per is not None else each.group("unit")  # type: ignore[union-attr]
    window_start = max(0, figure.start - 120)
    counted = list(
        re.finditer(
            rf"(?i)\d[^\S\n]+(?={re.escape(unit)}(?!\w))", figure.text[window_start : figure.start]
        )
    )
    if not counted:
        # "mỗi người 2 triệu đồng": the worth for each; "mỗi năm 3 tỷ đồng" is a yearly sum;
        # "tổng kinh phí mỗi lần 15 triệu đồng" names the money itself
        per_time = unit.lower() in _TIME_UNITS
        if each is None or per_time or _names_its_money(figure):
            return None
        return f"giá trị mỗi {unit}"
    at = window_start + counted[-1].end()
    named = label_after(figure.text, at, figure.start)
    noun = named[0] if named else unit
    return f"giá trị mỗi {noun}"


def money_label(figure: Figure, end: int) -> str | None:
    """Label of an amount: the phrase before it, else after; "chi X đồng cho Y" names Y; an
    amount per unit ("350 nghìn đồng/suất") is the worth of one."""
    per_unit = _per_unit_label(figure, end)
    if per_unit is not None:
        return per_unit
    after = _after(figure, end)
    label = label_before(figure.text, figure.start, money=True) or (after[0] if after else "tiền")
    purpose = MONEY_PURPOSE.match(figure.text, end)
    if purpose and label and not MONEY_KEYS.search(label):
        # "Tỉnh đã chi 4 tỷ đồng cho các chế độ ...": the purpose names the money
        label = f"{verb_phrase(label)} cho {' '.join(purpose.group('what').split())}"
    return label


def measure_label(figure: Figure, end: int) -> str | None:
    """Label of a measure (ha, km, tấn, ...): the noun after it, else before."""
    after = _after(figure, end)
    return after[0] if after else label_before(figure.text, figure.start)


_CLASSIFIER_DESCRIBED = re.compile(r"(?i)[^\S\n]+(?P<link>thuộc|về|liên\s+quan\s+đến)(?!\w)")


def count_label(figure: Figure, label: str, end: int, stats: list[StatMention]) -> str | None:
    """Label of a bare count from the noun after it: a counter word ("giảm 3 vụ") takes the
    phrase before; a generic noun ("lên 63.450 người") the total named before."""
    if label.lower() in CLASSIFIERS:
        described = _CLASSIFIER_DESCRIBED.match(figure.text, end)
        if described is not None:
            # "7 vụ thuộc diện tạm hoãn xuất cảnh": the phrase after says what is counted
            rest = _after(figure, described.end("link"))
            if rest is not None:
                return f"{label} {described.group('link')} {rest[0]}"
        return classifier_label(figure.text, figure.start, end, label, figure.before, stats)
    if label.lower() in GENERIC_LABELS:
        # "nâng tổng số hội viên lên 63.450 người": the count is of what comes before
        head = label_before(figure.text, figure.start)
        total = TOTAL_BEFORE.search(head) if head else None
        if head and total is not None:
            # "phường có dân số gần 31 nghìn người": the headcount named, not who has it
            return head[total.start() :] if total.group("headcount") else head
    granted = granted_phrase(figure)
    if granted:
        return f"{label} được {granted}"
    heading = list_heading(figure.text, figure.start)
    if heading:
        return f"{label} {heading}"
    return label_with_its_attainment(figure.text, label, end)


_ATTAINED = re.compile(r"(?i)[^\S\n]+(?P<verb>đạt)(?!\w)")
"""The verb of attaining, a stop word of :func:`label_after` ("đoạt", "giành" are none: the
label runs through them)."""


ATTAINMENT_WORDS = 6
"""At most this many words name what is attained ("danh hiệu gia đình văn hóa": a title of
two words and its name of four)."""


def label_with_its_attainment(text: str, label: str, end: int) -> str:
    """ "Câu lạc bộ có 14 em đạt đai đen và 6 em đạt huy chương": a count whose noun is
    one word says what is counted only with what they attained ("em đạt huy chương"); a
    longer noun ("12 trường đạt chuẩn") or another verb keeps the noun alone."""
    if len(label.split()) != 1:
        return label
    attained = _ATTAINED.match(text, end)
    if attained is None:
        return label
    rest = label_after(
        text,
        attained.end(),
        min(len(text), attained.end() + _LABEL_WINDOW),
        most=ATTAINMENT_WORDS,
    )
    return f"{label} {attained.group('verb')} {rest[0]}" if rest else label


_HEADING_LEAD = frozenset({"còn", "có", "là", "gồm", "và", "được", "đã", "với", "thì", "riêng"})
_HEADING_GENERIC = re.compile(
    r"(?i)^(?:trong[^\S\n]+đó|cụ[^\S\n]+thể|kết[^\S\n]+quả|gồm|bao[^\S\n]+gồm|như[^\S\n]+sau"
    r"|tổng[^\S\n]+cộng|tổng[^\S\n]+số|số[^\S\n]+lượng|ngoài[^\S\n]+ra)$"
)
MAX_HEADING_WORDS = 8
# between the colon and a count: nothing, or the counts before it ("118 tập thể và 305 ...")
_LIST_AFTER_COLON = re.compile(
    r"(?:[^\S\n]*\d[\d.,]*[^\S\n]+[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]*(?:,|và))*[^\S\n]*"
)


def list_heading(text: str, start: int) -> str | None:
    """ "Cờ thi đua của UBND tỉnh: 17 tập thể; Chiến sĩ thi đua cấp tỉnh: 42 cá nhân": the
    heading before the colon of a count's clause names what the count is of; None where
    the clause has no colon, or its heading is generic ("Trong đó:"), dated or long."""
    window_start = max(0, start - 200)
    colon = text.rfind(":", window_start, start)  # the last colon; most counts have none
    if colon < 0 or not _LIST_AFTER_COLON.fullmatch(text, colon + 1, start):
        return None  # "Ông A cho biết: toàn huyện có 35 tổ": a quote, not a list
    stop = max(text.rfind(ch, window_start, start) for ch in ";.!?\n")
    if stop > colon:
        return None  # the colon is in an earlier sentence: the count's clause has none
    cut = max(text.rfind(ch, max(window_start, stop + 1), colon) for ch in ",()")
    head = text[max(window_start, stop + 1, cut + 1) : colon]
    words = head.split()
    while words and words[0].lower() in _HEADING_LEAD:
        words.pop(0)
    while words and words[-1].lower() in _HEADING_LEAD:
        words.pop()
    heading = " ".join(words)
    if (
        not words
        or len(words) > MAX_HEADING_WORDS
        or any(ch.isdigit() for ch in heading)
        or _HEADING_GENERIC.match(heading)
    ):
        return None
    return heading


_GRANT_VERB = re.compile(
    r"(?i)(?<!\w)(?:đề[^\S\n]+nghị|đề[^\S\n]+xuất|phong[^\S\n]+tặng|truy[^\S\n]+tặng|tặng"
    r"|trao[^\S\n]+tặng|trao|khen[^\S\n]+thưởng|công[^\S\n]+nhận)(?!\w)"
)
_CHO_BEFORE = re.compile(r"(?i)(?<!\w)cho[^\S\n]+(?:(?:các|những)[^\S\n]+)?$")
MAX_GRANTED_WORDS = 10


def granted_phrase(figure: Figure) -> str | None:
    """ "đề nghị tặng Bằng khen cho 3 đơn vị", "phong tặng danh hiệu Anh hùng cho 2 xã": what
    the counted receive (or are proposed for), from the verb of the clause to "cho"; None
    where no such verb leads to the count, or the phrase holds a figure of its own."""
    text, start = figure.text, figure.start
    if not may_hold(text, max(0, start - 16), start, ("cho",)):
        return None  # no "cho" before the count: the scan of every position is skipped
    cho = _CHO_BEFORE.search(text, max(0, start - 16), start)
    if cho is None:
        return None
    window_start = max(0, cho.start() - 120)
    cut = max(text.rfind(ch, window_start, cho.start()) for ch in ",;:.()\n")
    clause_start = max(window_start, cut + 1)
    verbs = list(_GRANT_VERB.finditer(text, clause_start, cho.start()))
    if not verbs:
        return None
    phrase = text[verbs[0].start() : cho.start()]
    words = phrase.split()
    if any(ch.isdigit() for ch in phrase) or not 0 < len(words) <= MAX_GRANTED_WORDS:
        return None
    return " ".join(words)


def _qualifier(figure: Figure) -> tuple[str | None, int]:
    """The hedge right before the number ("hơn", "gần như", ...) and where the mention starts."""
    before, text, start = figure.before, figure.text, figure.start
    if not before or not before[-1]:
        return None, start
    last = before[-1].lower()
    qualifier = None
    if last == "như" and len(before) > 1 and before[-2].lower() == "gần":
        qualifier = "gần như"
    elif last in QUALIFIERS:
        qualifier = last
    if qualifier is None:
        return None, start
    first = qualifier.split()[0]
    stat_start = text.rfind(first, max(0, start - 16), start)
    if stat_start < 0 or text[stat_start:start].lower().split() != qualifier.split():
        found = text.lower().rfind(first, max(0, start - 16), start)
        stat_start = found if found >= 0 else start
    return qualifier, stat_start


_CHANGE_ASIDE = re.compile(
    r"(?i)%[^\S\n]*\([^\S\n]*(?P<verb>" + "|".join(CHANGE_VERBS) + r")[^\S\n]*$"
)


def change_of_a_rate(figure: Figure, stats: list[StatMention]) -> str | None:
    """ "đạt 99,7% (tăng 0,2% so với năm trước)": the change in parentheses is the change of
    the rate just before it ("mức tăng <the rate's label>"); None for any other rate."""
    before = figure.text[max(0, figure.start - 16) : figure.start]
    aside = _CHANGE_ASIDE.search(before)
    if aside is None or not stats or stats[-1].unit != "%":
        return None
    percent_at = figure.start - len(before) + aside.start()
    if not -1 <= percent_at - stats[-1].end <= 2:  # "%" is the end of the rate, or after it
        return None
    return f"mức {aside.group('verb').lower()} {stats[-1].label}"


_NOUN_NEXT = re.compile(r"[^\S\n]*[^\W\d_]")
_TOTAL_REACH = 100
_TOTAL_WORDS = 10
"""At most this many words of "tổng số X là N" name the total."""
_IDENTITY = re.compile(r"(?i)(?<!\w)số\s+(?:" + "|".join(IDENTITY_NOUNS) + r")(?!\w)")
_LEADING_ZERO = re.compile(r"0\d")


def total_before_la(figure: Figure) -> str | None:
    """ "Tổng số ca tiêm tại tuyến huyện là 51.230, đạt ...": a figure with no noun of its
    own, after "là", states the total its subject names ("tổng số X", "số X", "dân số");
    None for any other subject ("Năm nay là 2024"), for an identifier ("số điện thoại ...
    là 0912", "số tài khoản là ...") and for a figure opening with a zero (a code: no count
    is written "0912")."""
    if figure.last_word != "là" or _NOUN_NEXT.match(figure.text, figure.end):
        return None
    if _LEADING_ZERO.match(figure.raw):
        return None
    begin = max(0, figure.start - _TOTAL_REACH)
    clause = CLAUSE_BREAK.split(figure.text[begin : figure.start])[-1]
    total = TOTAL_BEFORE.search(clause)
    if total is None or _IDENTITY.search(clause, total.start()):
        return None
    words = clause[total.start() :].split()[:-1]  # "là" dropped
    return " ".join(words[:_TOTAL_WORDS]) or None


_RATE_VERBS = (*CHANGE_VERBS, "đạt", "chiếm")
_HEDGE = r"(?:[^\S\n]+(?:" + "|".join(QUALIFIERS) + r"))?"
_RATE_CLAUSE = rf"[^\S\n]*,[^\S\n]*(?:{'|'.join(_RATE_VERBS)}){_HEDGE}[^\S\n]+"
_CHAINED_RATES = re.compile(rf"(?i)(?:{_RATE_CLAUSE}\d[\d.,]*[^\S\n]*%)*{_RATE_CLAUSE}$")
"""From a figure to a rate of it: ", tăng 15,2%" (and earlier rates of it: ", tăng 3%, chiếm
" before "40%")."""
_OPEN_PAREN_BEFORE = re.compile(r"\([^()\n]{0,60}$")
RATE_REACH = 120
"""How far before a rate the figure it is a rate of may end."""


def _rate_verb(figure: Figure) -> str | None:
    """The verb right before a rate ("tăng", "giảm", "đạt", "chiếm"), past a hedge."""
    before = [w.lower() for w in figure.before]
    if len(before) > 1 and before[-1] in QUALIFIERS:
        before = before[:-1]
    return before[-1] if before and before[-1] in _RATE_VERBS else None


def rate_of_the_clause_before(figure: Figure, stats: list[StatMention]) -> str | None:
    """Label of a rate whose own clause names nothing, from what it is a rate of: the figure
    of the clause before ("Dư nợ đạt 420 tỷ đồng, tăng 12,5%" -> "tăng dư nợ"; ", chiếm 60%"
    -> "tỷ lệ dư nợ"), or the phrase before a parenthesis the rate opens ("tỷ lệ thu hồi nợ
    khả quan (45/60 khoản, đạt 75%)"). None where no verb of a rate leads to it or nothing is
    named before (a bare "đạt 80%" after a sentence break tells nothing)."""
    verb = _rate_verb(figure)
    if verb is None:
        return None
    text, start = figure.text, figure.start
    shown = "tỷ lệ" if verb in ("đạt", "chiếm") else verb
    window = max(0, start - RATE_REACH)
    for prev in reversed(stats):
        if prev.end < window:
            break
        if prev.unit != "%" and _CHAINED_RATES.search(text, prev.end, start):
            return f"{shown} {prev.label}"
    paren = _OPEN_PAREN_BEFORE.search(text, max(0, start - 61), start)
    if paren is not None:
        head = label_before(text, paren.start())
        if head:
            return head if RATE_KEYS.search(head) else f"{shown} {head}"
    return None


TIMES_HONOURED = re.compile(
    r"(?i)"
    + _TIMES_HONOURED_TAIL
    + r"(?!\w)[^,;.:()\n]{0,80}?(?<!\w)(?:"
    + "|".join((*COUNTED_AWARD_WORDS, *OTHER_AWARD_WORDS))
    + r")(?!\w)[^,;.:()\n]*"
)
"""After a number: " lần được tặng <award> ..." (the award finder's tally of times honoured,
``tomtat.text.award_parts.TIMES_HONOURED``, up to an award named in its clause)."""
MAX_TIMES_WORDS = 14
"""At most this many words of "N lần được tặng <award> ..." name how often it was given."""


def times_honoured(text: str, end: int) -> tuple[str, int] | None:
    """ "đã 2 lần được tặng Cờ thi đua của Chính phủ": how many times a body was honoured,
    a past honour counted, so a statistic ("lần được tặng Cờ thi đua của Chính phủ"); None
    for any other "N lần" (a multiple: "gấp 3 lần"; times of something else: "3 lần được
    mời"), which names no award in its clause."""
    match = TIMES_HONOURED.match(text, end)
    if match is None:
        return None
    words = match.group().split()[:MAX_TIMES_WORDS]
    return " ".join(words), match.end()


def read_statistic(figure: Figure, stats: list[StatMention]) -> StatMention | None:
    """The statistic a kept figure states, or None when nothing names what it counts."""
    read = read_figure(figure.text, figure.match)
    if read is None:
        return None
    value, cursor = read
    unit: str | None = None
    label: str | None
    unit_match = _UNIT_RE.match(figure.text, cursor)
    hours = hours_label(figure) if unit_match is None else None
    if hours is not None:
        label, stat_end = hours
    elif unit_match is None:
        after = _after(figure, cursor)
        if after is None:
            label, stat_end = total_before_la(figure), cursor
            times = times_honoured(figure.text, cursor)
            if label is None and times is not None:
                label, stat_end = times
        else:
            named = result_after_a_named_list(figure)
            if named is not None:
                label, stat_end = named
            else:
                label, stat_end = count_label(figure, after[0], after[1], stats), after[1]
    else:
        stat_end = unit_match.end()
        if unit_match.group("pct"):
            unit = "%"
            label = (
                change_of_a_rate(figure, stats)
                or percent_label(figure, stat_end)
                or rate_of_the_clause_before(figure, stats)
            )
        elif unit_match.group("money"):
            unit, label = "đồng", money_label(figure, stat_end)
        else:
            unit = " ".join(unit_match.group("unit").split())
            label = measure_label(figure, stat_end)
    if not label:
        return None
    qualifier, stat_start = _qualifier(figure)
    quote = figure.text[stat_start:stat_end]
    return StatMention(label, value, unit, qualifier, stat_start, stat_end, quote)
