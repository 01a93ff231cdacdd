"""Dates, years and year ranges in Vietnamese news text.

Everything here is regex-based and linear in the length of the text. Offsets are
half-open ``[start, end)`` indices of the string passed in (no normalisation is applied,
so they stay valid for the caller's text).

Date forms recognised (see :func:`find_dates`):

* ``5/1``, ``5/1/2021``, ``05/01/21`` (slash), ``17-8``, ``17-8-2023`` (hyphen),
  ``18.8``, ``15.2.2023`` (dot);
* ``ngày 17 tháng 5``, ``ngày 17 tháng 5 năm 2023`` (words).

A slash or hyphen pair without a year is only a date when something says so: a word before
it (part of day, ``ngày``, ``hôm``, ``từ``/``đến`` ...) or nothing word-like after it
(``Chiều 5/1, ...``, ``... dịp 2-9.``). ``3/5 xã`` is three of five communes, ``5-7 người``
is a range. The dot form without a year needs a part of day, ``ngày`` or ``hôm`` before it
(``15.2`` alone is a decimal).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from tomtat.text.figures import number_led, number_led_matches
from tomtat.text.frozen import fast_frozen
from tomtat.text.lowered import lowered, plain_twin, word_start_branch, word_start_twin
from tomtat.text.vocab import PARTS_OF_DAY, UPPER_LETTER

__all__ = [
    "DATE_LOOKBACK",
    "AnniversarySpan",
    "DateMention",
    "YearMention",
    "YearRange",
    "find_anniversary_spans",
    "find_dates",
    "find_year_ranges",
    "find_years",
    "parse_publication_date",
]

MIN_YEAR = 1900
MAX_YEAR = 2100
DATE_LOOKBACK = 48
"""Characters of left context examined before a candidate date (a part of day, "ngày")."""


@fast_frozen
@dataclass(frozen=True)
class DateMention:
    """A calendar date written in the text; ``year`` is None when the text leaves it out.

    ``start``/``end`` cover the date itself ("5/1/2021", "17 tháng 5 năm 2023");
    ``context_start`` also covers the part of day or ``ngày`` word before it when present.
    """

    day: int
    month: int
    year: int | None
    part_of_day: str | None
    start: int
    end: int
    raw: str
    context_start: int | None = None


@dataclass(frozen=True)
class YearRange:
    """A span of years such as "2014 - 2023" or "từ năm 2014 đến năm 2023"."""

    start_year: int
    end_year: int
    start: int
    end: int
    raw: str


@fast_frozen
@dataclass(frozen=True)
class YearMention:
    """A four-digit year (1900-2100) used as a year; ``after_nam`` if "năm" precedes it."""

    year: int
    start: int
    end: int
    after_nam: bool


# --- dates -------------------------------------------------------------------------------

# The look-behind of each pattern below stands after the first digit ("\d(?<![...]\d)": no
# such character before the number), so the scan skips to digits before testing it, and the
# readers try them only where a run of digits starts (number_led_matches), and only a run
# of one or two digits: a day, then a separator or a space, never a third digit.
_DAY_DIGITS = (1, 2)
_NUMERIC_DATE = number_led(
    re.compile(
        r"(?P<d>\d(?<![\w.,/\-–]\d)\d?)(?P<sep>[/.\-])(?P<m>\d{1,2})"
        r"(?:(?P=sep)(?P<y>\d{4}|\d{2})(?!\d))?"
        # not followed by more of a number, a document suffix ("/QĐ-UBND") or a time colon
        r"(?![\d]|[/.\-–][\w]|:\d)"
    ),
    digits=_DAY_DIGITS,
)
_WORD_DATE = re.compile(
    r"(?i)(?<!\w)ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:\s*(?:năm|,|/)\s*(?P<y>\d{4}))?(?!\d)"
)
_WORD_DATE_LOW = word_start_twin(_WORD_DATE)  # the same on the lower-cased text, faster
# "Ngày 01-02/4/2019": a meeting over two days, dated by its first
_DAY_RANGE_DATE = number_led(
    re.compile(
        # "ngày 01-02/4/2019", "trong 2 ngày 15 và 16/8", "từ ngày 15 đến 17/8"
        r"(?P<d>\d(?<![\w.,/\-–]\d)\d?)\s*(?:[-–]|\s(?i:và|đến|tới)\s)\s*(?P<d2>\d{1,2})/(?P<m>\d{1,2})"
        r"(?:/(?P<y>\d{4}))?(?![\d]|[/.\-–][\w]|:\d)"
    ),
    digits=_DAY_DIGITS,
)
# "Chiều 20 - 12", "ngày 5 - 1 - 2024": a day and month set apart by spaced dashes, a layout
# some outlets use; read only after a part of day or "ngày"/"hôm" (else "5 - 7" is a range)
_SPACED_DATE = number_led(
    re.compile(
        r"(?P<d>\d(?<![\w.,/\-–]\d)\d?)[^\S\n]+[-–][^\S\n]+(?P<m>\d{1,2})"
        r"(?:[^\S\n]+[-–][^\S\n]+(?P<y>\d{4}))?(?![\w]|[^\S\n]*[-–/.][^\S\n]*\d)"
    ),
    digits=_DAY_DIGITS,
)
# Left context, anchored at the end of the look-back window.
_POD_TAIL = (
    r"(?:\s+(?:nay|qua|mai|hôm\s+nay|hôm\s+qua))?"
    r"(?:\s*[,-]?\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật)\s*[,(-]?)?"
    # "Sáng ngày 5/1", "sáng (5/1)", "chiều nay (ngày 4.10)"
    r"(?:\s*\(?\s*(?:ngày|hôm))?\s*\(?\s*$"
)
_POD_BEFORE = re.compile(r"(?i)(?<!\w)(?P<pod>" + "|".join(PARTS_OF_DAY) + ")" + _POD_TAIL)
plain_twin(_POD_BEFORE)  # checks that the twin below may run on the lower-cased text
_POD_BEFORE_LOW = re.compile(
    "(?P<pod>" + "|".join(map(word_start_branch, PARTS_OF_DAY)) + ")" + _POD_TAIL
)
""":data:`_POD_BEFORE` on the :func:`lowered` text, the look-behind after each part of day:
the search of the window before a date skips to those words (same matches, same groups)."""
_DATE_WORD_BEFORE = re.compile(
    r"(?i)(?<!\w)(?P<w>ngày|hôm|dịp|lúc|đêm|rạng\s+sáng|"
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*[,(-]?\s*$"
)
# Weaker cues ("từ 5/1", "đến 10/1"): also "từ 5-7 người" (a range), so these need the date
# to be followed by something that is not a noun.
_WEAK_DATE_WORD_BEFORE = re.compile(r"(?i)(?<!\w)(?:từ|đến|tới|trước|sau|vào)\s*$")
_WEAK_OK_AFTER = re.compile(r"(?i)\s*(?:$|[^\w\s]|(?:đến|tới|và|năm|tại|vừa|đã|hằng)(?!\w))")
_NGAY_BEFORE = re.compile(r"(?i)(?<!\w)(?:ngày|hôm)\s*$")
# a range of days may follow its "ngày" after a comma or in brackets: "diễn ra trong hai ngày,
# 2-3/12/2014", "Trong 2 ngày (15 và 16/12), ..."
_NGAY_BEFORE_RANGE = re.compile(r"(?i)(?<!\w)(?:ngày|hôm)\s*[,(]?\s*$")
# After a yearless slash/hyphen date: nothing word-like (punctuation, end, or "năm"/"tại").
_PLAIN_AFTER = re.compile(r"(?i)\s*(?:$|[,.;:!?)\]\"”’'…–—-]|\n|(?:năm|tại|vừa|đã)(?!\w))")
# After a spaced date with its year, a capitalised subject may follow with no comma ("ngày
# 5 - 1 - 2024 Công an xã ..."): no range or score ends in a year
_SUBJECT_AFTER = re.compile(r"[^\S\n]+" + UPPER_LETTER)


_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_day(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        return False
    return not (month == 2 and day == 29 and year is not None and not calendar.isleap(year))


def _full_year(raw: str) -> int:
    value = int(raw)
    if len(raw) == 2:
        return 2000 + value if value <= 50 else 1900 + value
    return value


def _window_has(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Cheap substring gate before running an end-anchored regex over the look-back window.

    The window is cut from the text's :func:`lowered` copy (read once per text, same
    offsets) rather than lowered again for every date; a loop, not a generator of tests."""
    low = lowered(text)
    begin = max(0, start - DATE_LOOKBACK)
    window = text[begin:start].lower() if low is None else low[begin:start]
    for word in words:
        if word in window:
            return True
    return False


