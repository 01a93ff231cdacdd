"""When: the meeting date of the lead and the year a yearless date takes.

A yearless date takes its year from the publication date, a dateline, the plan/review year of
an early-year meeting, else the year the lead (or headline) says the meeting is about, else
the year of a dated event the report tells near it. The years a meeting reviews are
:mod:`tomtat.extract.rules.event_period`'s.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from tomtat.extract.rules.event_lead import (
    ANNIVERSARY_COUNT,
    LEAD_SCAN,
    REVIEW_WORD,
    after_tag,
    is_other_day,
    meeting_verb,
    plan_clause,
)
from tomtat.text.dates import (
    AnniversarySpan,
    DateMention,
    date_opens,
    find_anniversary_spans,
    find_dates,
)
from tomtat.text.vocab import PARTS_OF_DAY, REPORTING_VERBS

YEAR_IN = re.compile(r"(?i)(?<!\w)năm\s+(?P<y>(?:19|20)\d{2})(?!\d)")
"""A year written after "năm" ("năm 2023"), its digits in group "y"."""

_PLAN_YEAR = re.compile(
    r"(?i)(?<!\w)(?:triển\s+khai|phương\s+hướng|nhiệm\s+vụ)(?:[^;.]{0,120}?)"
    r"năm\s+(?P<y>(?:19|20)\d{2})(?!\d)"
)


def _in_span(position: int, spans: list[AnniversarySpan]) -> bool:
    return any(span.start <= position < span.end for span in spans)


def lead_date(text: str, lead: tuple[int, int]) -> DateMention | None:
    """The meeting's date in the lead; the dates of an anniversary span are not the meeting's."""
    start, end = lead
    spans = find_anniversary_spans(text[start:end])
    sentence = text[start:end]
    dates = [
        d
        for d in find_dates(sentence)
        if not _in_span(d.start, spans) and not is_other_day(sentence, d)
    ]
    # the meeting's date opens the lead ("Ngày 21/10, X tổ chức lễ khen thưởng ... đã bắt
    # nhóm buôn lậu vào tối 17/10"), or has a part of day ("Chiều 5/1"); a document's date
    # ("Kế hoạch số 12 ngày 3/1/2023") has neither, wherever it stands, so prefer those, else
    # take the first written
    begin = after_tag(sentence)
    dates.sort(key=lambda d: (not date_opens(sentence, d, begin), d.part_of_day is None, d.start))
    for date in dates[:1]:
        return DateMention(
            date.day,
            date.month,
            date.year,
            date.part_of_day,
            date.start + start,
            date.end + start,
            date.raw,
            (date.context_start if date.context_start is not None else date.start) + start,
        )
    return None


# "Sáng nay, tại xã ...": a part of day told relative to the day of writing, with no date
_RELATIVE_PART = re.compile(
    r"(?i)(?<!\w)(?P<pod>"
    + "|".join((*PARTS_OF_DAY, "hôm"))
    + r")\s+(?:hôm\s+)?(?P<rel>nay|qua)(?!\w)(?!\s*\d)"
)

_LEAD_OPENING = 60  # characters at the head of the lead where its time is written


@dataclass(frozen=True)
class RelativeDay:
    """ "Sáng nay" / "Hôm qua" at the head of an undated lead: the part of day (None for
    "hôm"), how many days before the day of writing (0 or 1), and the words' span."""

    part_of_day: str | None
    days_back: int
    start: int
    end: int


def relative_day(text: str, lead: tuple[int, int]) -> RelativeDay | None:
    """The day of an undated lead told relative to the day of writing: "Sáng nay, ...",
    "Chiều qua, ...", "Hôm nay, ..."; only at the lead's head, where its time is told."""
    match = _RELATIVE_PART.search(text, lead[0], min(lead[1], lead[0] + _LEAD_OPENING))
    if match is None:
        return None
    pod = match.group("pod").lower()
    back = 0 if match.group("rel").lower() == "nay" else 1
    return RelativeDay(None if pod == "hôm" else pod, back, match.start(), match.end())


