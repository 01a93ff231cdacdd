"""The statistics finder: the counted facts of a report other than award counts.

Every figure of the text is a candidate; the named exclusion rules of :data:`EXCLUSIONS`
drop dates, years, durations, references, names and award counts; the labellers of
:mod:`tomtat.text.stat_labels` name what is counted.
"""

from __future__ import annotations

import bisect
import re

from tomtat.text.award_mentions import OVERALL_RE, find_award_mentions
from tomtat.text.mentions import AwardMention, StatMention
from tomtat.text.numbers import (
    FIGURE,
    MAX_COUNT_DIGITS,
    NUMBER_WORDS,
    parse_count,
    parse_number_words,
    read_figure,
)
from tomtat.text.segment import iter_sentences
from tomtat.text.stat_labels import (
    CHANGE_AFTER,
    CLASSIFIERS,
    GENERIC_LABELS,
    MONEY_KEYS,
    MONEY_PURPOSE,
    SHARE_OF_VERB,
    THRESHOLD_AFTER,
    TOTAL_BEFORE,
    classifier_label,
    label_after,
    label_before,
    moved_rate_label,
    share_of_label,
    verb_phrase,
)
from tomtat.text.vocab import (
    QUALIFIERS,
)

_UNIT_RE = re.compile(
    r"[^\S\n]*(?:(?P<pct>%|phần\s+trăm)|(?P<money>đồng|VNĐ|VND|đ)(?!\w)"
    r"|(?P<unit>km2|km²|km|m2|m²|m3|ha|kg|tấn|lít|USD|đô\s+la)(?!\w))",
    re.I,
)

_DURATION_AFTER = re.compile(
    r"(?i)[^\S\n]+(?:năm|tháng|tuần|ngày|giờ|phút|giây|thập\s+kỷ|thế\s+kỷ|tuổi)(?!\w)(?![^\S\n]+công)"
)


def _excluded_spans(text: str, mentions: list[AwardMention]) -> list[tuple[int, int]]:
    """Award counts of the event (and totals of them): numbers that are not statistics."""
    spans: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.at_event:
            spans.extend(mention.count_spans.values())
    if "trong đó" in text.lower():
        # "khen thưởng 6 tập thể, 12 cá nhân, trong đó ...": totals of the grants that follow
        spans.extend((m.start(), m.end()) for m in OVERALL_RE.finditer(text))
    pairs = {
        (m.collectives, m.individuals)
        for m in mentions
        if m.at_event and m.collectives is not None and m.individuals is not None
    }
    if pairs:
        # "Hội nghị đã biểu dương 24 tập thể và 37 cá nhân" beside the grant of those figures:
        # the award's counts told again, not a statistic
        for pair in _PAIR_RE.finditer(text):
            c, i = parse_count(pair.group("c")), parse_count(pair.group("i"))
            if (c, i) in pairs:
                spans.append((pair.start(), pair.end()))
        if "gồm" in text.lower() or "trong đó" in text.lower():
            for split in _SPLIT_TOTAL_RE.finditer(text):
                c, i = parse_count(split.group("c")), parse_count(split.group("i"))
                n = parse_count(split.group("n"))
                if (c, i) not in pairs or c is None or i is None or n != c + i:
                    continue
                # "cho 32 điển hình, gồm 12 tập thể, 20 cá nhân": the total of the grant, and
                # the same "32 điển hình" anywhere else (the headline) tells it again
                again = re.compile(
                    rf"(?<![\w.,]){re.escape(split.group('n'))}[^\S\n]+{re.escape(split.group('noun'))}"
                )
                spans.extend((m.start(), m.end()) for m in again.finditer(text))
    spans.extend(_honoree_spans(text, mentions))
    spans.sort()
    return spans


_HONOUR_VERB = re.compile(r"(?i)(?<!\w)(?:biểu\s+dương|tuyên\s+dương|vinh\s+danh)(?!\w)")

_COUNT_NOUN = re.compile(
    r"(?<![\w.,/])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d.,/]\d)[^\S\n]+[^\W\d_]"
)


