"""Planted-error benchmark of the cross-check: does it catch wrong numbers, and stay quiet on
correct ones?

From each gold label (examples/gold) it makes perturbed summaries — a count changed by ±1..±20,
collectives and individuals swapped, a grant dropped, a grant invented, a statistic's value
changed, an issuer changed; "confused" errors that copy another number the article writes
or another issuer the label names; and a figure the article counts something else with (cases,
suspects, years) copied into a grant that gives no count, or into a grant invented from an
issuer the label names — and checks each against its article. A perturbation is detected
when the perturbed summary gets a finding the unperturbed label does not have, on the element
that was changed (a dropped grant: a ``missed_count``). False alarms are the findings on the
unperturbed labels other than the articles' own contradictions (conflicting_mentions,
headline_mismatch), per number of the labels.

Run:  .venv/bin/python benchmarks/bench_crosscheck.py [--seed 20261122] [--draws 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tomtat.check import cross_check
from tomtat.check.facts import build_number_index
from tomtat.check.values import is_date_or_code
from tomtat.schemas import ArticleSummary, Award, AwardType, Finding, Severity
from tomtat.text.article import Article
from tomtat.text.loading import load_article
from tomtat.text.normalize import normalize_name

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "examples" / "gold"
ARTICLES = ROOT / "examples" / "articles"
CONTRADICTIONS = {"conflicting_mentions", "headline_mismatch"}
COUNTS = ("collectives", "individuals", "total")
# Issuers of the genre that none of the example articles names.
FOREIGN_ISSUERS = (
    "Bộ Quốc phòng",
    "Chủ tịch UBND tỉnh Bình Phước",
    "Sở Tư pháp tỉnh Kon Tum",
    "Tổng cục Chính trị",
    "Bộ Tư lệnh Cảnh sát cơ động",
    "Ban Thường vụ Tỉnh đoàn",
)


@dataclass(frozen=True)
class Perturbation:
    """One planted error: its kind, what it changed, and the summary carrying it."""

    kind: str
    target: str  # path prefix of the changed element, or "awards" for a dropped grant
    summary: ArticleSummary
    note: str


def _delta(rng: random.Random, value: int | float) -> int:
    d = rng.randint(1, 20) * rng.choice((-1, 1))
    return -d if value + d < 0 else d


def _written_numbers(article: Article) -> list[int]:
    """Small whole numbers the article writes (what a confused extractor might copy)."""
    index = build_number_index(article.text)
    return sorted({int(k) for k in index.positions if k == int(k) and 0 < k < 10_000})


def _counted_numbers(article: Article, label: ArticleSummary) -> list[int]:
    """Small whole numbers the article writes somewhere not as a date or a code, and that no
    award of the label counts: the article's other figures (cases, suspects, teams, years of
    a span), which an extractor may copy into a grant's count."""
    index = build_number_index(article.text)
    taken = {getattr(a, name) for a in label.awards for name in COUNTS}
    return sorted(
        {
            int(k)
            for k, spots in index.positions.items()
            if k == int(k) and 0 < k < 10_000 and int(k) not in taken
            if any(not is_date_or_code(article.text, spot) for spot in spots)
        }
    )


def _from_text(
    label: ArticleSummary, article: Article, rng: random.Random
) -> Iterator[Perturbation]:
    """Errors that copy another figure of the article into a grant: a count added to a grant
    whose clause gives none ("count_added_from_text"), and a grant invented from an issuer
    the label names, with the article's figures as its counts ("grant_invented_local")."""
    numbers = _counted_numbers(article, label)
    if not numbers:
        return
    for i, award in enumerate(label.awards):
        for name in ("collectives", "individuals"):
            if getattr(award, name) is not None or award.total is not None:
                continue
            fits = [n for n in numbers if n != len(award.recipients)]
            for new in rng.sample(fits, min(2, len(fits))):
                s = label.model_copy(deep=True)
                setattr(s.awards[i], name, new)
                yield Perturbation("count_added_from_text", f"awards[{i}]", s, f"{name} {new}")
    issuers = sorted({a.issuer for a in label.awards if a.issuer} | {label.event.organizer or ""})
    issuers = [x for x in issuers if x]
    if issuers:
        s = label.model_copy(deep=True)
        invented = Award(
            type=rng.choice([t for t in AwardType if t is not AwardType.KHAC]),
            issuer=rng.choice(issuers),
            collectives=rng.choice(numbers),
            individuals=rng.choice((None, rng.choice(numbers))),
        )
        s.awards.append(invented)
        yield Perturbation(
            "grant_invented_local",
            f"awards[{len(s.awards) - 1}]",
            s,
            f"{invented.type.value} {invented.issuer} {invented.collectives}/{invented.individuals}",
        )


