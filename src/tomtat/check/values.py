"""Checks of the summary's other numbers: statistics, the event date, the review period.

A statistic's value must be written in the text (in any Vietnamese form) and, to count as
its own, near a word of its label; a value the text writes elsewhere only is doubtful.
"""

from __future__ import annotations

import re

from tomtat.check.facts import NumberAt, TextFacts
from tomtat.schemas import ArticleSummary, Finding, FindingKind, Severity, Statistic
from tomtat.text.fold import fold_token
from tomtat.text.normalize import similarity
from tomtat.text.vocab import QUALIFIERS, UNIT_WORDS

WINDOW_BEFORE = 80
WINDOW_AFTER = 60
LABEL_THRESHOLD = 60.0
"""Label similarity (FORMAT.md's 60) at which a statistic of the finder is the same fact."""

_STOPWORDS = frozenset(
    fold_token(w)
    for w in (
        "và của các có được cho với trong tại từ là đã những một này đó thì để theo về "
        "trên dưới hơn gần khoảng số người năm"
    ).split()
)
_WORD = re.compile(r"[^\W\d_]+")


def label_words(label: str) -> set[str]:
    """Folded content words of a label (stop words dropped)."""
    words = {fold_token(w) for w in _WORD.findall(label)}
    return {w for w in words if w not in _STOPWORDS}


def near_label(facts: TextFacts, spot: NumberAt, words: set[str]) -> bool:
    """True when enough words of the label stand around the number at ``spot``."""
    if not words:
        return True
    window = facts.text[max(0, spot.start - WINDOW_BEFORE) : spot.end + WINDOW_AFTER]
    seen = {fold_token(w) for w in _WORD.findall(window)}
    hits = len(words & seen)
    return hits >= min(2, len(words)) or hits * 3 >= len(words)


def _finder_disagrees(stat: Statistic, facts: TextFacts) -> Finding | None:
    """A statistic of the finder with this label and another value, none with this value."""
    same_label = [s for s in facts.stats if _same_fact(s.label, stat.label)]
    if not same_label:
        same_label = [s for s in facts.stats if similarity(s.label, stat.label) >= LABEL_THRESHOLD]
    if not same_label or any(s.value == stat.value for s in same_label):
        return None
    other = same_label[0]
    values = sorted({s.value for s in same_label})
    return Finding(
        kind=FindingKind.MISMATCH,
        severity=Severity.ERROR,
        path="",
        message=f"the text gives {' or '.join(str(v) for v in values)} for {other.label!r}",
        value=stat.value,
        text_value=values[0] if len(values) == 1 else values,
        start=other.start,
        end=other.end,
        quote=other.quote,
    )


_GENERIC = frozenset(fold_token(w) for w in "số lượng tổng có".split())
_QUALIFIERS = frozenset(
    fold_token(w) for w in (*(q for q in QUALIFIERS if " " not in q), *"với là đạt được có".split())
)
_LINKS = frozenset(fold_token(w) for w in "ở tại với của và trong được cho".split())
_UNITS = frozenset(fold_token(w) for w in UNIT_WORDS)
AFTER_CHARS = 60
AFTER_WORDS = 3
HEAD_WORDS = 2
_PIECES = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_QUOTES = frozenset("\"'“”‘’«»")
_LEAD = re.compile(r"^\s*(?:/\s*\d+(?:[.,]\d+)*|%)?")


def label_head(label: str) -> list[str]:
    """The first folded words of a label ("số tiền lắp đặt" -> ["tiền", "lắp"]), generic
    words ("số", "tổng số") skipped."""
    words = [fold_token(w) for w in _WORD.findall(label)]
    while words and words[0] in _GENERIC:
        words.pop(0)
    return words[:HEAD_WORDS]


def phrase_after(text: str, end: int) -> tuple[list[str], bool]:
    """The folded words right after a number, up to punctuation or the next number
    ("73/126 địa bàn cấp xã thuộc 8" -> địa, bàn, cấp), linking words skipped; and whether
    a unit came first ("5 tỷ đồng xây dựng": the words then say what the amount is for)."""
    window = text[end : end + AFTER_CHARS]
    window = window[_LEAD.match(window).end() :]  # type: ignore[union-attr]
    words: list[str] = []
    unit = False
    for piece in _PIECES.findall(window):
        if piece in _QUOTES:
            continue
        if not piece[0].isalpha():
            break
        folded = fold_token(piece)
        if not words and folded in _UNITS:
            unit = True
        elif folded not in _LINKS:
            words.append(folded)
        if len(words) == AFTER_WORDS:
            break
    return words, unit


def _word_before(text: str, start: int) -> str | None:
    """The folded word just before a number, past hedges ("số tiền gần 5 tỷ" -> "tiền")."""
    before = text[max(0, start - AFTER_CHARS) : start]
    for piece in reversed(_PIECES.findall(before)):
        folded = fold_token(piece)
        if folded not in _QUALIFIERS:
            return folded if piece[0].isalpha() else None
    return None


