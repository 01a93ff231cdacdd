"""Contradictions inside the article itself: one grant given two sets of figures, and a
headline naming its event with another year than the body does."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tomtat.check.awards import describe_counts
from tomtat.check.facts import TextFacts
from tomtat.check.matching import counts_of, same_issuer
from tomtat.check.types import MentionLike
from tomtat.schemas import ArticleSummary, Finding, FindingKind, Severity
from tomtat.text.fold import fold_text
from tomtat.text.normalize import normalize_name

MIN_PHRASE_WORDS = 4
"""Fewest headline words before a year that must recur in the body to call it the same name."""
MIN_PHRASE_SHARE = 0.75
"""Share of the headline's phrase before the year (from its last ':' or ';') that must recur."""
MAX_PHRASE_WORDS = 24
_BOUNDARY = re.compile(r"[:;|]$|^[-–—]$")

# digits first, the no-digit-before test after them ((?<!\d) is (?<!\d{5}) once four digits
# are read): the regex engine skips to a "1" or "2" instead of trying every position
_YEAR = re.compile(r"(1[89]\d\d|2[01]\d\d)(?<!\d{5})(?!\d)")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Conflict:
    """A contradiction of the article: its finding and a readable sentence for ``conflicts``."""

    finding: Finding
    sentence: str
    figures: tuple[tuple[str, ...], tuple[str, ...]]
    """The numbers on each side, to see whether a conflict string already describes it."""


def _figure_key(mention: MentionLike) -> tuple[tuple[str, int | None], ...]:
    return tuple(sorted(counts_of(mention).items()))


def _fields(mention: MentionLike) -> frozenset[str]:
    return frozenset(name for name, value in counts_of(mention).items() if value is not None)


def _same_grant(a: MentionLike, b: MentionLike) -> bool:
    """Two clauses that grant the same award type from the same issuer to comparable groups."""
    if a.type != b.type or not same_issuer(a.issuer, b.issuer):
        return False
    if not a.at_event or not b.at_event:
        return False
    if not _fields(a) or _fields(a) != _fields(b):
        return False
    if a.recipients and b.recipients and not set(a.recipients) & set(b.recipients):
        return False
    return not (_names_some_of(a, b) or _names_some_of(b, a))


def _names_some_of(named: MentionLike, counted: MentionLike) -> bool:
    """``named`` counts only the recipients it names (no figure written: "trao Giấy khen của
    Tổng công ty cho Bưu điện tỉnh"), no more than ``counted`` writes ("06 tập thể được Tổng
    công ty tặng Giấy khen"): it names some of that grant's recipients, no other figures."""
    if not named.recipients or any(name in named.count_spans for name in _fields(named)):
        return False
    theirs = counts_of(counted)
    for name, value in counts_of(named).items():
        other = theirs[name]
        if value is not None and (other is None or value > other):
            return False
    return True


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

MAX_CONFLICTS = 20
"""At most this many conflicting pairs are reported for one article."""
MAX_GROUP = 300
"""Distinct clauses compared pairwise per award type (keeps a freak article linear)."""


def _groups(mentions: Sequence[MentionLike]) -> list[list[MentionLike]]:
    """At-event clauses with figures, one per distinct (type, issuer, figures, recipients),
    grouped by type and given fields: only clauses in one group can contradict each other."""
    groups: dict[tuple[object, ...], list[MentionLike]] = {}
    unique: set[tuple[object, ...]] = set()
    for mention in mentions:
        if not mention.at_event or not _fields(mention):
            continue
        key = (
            mention.type,
            normalize_name(mention.issuer),
            _figure_key(mention),
            tuple(mention.recipients),
        )
        if key in unique:
            continue
        unique.add(key)
        groups.setdefault((mention.type, _fields(mention)), []).append(mention)
    return [group[:MAX_GROUP] for group in groups.values()]


def _two_tellings(
    first: MentionLike,
    second: MentionLike,
    message: str,
    values: tuple[object, object],
    sentence: str,
    figures: tuple[tuple[str, ...], tuple[str, ...]],
) -> Conflict:
    """The conflict of two clauses telling one grant differently: a warning on ``awards`` that
    quotes both, with (the summary-side value, the text-side value) as ``values``."""
    return Conflict(
        finding=Finding(
            kind=FindingKind.CONFLICTING_MENTIONS,
            severity=Severity.WARNING,
            path="awards",
            message=message,
            value=values[0],
            text_value=values[1],
            start=first.start,
            end=second.end,
            quote=f"{first.quote} … {second.quote}",
        ),
        sentence=sentence,
        figures=figures,
    )