def perturb(
    label: ArticleSummary, article: Article, rng: random.Random, draws: int
) -> Iterator[Perturbation]:
    """Every planted error of one label (``draws`` random draws where a draw is random).

    Besides the random changes, "confused" errors take another number the article writes,
    or another issuer the label names: the mistakes an extractor actually makes; the errors
    of :func:`_from_text` copy the article's other figures into grants. Those draw from a copy
    of ``rng``, so the other kinds draw what they drew before they were added.
    """
    local = random.Random()
    local.setstate(rng.getstate())
    yield from _from_text(label, article, local)
    written = _written_numbers(article)
    issuers = sorted({a.issuer for a in label.awards if a.issuer})
    for i, award in enumerate(label.awards):
        for name in COUNTS:
            value = getattr(award, name)
            if value is None:
                continue
            for _ in range(draws):
                s = label.model_copy(deep=True)
                new = value + _delta(rng, value)
                setattr(s.awards[i], name, new)
                yield Perturbation("count_changed", f"awards[{i}]", s, f"{name} {value}->{new}")
            others = [n for n in written if n != value]
            for new in rng.sample(others, min(draws, len(others))):
                s = label.model_copy(deep=True)
                setattr(s.awards[i], name, new)
                yield Perturbation("count_confused", f"awards[{i}]", s, f"{name} {value}->{new}")
        other_issuers = [x for x in issuers if normalize_name(x) != normalize_name(award.issuer)]
        if other_issuers:
            s = label.model_copy(deep=True)
            issuer = rng.choice(other_issuers)
            s.awards[i].issuer = issuer
            yield Perturbation("issuer_confused", f"awards[{i}]", s, f"issuer -> {issuer}")
        if award.collectives is not None and award.individuals is not None:
            if award.collectives != award.individuals:
                s = label.model_copy(deep=True)
                s.awards[i].collectives, s.awards[i].individuals = (
                    award.individuals,
                    award.collectives,
                )
                yield Perturbation("swapped", f"awards[{i}]", s, "collectives<->individuals")
        if any(getattr(award, name) is not None for name in COUNTS):
            s = label.model_copy(deep=True)
            del s.awards[i]
            yield Perturbation("grant_dropped", "awards", s, f"dropped awards[{i}]")
        for _ in range(max(1, draws // 2)):
            s = label.model_copy(deep=True)
            issuer = rng.choice(FOREIGN_ISSUERS)
            s.awards[i].issuer = issuer
            yield Perturbation("issuer_changed", f"awards[{i}]", s, f"issuer -> {issuer}")
    for _ in range(draws):
        s = label.model_copy(deep=True)
        invented = Award(
            type=rng.choice([t for t in AwardType if t is not AwardType.KHAC]),
            issuer=rng.choice(FOREIGN_ISSUERS),
            collectives=rng.choice((None, rng.randint(1, 40))),
            individuals=rng.randint(1, 60),
        )
        s.awards.append(invented)
        yield Perturbation(
            "grant_invented",
            f"awards[{len(s.awards) - 1}]",
            s,
            f"{invented.type.value} {invented.issuer} {invented.collectives}/{invented.individuals}",
        )
    for j, stat in enumerate(label.statistics):
        for _ in range(draws):
            s = label.model_copy(deep=True)
            new = stat.value + _delta(rng, stat.value)
            s.statistics[j].value = new
            yield Perturbation("statistic_changed", f"statistics[{j}]", s, f"{stat.value}->{new}")
        others = [n for n in written if n != stat.value]
        for new in rng.sample(others, min(max(1, draws // 2), len(others))):
            s = label.model_copy(deep=True)
            s.statistics[j].value = new
            yield Perturbation("statistic_confused", f"statistics[{j}]", s, f"{stat.value}->{new}")


def _key(f: Finding) -> tuple[str, str]:
    return (f.kind.value, f.path)


def is_alarm(f: Finding) -> bool:
    """An error or a warning: what a reader is asked to look at (an ``info`` note is not)."""
    return f.severity in (Severity.ERROR, Severity.WARNING)


def alarm_keys(findings: list[Finding]) -> set[tuple[str, str]]:
    """The (kind, path) of the alarms among ``findings``: the baseline of a correct label."""
    return {_key(f) for f in findings if is_alarm(f)}


def detected(p: Perturbation, baseline: set[tuple[str, str]], findings: list[Finding]) -> bool:
    """True when a new alarm (an error or a warning not raised on the correct label) points at
    the changed element (a missed grant for a drop). An ``info`` note does not count: it asks
    nobody to look, and a note on the correct label that turns into a warning counts as new."""
    new = [f for f in findings if is_alarm(f) and _key(f) not in baseline]
    if p.kind == "grant_dropped":
        return any(f.kind.value == "missed_count" for f in new)
    return any(f.path == p.target or f.path.startswith(p.target + ".") for f in new)


def label_numbers(label: ArticleSummary) -> int:
    """How many numbers a label states: counts, statistic values, event date, review years."""
    n = sum(getattr(a, name) is not None for a in label.awards for name in COUNTS)
    n += len(label.statistics)
    n += label.event.date is not None
    n += 2 * (label.event.review_period is not None)
    return n


def _pairs() -> list[tuple[Article, ArticleSummary]]:
    pairs = []
    for path in sorted(GOLD.glob("*.json")):
        label = ArticleSummary.model_validate(json.loads(path.read_text(encoding="utf-8")))
        article = load_article((ARTICLES / f"{path.stem}.txt").read_bytes(), path.stem)
        pairs.append((article, label))
    return pairs


def run(seed: int, draws: int, echo: Callable[[str], None]) -> dict[str, object]:
    """Run the benchmark; returns the figures (also echoed as text)."""
    rng = random.Random(seed)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    false_alarms: list[str] = []
    numbers = 0
    contradictory: dict[str, list[str]] = {}
    started = time.perf_counter()
    checks = 0
    for article, label in _pairs():
        base = cross_check(article, label)
        checks += 1
        numbers += label_numbers(label)
        contradictory[label.id] = sorted({f.kind.value for f in base.checks} & CONTRADICTIONS)
        for f in base.checks:
            if f.kind.value not in CONTRADICTIONS:
                false_alarms.append(f"{label.id} {f.kind.value} {f.path}: {f.message}")
        baseline = alarm_keys(base.checks)
        for p in perturb(label, article, rng, draws):
            checked = cross_check(article, p.summary)
            checks += 1
            hit = detected(p, baseline, checked.checks)
            totals[p.kind][0] += hit
            totals[p.kind][1] += 1
            if not hit:
                misses.append(f"{label.id} {p.kind} {p.target}: {p.note}")
    elapsed = time.perf_counter() - started
    found = sum(v[0] for v in totals.values())
    planted = sum(v[1] for v in totals.values())
    recall = found / planted if planted else 0.0
    alarm_rate = len(false_alarms) / numbers if numbers else 0.0
    echo(f"cross-check planted-error benchmark (seed {seed}, {draws} draws)")
    for kind, (hit, n) in sorted(totals.items()):
        echo(f"  {kind:<18} {hit:>4}/{n:<4} detected  ({hit / n:.3f})")
    echo(f"  {'all':<18} {found:>4}/{planted:<4} detected  recall {recall:.3f} (target >= 0.98)")
    echo(
        f"  false alarms on unperturbed labels: {len(false_alarms)} over {numbers} numbers "
        f"= {alarm_rate:.3f} (target <= 0.02)"
    )
    for line in false_alarms:
        echo(f"    false alarm: {line}")
    for article_id, kinds in contradictory.items():
        verdict = "self-contradictory: " + ", ".join(kinds) if kinds else "consistent"
        echo(f"  {article_id}: {verdict}")
    for line in misses:
        echo(f"    missed: {line}")
    echo(f"  {checks} cross-checks in {elapsed:.2f} s ({1000 * elapsed / checks:.1f} ms each)")
    return {
        "seed": seed,
        "draws": draws,
        "by_kind": {k: {"detected": v[0], "planted": v[1]} for k, v in sorted(totals.items())},
        "recall": recall,
        "false_alarms": len(false_alarms),
        "label_numbers": numbers,
        "false_alarm_rate": alarm_rate,
        "self_contradictory": contradictory,
        "missed": misses,
        "ms_per_check": 1000 * elapsed / checks,
    }


def main(argv: list[str] | None = None) -> int:
    """Command line of the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--draws", type=int, default=5, help="random draws per planted error")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.json:
        figures = run(args.seed, args.draws, lambda _line: None)
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        run(args.seed, args.draws, print)
    return 0


if __name__ == "__main__":
    sys.exit(main())
