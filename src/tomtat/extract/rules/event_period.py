"""The years a meeting reviews: its review period.

A tổng kết or sơ kết reviews the years its lead's review part names ("tổng kết ... giai đoạn
2015-2020", "10 năm (2014 - 2023)", "năm học 2018-2019"), that part running from the review word
to the next period's plan or the meeting's next item; else the year before the plan year it
launches, the N years ending with the meeting, a year the body opens with. A congress reviews
the term that ends when it meets; a conference that names no kind but reports a past year's
results reviews that year.
"""

from __future__ import annotations

import re

from tomtat.extract.rules.event_lead import LEAD_SCAN, REVIEW_WORD, plan_clause
from tomtat.extract.rules.event_when import YEAR_IN
from tomtat.extract.rules.evidence import exact_evidence
from tomtat.schemas import EventKind, Evidence, ReviewPeriod
from tomtat.text.dates import (
    YearRange,
    find_dates,
    find_year_ranges,
    find_years,
    numbered_term_before,
)
from tomtat.text.vocab import AIM_WORDS, CONFERENCE_PURPOSES

_BODY_YEAR = re.compile(r"(?:^|\n)\s*(?:Trong\s+)?[Nn]ăm\s+(?P<y>(?:19|20)\d{2})\s*,")

_PAST_YEAR = re.compile(r"(?i)(?<!\w)(?:trong\s+)?năm\s+qua(?!\w)")


def review_period(
    text: str,
    lead_obj: tuple[int, int],
    kinds: list[EventKind],
    body_start: int,
    event_year: int | None,
    event_month: int | None,
    lead_start: int | None = None,
    title: str | None = None,
) -> tuple[ReviewPeriod, Evidence] | None:
    """Years a tổng kết/sơ kết (or an emulation congress) reviews, first rule that applies wins.

    A year range in the review part of the lead ("10 năm (2014 - 2023)", "giai đoạn 2007-
    2022"; the part runs from the review word to the plan or the next item, see
    :func:`review_segment_end`), or of the headline when the lead names no review; else its
    last "năm YYYY"; else the year before the plan year when the lead reviews
    and launches ("tổng kết ... và triển khai nhiệm vụ năm 2023" -> 2022); else a body
    sentence opening "Năm YYYY,"; else "năm qua" at a January-March meeting (the year before).
    """
    if EventKind.TONG_KET not in kinds and EventKind.SO_KET not in kinds:
        lead_span = (lead_obj[0] if lead_start is None else lead_start, lead_obj[1])
        return _congress_period(text, lead_span, event_year)
    o_start, o_end = lead_obj
    obj = text[o_start:o_end]
    review = REVIEW_WORD.search(obj)
    if review is None and title:
        found = _title_period(text, title)
        if found is not None:
            return found
    seg_start = review.start() if review else 0
    seg_end, plan = review_segment_end(obj, seg_start)
    segment = obj[seg_start:seg_end]
    base = o_start + seg_start
    reviewed, term = _reviewed_range(segment, event_year)
    if reviewed is not None:
        return (
            ReviewPeriod(start=reviewed.start_year, end=reviewed.end_year),
            exact_evidence(text, base + reviewed.start, base + reviewed.end),
        )
    years = [y for y in find_years(segment) if y.after_nam]
    if years:
        year = years[-1]
        return (
            ReviewPeriod(start=year.year, end=year.year),
            exact_evidence(text, base + year.start, base + year.end),
        )
    found = _year_reported_before_review(text, o_start, obj, review) or _first_months_period(
        text, base, segment, event_year
    )
    if found is not None:
        return found
    if term is not None and plan is None:
        # "tổng kết hoạt động HĐND huyện khóa XIX, nhiệm kỳ 2016-2021": the term is what is
        # reviewed when the lead names no other period
        return (
            ReviewPeriod(start=term.start_year, end=term.end_year),
            exact_evidence(text, base + term.start, base + term.end),
        )
    # "tổng kết ... và triển khai nhiệm vụ năm 2023": an annual review of the year before
    if plan is not None:
        rest_start = plan.start()
        plan_year = YEAR_IN.search(obj, rest_start)
        if plan_year:
            # a review of some months ("sơ kết 6 tháng", "5 tháng vận hành") or a plan for a
            # month or quarter ("nhiệm vụ tháng 12 năm 2025") stays inside the plan's year
            within = _MONTHS_SPAN.search(segment) or _MONTH_PLAN.search(
                obj, rest_start, plan_year.end()
            )
            y = int(plan_year.group("y")) - (0 if within else 1)
            return (
                ReviewPeriod(start=y, end=y),
                exact_evidence(
                    text,
                    o_start + plan_year.start(),
                    o_start + plan_year.end(),
                    derived=True,
                    note="annual review before the plan year named in the lead",
                ),
            )
    body = text[body_start : body_start + 3000]
    span = _SPAN_YEARS.search(segment)
    if span is not None:
        found = _since_dated_document(
            text, base, segment, int(span.group("n")), event_year
        ) or _span_period(
            text,
            body_start,
            (base + span.start(), base + span.end()),
            int(span.group("n")),
            (event_year, event_month),
        )
        if found is not None:
            return found
    body_year = _BODY_YEAR.search(body)
    if body_year:
        y = int(body_year.group("y"))
        s = body_start + body_year.start("y")
        return ReviewPeriod(start=y, end=y), exact_evidence(
            text, s, s + 4, derived=True, note="the year the body reviews"
        )
    past = _PAST_YEAR.search(body)
    if past and event_year and event_month and event_month <= 3:
        y = event_year - 1
        s = body_start + past.start()
        return ReviewPeriod(start=y, end=y), exact_evidence(
            text,
            s,
            body_start + past.end(),
            derived=True,
            note="'năm qua' at a meeting early in the next year",
        )
    return None