def date_of_relative_day(day: RelativeDay, published: str | None) -> str | None:
    """The ISO date of a relative day from a full publication date ("Sáng nay" in a report
    published 2025-08-16 -> 2025-08-16; "hôm qua" -> the day before); None without one."""
    if not published or not _FULL_DATE.match(published):
        return None
    try:
        pub = datetime.date.fromisoformat(published[:10])
    except ValueError:  # "2025-02-30": the shape of a date, not a date
        return None
    return (pub - datetime.timedelta(days=day.days_back)).isoformat()


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def event_year(
    text: str,
    date: DateMention,
    lead: tuple[int, int],
    published: str | None,
    title: str | None = None,
) -> tuple[int | None, str | None]:
    """Year of a yearless lead date, and how it was inferred (None if it cannot be)."""
    if date.year is not None:
        return date.year, None
    if published:
        pub_year, pub_month = int(published[:4]), int(published[5:7])
        year = pub_year - 1 if date.month > pub_month + 1 else pub_year
        stated, note = _text_year(text, date, lead, title, nearby=False)
        if stated is not None and stated < year - 1:
            # a report is published within the year of its meeting; a publication date years
            # after the year the text states is a later copy's (a re-post, a crawl). Not a
            # year after it (no report comes out before its meeting: "40 năm (1986 - 2026)"
            # published in 2024), nor a guess from other dated events the report tells.
            return stated, note
        return year, f"year from the publication date {published}"
    return _text_year(text, date, lead, title)


def _text_year(
    text: str, date: DateMention, lead: tuple[int, int], title: str | None, *, nearby: bool = True
) -> tuple[int | None, str | None]:
    """Year of a yearless lead date from the text alone (a dateline, an anniversary, the lead;
    with ``nearby``, at last the year of other dated events the report tells)."""
    # the same day/month written with a year near the top (a dateline); not a founding date
    top = text[:LEAD_SCAN]
    spans: list[AnniversarySpan] | None = None  # read only once such a date is found
    for other in find_dates(top):
        if other.year and other.day == date.day and other.month == date.month:
            if spans is None:
                spans = find_anniversary_spans(top)
            if any(s.start <= other.start < s.end and other.year != s.year for s in spans):
                continue
            return other.year, f"year from '{other.raw}' in the text"
    # "kỷ niệm 65 năm Ngày thành lập (19-8-1945/19-8-2010)": held in the anniversary's year
    for span in find_anniversary_spans(text[lead[0] : lead[1]]):
        return span.year, "the year of the anniversary the lead celebrates"
    # "Nhân dịp kỷ niệm 70 năm ... (1946 - 2016). Sáng 21/11, X tổ chức Lễ kỷ niệm ...": the
    # span told just before a lead that celebrates an anniversary
    # ("kỷ niệm 49 năm" in the lead and "(1975-2020)" before it are two anniversaries)
    celebrates = ANNIVERSARY_COUNT.search(text, lead[0], lead[1])
    if celebrates is not None:
        before = text[max(0, lead[0] - _SPAN_BEFORE_LEAD) : lead[0]]
        years = int(celebrates.group("n"))
        for span in find_anniversary_spans(before)[-1:]:
            if span.year - span.founded == years:
                return span.year, "the year of the anniversary told just before the lead"
    # what the meeting does: after its date ("Thực hiện Kế hoạch ..., chiều 5/1, X tổ chức ..."),
    # or the whole lead when the date comes last ("X tổ chức ... vào sáng 6/1")
    verb = meeting_verb(text, lead[0], lead[1])
    after_date = verb is None or date.end <= verb.start()
    lead_text = text[date.end : lead[1]] if after_date else text[lead[0] : lead[1]]
    quoted = _QUOTE_OPENS.search(lead_text)
    if quoted is not None:
        lead_text = lead_text[: quoted.start()]
    if date.month <= 3:
        plan = _PLAN_YEAR.search(lead_text, _plan_from(lead_text))
        if plan:
            return int(plan.group("y")), "meeting early in the year that launches that year's tasks"
        review = re.search(r"(?i)(?:tổng|sơ)\s+kết[^;]*?năm\s+(?P<y>(?:19|20)\d{2})", lead_text)
        if review:
            return int(review.group("y")) + 1, "meeting early in the year after the year reviewed"
    found = _context_year(date.month, lead_text, title)
    if found[0] is None and nearby:
        found = _year_of_the_writing(text, lead) or _year_of_nearby_dates(text, date)
    return found


# "Chiều 12/5, X tổ chức hội nghị ... . Từ đầu năm 2025 đến nay, lực lượng ... đã ...": the
# report's opening account, the sentence right after the lead (or its "Theo đó, ..."), tells the time since the start
# of the year it is written in. Told elsewhere ("Riêng ma túy, từ đầu năm 2022 đến nay ...") the
# phrase may sum up several years, and dates nothing.
_OPENS_WITH_THE_YEAR_SO_FAR = re.compile(
    r"[\s.]*(?:Theo\s+đó\s*,\s*(?=t)|(?=T))[Tt]ừ\s+đầu\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\d)\s*(?:đến|tới)\s+nay\s*,"
)


