"""Event fields checked like numbers: the place against the gazetteer, the date against the
dates the text gives (and the year those dates fall in).

One implementation for both users: the LLM schema's validators (a problem is a re-ask) and the
cross-check of any summary (a problem is a finding). A problem is ``(field, message)``; a date
whose day and month are not written at all is marked ``unwritten`` (the cross-check already
reports those through its number checks).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from tomtat.text.dates import DATE_LOOKBACK, DateMention, find_dates
from tomtat.text.gazetteer import (
    canonical_province,
    district_provinces,
    is_province,
    same_province,
)
from tomtat.text.lowered import literal_places
from tomtat.text.segment import iter_sentences
from tomtat.text.vocab import PARTS_OF_DAY

__all__ = [
    "EventProblem",
    "date_problem",
    "day_month_written",
    "expected_years",
    "place_problems",
]

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
# "chiều nay", "sáng nay", "hôm nay": the meeting's day is the publication day.
_WINDOW = 80  # characters either side of a day/month: more than the date finder looks back
_WHOLE_TEXT_DATES = 200_000  # longer texts have their dates read around a date's places only
# characters by a window's cut edges where no date may stand (see _clean_edges)
_LEFT_EDGE, _LEFT_RISK = DATE_LOOKBACK + 2, re.compile(r"\d|\s{20}")
_RIGHT_EDGE, _RIGHT_RISK = 30, re.compile(r"\d|\s{8}")
_DAY_PART = "|".join((*PARTS_OF_DAY, "hôm"))
_TODAY = re.compile(rf"(?i)(?<!\w)(?:{_DAY_PART})\s+nay(?!\w)")
_YESTERDAY = re.compile(rf"(?i)(?<!\w)(?:{_DAY_PART})\s+qua(?!\w)")


def _relative_day(date: str, text: str, published: str | None) -> bool:
    """The date is the publication day ("chiều nay") or the day before ("hôm qua") and the
    text says so: a date derived from the publication date, not read from the text."""
    if not published or not _ISO.match(published[:10]):
        return False
    pub = datetime.date.fromisoformat(published[:10])
    if date == pub.isoformat():
        return bool(_TODAY.search(text))
    return date == (pub - datetime.timedelta(days=1)).isoformat() and bool(_YESTERDAY.search(text))


@dataclass(frozen=True)
class EventProblem:
    """A field of the event that the text or the gazetteer contradicts."""

    field: str  # "province", "district" or "date"
    message: str
    error: bool = True  # False: a doubt (an inferred year), not a contradiction
    unwritten: bool = False  # the date's day and month are not in the text at all


def place_problems(
    province: str | None, district: str | None, *, date: str | None = None
) -> list[EventProblem]:
    """The province must be a province at ``date``, not a district; the district must be a
    district-level unit of that province, not a province."""
    found: list[EventProblem] = []
    if province:
        canonical = canonical_province(province, date=date)
        if canonical is None:
            homes = sorted({home for _, _, home in district_provinces(province)})
            if homes:
                message = (
                    f"{province!r} is a district-level unit (of {', '.join(homes)}), not a "
                    "province: give it as the district and its province as the province"
                )
            else:
                message = f"{province!r} is not a province at the time of the meeting"
            return [EventProblem("province", message)]
    if district:
        units = district_provinces(district, date=date)
        if not units:
            if is_province(district, date=date) and not (
                province and same_province(province, district)
            ):
                found.append(
                    EventProblem("district", f"{district!r} is a province, not a district")
                )
            return found  # an unknown name (a town the gazetteer lacks) is not contradicted
        homes = sorted({home for _, _, home in units})
        if province and not any(same_province(province, home) for home in homes):
            found.append(
                EventProblem(
                    "district",
                    f"{district!r} lies in {', '.join(homes)}, not in {province!r}",
                )
            )
    return found


def expected_years(month: int, day: int, published: str | None) -> set[int]:
    """The year a yearless day/month of the text falls in, from the publication date: that
    year, or the year before for a date after the publication day (a December meeting
    reported in January). Empty when there is no publication date."""
    match = _ISO_PREFIX.match(published or "")
    if match is None:
        return set()
    year, pub_month = int(match.group(1)), int(match.group(2))
    pub_day = int(match.group(3)) if match.group(3) else 31
    return {year if (month, day) <= (pub_month, pub_day) else year - 1}


_TO_MONTH = r"(?:\s*[/.\-]\s*|\s+tháng\s+)"
"""What stands between a day and its month: "5/3", "5 - 3", "5.3", "5 tháng 3"."""
_DAY_DIGITS = r"(?P<day>[0-9](?<!\d[0-9])[0-9]*)"
"""A day: a whole run of digits, no digit before it; digits first, so that the regex engine
skips to digits instead of testing a look-behind at every position of the text."""
_MONTH_DIGITS = r"(?P<month>[0-9]+)(?!\d)"
_DAY_MONTH = re.compile(rf"(?i){_DAY_DIGITS}{_TO_MONTH}{_MONTH_DIGITS}")
"""Any day and month written together; which ones is read from the groups, so that one
pattern serves every date (a pattern per date cost its compiling once per date and worker)."""
_DAY_RANGE_MONTH = re.compile(
    rf"(?i){_DAY_DIGITS}\s*(?:[-–]|và)\s*\d{{1,2}}{_TO_MONTH}{_MONTH_DIGITS}"
)
"""A day opening a range of days of a month ("ngày 01-02/4/2019", "1 và 2/4", "3-4 tháng 5")."""


@lru_cache(maxsize=512)
def _forms(day: int, month: int) -> frozenset[tuple[str, str]]:
    """The ways a day and month are written as whole numbers: "5" or "05", "3" or "03"."""
    return frozenset((d, m) for d in (str(day), f"0{day}") for m in (str(month), f"0{month}"))


def _places_of(
    pattern: re.Pattern[str], text: str, day: int, month: int
) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every place where ``pattern`` (a day and a month, named groups
    "day" and "month") matches with ``day`` and ``month`` written as whole numbers ("5/3",
    "05.03", "5 tháng 3"), overlapping ones too ("5/3/4" holds 5/3 and 3/4), left to right.

    A match opens with the day's whole run of digits (:data:`_DAY_DIGITS`), so it is tried
    only where the day's digits stand, found by ``str.find``, and where no digit stands before
    them (what the pattern's look-behind tests: ``\\d`` is ``str.isdecimal``), instead of
    scanning the whole text for any day and month."""
    forms = _forms(day, month)
    for at in literal_places(text, tuple({d for d, _ in forms})):
        if at and text[at - 1].isdecimal():
            continue  # inside a longer number
        found = pattern.match(text, at)
        if found is not None and (found.group("day"), found.group("month")) in forms:
            yield found.start(), found.end()