# a second item of the meeting after its review, with years of its own: "sơ kết ... năm 2021
# và họp mặt kỷ niệm ... năm 2022", "tổng kết ... và kỷ niệm 20 năm ...", "; nhìn lại ..."
_NEXT_MEETING_ITEM = re.compile(
    r"(?i)(?<!\w)và\s+(?:(?:tổ\s+chức\s+)?(?:họp|gặp)\s+mặt|(?:lễ\s+)?k[ỷỉ]\s+niệm(?!\s+chương)"
    r"|lễ|ngày\s+hội|đại\s+hội)(?!\w)|;"
)

# an act after a review that names its year: "tổng kết ... năm 2023 và ký kết giao ước thi đua
# năm 2024", "... và khen thưởng ..." (without a year of its own the review shares the act's:
# "tổng kết và biểu dương điển hình tiên tiến giai đoạn 2015-2020")
_NEXT_ACT = re.compile(
    r"(?i)(?<!\w)và\s+(?:ký\s+kết|ra\s+mắt|trao|khen\s+thưởng|tuyên\s+dương|biểu\s+dương"
    r"|vinh\s+danh|tôn\s+vinh|bình\s+xét|bầu)(?!\w)"
)


def review_segment_end(obj: str, seg_start: int) -> tuple[int, re.Match[str] | None]:
    """Where the review part of a lead's object ends, and the plan clause if one ends it: at
    the plan for the next period, else at a second item of the meeting (a get-together, an
    anniversary, a ceremony, a ";" that opens another clause, an act after a review word that
    has named its year), else at the object's end."""
    plan = plan_clause(obj, seg_start)
    end = plan.start() if plan else len(obj)
    item = _NEXT_MEETING_ITEM.search(obj, seg_start, end)
    if item is not None and item.start() > seg_start:
        end = item.start()
    act = _NEXT_ACT.search(obj, seg_start, end)
    if (
        act is not None
        and REVIEW_WORD.match(obj, seg_start)
        and YEAR_IN.search(obj, seg_start, act.start())
    ):
        end = act.start()
    return end, plan


# what a clause launches or plans: its years are not the reviewed ones
_PLAN_WORD = re.compile(r"(?i)(?<!\w)(?:triển\s+khai|phương\s+hướng|phát\s+động)(?!\w)")