def _honoree_spans(text: str, mentions: list[AwardMention]) -> list[tuple[int, int]]:
    """ "Biểu dương 45 điển hình" where the event's grants add up to 45: the honourees counted
    again, in a sentence that says biểu dương/tuyên dương/vinh danh, are not a statistic."""
    at_event = [m for m in mentions if m.at_event]
    if not at_event:
        return []
    typed_counts = {(m.collectives, m.individuals, m.total) for m in at_event if m.typed}
    seen: set[tuple[object, ...]] = set()
    total = 0
    for m in at_event:
        key = (m.type, m.issuer, m.collectives, m.individuals, m.total)
        if key in seen or (not m.typed and key[2:] in typed_counts):
            continue  # the same grant told twice, or an untyped repeat of a typed grant
        seen.add(key)
        if m.total is not None and m.collectives is None and m.individuals is None:
            total += m.total
        else:
            total += (m.collectives or 0) + (m.individuals or 0)
    if total < 2:
        return []
    spans: list[tuple[int, int]] = []
    for s_start, s_end in iter_sentences(text):
        if not _HONOUR_VERB.search(text, s_start, s_end):
            continue
        for match in _COUNT_NOUN.finditer(text, s_start, s_end):
            if parse_count(match.group("n")) == total:
                spans.append((match.start(), match.end("n")))
    return spans


_SPLIT_TOTAL_RE = re.compile(
    r"(?i)(?<![\w.,])(?P<n>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+(?P<noun>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?)"
    r"[^\d\n;.]{0,60}?,?[^\S\n]*(?:bao[^\S\n]+gồm|gồm(?:[^\S\n]+có)?|trong[^\S\n]+đó(?:[^\S\n]+có)?)[^\S\n]+"
    r"(?P<c>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+tập[^\S\n]+thể[^\S\n]*(?:,|và)"
    r"[^\S\n]*(?P<i>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+cá[^\S\n]+nhân(?!\w)"
)

_PAIR_RE = re.compile(
    r"(?i)(?<![\w.,])(?P<c>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+tập[^\S\n]+thể[^\S\n]*(?:,|và)"
    r"[^\S\n]*(?P<i>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+cá[^\S\n]+nhân(?!\w)"
)


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans):
            s, e = spans[j]
            if s < end and start < e:
                return True
    return False


_WORD_BEFORE = re.compile(r"([^\W\d_]+)([^\S\n]*)$")

_EXCLUDE_WORDS = frozenset(
    """số thứ hạng khóa khoá điều khoản mục phần kỳ tầng trang lúc ngày tháng năm quý tuần lớp
    đợt tổ khu ấp thôn xóm bản buôn quận phường đường km lô phòng căn nhà chương nhóm cấp độ
    bước tuổi mã phiên top hệ kiểu loại mẫu version v đoàn đội khối tòa toà dãy ca kíp""".split()
)

_EXCLUDE_PAIRS = frozenset(
    {
        "lần thứ", "quốc lộ", "tỉnh lộ", "giai đoạn", "đề án", "dự án", "chỉ thị", "nghị quyết",
        "kế hoạch", "quyết định", "thông tư", "nghị định", "chương trình", "công văn",
        "hướng dẫn", "thông báo", "kết luận", "quy định", "chuyên đề", "văn bản", "tờ trình",
        "công điện", "chỉ đạo", "đạo luật",
    }
)  # fmt: skip


def _words_before(text: str, pos: int) -> list[str]:
    """Up to two words right before ``pos``; "" marks punctuation (or the start) in between.

    ``["gần", "như"]`` for "... gần như 100"; ``["", "Có"]`` for ". Có 5 xã".
    """
    words: list[str] = []
    cursor = pos
    for _ in range(2):
        window_start = max(0, cursor - 40)
        match = _WORD_BEFORE.search(text, window_start, cursor)
        if match is None:
            words.insert(0, "")
            break
        words.insert(0, match.group(1))
        cursor = match.start()
    return words


def _excluded_by_word(before: list[str]) -> bool:
    last = before[-1].lower()
    if last in _EXCLUDE_WORDS:
        return True
    return len(before) > 1 and f"{before[-2].lower()} {last}" in _EXCLUDE_PAIRS


