"""Award checks: each count of each award against the grant clause of the text that states it.

Findings: mismatch (the clause says another number), swapped (collectives and individuals
exchanged), total_mismatch, unsupported_number (no clause gives it), missed_count (a grant of
the event no award covers, or a count the summary leaves empty).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tomtat.check.facts import TextFacts
from tomtat.check.matching import (
    COUNT_FIELDS,
    best_candidate,
    candidates,
    counts_of,
    recipients_agree,
    same_issuer,
    unwritten_words,
)
from tomtat.check.types import MentionLike
from tomtat.schemas import ArticleSummary, Award, Finding, FindingKind, Severity

MAX_MISSED = 50
"""At most this many missed grants are reported for one article."""
_NOUN = {"collectives": "tập thể", "individuals": "cá nhân", "total": "tổng"}


def describe_counts(counts: dict[str, int | None]) -> str:
    """ "17 tập thể, 21 cá nhân" for a count dict (given fields only)."""
    parts = [f"{value} {_NOUN[name]}" for name, value in counts.items() if value is not None]
    if "total" in counts and counts["total"] is not None and len(parts) == 1:
        return f"{counts['total']} in total"
    return ", ".join(parts) or "no figures"


def _given(counts: dict[str, int | None]) -> dict[str, int]:
    return {name: value for name, value in counts.items() if value is not None}


@dataclass
class AwardCheck:
    """Findings of the award checks, and which clause each award was matched with."""

    findings: list[Finding] = field(default_factory=list)
    matched: dict[int, int] = field(default_factory=dict)
    """Award index -> clause index."""
    candidates: dict[int, list[int]] = field(default_factory=dict)
    """Award index -> indexes of all clauses of its type and issuer."""


def _unsupported(path: str, value: int, facts: TextFacts, why: str) -> Finding:
    present = value in facts.numbers
    spots = facts.numbers.where(value)
    return Finding(
        kind=FindingKind.UNSUPPORTED_NUMBER,
        severity=Severity.WARNING if present else Severity.ERROR,
        path=path,
        message=(
            f"{value} is written in the text, but {why}"
            if present
            else f"{value} is not written anywhere in the text ({why})"
        ),
        value=value,
        start=spots[0].start if spots else None,
        end=spots[0].end if spots else None,
    )


def _named_single(award: Award, mention: MentionLike | None, name: str, value: int) -> bool:
    """A named recipient counts 1 even where the text writes no "1"."""
    if value != 1 or name == "total":
        return False
    return bool(award.recipients) or bool(mention is not None and mention.recipients)


def _check_unmatched(
    i: int, award: Award, facts: TextFacts, same_type: Sequence[int], out: AwardCheck
) -> None:
    """An award no clause of its type and issuer states: wrong issuer, or unsupported counts."""
    path = f"awards[{i}]"
    given = _given(counts_of(award))
    if given:
        for k in same_type:
            mention = facts.mentions[k]
            if _given(counts_of(mention)) == given and not same_issuer(
                award.issuer, mention.issuer
            ):
                out.matched[i] = k
                out.findings.append(
                    Finding(
                        kind=FindingKind.MISMATCH,
                        severity=Severity.ERROR,
                        path=f"{path}.issuer",
                        message=(
                            f"the text grants {award.type.value} with these figures from "
                            f"{mention.issuer!r}, not {award.issuer!r}"
                        ),
                        value=award.issuer,
                        text_value=mention.issuer,
                        start=mention.start,
                        end=mention.end,
                        quote=mention.quote,
                    )
                )
                return
    why = f"no clause grants {award.type.value} from {award.issuer or 'this issuer'}"
    before = len(out.findings)
    for name, value in given.items():
        if _named_single(award, None, name, value):
            continue
        out.findings.append(_unsupported(f"{path}.{name}", value, facts, why))
    if len(out.findings) == before:
        out.findings.append(
            Finding(
                kind=FindingKind.MISMATCH,
                severity=Severity.WARNING,
                path=f"{path}.issuer",
                message=f"{why}; the award may be invented or its issuer wrong",
                value=award.issuer,
                text_value=sorted({m.issuer for k in same_type if (m := facts.mentions[k]).issuer}),
            )
        )


def _check_matched(
    i: int, award: Award, mention: MentionLike, out: AwardCheck, facts: TextFacts
) -> None:
    path = f"awards[{i}]"
    if recipients_agree(award, mention) < 0:
        out.findings.append(
            Finding(
                kind=FindingKind.MISMATCH,
                severity=Severity.WARNING,
                path=f"{path}.recipients",
                message=f"the text's clause grants this to {', '.join(mention.recipients)}",
                value=list(award.recipients),
                text_value=list(mention.recipients),
                start=mention.start,
                end=mention.end,
                quote=mention.quote,
            )
        )
    mine, theirs = counts_of(award), counts_of(mention)
    c, n = mine["collectives"], mine["individuals"]
    tc, tn = theirs["collectives"], theirs["individuals"]
    if c is not None and n is not None and c != n and (c, n) == (tn, tc):
        out.findings.append(
            Finding(
                kind=FindingKind.SWAPPED,
                severity=Severity.ERROR,
                path=f"{path}.collectives",
                message=f"collectives and individuals are swapped: the text says {describe_counts(theirs)}",
                value=[c, n],
                text_value=[tc, tn],
                start=mention.start,
                end=mention.end,
                quote=mention.quote,
            )
        )
        return
    for name in COUNT_FIELDS:
        value, text_value = mine[name], theirs[name]
        field_path = f"{path}.{name}"
        span = mention.count_spans.get(name)
        if value is None:
            if text_value is not None and not (name == "total" and c is not None and n is not None):
                out.findings.append(
                    Finding(
                        kind=FindingKind.MISSED_COUNT,
                        severity=Severity.WARNING,
                        path=field_path,
                        message=f"the text gives {text_value} {_NOUN[name]} for this award",
                        text_value=text_value,
                        start=span[0] if span else mention.start,
                        end=span[1] if span else mention.end,
                        quote=mention.quote,
                    )
                )
            continue
        if text_value is None and name == "total" and tc is not None and tn is not None:
            text_value = tc + tn
        if text_value is None:
            if not _named_single(award, mention, name, value):
                why = f"the clause of this award gives no {_NOUN[name]} count"
                found = _unsupported(field_path, value, facts, why)
                found.quote = mention.quote
                out.findings.append(found)
            continue
        if value == text_value:
            continue
        out.findings.append(
            Finding(
                kind=FindingKind.TOTAL_MISMATCH if name == "total" else FindingKind.MISMATCH,
                severity=Severity.ERROR,
                path=field_path,
                message=f"the text's clause says {text_value} {_NOUN[name]}, the summary {value}",
                value=value,
                text_value=text_value,
                start=span[0] if span else mention.start,
                end=span[1] if span else mention.end,
                quote=mention.quote,
            )
        )


def _unwritten_issuer(i: int, award: Award, facts: TextFacts) -> Finding:
    missing = unwritten_words(award.issuer, facts.words)
    return Finding(
        kind=FindingKind.MISMATCH,
        severity=Severity.WARNING,
        path=f"awards[{i}].issuer",
        message=f"the issuer names words the article never writes: {' '.join(missing)}",
        value=award.issuer,
    )


def _check_own_total(i: int, award: Award) -> Finding | None:
    c, n, t = award.collectives, award.individuals, award.total
    if c is None or n is None or t is None or c + n == t:
        return None
    return Finding(
        kind=FindingKind.TOTAL_MISMATCH,
        severity=Severity.ERROR,
        path=f"awards[{i}].total",
        message=f"total {t} is not collectives + individuals ({c} + {n} = {c + n})",
        value=t,
        text_value=c + n,
    )


def check_awards(summary: ArticleSummary, facts: TextFacts) -> AwardCheck:
    """Check every award of ``summary`` against the grant clauses of the text."""
    out = AwardCheck()
    mentions = facts.mentions
    for i, award in enumerate(summary.awards):
        own = _check_own_total(i, award)
        if own is not None:
            out.findings.append(own)
        pool = candidates(award, mentions, facts.words)
        if not pool:
            pool = candidates(award, mentions)
            if pool:  # a fitting issuer with words the article never writes
                out.findings.append(_unwritten_issuer(i, award, facts))
        if not pool:
            same_type = [k for k, m in enumerate(mentions) if m.type == award.type]
            _check_unmatched(i, award, facts, same_type, out)
            continue
        best = best_candidate(award, mentions, pool)
        out.matched[i] = best
        out.candidates[i] = pool
        _check_matched(i, award, mentions[best], out, facts)
    out.findings.extend(find_missed(summary, facts, out))
    return out


def _equivalent(a: MentionLike, b: MentionLike) -> bool:
    return (
        a.type == b.type
        and counts_of(a) == counts_of(b)
        and (a.issuer == b.issuer or same_issuer(a.issuer, b.issuer))
    )


def find_missed(summary: ArticleSummary, facts: TextFacts, check: AwardCheck) -> list[Finding]:
    """Grants of the event (with figures) that no award of the summary covers."""
    mentions = facts.mentions
    covered = set(check.matched.values())
    findings: list[Finding] = []
    reported: list[MentionLike] = []
    for k, mention in enumerate(mentions):
        if k in covered or not mention.at_event or not _given(counts_of(mention)):
            continue
        if any(_equivalent(mention, mentions[j]) for j in covered):
            continue
        if any(_equivalent(mention, other) for other in reported):
            continue  # the same grant written twice is missed once
        if len(reported) >= MAX_MISSED:
            break
        reported.append(mention)
        issuer = f" from {mention.issuer}" if mention.issuer else ""
        findings.append(
            Finding(
                kind=FindingKind.MISSED_COUNT,
                severity=Severity.WARNING,
                path="awards",
                message=(
                    f"the text grants {mention.type.value}{issuer} to "
                    f"{describe_counts(counts_of(mention))}; no award of the summary covers it"
                ),
                text_value=_given(counts_of(mention)),
                start=mention.start,
                end=mention.end,
                quote=mention.quote,
            )
        )
    return findings