def _year_reported_before_review(
    text: str, o_start: int, obj: str, review: re.Match[str] | None
) -> tuple[ReviewPeriod, Evidence] | None:
    """ "thông qua báo cáo kết quả công tác năm 2022 và báo cáo tổng kết thi đua": a review
    whose own words name no year reviews the year its clause reports just before it (not a
    year the clause plans or launches); None without a review word."""
    if review is None:
        return None
    review_at = review.start()
    clause_start = max(obj.rfind(";", 0, review_at), obj.rfind(".", 0, review_at)) + 1
    before = obj[clause_start:review_at]
    if _PLAN_WORD.search(before) or _OTHER_GATHERING.search(before):
        return None  # a year the clause plans, or one of another item ("Ngày hội ... năm 2022")
    years = [y for y in find_years(before) if y.after_nam]
    if not years:
        return None
    year = years[-1]
    s = o_start + clause_start + year.start
    return ReviewPeriod(start=year.year, end=year.year), exact_evidence(
        text,
        s,
        o_start + clause_start + year.end,
        derived=True,
        note="the year the review's clause reports",
    )


_SCHOOL_YEAR_BEFORE = re.compile(r"(?i)(?<!\w)năm\s+học\s*$")


def _reviewed_range(
    segment: str, event_year: int | None
) -> tuple[YearRange | None, YearRange | None]:
    """The first year range of the review part that names what is reviewed, and the first
    term written after a numbered meeting or body ("lần thứ 5, nhiệm kỳ 2020-2025"), which is
    what is reviewed only when the lead names no other period."""
    term = None
    for year_range in find_year_ranges(segment):
        if _not_over(segment, year_range, event_year):
            continue
        if not numbered_term_before(segment, year_range.start):
            return year_range, term
        term = term or year_range
    return None, term


def _not_over(segment: str, year_range: YearRange, event_year: int | None) -> bool:
    """Whether a range in the review part runs past the meeting's year ("sơ kết giữa nhiệm
    kỳ ... nhiệm kỳ 2020-2025" in 2023): a review covers time that is over, so such a range
    names a term, not what is reviewed (a school year, "năm học 2024-2025", straddles two)."""
    if event_year is None or year_range.end_year <= event_year:
        return False
    before = segment[max(0, year_range.start - 12) : year_range.start]
    return not (_SCHOOL_YEAR_BEFORE.search(before) and year_range.end_year == event_year + 1)


def _title_period(text: str, title: str) -> tuple[ReviewPeriod, Evidence] | None:
    """A headline "<Tỉnh> tổng kết công tác khuyến học năm học 2023-2024 và ...": a lead that
    names no review (only the plan it launches) leaves the reviewed years to the headline's
    review part, when the text carries the headline."""
    review = REVIEW_WORD.search(title)
    at = text.find(title)
    if review is None or at < 0:
        return None
    seg_end, _ = review_segment_end(title, review.start())
    base = at + review.start()
    for year_range in find_year_ranges(title[review.start() : seg_end]):
        return (
            ReviewPeriod(start=year_range.start_year, end=year_range.end_year),
            exact_evidence(
                text,
                base + year_range.start,
                base + year_range.end,
                derived=True,
                note="the period the headline's review names",
            ),
        )
    years = [y for y in find_years(title[review.start() : seg_end]) if y.after_nam]
    if years:
        year = years[-1]
        return ReviewPeriod(start=year.year, end=year.year), exact_evidence(
            text,
            base + year.start,
            base + year.end,
            derived=True,
            note="the year the headline's review names",
        )
    return None


# a conference that names no kind, a guest list or a caption ("Dự hội nghị có ...", "Tại Hội
# nghị, ..."); a ceremony, festival, congress or anniversary named there is not one
_CONFERENCE_NOUN = re.compile(r"(?i)(?<!\w)(?:hội\s+nghị|cuộc\s+họp)(?!\w)")
_OTHER_GATHERING = re.compile(
    r"(?i)(?<!\w)(?:lễ|ngày\s+hội|đại\s+hội|k[ỷỉ]\s+niệm|gặp\s+mặt|họp\s+mặt|hội\s+thi)(?!\w)"
)