def find_statistics(text: str, *, mentions: list[AwardMention] | None = None) -> list[StatMention]:
    """The numeric facts of ``text`` other than award counts, dates, years and references.

    ``mentions`` are the text's award mentions when the caller has them already.
    """
    if mentions is None:
        mentions = find_award_mentions(text)
    excluded = _excluded_spans(text, mentions)
    stats: list[StatMention] = []
    n = len(text)
    for match in FIGURE.finditer(text):
        start, end = match.start(), match.end()
        raw = match.group("num")
        if len(raw) > MAX_COUNT_DIGITS or _in_spans(excluded, start, end):
            continue
        if len(raw) == 4 and "1900" <= raw <= "2100" and not match.group("frac"):
            continue  # a year: Vietnamese writes the count 2.022 with a dot
        if start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(“\"'‘[":
            continue  # glued to something: "Covid-19", "(V05)" handled by the regex
        before = _words_before(text, start)
        if before and before[-1] != "" and _excluded_by_word(before):
            if not (
                len(before) > 1 and before[-2].lower() == "mỗi" and _PER_UNIT_AFTER.match(text, end)
            ):
                continue  # "mỗi căn 50 triệu đồng": a rate per unit, not a house number
        if _in_quoted_name(text, start, end):
            continue
        if before and before[-1][:1].isupper() and before[-1].lower() not in QUALIFIERS:
            # "Ban Chỉ đạo 138", "Quận 1": a name; a capitalised sentence opener is fine
            if len(before) > 1 and before[-2] != "":
                continue
        if _DURATION_AFTER.match(text, end):
            continue
        if before and before[-1].lower() == "từ" and THRESHOLD_AFTER.match(text, end):
            continue
        if (
            before
            and before[-1].lower() == "dưới"
            and _TARGET_BEFORE.search(text, max(0, start - 120), start)
        ):
            continue  # "không còn xã dưới 10 tiêu chí": the bound of a target, not a fact
        read = read_figure(text, match)
        if read is None:
            continue
        value, cursor = read
        unit: str | None = None
        unit_match = _UNIT_RE.match(text, cursor)
        label: str | None = None
        stat_end = cursor
        if unit_match:
            stat_end = unit_match.end()
            if unit_match.group("pct"):
                unit = "%"
                after = label_after(text, stat_end, min(n, stat_end + 200))
                label = after[0] if after else label_before(text, start)
                share_of = SHARE_OF_VERB.match(text, stat_end)
                if share_of is not None:
                    # "100% số xã đạt chuẩn nông thôn mới": the verb phrase names the share
                    rest = label_after(text, share_of.end(), min(n, share_of.end() + 200))
                    if rest is not None:
                        share_head = " ".join(share_of.group("head").split())
                        label = f"{share_head} {rest[0]}"
                moved = moved_rate_label(text, start, stat_end)
                if moved is not None:
                    label = moved
                elif not label and before and before[-1].lower() == "chiếm":
                    share = share_of_label(text, start)
                    label = f"tỷ lệ {share}" if share else None
                change = CHANGE_AFTER.match(text, stat_end)
                if not label and before and before[-1].lower() in ("tăng", "giảm") and change:
                    label = f"{before[-1].lower()} {change.group('cmp').strip()}"
            elif unit_match.group("money"):
                unit = "đồng"
                after = label_after(text, stat_end, min(n, stat_end + 200))
                label = label_before(text, start, money=True) or (after[0] if after else "tiền")
                purpose = MONEY_PURPOSE.match(text, stat_end)
                if purpose and label and not MONEY_KEYS.search(label):
                    # "Tỉnh đã chi 4 tỷ đồng cho các chế độ ...": the purpose names the money
                    verb = verb_phrase(label)
                    label = f"{verb} cho {' '.join(purpose.group('what').split())}"
            else:
                unit = " ".join(unit_match.group("unit").split())
                after = label_after(text, stat_end, min(n, stat_end + 200))
                label = after[0] if after else label_before(text, start)
        else:
            after = label_after(text, cursor, min(n, cursor + 200))
            if after is None:
                continue
            label, stat_end = after
            if label.lower() in CLASSIFIERS:
                label = classifier_label(text, start, stat_end, label, before, stats)
            elif label.lower() in GENERIC_LABELS:
                # "nâng tổng số hội viên lên 63.450 người": the count is of what comes before
                head = label_before(text, start)
                if head and TOTAL_BEFORE.search(head):
                    label = head
        if not label:
            continue
        qualifier = None
        stat_start = start
        if before and before[-1]:
            last = before[-1].lower()
            if last == "như" and len(before) > 1 and before[-2].lower() == "gần":
                qualifier = "gần như"
            elif last in QUALIFIERS:
                qualifier = last
            if qualifier is not None:
                stat_start = text.rfind(qualifier.split()[0], max(0, start - 16), start)
                if stat_start < 0 or text[stat_start:start].lower().split() != qualifier.split():
                    found = text.lower().rfind(qualifier.split()[0], max(0, start - 16), start)
                    stat_start = found if found >= 0 else start
        stats.append(
            StatMention(
                label, value, unit, qualifier, stat_start, stat_end, text[stat_start:stat_end]
            )
        )
    stats.extend(_word_statistics(text, excluded))
    # "73/126 địa bàn": the numerator takes the denominator's label
    return _ratio_numerators(text, sorted(stats, key=lambda s: s.start), excluded)


# "Tai nạn giao thông giảm 3 vụ", "sửa chữa 21 căn": a counter word alone names nothing
_TARGET_BEFORE = re.compile(r"(?i)(?<!\w)(?:không\s+còn|phấn\s+đấu|mục\s+tiêu)(?!\w)[^.;\n]*$")

_PER_UNIT_AFTER = re.compile(
    r"(?i)(?:[^\S\n]*(?:tỷ|tỉ|triệu|nghìn|ngàn))?[^\S\n]*(?:đồng|VNĐ|VND|đ|%|m2|m²|ha|kg|tấn)(?!\w)"
)

_QUOTED_NAME = re.compile(r"[\"“‘'](?P<body>[^\"”’'\n]{1,30})[\"”’']")


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    """'"3 cứng"', '"5 không, 3 sạch"': a number opening a short quoted name is no count."""
    if start == 0 or text[start - 1] not in "\"“‘'":
        return False
    match = _QUOTED_NAME.match(text, start - 1)
    return match is not None and not _UNIT_RE.match(text, end)


_WORD_STAT = re.compile(
    r"(?i)(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)"
    rf"(?:[^\S\n]+(?:{NUMBER_WORDS})(?!\w))+"
)

_WORD_STAT_HINT = re.compile(r"(?i)(?<!\w)(?:mươi|mười|trăm)(?!\w)")


def _word_statistics(text: str, excluded: list[tuple[int, int]]) -> list[StatMention]:
    """Counts spelled out in words ("ba trăm hai mươi tổ tự quản"); two words at least, so
    "hai bên" or "năm 2023" are never read as numbers."""
    found: list[StatMention] = []
    if not _WORD_STAT_HINT.search(text):
        return found
    for match in _WORD_STAT.finditer(text):
        start, end = match.start(), match.end()
        if _in_spans(excluded, start, end) or _DURATION_AFTER.match(text, end):
            continue
        before = _words_before(text, start)
        if before and before[-1] and _excluded_by_word(before):
            continue
        value = parse_number_words(match.group())
        if not isinstance(value, int) or value < 2:
            continue
        after = label_after(text, end, min(len(text), end + 200))
        if after is None:
            continue
        label, stat_end = after
        found.append(StatMention(label, value, None, None, start, stat_end, text[start:stat_end]))
    return found


_RATIO_RE = re.compile(r"(?<![\w.,/\-])(\d{1,6})/(\d{1,6})(?![\d/]|[.,]\d)")


def _is_date(text: str, start: int, end: int) -> bool:
    """Whether "a/b" at ``start`` is a date ("ngày 5/1 UBND ..."), by :mod:`tomtat.text.dates`."""
    from tomtat.text.dates import find_dates

    window_start = max(0, start - 48)
    window = text[window_start : min(len(text), end + 8)]
    return any(d.start + window_start == start for d in find_dates(window))


def _ratio_numerators(
    text: str, stats: list[StatMention], excluded: list[tuple[int, int]]
) -> list[StatMention]:
    """ "73/126 địa bàn cấp xã": two facts, 73 and 126, both labelled by the noun after."""
    extra: list[StatMention] = []
    candidates = []
    for match in _RATIO_RE.finditer(text):
        if _in_spans(excluded, match.start(), match.end()):
            continue
        before = _words_before(text, match.start())
        if before and before[-1] and _excluded_by_word(before):
            continue  # "xếp thứ 5/63 tỉnh", "Quyết định 12/QĐ" ...
        after = label_after(text, match.end(), min(len(text), match.end() + 200))
        if after is not None:
            candidates.append((match, after))
    date_starts: set[int] | None = None
    if len(candidates) > 16:  # many: one pass over the text beats a window per candidate
        from tomtat.text.dates import find_dates

        date_starts = {d.start for d in find_dates(text)}
    for match, after in candidates:
        if date_starts is not None:
            if match.start() in date_starts:
                continue
        elif _is_date(text, match.start(), match.end()):
            continue
        label, end = after
        if label.lower().startswith("số "):
            continue  # "1/3 số xã", "2/3 số hộ": a fraction of a whole, not two counts
        quote = text[match.start() : end]
        for group in (1, 2):
            extra.append(
                StatMention(label, int(match.group(group)), None, None, match.start(), end, quote)
            )
    if not extra:
        return stats
    return sorted([*stats, *extra], key=lambda s: s.start)