_DATE_WORDS = ("ngày", "hôm", "dịp", "lúc", "đêm", "sáng", "thứ", "chủ")
_WEAK_WORDS = ("từ", "đến", "tới", "trước", "sau", "vào")


# "Vào lúc 13 giờ 30 ngày 13/8/2015", "lúc 7h30, ngày 5/1": a clock time before the date
# (possessive spaces: runs of blanks between the parts cannot be split in many ways)
_CLOCK_BEFORE = re.compile(
    r"(?i)(?<![\w:])(?P<h>\d{1,2})\s*+(?:giờ|g|h)(?:\s*+(?P<min>\d{1,2})(?:\s*+phút|')?)?"
    r"\s*+[,-]?\s*+(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật)\s*+[,(-]?\s*+)?"
    r"(?P<day>ngày|hôm)?\s*+\(?\s*+$"
)
# "trước 17 giờ ngày 30/6", "đến 11 giờ ngày 5/1": a deadline's hour, not a meeting's
_DEADLINE_BEFORE = re.compile(r"(?i)(?<!\w)(?:trước|sau|đến|tới|từ|hết|hạn)\s+$")
_CLOCK_LEAD_IN = re.compile(r"(?i)(?<!\w)(?:vào\s+)?lúc\s+$")
_CLOCK_WORDS = ("giờ", "h", "g")