def _year_of_the_writing(text: str, lead: tuple[int, int]) -> tuple[int, str] | None:
    """Year of a yearless meeting date from the sentence right after the lead when it opens
    with "Từ đầu năm YYYY đến nay," (since the start of YYYY until now): the report's now lies
    in that year, and so does the meeting it reports as news."""
    found = _OPENS_WITH_THE_YEAR_SO_FAR.match(text, lead[1])
    if found is None:
        return None
    return int(found.group("y")), f"'{found.group(0).strip()}': the year the report is written in"


_SPAN_BEFORE_LEAD = 300  # characters before the lead where its anniversary may be told

_DAYS_AFTER = 183  # a meeting is told with the dated events of the half year before it
_DAYS_BEFORE = 92  # or of a deadline in the quarter after it

_FOUNDED = re.compile(r"(?i)(?:thành\s+lập|tái\s+lập|ra\s+đời|ngày\s+sinh)(?!\w)")


def _year_of_nearby_dates(text: str, date: DateMention) -> tuple[int | None, str | None]:
    """Year of a yearless meeting date that nothing else dates, from the full dates the report
    tells: the latest year in which the meeting falls within half a year after one of them
    ("the feat of 30/3/2024" before a ceremony on 23/6) or a quarter before one ("the drive
    ending 31/12/2022" launched on 3/10). Founding dates and anniversary spans do not count."""
    spans = find_anniversary_spans(text)
    best: DateMention | None = None
    for other in find_dates(text):
        if other.year is None or _in_span(other.start, spans):
            continue
        if _FOUNDED.search(text, max(0, other.start - 40), other.start):
            continue
        try:
            meeting = datetime.date(other.year, date.month, date.day)
            told = datetime.date(other.year, other.month, other.day)
        except ValueError:
            continue
        gap = (meeting - told).days
        if -_DAYS_BEFORE <= gap <= _DAYS_AFTER and (best is None or other.year > (best.year or 0)):
            best = other
    if best is None:
        return None, None
    return best.year, f"the year of '{best.raw}', a dated event the report tells"


_LOOKBACK_VERB = re.compile(r"(?i)(?<!\w)(?:tổng\s+kết|sơ\s+kết|biểu\s+dương|tuyên\s+dương)(?!\w)")

_RANGE_END = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–—]\s*(?P<y>(?:19|20)\d{2})(?!\d)")

_SCHOOL_YEAR = re.compile(
    r"(?i)(?<!\w)năm\s+học\s+(?P<a>(?:19|20)\d{2})\s*[-–—]\s*(?P<b>(?:19|20)\d{2})(?!\d)"
)

# "..., ông A cho biết: ... năm 2023": the year of what a speaker reports (a decision, a
# proposal for the next year) is not the year of the meeting the sentence opens with
_QUOTE_OPENS = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(REPORTING_VERBS)})\s*:")

_TARGET_BEFORE = re.compile(r"(?i)(?:đến|tới|tầm\s+nhìn|định\s+hướng|trước)\s*$")


def _plan_from(lead_text: str) -> int:
    """Where the plan a meeting sets may be told in ``lead_text``: after its review's clause
    where it reviews ("tổng kết nhiệm vụ ... năm 2020, triển khai nhiệm vụ năm 2021": the
    review's own "nhiệm vụ ... năm 2020" is no plan), the end where a review sets none."""
    review = REVIEW_WORD.search(lead_text)
    if review is None:
        return 0
    plan = plan_clause(lead_text, review.end())
    return plan.start() if plan is not None else len(lead_text)


_YEAR_REVIEW_MONTHS = 6  # a whole year's review is held by mid-year after it, never before

# what runs the whole year: "tổng kết công tác năm 2018", "tổng kết phong trào ... năm 2018"
_YEAR_LONG = re.compile(
    r"(?i)(?<!\w)tổng\s+kết\s+(?:công\s+tác|phong\s+trào|hoạt\s+động|nhiệm\s+vụ)"
)

