"""Statistics of a report from the count finder: typed, with evidence, repeated facts once.

Units: null for a counted noun (the noun is the label: "618 tổ an ninh nhân dân"), "đồng" for
money (multipliers folded into the value: "gần 5 tỷ đồng" -> 5000000000), "%" for percentages,
and measures as written ("km", "ha", "kg", "tấn" ...). The hedge in front of the number is the
qualifier (hơn / trên / gần / khoảng / gần như).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tomtat.schemas import Evidence, Qualifier, Statistic
from tomtat.text.lowered import may_hold
from tomtat.text.mentions import StatMention
from tomtat.text.normalize import normalize_name
from tomtat.text.stat_labels import sentence_start
from tomtat.text.vocab import TARGET_NOUNS

__all__ = ["build_statistics"]

_QUALIFIERS = {q.value: q for q in Qualifier}


DISTINCT_FROM = 1000
"""A figure at least this large and not a round hundred ("14.367") names one fact however
often the text writes it: a headline and the body telling it in other words."""


def _distinct(value: float) -> bool:
    return value >= DISTINCT_FROM and not (float(value).is_integer() and int(value) % 100 == 0)


def _told_once(found: Iterable[StatMention]) -> list[StatMention]:
    """The mentions less the earlier tellings of a distinctive figure ("14.367 thanh niên
    ..." in the headline, "14.367 đoàn viên tham gia ..." in the body): the last telling,
    usually the body's fuller one, stands for the fact."""
    mentions = list(found)
    last: dict[tuple[float, str | None], int] = {}
    for i, mention in enumerate(mentions):
        if _distinct(mention.value):
            last[(float(mention.value), mention.unit)] = i
    return [
        m
        for i, m in enumerate(mentions)
        if not _distinct(m.value) or last[(float(m.value), m.unit)] == i
    ]


def _words(label: str) -> tuple[str, ...]:
    """The words of a label, folded as :func:`normalize_name` folds them, in order."""
    return tuple(normalize_name(label).split())


BARE_NOUN_WORDS = 2
"""A label of at most this many words can be the bare noun of a count ("đơn vị", "xã")."""


def _bare_head_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` is the bare noun that ``long`` opens with ("trường" of "trường
    tiểu học của huyện"): a retelling names the counted noun alone. A longer short label ("vụ vi
    phạm" of "vụ vi phạm hành chính") or one whose words the other does not open with ("hộ
    nghèo" of "hộ thoát nghèo") names another thing counted."""
    return len(short) <= BARE_NOUN_WORDS and len(short) < len(long) and long[: len(short)] == short


RETOLD_FROM = 2
"""A count below this ("1 mô hình ...; 1 mô hình ...") is too common to be the same fact."""


_TARGET_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(TARGET_NOUNS) + r")(?:\s+(?:là|giao|đề\s+ra))?\s*$"
)


_TARGET_WORDS = ("tiêu", "hoạch")
"""A word each of ``TARGET_NOUNS`` holds ("chỉ tiêu", "mục tiêu", "kế hoạch")."""


def _a_target(text: str, mention: StatMention) -> bool:
    """Whether the figure is a target set ("được giao chỉ tiêu 190 công dân"): a target and
    the result that meets it ("đã giao 190 công dân") are two facts however alike."""
    reach = max(0, mention.start - 30)
    if not may_hold(text, reach, mention.start, _TARGET_WORDS):
        return False  # no target noun before it: the scan of every position is skipped
    return _TARGET_BEFORE.search(text, reach, mention.start) is not None


def _retold(found: Iterable[StatMention], text: str | None = None) -> list[StatMention]:
    """The mentions less the retellings of one count: the same value and unit again in
    another sentence, under the bare noun that the other telling's label opens with ("7 trường"
    in the lead, "7 trường tiểu học của huyện" in the body; "4 dự án" after "4 dự án giao
    thông ..."; see :func:`_bare_head_of`). The fuller label stands for the fact. The
    same figure is the same value, unit and hedge ("hơn 500 đại biểu" is not "500 đại
    biểu"), at least :data:`RETOLD_FROM`. Within one sentence equal counts are items of a list
    ("6 xã đạt chuẩn, 6 xã chưa đạt"), two facts; without ``text`` nothing is dropped."""
    mentions = list(found)
    if text is None:
        return mentions
    # one telling per label of each figure (the builder keeps one of each anyway): the pairs
    # compared are those of different labels of one figure, few even in a long text
    groups: dict[tuple[float, str | None, str | None], dict[tuple[str, ...], list[int]]] = {}
    for i, mention in enumerate(mentions):
        words = _words(mention.label)
        if words and mention.value >= RETOLD_FROM:
            key = (float(mention.value), mention.unit, mention.qualifier)
            groups.setdefault(key, {}).setdefault(words, []).append(i)
    dropped_at: set[int] = set()
    for labels in groups.values():
        firsts = sorted((tellings[0], words) for words, tellings in labels.items())
        dropped: set[tuple[str, ...]] = set()
        for x, (i, words_a) in enumerate(firsts):
            for j, words_b in firsts[x + 1 :]:
                if words_a in dropped or words_b in dropped:
                    continue
                a, b = mentions[i], mentions[j]
                same_sentence = sentence_start(text, a.start) == sentence_start(text, b.start)
                if same_sentence or _a_target(text, a) != _a_target(text, b):
                    continue  # a list's items; "chỉ tiêu 190 công dân" and "đã giao 190 ..."
                if _bare_head_of(words_b, words_a):
                    dropped.add(words_b)
                elif _bare_head_of(words_a, words_b):
                    dropped.add(words_a)
        for words in dropped:
            dropped_at.update(labels[words])
    return [m for i, m in enumerate(mentions) if i not in dropped_at]


def build_statistics(found: Iterable[StatMention], *, text: str | None = None) -> list[Statistic]:
    """The statistics finder's facts (award counts, dates, years excluded) as records, once
    each: the same label and value once, a distinctive figure once (see :func:`_told_once`),
    a count told again in another sentence of ``text`` under a shorter label once (see
    :func:`_retold`)."""
    seen: set[tuple[float, str | None, str, str | None]] = set()
    stats: list[Statistic] = []
    for mention in _retold(_told_once(found), text):
        key = (float(mention.value), mention.unit, normalize_name(mention.label), mention.qualifier)
        if key in seen:
            continue
        seen.add(key)
        stats.append(
            Statistic(
                label=mention.label,
                value=mention.value,
                unit=mention.unit,
                qualifier=_QUALIFIERS.get(mention.qualifier) if mention.qualifier else None,
                evidence=Evidence(
                    quote=mention.quote,
                    start=mention.start,
                    end=mention.end,
                    alignment="exact",  # type: ignore[arg-type]
                ),
            )
        )
    return stats