def find_conflicting_mentions(facts: TextFacts) -> list[Conflict]:
    """Pairs of clauses in different paragraphs giving the same grant (type, issuer, kind of
    figures, at the event) with different figures; a paragraph that lists two grants of one
    issuer ("... cho 5 tập thể có thành tích trong A; ... cho 3 tập thể trong B") is none."""
    conflicts: list[Conflict] = []
    seen: set[tuple[object, ...]] = set()
    breaks: list[int] | None = None  # read when a pair first needs it (most texts: never)
    for group in _groups(facts.mentions):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if len(conflicts) >= MAX_CONFLICTS:
                    return conflicts
                if _figure_key(a) == _figure_key(b) or not _same_grant(a, b):
                    continue
                if breaks is None:
                    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(facts.text)]
                if bisect.bisect(breaks, a.start) == bisect.bisect(breaks, b.start):
                    continue  # one paragraph listing two grants is no restatement
                key = (a.type, *sorted([_figure_key(a), _figure_key(b)]))
                if key in seen:
                    continue
                seen.add(key)
                issuer = a.issuer if len(a.issuer or "") <= len(b.issuer or "") else b.issuer
                fa, fb = describe_counts(counts_of(a)), describe_counts(counts_of(b))
                sentence = f"{a.type.value} của {issuer}: {fa} in one place; {fb} in another"
                conflicts.append(
                    _two_tellings(
                        a,
                        b,
                        f"the article gives {a.type.value} của {issuer} twice: {fa}; {fb}",
                        (None, [counts_of(a), counts_of(b)]),
                        sentence,
                        (
                            tuple(str(v) for v in counts_of(a).values() if v is not None),
                            tuple(str(v) for v in counts_of(b).values() if v is not None),
                        ),
                    )
                )
    return conflicts


_YEAR_AFTER_PHRASE = re.compile(r"\s+(?:năm\s+)?(1[89]\d\d|2[01]\d\d)(?!\d)")
_WORD_CHAR = re.compile(r"\w")


def phrase_years(words: Sequence[str], folded: str) -> list[tuple[str, int, int]]:
    r"""``(year, start, end)`` of each "<words> [năm] <year>" in a folded text, in order: what
    ``re.finditer`` of ``(?<!\w)w1\s+w2 ...\s+(?:năm\s+)?(year)(?!\d)`` finds there, found
    without compiling a pattern per phrase (each headline has its own). Folded text writes
    every run of spaces as one space, so the words stand joined by single spaces."""
    phrase = " ".join(words)
    hits: list[tuple[str, int, int]] = []
    at = folded.find(phrase) if phrase else -1
    while at >= 0:
        tail = None
        if at == 0 or _WORD_CHAR.match(folded, at - 1) is None:
            tail = _YEAR_AFTER_PHRASE.match(folded, at + len(phrase))
        if tail is not None:
            hits.append((tail.group(1), at, tail.end()))
            at = folded.find(phrase, tail.end())
        else:
            at = folded.find(phrase, at + 1)
    return hits


def _cue_words(headline: str) -> set[str]:
    """The headline's words just before each year (casefolded): a body line without one of
    them cannot repeat the phrase, so it is never folded (large texts stay cheap)."""
    cues = set()
    for match in _YEAR.finditer(headline):
        words = headline[: match.start()].casefold().split()
        if words and words[-1] == "năm":
            words = words[:-1]
        if words:
            cues.add(words[-1])
    return cues


def find_headline_mismatch(facts: TextFacts) -> list[Conflict]:
    """A headline phrase that recurs in the body followed by another year.

    For each year in the headline, the words before it ("Hội nghị triển khai ... năm") are
    looked for in the body (folded for case and tone marks); a body that names the same
    phrase only with another year contradicts the headline. Copies of the headline in the
    body (captions, repeated title lines) are ignored; a phrase never spans two lines.
    """
    headline = facts.headline
    if headline is None:
        return []
    head_folded = fold_text(headline.text).folded
    if not _YEAR.search(head_folded):
        return []
    body_start = headline.end
    cues = _cue_words(headline.text)
    lines = [
        (match.start(), fold_text(match.group()))
        for match in re.finditer(r"[^\n]+", facts.text[body_start:])
        if _YEAR.search(match.group()) and any(c in match.group().casefold() for c in cues)
    ]
    lines = [(offset, folded) for offset, folded in lines if folded.folded != head_folded]
    conflicts: list[Conflict] = []
    for match in _YEAR.finditer(head_folded):
        year = match.group(1)
        before = head_folded[: match.start()].split()
        if before and before[-1] == "năm":
            before = before[:-1]
        cut = max((k + 1 for k, w in enumerate(before) if _BOUNDARY.search(w)), default=0)
        before = before[cut:]
        if len(before) < MIN_PHRASE_WORDS:
            continue
        shortest = max(MIN_PHRASE_WORDS, math.ceil(MIN_PHRASE_SHARE * len(before)))
        for n in range(min(MAX_PHRASE_WORDS, len(before)), shortest - 1, -1):
            hits = []
            for offset, folded in lines:
                for found_year, hit_start, hit_end in phrase_years(before[-n:], folded.folded):
                    start, end = folded.to_original(hit_start, hit_end)
                    at = body_start + offset
                    hits.append((found_year, at + start, at + end))
            if not hits:
                continue
            if any(y == year for y, _, _ in hits):
                break
            other, start, end = hits[0]
            body_quote = facts.text[start:end]
            phrase = re.sub(r"\s+(?:năm\s+)?\d{4}$", "", body_quote, flags=re.IGNORECASE)
            sentence = (
                f"the headline names '{phrase} năm {year}', "
                f"the body calls the same '{phrase} năm {other}'"
            )
            conflicts.append(
                Conflict(
                    finding=Finding(
                        kind=FindingKind.HEADLINE_MISMATCH,
                        severity=Severity.WARNING,
                        path="title",
                        message=f"headline says {year}, the body says {other} for the same name",
                        value=int(year),
                        text_value=int(other),
                        start=start,
                        end=end,
                        quote=facts.text[start:end],
                    ),
                    sentence=sentence,
                    figures=((year,), (other,)),
                )
            )
            break
    return conflicts