def part_of_day_of_hour(hour: int) -> str | None:
    """The part of day a clock hour falls in, as the genre names it: 4-10 sáng, 11-12 trưa,
    13-17 chiều, 18-23 tối (None for the small hours and impossible values)."""
    if 4 <= hour <= 10:
        return "sáng"
    if 11 <= hour <= 12:
        return "trưa"
    if 13 <= hour <= 17:
        return "chiều"
    if 18 <= hour <= 23:
        return "tối"
    return None


def _part_of_day(text: str, start: int) -> tuple[str | None, int | None]:
    window_start = max(0, start - DATE_LOOKBACK)
    if _window_has(text, start, PARTS_OF_DAY):
        low = lowered(text)
        match = (
            _POD_BEFORE.search(text, window_start, start)
            if low is None
            else _POD_BEFORE_LOW.search(low, window_start, start)
        )
        if match is not None:
            return match.group("pod").lower(), match.start()
    if _window_has(text, start, _CLOCK_WORDS):
        clock = _CLOCK_BEFORE.search(text, window_start, start)
        if clock is not None and int(clock.group("min") or 0) < 60:
            pod = part_of_day_of_hour(int(clock.group("h")))
            lead_in = _CLOCK_LEAD_IN.search(text, window_start, clock.start())
            # a time is told by "lúc" before it or "ngày" after it, not a bare "12 h 5/1"
            deadline = _DEADLINE_BEFORE.search(text, window_start, clock.start())
            if pod is not None and (lead_in is not None or clock.group("day")) and not deadline:
                return pod, lead_in.start() if lead_in is not None else clock.start()
    return None, None


def _add_anchored(
    text: str,
    match: re.Match[str],
    date: tuple[int, int, int | None],
    ngay_before: re.Pattern[str],
    found: list[DateMention],
    taken: list[tuple[int, int]],
) -> None:
    """Record ``match`` as a date only when a part of day or ``ngay_before`` ("ngày"/"hôm")
    comes right before it: the anchor a range or a spaced date needs to be read as a date."""
    start = match.start()
    pod, pod_start = _part_of_day(text, start)
    ngay = ngay_before.search(text, max(0, start - DATE_LOOKBACK), start)
    if pod is None and ngay is None:
        return
    context = pod_start if pod_start is not None else (ngay.start() if ngay else start)
    found.append(DateMention(*date, pod, start, match.end(), match.group(), context))
    taken.append((start, match.end()))