# a paragraph, or a report quoted after "cho biết:", opening with a year's results: "Năm 2018,
# phong trào ...", "... cho biết: Trong năm 2019, Ban chỉ đạo đã ..."
_YEAR_RESULTS = re.compile(
    r"(?:^|\n|:[^\S\n]*)[^\S\n]*(?:Trong\s+)?[Nn]ăm\s+(?P<y>(?:19|20)\d{2})\s*,"
)


# what a year is to bring, not what it brought: "Năm 2025, huyện phấn đấu ..."
_AIMS = re.compile(rf"(?i)(?<!\w)(?:{AIM_WORDS})(?!\w)")

# a conference held for a named purpose ("hội nghị tập huấn", "đối thoại", "giao ban")
_PURPOSE = re.compile(rf"(?i)(?<!\w)(?:{CONFERENCE_PURPOSES})(?!\w)")


def year_a_conference_reviews(
    text: str, lead: tuple[int, int], kinds: list[EventKind], event_year: int | None
) -> tuple[ReviewPeriod, Evidence] | None:
    """ "Dự hội nghị có ..." then "Năm 2018, phong trào ... tiếp tục được triển khai ...": a
    conference whose lead names no kind and whose report opens a paragraph with a past year's
    results reviews that year (a tổng kết). A year after the meeting's is a plan, not this,
    and a conference the lead names for another purpose ("hội nghị tập huấn ...", "đối thoại
    với doanh nghiệp") only gives the year's results as background."""
    if not _conference_of_no_kind(text, lead, kinds):
        return None
    found = _YEAR_RESULTS.search(text, 0, min(len(text), LEAD_SCAN))
    if found is None:
        return None
    y = int(found.group("y"))
    sentence_end = text.find(".", found.end())
    plans = _AIMS.search(text, found.end(), sentence_end if sentence_end >= 0 else len(text))
    if (event_year is not None and y > event_year) or plans is not None:
        return None  # "Năm 2025, huyện phấn đấu ...": the year's aims, not its results
    note = "a conference reporting a year's results reviews that year"
    return ReviewPeriod(start=y, end=y), exact_evidence(
        text, found.start("y"), found.end("y"), derived=True, note=note
    )


def _conference_of_no_kind(text: str, lead: tuple[int, int], kinds: list[EventKind]) -> bool:
    """Whether the lead names a conference ("hội nghị", "cuộc họp") of no kind, held for no
    other stated purpose and not another gathering."""
    if kinds != [EventKind.KHAC]:
        return False
    lead_text = text[lead[0] : lead[1]]
    return bool(
        _CONFERENCE_NOUN.search(lead_text)
        and not _OTHER_GATHERING.search(lead_text)
        and not _PURPOSE.search(lead_text)
    )


# a paragraph opening with the results of the time just past, its year unnamed: "Trong năm,
# tỷ lệ ...", "Trong năm qua, ...", "Qua 5 năm, ...", "Trong ba năm qua, ..."
_PAST_RESULTS = re.compile(
    r"(?:^|\n|:[^\S\n]*)[^\S\n]*(?:Trong|Qua)\s+(?:năm(?:\s+qua)?|\w+\s+năm(?:\s+qua)?)\s*,"
)


# "Phát biểu tại hội nghị, ...", "X phát biểu chỉ đạo tại Hội nghị.": a lead that only refers
# to a conference it does not name (what is said there is no purpose of it)
_REFERS_TO_CONFERENCE = re.compile(
    r"(?i)(?<!\w)(?:phát\s+biểu(?:\s+chỉ\s+đạo)?|kết\s+luận)\s+(?:tại|với)\s+(?:buổi\s+)?"
    r"(?:hội\s+nghị|cuộc\s+họp)(?=\s*[,.:]|\s+này(?!\w))"
)


def conference_reviews_time_past(text: str, lead: tuple[int, int], kinds: list[EventKind]) -> bool:
    """ "Phát biểu tại hội nghị, ..." then "Trong năm, tỷ lệ điều tra ...": a conference the
    lead only refers to, whose report opens a paragraph with the results of the time just past
    (its year unnamed), reviews that time: a tổng kết, its period not told."""
    if kinds != [EventKind.KHAC] or not _REFERS_TO_CONFERENCE.search(text, lead[0], lead[1]):
        return False
    return _PAST_RESULTS.search(text, 0, min(len(text), LEAD_SCAN)) is not None