@lru_cache(maxsize=8)  # per text and date: the event checks read its places two or three times
def _day_month_spans(text: str, day: int, month: int) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each place ``text`` writes ``day``/``month`` ("5/3", "05.03", "5
    tháng 3"), left to right and not overlapping (a place inside the previous one skipped)."""
    spans: list[tuple[int, int]] = []
    last = 0
    for start, end in _places_of(_DAY_MONTH, text, day, month):
        if start >= last:
            spans.append((start, end))
            last = end
    return tuple(spans)


def day_month_written(text: str, day: int, month: int) -> bool:
    """Whether ``text`` writes ``day``/``month`` as a date ("5/3", "05.03", "5 tháng 3") or
    as the first day of a range of days of that month ("5-6/3", "5 và 6 tháng 3")."""
    if _day_month_spans(text, day, month):
        return True
    return next(_places_of(_DAY_RANGE_MONTH, text, day, month), None) is not None


def _clean_edges(text: str, low: int, high: int) -> bool:
    """Whether :func:`find_dates` reads the window ``text[low:high]`` as it reads the whole
    text there. Every date starts and ends with a digit, and the parts of one stand fewer
    than 30 characters apart unless blanks fill them. What a date's patterns read reaches
    :data:`~tomtat.text.dates.DATE_LOOKBACK` characters before it (the part of day, "ngày":
    ``_LEFT_EDGE`` covers that and the look-behind before it) and, after its last digit, a
    run of blanks and a word of up to four letters ("năm", "hằng"): ``_RIGHT_EDGE`` covers
    that while no run of 8 blanks stands there. So with no digit by a cut edge, no date of the window lies near the edge
    nor reads across it (a cut "5/1/20|24" would read as 2020, a cut "ngày" none)."""
    if low > 0 and _LEFT_RISK.search(text, low, low + _LEFT_EDGE) is not None:
        return False
    return high >= len(text) or _RIGHT_RISK.search(text, high - _RIGHT_EDGE, high) is None


def _dates_on(text: str, day: int, month: int) -> Iterator[DateMention]:
    """The dates on ``day``/``month`` that :func:`find_dates` reads in the windows of
    ``_WINDOW`` characters either side of the places where those two numbers are written;
    lazily, one place at a time, so that a caller that has seen enough stops there.

    A window with clean edges (:func:`_clean_edges`) is read from the whole text's dates
    (cached per text: the number reader and the lead read the same), which are then the
    window's, at the text's offsets: reading each window again cost its own digit index,
    lower-cased copy and scan, and evicted the whole text's from those caches. Only a text
    of up to ``_WHOLE_TEXT_DATES`` characters is read whole (a 20 MB text is not)."""
    whole = len(text) <= _WHOLE_TEXT_DATES
    for start, end in _day_month_spans(text, day, month):
        low, high = max(0, start - _WINDOW), end + _WINDOW
        if whole and _clean_edges(text, low, high):
            dates: Iterable[DateMention] = (
                d for d in find_dates(text) if low <= d.start and d.end <= high
            )
        else:
            dates = find_dates(text[low:high])
        yield from (d for d in dates if (d.day, d.month) == (day, month))


_SENTENCE_REACH = 400  # characters either side of a date read for its sentence


def _later_copy(text: str, day: int, month: int, year: int, expected: set[int]) -> bool:
    """Whether the publication date is a later copy's (a re-post, an archive's stamp): the
    sentence of the yearless date writes the year given, years away from the publication
    year ("Chiều 24/3, ... trao giải thưởng ... năm 2016" stamped 2021-05). The extractor
    reads a year so stated over the publication date; a year within one of it is not."""
    if all(abs(year - other) <= 1 for other in expected):
        return False
    written = re.compile(rf"(?<!\d){year}(?!\d)")
    for place, place_end in _day_month_spans(text, day, month):
        low = max(0, place - _SENTENCE_REACH)
        window = text[low : place_end + _SENTENCE_REACH]
        at = place - low
        for start, end in iter_sentences(window):
            if start <= at < end:
                if written.search(window, start, end):
                    return True
                break
    return False


def date_problem(
    date: str | None, text: str, *, published: str | None = None
) -> EventProblem | None:
    """The event date against the dates written in ``text``: its day and month must be one of
    them, the year the one written with it or the one inferred from the publication date."""
    match = _ISO.match(date or "")
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    same: list[DateMention] = []
    for found in _dates_on(text, day, month):
        if found.year == year:
            return None  # the text dates the day in that year (the places after it unread)
        same.append(found)
    if not same:
        if _relative_day(date or "", text, published):
            return None
        is_publication_day = bool(published) and (published or "")[:10] == date
        why = " (it is the publication date)" if is_publication_day else ""
        return EventProblem(
            "date",
            f"{day}/{month} is not a date the text gives{why}: give the meeting's date as the "
            "text writes it, or null",
            error=False,
            unwritten=True,
        )
    written = sorted({d.year for d in same if d.year is not None})
    if written and all(d.year is not None for d in same):
        return EventProblem(
            "date",
            f"the text dates {day}/{month} in {', '.join(map(str, written))}, not {year}",
        )
    expected = expected_years(month, day, published)
    if expected and year not in expected and not _later_copy(text, day, month, year, expected):
        return EventProblem(
            "date",
            f"year {year}: a {day}/{month} meeting reported on {published} was in "
            f"{', '.join(map(str, sorted(expected)))}",
        )
    return None