def already_described(conflict: Conflict, existing: list[str]) -> bool:
    """True when an existing conflict string names every figure of both sides."""
    for line in existing:
        numbers = set(_NUMBER.findall(line))
        if all(set(side) <= numbers for side in conflict.figures):
            return True
    return False


_YEAR_IN = re.compile(r"(?i)(?<!\w)năm\s+(?P<y>(?:19|20)\d{2})(?!\d)")


def find_headline_lead_mismatch(facts: TextFacts, summary: ArticleSummary) -> list[Conflict]:
    """The headline's "năm YYYY" against every year of what the lead says the meeting does.

    The lead's phrase is the quote of the summary's ``event.evidence["kinds"]``; any year it
    writes (a range's ends, "2024" without "năm") agrees with the headline.
    """
    title = summary.title
    kinds = summary.event.evidence.get("kinds")
    if not title or kinds is None or not kinds.quote:
        return []
    title_years = sorted({m.group("y") for m in _YEAR_IN.finditer(title)})
    lead_years = sorted(set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", kinds.quote)))
    if not title_years or not lead_years or set(title_years) & set(lead_years):
        return []
    sentence = (
        f"the headline names the meeting 'năm {', '.join(title_years)}', "
        f"the lead says 'năm {', '.join(lead_years)}'"
    )
    finding = Finding(
        kind=FindingKind.HEADLINE_MISMATCH,
        severity=Severity.WARNING,
        path="title",
        message=f"headline says {', '.join(title_years)}, the lead says {', '.join(lead_years)}",
        value=int(title_years[0]) if len(title_years) == 1 else [int(y) for y in title_years],
        text_value=int(lead_years[0]) if len(lead_years) == 1 else [int(y) for y in lead_years],
        start=kinds.start,
        end=kinds.end,
        quote=kinds.quote,
    )
    return [Conflict(finding, sentence, (tuple(title_years), tuple(lead_years)))]


_HEDGE_BEFORE = re.compile(r"(?i)(?<!\w)(?:hơn|gần|khoảng|trên|gần\s+như|hàng|nhiều)\s+$")


def _sum_of(mention: MentionLike) -> int | None:
    """The number of recipients a clause gives: its total, else collectives + individuals."""
    if mention.total is not None:
        return mention.total
    if mention.collectives is not None and mention.individuals is not None:
        return mention.collectives + mention.individuals
    return None


def _rounded(facts: TextFacts, mention: MentionLike) -> bool:
    """The headline hedges its figure ("hơn 100 tập thể"): a rounding, never a contradiction."""
    spans = list(mention.count_spans.values())
    at = min((start for start, _ in spans), default=mention.start)
    return _HEDGE_BEFORE.search(facts.text[max(0, at - 12) : at]) is not None


def find_headline_total_mismatch(facts: TextFacts) -> list[Conflict]:
    """A headline grant whose number of recipients differs from the body's one grant of that
    type ("Khen thưởng 50 tập thể, cá nhân" over "... cho 22 tập thể và 25 cá nhân"); a
    hedged headline figure ("hơn 40") rounds and is no contradiction."""
    headline = facts.headline
    if headline is None:
        return []
    conflicts: list[Conflict] = []
    for head in facts.mentions:
        if not headline.start <= head.start < headline.end or not head.at_event:
            continue
        told = _sum_of(head)
        if told is None or _rounded(facts, head):
            continue
        body = [
            m
            for m in facts.mentions
            if m.start >= headline.end
            and m.at_event
            and m.type == head.type
            and _sum_of(m) is not None
            and (head.issuer is None or m.issuer is None or same_issuer(head.issuer, m.issuer))
        ]
        sums = {_sum_of(m) for m in body}
        if len(sums) != 1 or told in sums:
            continue  # several grants of the type (or none): the headline may sum any of them
        other = body[0]
        said = _sum_of(other)
        sentence = f"{head.type.value}: the headline gives {told} recipients, the body {said}"
        conflicts.append(
            _two_tellings(
                head,
                other,
                f"the headline grants {head.type.value} to {told}, the body to {said}",
                (told, said),
                sentence,
                ((str(told),), (str(said),)),
            )
        )
    return conflicts


def find_conflicts(facts: TextFacts) -> list[Conflict]:
    """Every contradiction of the article: conflicting mentions, headline mismatches and a
    headline's number of recipients against the body's."""
    return (
        find_conflicting_mentions(facts)
        + find_headline_mismatch(facts)
        + find_headline_total_mismatch(facts)
    )