_BODY_REACH = 3000  # characters of the body read for the period before a congress's term

_NEXT_SENTENCE = 400  # characters of the sentence after the lead read for a congress's period

_EMULATION_CONGRESS = re.compile(r"(?i)(?<!\w)đại\s+hội\s+thi\s+đua(?!\w)")

# a congress of members or delegates; a sports "Đại hội Thể dục thể thao" reviews nothing
_CONGRESS = re.compile(r"(?i)(?<!\w)đại\s+hội(?!\s+(?:thể\s+dục|TDTT|thể\s+thao))(?!\w)")


def _congress_period(
    text: str, lead: tuple[int, int], event_year: int | None = None
) -> tuple[ReviewPeriod, Evidence] | None:
    """ "Đại hội Thi đua quyết thắng ... giai đoạn 2020-2025": an emulation congress reviews
    the emulation of the period it is named for (its kind stays "khác"); any other congress of
    a known year reviews the term that ends when it meets, as the lead or body dates it.

    A congress held in year Y may instead be named for the term it opens ("Đại hội ... giai
    đoạn 2025-2030" in 2025, "giai đoạn 2020-2025" in 2020): a period starting in or after the
    meeting's year is not reviewed. The reviewed one is then a range the lead or the sentence
    after it, else the body, gives ending where the term begins ("5 năm qua (2020-2025)"),
    else none.
    """
    start, end = lead
    lead_end = end
    congress = _EMULATION_CONGRESS.search(text, start, end)
    if congress is None:
        # any congress reviews the term that ends when it meets ("Đại hội Hội Nông dân ...
        # nhiệm kỳ 2023-2028" in 2023 reviews 2018-2023, when the text gives that range)
        congress = _CONGRESS.search(text, start, end)
        if congress is not None and event_year is None and not _TERM.search(text, start, end):
            congress = None
    if congress is None:
        return None
    # the lead, or the sentence after it ("Đại hội có nhiệm vụ tổng kết ... giai đoạn ...")
    following = re.match(r"[^.\n]*[.\n]?", text[end : end + _NEXT_SENTENCE])
    end += following.end() if following else 0
    body = text[end : end + _BODY_REACH]
    term_start: int | None = None
    for year_range in find_year_ranges(text[congress.end() : end]):
        if year_range.end_year <= year_range.start_year:
            continue
        at = congress.end() + year_range.start
        named = term_start is None and at < lead_end  # the first range, written on the congress
        if _opens_term(text, at, year_range, (event_year, named), body):
            term_start = year_range.start_year if term_start is None else term_start
            continue  # the term the congress opens
        if term_start is not None and year_range.end_year != term_start:
            continue
        s = congress.end() + year_range.start
        return ReviewPeriod(start=year_range.start_year, end=year_range.end_year), (
            exact_evidence(text, s, congress.end() + year_range.end)
        )
    # the body's account of the period before the term ("Trong 5 năm qua (2020-2025)"), or,
    # the lead naming no period, of the one ending in the congress's year ("Tại Đại hội, ...
    # điển hình tiên tiến giai đoạn 2009-2014" at a congress of 2014)
    closes = term_start if term_start is not None else event_year
    if closes is not None:
        for year_range in find_year_ranges(body):
            if year_range.end_year == closes and year_range.start_year < closes:
                note = (
                    "the period before the term the congress opens"
                    if term_start is not None
                    else "the period ending in the congress's year"
                )
                return ReviewPeriod(start=year_range.start_year, end=year_range.end_year), (
                    exact_evidence(
                        text, end + year_range.start, end + year_range.end, derived=True, note=note
                    )
                )
    return None


# "nhiệm kỳ 2023-2028" written on a congress: the term it elects, never one it reviews
_TERM = re.compile(r"(?i)(?<!\w)nhiệm\s+kỳ\s+(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d)")

_TERM_BEFORE = re.compile(r"(?i)(?<!\w)nhiệm\s+kỳ\s*$")


