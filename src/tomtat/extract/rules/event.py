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

from dataclasses import dataclass, field

from tomtat.extract.rules.event_lead import (
    ceremony_host,
    chaired_body,
    congress_body,
    find_lead,
    find_organizer,
    headline_host,
    meeting_of_body,
    meeting_referred_before_verb,
    meeting_verb,
    names_a_ceremony,
    read_kinds,
    referred_kinds,
    reviews_reported_after,
)
from tomtat.extract.rules.event_period import (
    conference_reviews_time_past,
    review_period,
    year_a_conference_reviews,
)
from tomtat.extract.rules.event_when import (
    RelativeDay,
    date_of_relative_day,
    event_year,
    lead_date,
    relative_day,
)
from tomtat.extract.rules.event_where import place_fields
from tomtat.extract.rules.evidence import exact_evidence
from tomtat.schemas import Event as EventModel
from tomtat.schemas import EventKind, Evidence, PartOfDay


@dataclass
class EventResult:
    """The event plus what the extractor should say about it (warnings).

    The headline/lead year check is the cross-check's (:mod:`tomtat.check.conflicts`).
    """

    event: EventModel
    lead: tuple[int, int] | None
    warnings: list[str] = field(default_factory=list)


def _set_relative_day(
    text: str,
    event: EventModel,
    evidence: dict[str, Evidence],
    day: RelativeDay,
    published: str | None,
) -> None:
    """ "Sáng nay, X tổ chức ...": the part of day, and the date from a full publication date
    (the day of writing, or the day before for "qua"), marked derived."""
    if day.part_of_day is not None:
        event.part_of_day = PartOfDay(day.part_of_day)
        evidence["part_of_day"] = exact_evidence(text, day.start, day.end)
    iso = date_of_relative_day(day, published)
    if iso is not None:
        event.date = iso
        note = f"'{text[day.start : day.end]}' in a report published {published}"
        evidence["date"] = exact_evidence(text, day.start, day.end, derived=True, note=note)


def _congress_of_the_headline(text: str, title: str | None) -> tuple[int, int] | None:
    """ "Đại hội Đại biểu Hội Nông dân tỉnh X lần thứ X, nhiệm kỳ 2023-2028" as the headline
    of a report whose lead only lists guests: the body whose congress the headline names."""
    at = text.find(title) if title else -1
    if title is None or at < 0:
        return None
    return congress_body(text, (at, at + len(title)))


def _organizer_not_named_as_subject(
    text: str, lead: tuple[int, int], kinds: list[EventKind], title: str | None = None
) -> tuple[int, int] | None:
    """Who held a meeting no subject of the lead is said to hold: the board whose head chairs
    it, the body it is "of" ("Hội nghị tổng kết ... của Công an tỉnh X"), the body whose
    congress it is ("Đại hội đại biểu Hội Nông dân huyện X lần thứ XII"), the police force
    whose director chairs it, else for a ceremony the unit it honours or the body whose
    congress the headline names; last, the body the headline says holds it ("Hội Nông dân
    huyện X tổng kết ...")."""
    org = (
        chaired_body(text, lead)
        or meeting_of_body(text, lead)
        or congress_body(text, lead)
        or chaired_body(text, lead, by_police_director=True)
    )
    if org is None and EventKind.KHAC in kinds:
        org = ceremony_host(text, lead) or _congress_of_the_headline(text, title)
    return org or headline_host(text, title)


def _kinds(
    text: str, lead: tuple[int, int], verb_end: int, title: str | None, no_subject: bool
) -> tuple[list[EventKind], tuple[int, int]]:
    """The kinds of the lead's meeting and the span they are read from: those of a meeting the
    lead only refers to (not of what someone did there), else those after the organiser's
    verb; plus a review the meeting is said to hear or hold right after the lead (which
    replaces the default "khác" of a conference whose lead names no kind)."""
    referred = meeting_referred_before_verb(text, lead) if no_subject else None
    if referred is not None:
        kinds, obj = referred_kinds(text, lead, referred, title)
    else:
        kinds, obj = read_kinds(text, lead, verb_end, title)
    reviews = [k for k in reviews_reported_after(text, lead) if k not in kinds]
    if reviews and kinds == [EventKind.KHAC] and not names_a_ceremony(text, lead):
        # "Tại hội nghị, ...": a conference whose lead does not say its kind is the review it
        # is then said to hold, not also a "khác"
        kinds = []
    return kinds + reviews, obj


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
    date = lead_date(text, lead)
    year: int | None = None
    if date is not None:
        year, note = event_year(text, date, lead, published, title)
        quote_start = date.context_start if date.context_start is not None else date.start
        if year is not None:
            event.date = f"{year:04d}-{date.month:02d}-{date.day:02d}"
            evidence["date"] = exact_evidence(
                text, quote_start, date.end, derived=note is not None, note=note
            )
        else:
            warnings.append(f"the year of the meeting date '{date.raw}' is not stated")
        if date.part_of_day:
            event.part_of_day = PartOfDay(date.part_of_day)
            evidence["part_of_day"] = exact_evidence(text, quote_start, date.end)
    relative = relative_day(text, lead) if date is None else None
    if relative is not None:
        _set_relative_day(text, event, evidence, relative, published)
    org = find_organizer(text, lead, date)
    verb_end = lead[0]
    if org is not None:
        event.organizer = " ".join(text[org[0] : org[1]].split())
        evidence["organizer"] = exact_evidence(text, org[0], org[1])
        verb = meeting_verb(text, org[1], lead[1])
        verb_end = verb.start() if verb else org[1]
        if text[max(0, org[0] - 3) : org[0]].lower() == "do ":
            verb_end = lead[0]  # "Hội nghị tổng kết ... do X tổ chức": the kinds come first
    else:
        verb = meeting_verb(text, lead[0], lead[1])
        verb_end = verb.start() if verb else lead[0]
    kinds, obj = _kinds(text, lead, verb_end, title, org is None)
    reviewed_year = year_a_conference_reviews(text, lead, kinds, year)
    if reviewed_year is not None or conference_reviews_time_past(text, lead, kinds):
        kinds = [EventKind.TONG_KET]  # a conference reporting a past year's results
    event.kinds = kinds
    evidence["kinds"] = exact_evidence(text, obj[0], obj[1])
    if org is None:
        org = _organizer_not_named_as_subject(text, lead, kinds, title)
    if org is not None and event.organizer is None:
        event.organizer = " ".join(text[org[0] : org[1]].split())
        evidence["organizer"] = exact_evidence(text, org[0], org[1], derived=True)
    when = event.date or published
    province, province_ev, district, district_ev = place_fields(text, org, lead, title, when)
    event.province, event.district = province, district
    if province_ev is not None:
        evidence["province"] = province_ev
    if district_ev is not None:
        evidence["district"] = district_ev
    period = review_period(
        text,
        obj,
        kinds,
        lead[1],
        year,
        date.month if date is not None else None,
        lead[0],
        title,
    )
    if period is None:
        period = reviewed_year
    if period is not None:
        event.review_period, evidence["review_period"] = period
    event.evidence = evidence
    return EventResult(event, lead, warnings)