def _day_ranges(text: str, found: list[DateMention], taken: list[tuple[int, int]]) -> None:
    """ "Ngày 01-02/4/2019", "trong hai ngày, 2-3/12/2014", "Trong 2 ngày (15 và 16/12)" (after
    "ngày" or a part of day): the first day of the range."""
    for match in number_led_matches(_DAY_RANGE_DATE, text):
        day, last, month = int(match.group("d")), int(match.group("d2")), int(match.group("m"))
        year = int(match.group("y")) if match.group("y") else None
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            continue
        if not (day < last and _valid_day(day, month, year) and _valid_day(last, month, year)):
            continue
        _add_anchored(text, match, (day, month, year), _NGAY_BEFORE_RANGE, found, taken)


def _spaced_dates(text: str, found: list[DateMention], taken: list[tuple[int, int]]) -> None:
    """ "Chiều 20 - 12, ...", "ngày 5 - 1 - 2024": a date with spaced dashes, right after a part
    of day or "ngày"/"hôm" and followed by no word ("ngày 5 - 7 tháng 8" is a range)."""
    for match in number_led_matches(_SPACED_DATE, text):
        start = match.start()
        plain = _PLAIN_AFTER.match(text, match.end()) or (
            match.group("y") and _SUBJECT_AFTER.match(text, match.end())
        )
        if any(s <= start < e for s, e in taken) or not plain:
            continue
        day, month = int(match.group("d")), int(match.group("m"))
        year = int(match.group("y")) if match.group("y") else None
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            continue
        if not _valid_day(day, month, year):
            continue
        _add_anchored(text, match, (day, month, year), _NGAY_BEFORE, found, taken)


def find_dates(text: str) -> list[DateMention]:
    """Every date written in ``text``, in order of position, with its part of day if any."""
    return list(_dates_in(text))


_COMMA_AFTER = re.compile(r"\s*,")


def date_opens(text: str, date: DateMention, at: int = 0, *, comma: bool = False) -> bool:
    """Whether ``date`` (found in ``text``), with its part of day or ``ngày`` word, is the
    first thing written from ``at`` on ("Sáng 5/1 tại ...", "Ngày 1.2.2016, Hội X ..."): the
    day a lead opens with is the day of what it reports. With ``comma``, the date must also
    be set off by a comma, as a lead's opening day is and a headline's words are not."""
    opening = date.context_start if date.context_start is not None else date.start
    if text[at:opening].strip():
        return False
    return not comma or _COMMA_AFTER.match(text, date.end) is not None


@lru_cache(maxsize=32)  # per-text: the current article and its windows, not a corpus
def _dates_in(text: str) -> tuple[DateMention, ...]:
    # cached: the number reader, the lead and the event checks read the same texts' dates
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    low = lowered(text)
    for match in _WORD_DATE.finditer(text) if low is None else _WORD_DATE_LOW.finditer(low):
        day, month = int(match.group("d")), int(match.group("m"))
        year = int(match.group("y")) if match.group("y") else None
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            year = None
        if not _valid_day(day, month, year):
            continue
        pod, pod_start = _part_of_day(text, match.start())
        start = match.start("d")
        end = match.end("y") if match.group("y") and year is not None else match.end("m")
        found.append(
            DateMention(
                day,
                month,
                year,
                pod,
                start,
                end,
                text[start:end],
                pod_start if pod_start is not None else match.start(),
            )
        )
        taken.append((match.start(), end))
    _day_ranges(text, found, taken)
    _spaced_dates(text, found, taken)
    for match in number_led_matches(_NUMERIC_DATE, text):
        start, end = match.start(), match.end()
        if any(s <= start < e for s, e in taken):
            continue
        sep = match.group("sep")
        day, month = int(match.group("d")), int(match.group("m"))
        year_raw = match.group("y")
        year = _full_year(year_raw) if year_raw else None
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            continue
        if not _valid_day(day, month, year):
            continue
        pod, pod_start = _part_of_day(text, start)
        window_start = max(0, start - DATE_LOOKBACK)
        if year is None:
            if sep == ".":
                if pod is None and not (
                    _window_has(text, start, ("ngày", "hôm"))
                    and _NGAY_BEFORE.search(text, window_start, start)
                ):
                    continue
            elif (
                pod is None
                and not _PLAIN_AFTER.match(text, end)
                and not (
                    _window_has(text, start, _DATE_WORDS)
                    and _DATE_WORD_BEFORE.search(text, window_start, start)
                )
                and not (
                    _window_has(text, start, _WEAK_WORDS)
                    and _WEAK_DATE_WORD_BEFORE.search(text, window_start, start)
                    and _WEAK_OK_AFTER.match(text, end)
                )
            ):
                continue
        elif sep == "." and len(year_raw or "") == 2:
            continue  # "1.5.21" is not a date we trust
        context_start = pod_start
        if context_start is None:
            ngay = _NGAY_BEFORE.search(text, window_start, start)
            context_start = ngay.start() if ngay else start
        found.append(DateMention(day, month, year, pod, start, end, text[start:end], context_start))
    found.sort(key=lambda d: d.start)
    return tuple(found)


