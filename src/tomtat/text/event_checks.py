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
from dataclasses import dataclass
from functools import lru_cache

from tomtat.text.dates import DateMention, find_dates
from tomtat.text.gazetteer import (
    canonical_province,
    district_provinces,
    is_province,
    same_province,
)
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
_WINDOW = 80  # characters either side of a day/month: the date finder looks back 48
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


def _day_first(day: int) -> str:
    r"""``day`` as a whole number, "5" or "05", no digit before it: the day is written first
    and the no-digit-before test after it (``05(?<!\d05)|5(?<!\d5)`` is ``(?<!\d)0?5``, tried
    in the same order), so that the regex engine skips to the day's digits instead of testing
    a look-behind at every position of the text."""
    return rf"(?:0{day}(?<!\d0{day})|{day}(?<!\d{day}))"


_TO_MONTH = r"(?:\s*[/.\-]\s*|\s+tháng\s+)"
"""What stands between a day and its month: "5/3", "5 - 3", "5.3", "5 tháng 3"."""


@lru_cache(maxsize=512)
def _day_month(day: int, month: int) -> re.Pattern[str]:
    """Where ``day`` and ``month`` are written together; compiled once per date (a corpus
    meets every date of the year, more than the ``re`` module's own cache keeps)."""
    return re.compile(rf"(?i){_day_first(day)}{_TO_MONTH}0?{month}(?!\d)")


@lru_cache(maxsize=512)
def _day_month_or_range(day: int, month: int) -> re.Pattern[str]:
    """:func:`_day_month`, or ``day`` opening a range of days of that month ("ngày
    01-02/4/2019", "1 và 2/4", "3-4 tháng 5"); one pattern per date, compiled once."""
    return re.compile(
        rf"(?i){_day_first(day)}(?:{_TO_MONTH}|\s*(?:[-–]|và)\s*\d{{1,2}}{_TO_MONTH})"
        rf"0?{month}(?!\d)"
    )


def day_month_written(text: str, day: int, month: int) -> bool:
    """Whether ``text`` writes ``day``/``month`` as a date ("5/3", "05.03", "5 tháng 3") or
    as the first day of a range of days of that month ("5-6/3", "5 và 6 tháng 3")."""
    return _day_month_or_range(day, month).search(text) is not None


def _dates_on(text: str, day: int, month: int) -> list[DateMention]:
    """The dates of ``text`` on ``day``/``month``, read by :func:`find_dates` only around the
    places where those two numbers are written (a 20 MB text is not read whole)."""
    found: list[DateMention] = []
    for match in _day_month(day, month).finditer(text):
        window = text[max(0, match.start() - _WINDOW) : match.end() + _WINDOW]
        found.extend(d for d in find_dates(window) if (d.day, d.month) == (day, month))
    return found


_SENTENCE_REACH = 400  # characters either side of a date read for its sentence


def _later_copy(text: str, day: int, month: int, year: int, expected: set[int]) -> bool:
    """Whether the publication date is a later copy's (a re-post, an archive's stamp): the
    sentence of the yearless date writes the year given, years away from the publication
    year ("Chiều 24/3, ... trao giải thưởng ... năm 2016" stamped 2021-05). The extractor
    reads a year so stated over the publication date; a year within one of it is not."""
    if all(abs(year - other) <= 1 for other in expected):
        return False
    written = re.compile(rf"(?<!\d){year}(?!\d)")
    for match in _day_month(day, month).finditer(text):
        low = max(0, match.start() - _SENTENCE_REACH)
        window = text[low : match.end() + _SENTENCE_REACH]
        at = match.start() - low
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
    same = _dates_on(text, day, month)
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
    if any(d.year == year for d in same):
        return None
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