# a part of a year or an event within it: "6 tháng", "Tháng hành động", "đợt", "hội thao"
_WITHIN_A_YEAR = re.compile(
    r"(?i)(?<!\w)(?:tháng|quý|đợt|chiến\s+dịch|hội\s+thao|hội\s+thi|giải|mùa|học\s+kỳ)(?!\w)"
)


def _reviews_a_whole_year(source: str, review: re.Match[str] | None, year: int) -> bool:
    """ "Ngày 14/5, Công an tỉnh tổng kết phong trào ... năm 2018": the work or movement of a
    whole year is reviewed once the year is over, so a meeting before the year's second half
    is held in the year after (not a part of a year or an event within it: "Tháng hành động
    năm 2018", "hội thao năm 2018" are reviewed as soon as they end)."""
    if review is None:
        return False
    named = re.compile(rf"(?i)(?<!\w)năm\s+{year}(?!\d)").search(source, review.start())
    if named is None:
        return False
    what = source[review.start() : named.start()]
    return _YEAR_LONG.match(what) is not None and not _WITHIN_A_YEAR.search(what)


def _first_year(source: str) -> re.Match[str] | None:
    """First "năm YYYY" that is not a target ("đến năm 2030", "tầm nhìn năm 2045")."""
    for match in YEAR_IN.finditer(source):
        if not _TARGET_BEFORE.search(source, max(0, match.start() - 16), match.start()):
            return match
    return None


def _context_year(month: int, lead_text: str, title: str | None) -> tuple[int | None, str | None]:
    """Year of a yearless date from the year the lead (else the headline) says the meeting is
    about: "Sáng 12/7, ... sơ kết ... 6 tháng đầu năm 2023" -> 2023.

    A school year ("năm học 2018-2019") gives its second year before September, its first
    after, unless the meeting reviews or honours it (then always its second year). Else the review year (the end of a reviewed or honoured period "giai đoạn
    2018-2024"), else the first "năm YYYY". A mid-year or
    year-end meeting (April-December) is held in that year; a January-March meeting that
    reviews or honours a year ("tổng kết ... năm 2022", "tuyên dương ... năm 2022") is held in
    the year after, unless it is an anniversary's ("kỷ niệm 85 năm ..., tuyên dương ... năm
    2016": that year's honours), an October-December one that only launches a year's tasks in the year
    before; other meetings are held in the year they name.
    """
    for source, where in ((lead_text, "the lead"), (title or "", "the headline")):
        review = re.search(r"(?i)(?:tổng|sơ)\s+kết(?!\w)", source)
        segment = source[review.start() :] if review else source
        plan = re.search(r"(?i)(?:(?<!\w)và|,|;)\s+(?:triển\s+khai|phương\s+hướng)", segment)
        if review and plan:
            segment = segment[: plan.start()]
        school = _SCHOOL_YEAR.search(source)
        looks_back = review or _LOOKBACK_VERB.search(source)
        if school is not None:
            # a school year runs from September to May: its meetings before September are in
            # its second year ("tuyên dương ... năm học 2018-2019" in May -> 2019); one that
            # reviews or honours it is held once it has ended, in its second year, even in
            # the autumn ("Ngày 17/11, ... tuyên dương ... năm học 2016-2017" -> 2017)
            reviews_it = looks_back is not None and looks_back.start() < school.start()
            second = month <= 8 or reviews_it
            year = int(school.group("b") if second else school.group("a"))
            return year, f"the school year {where} names"
        found = (_RANGE_END.search(segment) if looks_back else None) or _first_year(segment)
        if found is None:
            found = _first_year(source)
        if found is None:
            continue
        year = int(found.group("y"))
        if (
            month <= 3
            and _LOOKBACK_VERB.search(source, 0, found.start())
            # "lễ kỷ niệm 85 năm ngày thành lập Đoàn, tuyên dương ... năm 2016": the honours of
            # an anniversary are that year's, given in the year they name
            and not ANNIVERSARY_COUNT.search(source, 0, found.start())
        ) or (month <= _YEAR_REVIEW_MONTHS and _reviews_a_whole_year(source, review, year)):
            return year + 1, f"meeting early in the year after the year {where} reviews"
        plan = _PLAN_YEAR.search(source)
        if month >= 10 and not review and plan and plan.start("y") == found.start("y"):
            # "Sáng 15/12, ... triển khai nhiệm vụ năm 2024": launched late in the year before
            return year - 1, f"meeting late in the year before the plan year in {where}"
        return year, f"year the meeting is about, from {where}"
    return None, None