# --- years -------------------------------------------------------------------------------

_YEARS = r"19\d{2}|20\d{2}|2100"
_YEAR = rf"(?:{_YEARS})"


def _led_year(name: str, not_before: str) -> str:
    r"""A year as group ``name`` with none of ``not_before`` (a class body) before it, written
    digits first ("\d(?<![...]\d)\d{3}"), then which years they may be (a look-behind over
    the four): the matches of ``(?P<name>{_YEAR})(?<![...]\d{4})``, from a pattern led by a
    number, so that its scan tries only where a run of digits starts (number_led_matches)."""
    return rf"(?P<{name}>\d(?<![{not_before}]\d)\d{{3}})(?<={_YEARS})"


_YEAR_DIGITS = (4,)  # a year's run of digits: four, then no fifth
_RANGE_DASH = number_led(
    re.compile(_led_year("a", r"\w.,/\-–") + rf"\s*[-–—]\s*(?P<b>{_YEAR})(?![\w]|[.,/]\d)"),
    digits=_YEAR_DIGITS,
)
_RANGE_WORDS = re.compile(
    rf"(?i)(?<!\w)từ\s+(?:năm\s+)?(?P<a>{_YEAR})\s+(?:đến|tới)\s+(?:năm\s+)?(?P<b>{_YEAR})(?!\w)"
)
_RANGE_WORDS_LOW = word_start_twin(_RANGE_WORDS)  # the same on the lower-cased text, faster
_YEAR_TOKEN = number_led(
    re.compile(_led_year("y", r"\w.,/") + r"(?![\w]|[.,/]\d)"), digits=_YEAR_DIGITS
)
_YEAR_LAST_WORDS = frozenset(
    {"năm", "đoạn", "kỳ", "khóa", "khoá", "từ", "đến", "tới", "trước", "sau", "cuối", "đầu", "vào"}
)


def _last_word(text: str, start: int) -> str:
    """The word before ``start``, skipping spaces and one "(" or ":"; lower-cased (cheap gate)."""
    i = start - 1
    limit = max(0, start - DATE_LOOKBACK)
    while i >= limit and (text[i].isspace() or text[i] in "(:"):
        i -= 1
    j = i
    while j >= limit and text[j].isalpha():
        j -= 1
    return text[j + 1 : i + 1].lower()


_NAM_BEFORE = re.compile(r"(?i)(?<!\w)năm\s*$")
_YEAR_WORD_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:năm|giai\s+đoạn|nhiệm\s+kỳ|niên\s+khóa|niên\s+khoá|khóa|khoá|"
    r"từ|đến|tới|trước|sau|cuối|đầu|vào)\s*[(:]?\s*$"
)


