"""The event of a report from its lead sentence: date, part of day, kinds, organiser, place, period.

The lead is the first sentence (after the headline and dateline) that says a meeting was held:
"Chiều 5/1, UBND huyện Đức Trọng tổ chức tổng kết ... năm 2022 và triển khai ... năm 2023."
Everything not written there is inferred only by the documented rules below, and marked
``derived`` in its evidence; when nothing supports a value it stays null. A yearless date takes
its year from the publication date, a dateline, the plan/review year of an early-year meeting,
else the year the lead (or headline) says the meeting is about (:func:`_context_year`). The
province falls back to the headline ("... tỉnh Bình Định"); provincial bodies ("Tỉnh đoàn X")
name their province.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tomtat.schemas import Event as EventModel
from tomtat.schemas import EventKind, Evidence, PartOfDay, ReviewPeriod
from tomtat.text.counts import iter_sentences
from tomtat.text.dates import DateMention, find_dates, find_year_ranges, find_years
from tomtat.text.gazetteer import PlaceMatch, find_places, province_of_district

__all__ = ["EventResult", "extract_event", "find_lead"]

_LEAD_SCAN = 6000  # the lead is near the top; never scan a megabyte for it
_MEETING_VERB = re.compile(
    r"(?i)(?<!\w)(?:(?:đã|vừa|long\s+trọng|chính\s+thức|trang\s+trọng|cũng)\s+)*"
    r"(?P<verb>tổ\s+chức|diễn\s+ra|khai\s+mạc|họp\s+mặt|gặp\s+mặt|tổng\s+kết|sơ\s+kết"
    r"|triển\s+khai|phát\s+động|ra\s+mắt|tuyên\s+dương|biểu\s+dương)(?!\w)"
)
_MEETING_NOUN = re.compile(
    r"(?i)(?<!\w)(?:hội\s+nghị|lễ|buổi|ngày\s+hội|tổng\s+kết|sơ\s+kết|gặp\s+mặt|họp\s+mặt"
    r"|hội\s+thảo|tọa\s+đàm|toạ\s+đàm|đại\s+hội|giao\s+ban|phát\s+động|tuyên\s+dương"
    r"|biểu\s+dương|hội\s+thi|ra\s+mắt|triển\s+khai)(?!\w)"
)
_HAS_DIGIT = re.compile(r"\d")
_SOURCE_TAG = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*[-–—:]?|[A-ZĐ][A-ZĐ.]{1,12}\s*[-–—:])\s*")
_TIME_ADVERBIAL = re.compile(
    r"(?i)(?:vừa\s+qua|mới\s+đây|hôm\s+qua|hôm\s+nay|gần\s+đây|cuối\s+tuần\s+qua"
    r"|trong\s+(?:ngày|tuần|tháng)\s+qua|sáng\s+nay|chiều\s+nay|tối\s+nay)\s*,\s*"
)
_TAI_PREFIX = re.compile(r"(?i)(?:tại|ở)\s+[^,]{1,120},\s*")
# "tại xã Tân Hà, huyện Lâm Hà, Công an huyện ...": the place runs on over its higher units
_PLACE_CONT = re.compile(r"(?i)(?:huyện|tỉnh|thị\s+xã|thành\s+phố|TP\.?|quận)\s+[^,]{1,60},\s*")
# "tổ chức chương trình ...": a programme is the event only in a dated lead sentence
_PROGRAMME_NOUN = re.compile(r"(?i)(?<!\w)tổ\s+chức\s+chương\s+trình(?!\w)")
_VERB_PREFIX = re.compile(
    r"(?i)(?:\s+(?:đã|vừa|long\s+trọng|chính\s+thức|trang\s+trọng|cũng))+\s*$"
)
_EVENT_NOUN_START = re.compile(r"(?i)(?:hội\s+nghị|lễ|buổi|ngày\s+hội|chương\s+trình)(?!\w)")
_COMMUNE_ORG = re.compile(r"(?i)(?<!\w)(?:xã|phường|thị\s+trấn)\s+\w")
_TITLE_EVENT = re.compile(
    r"(?i)(?<!\w)(?:hội\s+nghị|tổng\s+kết|sơ\s+kết|gặp\s+mặt|họp\s+mặt|lễ|ngày\s+hội"
    r"|biểu\s+dương|tuyên\s+dương)(?!\w)"
)
_DO_ORGANIZER = re.compile(r"(?i)(?<!\w)do\s+(?P<org>[^,;.]{3,160}?)\s+(?:tổ\s+chức|chủ\s+trì)")

_KIND_PATTERNS: tuple[tuple[EventKind, re.Pattern[str]], ...] = (
    (EventKind.TONG_KET, re.compile(r"(?i)(?<!\w)tổng\s+kết(?!\w)")),
    (EventKind.SO_KET, re.compile(r"(?i)(?<!\w)sơ\s+kết(?!\w)")),
    (
        EventKind.TRIEN_KHAI,
        re.compile(
            r"(?i)(?<!\d\snăm\s)(?<!\d\stháng\s)(?<!\w)triển\s+khai(?!\w)(?!\s+thực\s+hiện)"
        ),
    ),
    (EventKind.BIEU_DUONG, re.compile(r"(?i)(?<!hình\sthức\s)(?<!\w)(?:biểu|tuyên)\s+dương(?!\w)")),
    (EventKind.GAP_MAT, re.compile(r"(?i)(?<!\w)(?:gặp|họp)\s+mặt(?!\w)")),
)
_YEAR_IN = re.compile(r"(?i)(?<!\w)năm\s+(?P<y>(?:19|20)\d{2})(?!\d)")
_PLAN_YEAR = re.compile(
    r"(?i)(?<!\w)(?:triển\s+khai|phương\s+hướng|nhiệm\s+vụ)(?:[^;.]{0,120}?)"
    r"năm\s+(?P<y>(?:19|20)\d{2})(?!\d)"
)
_BODY_YEAR = re.compile(r"(?:^|\n)\s*(?:Trong\s+)?[Nn]ăm\s+(?P<y>(?:19|20)\d{2})\s*,")
_PAST_YEAR = re.compile(r"(?i)(?<!\w)(?:trong\s+)?năm\s+qua(?!\w)")


@dataclass
class EventResult:
    """The event plus what the extractor should say about it (warnings, conflicts)."""

    event: EventModel
    lead: tuple[int, int] | None
    warnings: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def _evidence(text: str, start: int, end: int, **extra: object) -> Evidence:
    return Evidence(quote=text[start:end], start=start, end=end, alignment="exact", **extra)  # type: ignore[arg-type]


def find_lead(text: str, title: str | None) -> tuple[int, int] | None:
    """``(start, end)`` of the lead sentence: the first one saying a meeting took place."""
    limit = min(len(text), _LEAD_SCAN)
    title_key = " ".join(title.split()) if title else None
    fallback: tuple[int, int] | None = None
    for start, end in iter_sentences(text):
        if start >= limit:
            break
        end = min(end, limit)
        sentence = text[start:end]
        if title_key and " ".join(sentence.split()) == title_key:
            continue
        programme_only = False
        if not _MEETING_NOUN.search(sentence):
            if not _PROGRAMME_NOUN.search(sentence):
                continue
            programme_only = True
        verb = _MEETING_VERB.search(sentence)
        if verb is None:
            continue
        if _HAS_DIGIT.search(sentence) and any(
            d.part_of_day or d.context_start != d.start for d in find_dates(sentence)
        ):
            return start, end
        if programme_only:
            continue
        if verb and fallback is None and re.search(r"(?i)tổ\s+chức", sentence):
            fallback = (start, end)
    return fallback


def _lead_date(text: str, lead: tuple[int, int]) -> DateMention | None:
    start, end = lead
    dates = find_dates(text[start:end])
    # the meeting's date has a part of day ("Chiều 5/1"); a document's date ("Kế hoạch số 12
    # ngày 3/1/2023") has none, so prefer the former, else take the first date written
    dates.sort(key=lambda d: (d.part_of_day is None, d.start))
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


def _organizer(
    text: str, lead: tuple[int, int], date: DateMention | None
) -> tuple[int, int] | None:
    """Span of who held the meeting: the subject before "(đã) tổ chức" in the lead."""
    start, end = lead
    sentence = text[start:end]
    do = _DO_ORGANIZER.search(sentence)
    if do is not None:
        return start + do.start("org"), start + do.end("org")
    tag = _SOURCE_TAG.match(sentence)
    begin = tag.end() if tag else 0
    first_verb = _MEETING_VERB.search(sentence, begin)
    if (
        date is not None
        and begin <= date.start - start
        and (first_verb is None or date.end - start <= first_verb.start())
    ):
        begin = date.end - start  # "Thực hiện ..., chiều 5/1, X tổ chức": X follows the date
        comma = re.match(r"\s*[,)]?\s*(?:\(\s*[^()]{0,20}\)\s*)?,?\s*", sentence[begin:])
        begin += comma.end() if comma else 0
    verb = _MEETING_VERB.search(sentence, begin)
    if verb is None or verb.start() - begin > 300:
        return None
    org_start, org_end = begin, verb.start()
    adverbial = _TIME_ADVERBIAL.match(sentence, org_start, org_end)
    if adverbial:
        org_start = adverbial.end()  # "Vừa qua, Công an xã Tân Hà tổ chức ..."
    while True:
        tai = _TAI_PREFIX.match(sentence, org_start, org_end)
        if tai is None:
            break
        org_start = tai.end()
        while (cont := _PLACE_CONT.match(sentence, org_start, org_end)) is not None:
            org_start = cont.end()
    while org_end > org_start and sentence[org_end - 1] in " ,":
        org_end -= 1
    trimmed = _VERB_PREFIX.search(sentence, org_start, org_end)
    if trimmed:
        org_end = trimmed.start()
    phrase = sentence[org_start:org_end]
    if (
        not phrase
        or len(phrase.split()) > 30
        or not (phrase[0].isupper() or _starts_with_unit(phrase))
        or _EVENT_NOUN_START.match(phrase)
    ):
        if do:
            return start + do.start("org"), start + do.end("org")
        return None
    return start + org_start, start + org_end


def _starts_with_unit(phrase: str) -> bool:
    return re.match(r"(?i)(?:huyện|tỉnh|thị\s+xã|thành\s+phố|quận|xã|phường)\s", phrase) is not None


def _kinds(
    text: str, lead: tuple[int, int], verb_end: int, title: str | None
) -> tuple[list[EventKind], tuple[int, int]]:
    """Kinds named after the organiser's verb (and in a headline naming the meeting).

    "khác" when none is named: a ceremony ("Lễ ra mắt ..."), a festival ("Ngày hội ...").
    """
    start, end = lead
    obj_start = max(start, verb_end)
    sources = [text[obj_start:end]]
    if title and _TITLE_EVENT.search(title):
        sources.append(title)  # a headline that names the meeting, not a feature's headline
    found: list[EventKind] = []
    for kind, pattern in _KIND_PATTERNS:
        positions = [m.start() for src in sources for m in pattern.finditer(src)]
        if positions:
            found.append(kind)
    # order as written in the lead
    lead_obj = text[obj_start:end]

    def first_pos(kind: EventKind) -> int:
        """Where the lead first names ``kind`` (kinds are listed in the lead's order)."""
        for k, pattern in _KIND_PATTERNS:
            if k == kind:
                m = pattern.search(lead_obj)
                return m.start() if m else 10**9
        return 10**9

    found.sort(key=first_pos)
    if not found:
        # a ceremony, a festival ("Ngày hội toàn dân bảo vệ ANTQ"), a launch: none of the above
        found.append(EventKind.KHAC)
    return found, (obj_start, end)


def _review_period(
    text: str,
    lead_obj: tuple[int, int],
    kinds: list[EventKind],
    body_start: int,
    event_year: int | None,
    event_month: int | None,
) -> tuple[ReviewPeriod, Evidence] | None:
    """Years a tổng kết/sơ kết reviews, first rule that applies wins.

    A year range in the review part of the lead ("10 năm (2014 - 2023)", "giai đoạn 2007-
    2022"); else its last "năm YYYY"; else the year before the plan year when the lead reviews
    and launches ("tổng kết ... và triển khai nhiệm vụ năm 2023" -> 2022); else a body
    sentence opening "Năm YYYY,"; else "năm qua" at a January-March meeting (the year before).
    """
    if EventKind.TONG_KET not in kinds and EventKind.SO_KET not in kinds:
        return None
    o_start, o_end = lead_obj
    obj = text[o_start:o_end]
    review = re.search(r"(?i)(?<!\w)(?:tổng|sơ)\s+kết(?!\w)", obj)
    seg_start = review.start() if review else 0
    plan = re.search(r"(?i)(?:(?<!\w)và|,|;)\s+triển\s+khai(?!\w)", obj[seg_start:])
    seg_end = seg_start + plan.start() if plan else len(obj)
    segment = obj[seg_start:seg_end]
    base = o_start + seg_start
    for year_range in find_year_ranges(segment):
        return (
            ReviewPeriod(start=year_range.start_year, end=year_range.end_year),
            _evidence(text, base + year_range.start, base + year_range.end),
        )
    years = [y for y in find_years(segment) if y.after_nam]
    if years:
        year = years[-1]
        return (
            ReviewPeriod(start=year.year, end=year.year),
            _evidence(text, base + year.start, base + year.end),
        )
    # "tổng kết ... và triển khai nhiệm vụ năm 2023": an annual review of the year before
    if plan is not None:
        rest_start = seg_end
        plan_year = _YEAR_IN.search(obj, rest_start)
        if plan_year:
            # a review of some months ("sơ kết 6 tháng", "5 tháng vận hành") or a plan for a
            # month or quarter ("nhiệm vụ tháng 12 năm 2025") stays inside the plan's year
            within = _MONTHS_SPAN.search(segment) or _MONTH_PLAN.search(
                obj, rest_start, plan_year.end()
            )
            y = int(plan_year.group("y")) - (0 if within else 1)
            return (
                ReviewPeriod(start=y, end=y),
                _evidence(
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
        found = _span_period(
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
        return ReviewPeriod(start=y, end=y), _evidence(
            text, s, s + 4, derived=True, note="the year the body reviews"
        )
    past = _PAST_YEAR.search(body)
    if past and event_year and event_month and event_month <= 3:
        y = event_year - 1
        s = body_start + past.start()
        return ReviewPeriod(start=y, end=y), _evidence(
            text,
            s,
            body_start + past.end(),
            derived=True,
            note="'năm qua' at a meeting early in the next year",
        )
    return None


_MONTHS_SPAN = re.compile(
    r"(?i)(?<![\w.,])\d{1,2}\s+tháng(?!\w)|(?<!\w)quý\s+(?:I|II|III|IV|\d)(?!\w)"
)
_MONTH_PLAN = re.compile(
    r"(?i)(?<!\w)(?:tháng\s+\d{1,2}|quý\s+(?:I|II|III|IV|\d))\s+năm\s+(?:19|20)\d{2}"
)
_SPAN_YEARS = re.compile(r"(?i)(?<![\w.,])(?P<n>\d{1,2})\s+năm(?!\s+(?:qua|liền|gần))(?!\w)")


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
            return ReviewPeriod(start=year_range.start_year, end=year_range.end_year), _evidence(
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
    return ReviewPeriod(start=end - n + 1, end=end), _evidence(
        text, span[0], span[1], derived=True, note=f"{n} years ending with the meeting's year"
    )


def _event_year(
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
        return year, f"year from the publication date {published}"
    # the same day/month written with a year near the top (a dateline)
    for other in find_dates(text[: min(len(text), _LEAD_SCAN)]):
        if other.year and other.day == date.day and other.month == date.month:
            return other.year, f"year from '{other.raw}' in the text"
    # what the meeting does: after its date ("Thực hiện Kế hoạch ..., chiều 5/1, X tổ chức ..."),
    # or the whole lead when the date comes last ("X tổ chức ... vào sáng 6/1")
    verb = _MEETING_VERB.search(text, lead[0], lead[1])
    after_date = verb is None or date.end <= verb.start()
    lead_text = text[date.end : lead[1]] if after_date else text[lead[0] : lead[1]]
    if date.month <= 3:
        plan = _PLAN_YEAR.search(lead_text)
        if plan:
            return int(plan.group("y")), "meeting early in the year that launches that year's tasks"
        review = re.search(r"(?i)(?:tổng|sơ)\s+kết[^;]*?năm\s+(?P<y>(?:19|20)\d{2})", lead_text)
        if review:
            return int(review.group("y")) + 1, "meeting early in the year after the year reviewed"
    return _context_year(date.month, lead_text, title)


_LOOKBACK_VERB = re.compile(r"(?i)(?<!\w)(?:tổng\s+kết|sơ\s+kết|biểu\s+dương|tuyên\s+dương)(?!\w)")
_RANGE_END = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–—]\s*(?P<y>(?:19|20)\d{2})(?!\d)")


_TARGET_BEFORE = re.compile(r"(?i)(?:đến|tới|tầm\s+nhìn|định\s+hướng|trước)\s*$")


def _first_year(source: str) -> re.Match[str] | None:
    """First "năm YYYY" that is not a target ("đến năm 2030", "tầm nhìn năm 2045")."""
    for match in _YEAR_IN.finditer(source):
        if not _TARGET_BEFORE.search(source, max(0, match.start() - 16), match.start()):
            return match
    return None


def _context_year(month: int, lead_text: str, title: str | None) -> tuple[int | None, str | None]:
    """Year of a yearless date from the year the lead (else the headline) says the meeting is
    about: "Sáng 12/7, ... sơ kết ... 6 tháng đầu năm 2023" -> 2023.

    The review year, else the first "năm YYYY" (a range's end year counts). A mid-year or
    year-end meeting (April-December) is held in that year; a January-March meeting that
    reviews or honours a year ("tổng kết ... năm 2022", "tuyên dương ... năm 2022") is held in
    the year after, an October-December one that only launches a year's tasks in the year
    before; other meetings are held in the year they name.
    """
    for source, where in ((lead_text, "the lead"), (title or "", "the headline")):
        review = re.search(r"(?i)(?:tổng|sơ)\s+kết(?!\w)", source)
        segment = source[review.start() :] if review else source
        plan = re.search(r"(?i)(?:(?<!\w)và|,|;)\s+(?:triển\s+khai|phương\s+hướng)", segment)
        if review and plan:
            segment = segment[: plan.start()]
        found = (_RANGE_END.search(segment) if review else None) or _first_year(segment)
        if found is None:
            found = _first_year(source)
        if found is None:
            continue
        year = int(found.group("y"))
        if month <= 3 and _LOOKBACK_VERB.search(source, 0, found.start()):
            return year + 1, f"meeting early in the year after the year {where} reviews"
        plan = _PLAN_YEAR.search(source)
        if month >= 10 and not review and plan and plan.start("y") == found.start("y"):
            # "Sáng 15/12, ... triển khai nhiệm vụ năm 2024": launched late in the year before
            return year - 1, f"meeting late in the year before the plan year in {where}"
        return year, f"year the meeting is about, from {where}"
    return None, None


def _place_fields(
    text: str,
    org: tuple[int, int] | None,
    lead: tuple[int, int],
    title: str | None,
    date: str | None,
) -> tuple[str | None, Evidence | None, str | None, Evidence | None]:
    """Province and district of the organiser, with evidence; derived values are marked."""
    province: str | None = None
    province_ev: Evidence | None = None
    district: str | None = None
    district_ev: Evidence | None = None
    places: list[PlaceMatch] = []
    offset = 0
    if org is not None:
        places = find_places(text[org[0] : org[1]], date=date)
        offset = org[0]
    if not places:
        places = find_places(text[lead[0] : lead[1]], date=date)
        offset = lead[0]
        places = [p for p in places if p.level == "district"][:1] or [
            p for p in places if p.level == "province"
        ][:1]
    districts = [p for p in places if p.level == "district"]
    provinces = [p for p in places if p.level == "province"]
    if districts:
        d = districts[0]
        district = d.name
        district_ev = _evidence(text, offset + d.start, offset + d.end)
    elif not provinces and title:
        head = re.match(r"\s*([^:]{2,40}):", title)
        if head:
            from tomtat.text.gazetteer import is_district

            name = head.group(1).strip()
            if is_district(name, date=date) and name in text:
                i = text.find(name)
                district = name
                district_ev = _evidence(
                    text, i, i + len(name), derived=True, note="district named in the headline"
                )
    if (
        district is None
        and not provinces
        and org is not None
        and _COMMUNE_ORG.search(text, org[0], org[1])
    ):
        # a commune's meeting ("UBND xã Ia Kha"): its district is the first the text names
        for place in find_places(text[: min(len(text), 3000)], date=date):
            if place.level == "district":
                district = place.name
                district_ev = _evidence(
                    text,
                    place.start,
                    place.end,
                    derived=True,
                    note="district of a commune-level organiser: the first the text names",
                )
                break
    if not provinces and district is None and title:
        # "Tuyên dương ... tỉnh Bình Định": the headline names the place the lead leaves out
        head_provinces = [p for p in find_places(title, date=date) if p.level == "province"]
        if head_provinces:
            p = head_provinces[0]
            name = p.name if p.name else p.province
            i = text.find(title[p.start : p.end])
            if name and i >= 0:
                province = name
                province_ev = _evidence(
                    text,
                    i,
                    i + p.end - p.start,
                    derived=True,
                    note="province named in the headline",
                )
    if provinces:
        p = provinces[0]
        province = p.name if p.name else p.province
        province_ev = _evidence(text, offset + p.start, offset + p.end)
    elif district:
        province = province_of_district(district, date=date)
        if province is None:  # a name shared by several provinces: the text's provinces decide
            hints = tuple(
                p.province or p.name
                for p in find_places(text[: min(len(text), 20000)], date=date)
                if p.level == "province"
            )
            province = province_of_district(district, hints=hints, date=date)
        if province and district_ev is not None:
            province_ev = Evidence(
                quote=district_ev.quote,
                start=district_ev.start,
                end=district_ev.end,
                alignment=district_ev.alignment,
                derived=True,
                note=f"province of {district} (gazetteer: vietnamadminunits)",
            )
    return province, province_ev, district, district_ev


def extract_event(
    text: str, *, title: str | None = None, published: str | None = None
) -> EventResult:
    """The event of the report in ``text``, or an empty event and a warning if it reports none."""
    lead = find_lead(text, title)
    if lead is None:
        return EventResult(
            EventModel(), None, warnings=["no meeting found in the text: event fields left null"]
        )
    event = EventModel()
    evidence: dict[str, Evidence] = {}
    warnings: list[str] = []
    date = _lead_date(text, lead)
    year: int | None = None
    if date is not None:
        year, note = _event_year(text, date, lead, published, title)
        quote_start = date.context_start if date.context_start is not None else date.start
        if year is not None:
            event.date = f"{year:04d}-{date.month:02d}-{date.day:02d}"
            evidence["date"] = _evidence(
                text, quote_start, date.end, derived=note is not None, note=note
            )
        else:
            warnings.append(f"the year of the meeting date '{date.raw}' is not stated")
        if date.part_of_day:
            event.part_of_day = PartOfDay(date.part_of_day)
            evidence["part_of_day"] = _evidence(text, quote_start, date.end)
    org = _organizer(text, lead, date)
    verb_end = lead[0]
    if org is not None:
        event.organizer = " ".join(text[org[0] : org[1]].split())
        evidence["organizer"] = _evidence(text, org[0], org[1])
        verb = _MEETING_VERB.search(text, org[1], lead[1])
        verb_end = verb.start() if verb else org[1]
        if text[max(0, org[0] - 3) : org[0]].lower() == "do ":
            verb_end = lead[0]  # "Hội nghị tổng kết ... do X tổ chức": the kinds come first
    else:
        verb = _MEETING_VERB.search(text, lead[0], lead[1])
        verb_end = verb.start() if verb else lead[0]
    kinds, obj = _kinds(text, lead, verb_end, title)
    event.kinds = kinds
    evidence["kinds"] = _evidence(text, obj[0], obj[1])
    when = event.date or published
    province, province_ev, district, district_ev = _place_fields(text, org, lead, title, when)
    event.province, event.district = province, district
    if province_ev is not None:
        evidence["province"] = province_ev
    if district_ev is not None:
        evidence["district"] = district_ev
    period = _review_period(
        text, obj, kinds, lead[1], year, date.month if date is not None else None
    )
    if period is not None:
        event.review_period, evidence["review_period"] = period
    event.evidence = evidence
    return EventResult(event, lead, warnings)