def next_to_label(facts: TextFacts, spot: NumberAt, label: str) -> bool:
    """The label's first words follow the number ("1.131 mắt", "68 tổ kẻng an ninh"; after a
    unit, two of its words: "2,5 tỷ đồng xây dựng"), or, when no noun follows it, a word of
    the label stands just before it ("số tiền gần 5 tỷ đồng;", "tham gia đạt 92,5%.")."""
    head = label_head(label)
    if not head:
        return False
    after, unit = phrase_after(facts.text, spot.end)
    words = {fold_token(w) for w in _WORD.findall(label)}
    if after:
        if all(word in after for word in head[: len(after)]):
            return True
        return unit and len(words & set(after)) >= 2
    before = _word_before(facts.text, spot.start)
    return before is not None and before in words


def _same_fact(finder_label: str, label: str) -> bool:
    """A finder statistic names the same fact: same first word, all its words in the label."""
    ours, theirs = label_head(label), label_head(finder_label)
    if not ours or not theirs or ours[0] != theirs[0]:
        return False
    words = {fold_token(w) for w in _WORD.findall(label)}
    return all(fold_token(w) in words for w in _WORD.findall(finder_label))


def support(stat: Statistic, facts: TextFacts) -> str:
    """How the text supports a statistic: "strong" (the value next to its label's words, or
    the statistics finder agreeing), "weak" (written, label words around) or "none"."""
    if any(s.value == stat.value and _same_fact(s.label, stat.label) for s in facts.stats):
        return "strong"
    spots = facts.numbers.where(stat.value)
    if any(next_to_label(facts, spot, stat.label) for spot in spots):
        return "strong"
    words = label_words(stat.label)
    if any(near_label(facts, spot, words) for spot in spots):
        return "weak"
    return "none"


def check_statistic(j: int, stat: Statistic, facts: TextFacts) -> Finding | None:
    """One finding for a statistic whose value the text does not support, else None."""
    path = f"statistics[{j}].value"
    level = support(stat, facts)
    if level == "strong":
        return None
    spots = facts.numbers.where(stat.value)
    disagree = _finder_disagrees(stat, facts)
    if disagree is not None and level == "none":
        disagree.path = path
        return disagree
    if spots:
        where = "near" if level == "weak" else "anywhere near"
        return Finding(
            kind=FindingKind.UNSUPPORTED_NUMBER,
            severity=Severity.WARNING,
            path=path,
            message=f"{stat.value} is written in the text, but not next to {stat.label!r} "
            f"(label words {where} it: {level})",
            value=stat.value,
            start=spots[0].start,
            end=spots[0].end,
        )
    return Finding(
        kind=FindingKind.UNSUPPORTED_NUMBER,
        severity=Severity.ERROR,
        path=path,
        message=f"{stat.value} ({stat.label}) is not written anywhere in the text",
        value=stat.value,
    )


def _date_written(text: str, day: int, month: int) -> bool:
    d, m = rf"0?{day}", rf"0?{month}"
    patterns = (
        rf"(?<!\d){d}\s*[/.-]\s*{m}(?!\d)",
        rf"(?<!\d){d}\s+tháng\s+{m}(?!\d)",
    )
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def check_event_numbers(summary: ArticleSummary, facts: TextFacts) -> list[Finding]:
    """The event's day and month must be written in the text (a date the extractor marks as
    derived, e.g. "chiều nay" = the publication date, only gets a note); review years should."""
    findings: list[Finding] = []
    date = summary.event.date
    if date:
        _, month, day = (int(part) for part in date.split("-"))
        evidence = summary.event.evidence.get("date")
        derived = evidence is not None and evidence.derived
        if not _date_written(facts.text, day, month):
            findings.append(
                Finding(
                    kind=FindingKind.UNSUPPORTED_NUMBER,
                    severity=Severity.INFO if derived else Severity.WARNING,
                    path="event.date",
                    message=f"day {day}/{month} of the event date is not written in the text",
                    value=date,
                )
            )
    period = summary.event.review_period
    if period is not None:
        for name, year in (("start", period.start), ("end", period.end)):
            if year not in facts.numbers:
                findings.append(
                    Finding(
                        kind=FindingKind.UNSUPPORTED_NUMBER,
                        severity=Severity.INFO,
                        path=f"event.review_period.{name}",
                        message=f"year {year} is not written in the text (inferred?)",
                        value=year,
                    )
                )
    return findings


def check_values(summary: ArticleSummary, facts: TextFacts) -> list[Finding]:
    """Findings for statistics and event numbers the text does not support."""
    findings = []
    for j, stat in enumerate(summary.statistics):
        found = check_statistic(j, stat, facts)
        if found is not None:
            findings.append(found)
    findings.extend(check_event_numbers(summary, facts))
    return findings