@lru_cache(maxsize=32)  # per-text: the current article and its windows, not a corpus
def _range_matches(text: str) -> tuple[tuple[YearRange, int, int], ...]:
    # cached: years and year ranges of the same text are both read from it
    found: list[tuple[YearRange, int, int]] = []
    low = lowered(text)
    scans = (
        _RANGE_WORDS.finditer(text) if low is None else _RANGE_WORDS_LOW.finditer(low),
        number_led_matches(_RANGE_DASH, text),
    )
    for matches in scans:
        for match in matches:
            first, last = int(match.group("a")), int(match.group("b"))
            if first > last:
                continue
            if any(r.start <= match.start() < r.end for r, _, _ in found):
                continue
            year_range = YearRange(
                first, last, match.start(), match.end(), text[match.start() : match.end()]
            )
            found.append((year_range, match.start("a"), match.start("b")))
    found.sort(key=lambda item: item[0].start)
    return tuple(found)


def find_year_ranges(text: str) -> list[YearRange]:
    """Year spans ("2014 - 2023", "2021-2025", "từ năm 2014 đến năm 2023"), in order."""
    return [year_range for year_range, _, _ in _range_matches(text)]


def find_years(text: str) -> list[YearMention]:
    """Four-digit years used as years: after a year word, in a range, or in parentheses.

    A bare "2000 người" is a count, not a year, so a 4-digit number needs one of: a year
    word before it ("năm", "giai đoạn", "nhiệm kỳ", "từ", "đến" ...), membership of a year
    range, or parentheses around it. Years inside dates ("5/1/2021") are not included.
    """
    in_range: set[int] = set()
    for _, first_start, last_start in _range_matches(text):
        in_range.update((first_start, last_start))
    found: list[YearMention] = []
    for match in number_led_matches(_YEAR_TOKEN, text):
        start, end = match.start(), match.end()
        window_start = max(0, start - DATE_LOOKBACK)
        last = _last_word(text, start)
        after_nam = last == "năm" and _NAM_BEFORE.search(text, window_start, start) is not None
        if start in in_range:
            found.append(YearMention(int(match.group("y")), start, end, after_nam))
            continue
        if start > 0 and text[start - 1] in "-–—":
            continue  # the year of a "17-8-2023" date
        in_parens = start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")"
        if (
            after_nam
            or in_parens
            or (last in _YEAR_LAST_WORDS and _YEAR_WORD_BEFORE.search(text, window_start, start))
        ):
            found.append(YearMention(int(match.group("y")), start, end, after_nam))
    return found


# --- anniversary spans ------------------------------------------------------------------

_SPAN_END = r"(?:(?:\d{1,2})[./\-](?:\d{1,2})[./\-])?"
_ANNIVERSARY_SPAN = re.compile(
    rf"\(\s*{_SPAN_END}(?P<a>(?:1[89]|20)\d{{2}})\s*[-–—/]\s*{_SPAN_END}(?P<b>(?:19|20)\d{{2}})\s*\)"
)


@dataclass(frozen=True)
class AnniversarySpan:
    """ "(26/3/1931 – 26/3/2019)", "(1945 - 2025)": a founding and the year it is celebrated.

    The first date is a founding, never the meeting's; the second is the anniversary's date,
    so its year is the year of the meeting that celebrates it.
    """

    founded: int
    year: int
    start: int
    end: int


# "3/9/1975 - 3/9/2025" without brackets: a span is an anniversary's only when both ends are
# the same day of the year (a founding and its n-th return), never a plain period of dates
# (the look-behind after the first digit, as in the date patterns above)
_BARE_ANNIVERSARY_SPAN = number_led(
    re.compile(
        r"(?P<d1>\d(?<![\d./\-]\d)\d?)\s*[./\-]\s*(?P<m1>\d{1,2})\s*[./\-]\s*(?P<a>(?:1[89]|20)\d{2})"
        r"\s*[-–—]\s*(?P<d2>\d{1,2})\s*[./\-]\s*(?P<m2>\d{1,2})\s*[./\-]\s*(?P<b>(?:19|20)\d{2})(?!\d)"
    ),
    digits=_DAY_DIGITS,
)


# a numbered meeting or body: "lần thứ III", "lần thứ hai", "khóa XII", "khoá 7"; "khóa" takes
# a numeral only ("học sinh khóa đầu", "khóa học" name no body)
_NUMBERED = r"(?:lần\s+thứ\s+\w+|(?:khóa|khoá)\s+(?:[IVXLC]+|\d+)(?!\w))"

