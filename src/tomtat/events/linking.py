"""Deciding whether two summaries report the same meeting, and grouping a corpus into events.

Two reports are one event when their meeting dates are at most a day apart, their places agree
at every level both name (the province compared across the 2025 merger), the organiser is of the
same level and body, nothing else contradicts (part of day, review period) and their grants are
compatible. Each rule that fails gives a reason; when the evidence is too thin (no date, no
organiser nor place) the reports stay apart: a false merge costs more than a missed one.
Grouping is complete-linkage: a report joins a group only if it matches every member, so a
chain of near matches never glues two different meetings together.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from tomtat.check.matching import same_issuer
from tomtat.events.places import Organizer, district_key, parse_organizer, province_key
from tomtat.schemas import ArticleSummary, Award, KeptApart
from tomtat.text.normalize import similarity

__all__ = [
    "Decision",
    "Report",
    "compare",
    "grants_correspond",
    "group_reports",
]

log = logging.getLogger(__name__)

MAX_DAYS_APART = 1
"""Outlets may date one meeting a day apart (evening meeting, next-day write-up)."""
BODY_THRESHOLD = 85.0
"""Token-set similarity at which two organiser bodies are the same (FORMAT.md's threshold)."""


def _parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Report:
    """One summary with the keys linking needs, computed once."""

    summary: ArticleSummary
    date: dt.date | None
    organizer: Organizer | None
    places: dict[str, str] = field(default_factory=dict)  # level -> key ("" = level only)

    @property
    def id(self) -> str:
        """The article id."""
        return self.summary.id

    @property
    def level(self) -> str | None:
        """The level of the meeting: the organiser's (commune, district, province, national),
        else the most specific place the report names."""
        if self.organizer is not None and self.organizer.level is not None:
            return self.organizer.level
        named = [level for level in ("commune", "district", "province") if level in self.places]
        return named[0] if named else None

    @classmethod
    def of(cls, summary: ArticleSummary) -> Report:
        """The report of ``summary``: its date, parsed organiser and places by level."""
        event = summary.event
        organizer = parse_organizer(event.organizer)
        places = dict(organizer.places) if organizer else {}
        if event.province:
            places["province"] = province_key(event.province)
        if event.district:
            places["district"] = district_key(event.district)
        return cls(summary, _parse_date(event.date), organizer, places)


@dataclass(frozen=True)
class Decision:
    """Whether two reports are one event, and the reason either way."""

    same: bool
    reason: str


def _name(report: Report) -> str:
    outlet = report.summary.source
    return f"{report.id} ({outlet})" if outlet else report.id


def _dates(a: Report, b: Report) -> str | None:
    for report in (a, b):
        if report.date is None:
            return f"no meeting date in {_name(report)}: too thin to link"
    assert a.date is not None and b.date is not None
    days = abs((a.date - b.date).days)
    if days > MAX_DAYS_APART:
        return f"meeting dates {a.date} and {b.date} are {days} days apart"
    return None


def _part_of_day(a: Report, b: Report) -> str | None:
    pa, pb = a.summary.event.part_of_day, b.summary.event.part_of_day
    if a.date == b.date and pa and pb and pa != pb:
        return f"held in the {pa} in {_name(a)} but the {pb} in {_name(b)}"
    return None


def _places(a: Report, b: Report) -> str | None:
    for level in ("province", "district", "commune"):
        pa, pb = a.places.get(level), b.places.get(level)
        if pa and pb and pa != pb:
            return f"different {level}: {pa!r} in {_name(a)}, {pb!r} in {_name(b)}"
    return None


def _levels(a: Report, b: Report) -> str | None:
    for report in (a, b):
        if report.level is None:
            return f"neither organiser nor place in {_name(report)}: too thin to link"
    if a.organizer is None or b.organizer is None:
        return None  # a level from the place fields alone: the organiser rule decides
    if a.level != b.level:
        return (
            f"a {a.level}-level meeting ({a.summary.event.organizer}) and a {b.level}-level one "
            f"({b.summary.event.organizer})"
        )
    return None


def _review(a: Report, b: Report) -> str | None:
    ra, rb = a.summary.event.review_period, b.summary.event.review_period
    if ra and rb and (ra.start, ra.end) != (rb.start, rb.end):
        return f"reviews {ra.start}-{ra.end} in {_name(a)} but {rb.start}-{rb.end} in {_name(b)}"
    return None


def grants_correspond(x: Award, y: Award) -> bool:
    """Two grants are the same statement: same type and the same (or no) issuer."""
    if x.type != y.type:
        return False
    if x.issuer is None or y.issuer is None:
        return x.issuer is None and y.issuer is None
    return same_issuer(x.issuer, y.issuer)


def _equal_counts(x: Award, y: Award) -> bool:
    pairs = [(x.collectives, y.collectives), (x.individuals, y.individuals), (x.total, y.total)]
    given = [(p, q) for p, q in pairs if p is not None and q is not None]
    return bool(given) and all(p == q for p, q in given)


def _some_count_equal(x: Award, y: Award) -> bool:
    pairs = [(x.collectives, y.collectives), (x.individuals, y.individuals), (x.total, y.total)]
    given = [(p, q) for p, q in pairs if p is not None and q is not None]
    return not given or any(p == q for p, q in given)


def _grants(a: Report, b: Report) -> tuple[int, int, int]:
    """Grants of ``a`` with a counterpart in ``b``: how many, how many with the same counts,
    and how many sharing at least one count (or with nothing to compare)."""
    common = exact = close = 0
    for x in a.summary.awards:
        matches = [y for y in b.summary.awards if grants_correspond(x, y)]
        common += bool(matches)
        exact += any(_equal_counts(x, y) for y in matches)
        close += any(_some_count_equal(x, y) for y in matches)
    return common, exact, close


def _bodies_agree(a: Organizer, b: Organizer) -> bool:
    if a.body == b.body or not a.body or not b.body:
        return True
    if a.is_government and b.is_government:
        return True
    return similarity(a.body, b.body) >= BODY_THRESHOLD


def _organisers(a: Report, b: Report) -> str | None:
    oa, ob = a.organizer, b.organizer
    if oa is not None and ob is not None and _bodies_agree(oa, ob):
        return None
    _, exact, _ = _grants(a, b)
    if exact:
        return None  # named differently (co-organisers, outlet's wording) but a grant agrees
    if oa is None or ob is None:
        missing = a if oa is None else b
        return f"no organiser in {_name(missing)} and no grant with the same counts: too thin"
    return (
        f"different organisers: {a.summary.event.organizer!r} in {_name(a)}, "
        f"{b.summary.event.organizer!r} in {_name(b)}"
    )


def _grant_sets(a: Report, b: Report) -> str | None:
    if not a.summary.awards or not b.summary.awards:
        return None  # one report leaves the grants out: nothing to contradict
    common, _, close = _grants(a, b)
    if common == 0:
        return f"no grant in common between {_name(a)} and {_name(b)}"
    if close == 0:
        return f"every grant in common has other counts in {_name(a)} than in {_name(b)}"
    return None


_RULES: tuple[Callable[[Report, Report], str | None], ...] = (
    _dates,
    _part_of_day,
    _places,
    _levels,
    _review,
    _organisers,
    _grant_sets,
)


def compare(a: ArticleSummary | Report, b: ArticleSummary | Report) -> Decision:
    """Whether ``a`` and ``b`` report the same meeting, with the first reason against if not."""
    ra = a if isinstance(a, Report) else Report.of(a)
    rb = b if isinstance(b, Report) else Report.of(b)
    for rule in _RULES:
        reason = rule(ra, rb)
        if reason is not None:
            return Decision(False, reason)
    return Decision(True, "same day, same organiser and place, compatible grants")


def _near(a: Report, b: Report) -> bool:
    """Alike enough that keeping them apart deserves a stated reason."""
    if a.date is None or b.date is None or abs((a.date - b.date).days) > MAX_DAYS_APART:
        return False
    pa, pb = a.places.get("province"), b.places.get("province")
    return not (pa and pb and pa != pb)


def group_reports(
    summaries: Iterable[ArticleSummary],
) -> tuple[list[list[Report]], list[KeptApart]]:
    """Groups of reports of one meeting (complete linkage) and why near pairs stayed apart.

    Reports are taken in date order; a report is compared only with the groups whose first
    (earliest) member is at most a day older, so the work grows with the reports per day,
    not with the square of the corpus. An undated report is a group of its own.
    """
    reports = sorted(
        (Report.of(s) for s in summaries),
        key=lambda r: (r.date or dt.date.max, r.id),
    )
    groups: list[list[Report]] = []
    active: list[list[Report]] = []  # groups a dated report may still join
    apart: dict[tuple[str, str], str] = {}
    for report in reports:
        if report.date is not None:
            active = [g for g in active if _within(g[0], report)]
        home = _first_matching_group(report, active, apart) if report.date else None
        if home is None:
            home = [report]
            groups.append(home)
            if report.date is not None:
                active.append(home)
        else:
            home.append(report)
    linked = {r.id: index for index, group in enumerate(groups) for r in group}
    kept = [
        KeptApart(article_a=a, article_b=b, reason=reason)
        for (a, b), reason in sorted(apart.items())
        if linked[a] != linked[b]
    ]
    log.info(
        "%d reports -> %d events, %d near pairs kept apart", len(reports), len(groups), len(kept)
    )
    return groups, kept


def _within(earlier: Report, later: Report) -> bool:
    if earlier.date is None or later.date is None:
        return False
    return (later.date - earlier.date).days <= MAX_DAYS_APART


def _first_matching_group(
    report: Report, groups: Sequence[list[Report]], apart: dict[tuple[str, str], str]
) -> list[Report] | None:
    """The first group whose every member reports the same meeting as ``report``."""
    for group in groups:
        fits = True
        for member in group:
            decision = compare(member, report)
            if not decision.same:
                fits = False
                if _near(member, report):
                    first, second = sorted((member.id, report.id))
                    apart[(first, second)] = decision.reason
        if fits:
            return group
    return None