def _opens_term(
    text: str, at: int, year_range: YearRange, when: tuple[int | None, bool], body: str
) -> bool:
    """Whether a range after a congress's name is the term it opens: one starting in or after
    the meeting's year; the year unknown, the "nhiệm kỳ" written on the congress (``named``:
    the term it elects) or one the body shows a period ending where it begins ("giai đoạn
    2024-2029" and "Giai đoạn 2019-2024, phong trào ...")."""
    event_year, named = when
    if event_year is None and named and _TERM_BEFORE.search(text, max(0, at - 12), at):
        return True
    if event_year is not None:
        return year_range.start_year >= event_year
    return any(
        earlier.end_year == year_range.start_year and earlier.start_year < year_range.start_year
        for earlier in find_year_ranges(body)
    )


# "6 tháng đầu năm" with no year after it: the first months of the year the meeting is in
# (not "đầu năm học": a school year spans two years)
_FIRST_MONTHS = re.compile(
    r"(?i)(?<![\w.,])\d{1,2}\s+tháng\s+đầu\s+năm(?!\s*(?:19|20)\d{2})(?!\w)(?!\s+học(?!\w))"
)

_MONTHS_SPAN = re.compile(
    r"(?i)(?<![\w.,])\d{1,2}\s+tháng(?!\w)|(?<!\w)quý\s+(?:I|II|III|IV|\d)(?!\w)"
)

_MONTH_PLAN = re.compile(
    r"(?i)(?<!\w)(?:tháng\s+\d{1,2}|quý\s+(?:I|II|III|IV|\d))\s+năm\s+(?:19|20)\d{2}"
)

_SPAN_YEARS = re.compile(r"(?i)(?<![\w.,])(?P<n>\d{1,2})\s+năm(?!\s+(?:qua|liền|gần))(?!\w)")


def _since_dated_document(
    text: str, base: int, segment: str, n: int, event_year: int | None
) -> tuple[ReviewPeriod, Evidence] | None:
    """ "sơ kết 5 năm thực hiện Chỉ thị số 05 ngày 15-5-2016" held in 2021: N years of carrying
    out a document dated N years before the meeting review the years from its issue to the
    meeting (2016-2021); a date of another span leaves it to the N years ending with the
    meeting."""
    if event_year is None:
        return None
    for date in find_dates(segment):
        if date.year is not None and event_year - date.year == n:
            return ReviewPeriod(start=date.year, end=event_year), exact_evidence(
                text,
                base + date.start,
                base + date.end,
                derived=True,
                note=f"{n} years since the document dated {date.raw}",
            )
    return None


def _first_months_period(
    text: str, base: int, segment: str, event_year: int | None
) -> tuple[ReviewPeriod, Evidence] | None:
    """ "sơ kết 6 tháng đầu năm" naming no year: the first months of the meeting's own year."""
    months = _FIRST_MONTHS.search(segment)
    if months is None or event_year is None:
        return None
    return ReviewPeriod(start=event_year, end=event_year), exact_evidence(
        text,
        base + months.start(),
        base + months.end(),
        derived=True,
        note="the first months of the meeting's year",
    )


def _span_period(
    text: str,
    body_start: int,
    span: tuple[int, int],
    n: int,
    when: tuple[int | None, int | None],
) -> tuple[ReviewPeriod, Evidence] | None:
    """ "tổng kết 10 năm thực hiện ..." with no years in the lead: the body's year range of that
    length ("giai đoạn 2014 - 2023"), else the N years ending with the meeting's year (the year
    before, for a January-March meeting)."""
    if not 2 <= n <= 50:
        return None
    event_year, event_month = when
    body = text[body_start : body_start + 3000]
    for year_range in find_year_ranges(body):
        if year_range.end_year - year_range.start_year in (n - 1, n):
            s = body_start + year_range.start
            return ReviewPeriod(
                start=year_range.start_year, end=year_range.end_year
            ), exact_evidence(
                text,
                s,
                body_start + year_range.end,
                derived=True,
                note=f"the body's {n}-year span",
            )
    if event_year is None:
        return None
    end = event_year - 1 if event_month is not None and event_month <= 3 else event_year
    if end - n + 1 < 1900:
        return None
    return ReviewPeriod(start=end - n + 1, end=end), exact_evidence(
        text, span[0], span[1], derived=True, note=f"{n} years ending with the meeting's year"
    )