# what a bracketed range after it names is a period, not a founding and its anniversary:
# "lần thứ III (2020-2025)", "nhiệm kỳ (2021-2026)", "giai đoạn (2016-2020)", "khóa XII (2020-2025)"
_PERIOD_NAMED_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?:{_NUMBERED}|nhiệm\s+kỳ|giai\s+đoạn)\s*[,–-]?\s*$"
)

# "Hội nghị Ban Chấp hành lần thứ 4, nhiệm kỳ 2021-2026", "khóa XII, nhiệm kỳ 2020-2025": the
# term written after a meeting's or a body's number
_NUMBERED_TERM_BEFORE = re.compile(rf"(?i)(?<!\w){_NUMBERED}\s*[,(–-]?\s*nhiệm\s+kỳ\s*:?\s*$")


def numbered_term_before(text: str, at: int) -> bool:
    """Whether the year range at ``at`` is the term of office written after a numbered meeting
    or body ("Hội nghị Ban Chấp hành lần thứ 5, nhiệm kỳ 2020-2025"): it labels who meets,
    which may or may not be the years a meeting reviews."""
    return _NUMBERED_TERM_BEFORE.search(text, max(0, at - 40), at) is not None


def find_anniversary_spans(text: str) -> list[AnniversarySpan]:
    """Founding-to-anniversary spans in ``text``, in order: parenthesised ones, and bare ones
    whose two dates fall on the same day of the year."""
    found = []
    for match in _ANNIVERSARY_SPAN.finditer(text):
        founded, year = int(match.group("a")), int(match.group("b"))
        if _PERIOD_NAMED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Đại hội thi đua lần thứ II (2020-2025)": the period it covers
        if founded < year:
            found.append(AnniversarySpan(founded, year, match.start(), match.end()))
    for match in number_led_matches(_BARE_ANNIVERSARY_SPAN, text):
        founded, year = int(match.group("a")), int(match.group("b"))
        same_day = (int(match.group("d1")), int(match.group("m1"))) == (
            int(match.group("d2")),
            int(match.group("m2")),
        )
        inside = any(s.start <= match.start() < s.end for s in found)
        # an anniversary returns in whole lustres ("60 năm", "70 năm"); a one-year drive does not
        lustres = year - founded >= 5 and (year - founded) % 5 == 0
        if lustres and same_day and not inside:
            found.append(AnniversarySpan(founded, year, match.start(), match.end()))
    return sorted(found, key=lambda span: span.start)


# --- publication dates -------------------------------------------------------------------

_PUB_DMY = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d])"
)
_PUB_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_PUB_MONTH = re.compile(r"(?<![\d/\-])(?P<y>\d{4})-(?P<m>\d{1,2})(?![\d\-/])")


def parse_publication_date(text: str) -> str | None:
    """ISO date ("YYYY-MM-DD", or "YYYY-MM" if only the month is given) from a dateline.

    Handles "Thứ sáu - 03/02/2023 14:40", "NHẬT MINH 20:47, 17/05/2023", the scraper
    prefix " date 2021-01", ISO dates and "ngày 17 tháng 5 năm 2023". None if there is none.
    """
    for match in _PUB_DMY.finditer(text):
        day, month, year = int(match.group("d")), int(match.group("m")), int(match.group("y"))
        if MIN_YEAR <= year <= MAX_YEAR and _valid_day(day, month, year):
            return f"{year:04d}-{month:02d}-{day:02d}"
    for match in _PUB_ISO.finditer(text):
        day, month, year = int(match.group("d")), int(match.group("m")), int(match.group("y"))
        if MIN_YEAR <= year <= MAX_YEAR and _valid_day(day, month, year):
            return f"{year:04d}-{month:02d}-{day:02d}"
    for date in find_dates(text):
        if date.year is not None:
            return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    for match in _PUB_MONTH.finditer(text):
        month, year = int(match.group("m")), int(match.group("y"))
        if MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12:
            return f"{year:04d}-{month:02d}"
    return None
