"""The award finder: every grant clause of a report as an :class:`AwardMention`.

See :mod:`tomtat.text.counts` for the rules; the readers of a clause's parts live in
:mod:`tomtat.text.award_parts`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Protocol, TypeVar

from tomtat.schemas import AwardType
from tomtat.text.award_parts import (
    AWARD_HINT,
    COLLECTIVE_LEAD,
    ISSUER_HEAD,
    LOOKBACK,
    PASSIVE_RE,
    PERSON_RECIPIENT,
    VERB_RE,
    CountHit,
    TypeHit,
    active_recipient,
    assign_counts,
    clean_phrase,
    count_hits,
    decision_grant,
    find_verb,
    find_verbs,
    grant_at_event,
    grants_nothing,
    is_presenter,
    issuer_after,
    issuer_before,
    listed_recipients,
    named_after,
    named_recipient,
    next_type_start,
    past_event_lines,
    period_marker_in,
    persons_counted,
    prize_host,
    recipients_named_with,
    sentence_markers_at,
    state_honour_presenter,
    type_hits,
)
from tomtat.text.lowered import lowered
from tomtat.text.mentions import AwardMention
from tomtat.text.normalize import similarity
from tomtat.text.segment import Clause, iter_sentences, sentence_clauses
from tomtat.text.vocab import PRAISE_VERBS


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_H = TypeVar("_H", bound=_Spanned)


def find_award_mentions(text: str) -> list[AwardMention]:
    """Every grant clause of ``text``, in text order, not deduplicated (see module doc)."""
    mentions: list[AwardMention] = []
    low = lowered(text)
    clauses = _grant_clauses(text, low)
    if not clauses:
        return mentions
    sentence_spans: dict[int, tuple[int, int]] = {}
    for clause in clauses:
        s = sentence_spans.get(clause.sentence)
        sentence_spans[clause.sentence] = (
            (clause.start, clause.end) if s is None else (s[0], clause.end)
        )
    previous: tuple[int, TypeHit] | None = None  # (sentence, last hit) for ';' lists
    sentence_markers: dict[int, tuple[bool, bool]] = {}
    for clause, types, counts in _hits_by_clause(text, low, clauses, sentence_spans):
        if not types and counts:
            types = _untyped_grant(text, clause, counts, previous, sentence_spans, sentence_markers)
        if not types and not counts:
            decision = decision_grant(text, clause.start, clause.end)
            types = [decision] if decision is not None else _named_commendation(text, clause)
        if not types:
            if previous is not None and previous[0] != clause.sentence:
                previous = None
            continue
        _resolve_issuers(text, clause, types, previous)
        assign_counts(types, counts, text)
        types = [hit for hit in types if hit.counts or not hit.needs_count]
        if not types:
            continue
        markers = sentence_markers_at(text, clause.sentence, sentence_spans, sentence_markers)
        for hit in types:
            persons_counted(text, hit, clause.end)
            _add_recipients(text, clause, hit)
            at_event = grant_at_event(
                markers, hit, text[max(clause.start, hit.start - LOOKBACK) : hit.start]
            )
            mentions.append(_to_mention(text, clause, hit, at_event))
        previous = (clause.sentence, types[-1])
    if mentions and grants_nothing(text):
        return [replace(mention, at_event=False) for mention in mentions]
    past = past_event_lines(text) if mentions else []
    if past:
        starts = [start for start, _ in past]
        mentions = [
            replace(m, at_event=False) if m.at_event and _inside(past, starts, m.start) else m
            for m in mentions
        ]
    return _prizes_of_their_host(text, _name_untyped_grants(_honourees_told_again(mentions)))


# "giải", "giải thưởng" as a prize; not "giải quyết", "giải pháp", "hòa giải" and the like
_PRIZE = re.compile(
    r"(?i)(?<!\w)(?<!hòa\s)(?<!hoà\s)giải(?!\w)(?!\s+(?:quyết|pháp|phóng|thích|trình|ngân|thể"
    r"|tỏa|toả|tán|cứu|vây|độc|nhiệt|khát|oan|mã|đáp|trí)(?!\w))"
)


def _prizes_of_their_host(text: str, mentions: list[AwardMention]) -> list[AwardMention]:
    """A prize granted with no issuer ("Giải thưởng được trao cho 10 chi hội") is the prize of
    the body holding its award ceremony (see :func:`prize_host`)."""
    prizes = [
        k
        for k, m in enumerate(mentions)
        if m.type is AwardType.KHAC and m.typed and m.issuer is None and _PRIZE.search(m.quote)
    ]
    if not prizes:
        return mentions
    host = prize_host(text)
    if host is None:
        return mentions
    return [replace(m, issuer=host) if k in prizes else m for k, m in enumerate(mentions)]


_SAME_ISSUER = 85.0


def _name_untyped_grants(mentions: list[AwardMention]) -> list[AwardMention]:
    """ "UBND huyện X khen thưởng 7 tập thể, 11 cá nhân" and "... tặng giấy khen cho các tập
    thể, cá nhân": the one count-less typed mention whose issuer agrees (or is not said) names
    the award of the one counted untyped grant of the event."""
    untyped = [k for k, m in enumerate(mentions) if m.at_event and not m.typed and m.count_spans]
    if len(untyped) != 1:
        return mentions
    grant = mentions[untyped[0]]
    countless = {
        m.type
        for m in mentions
        if m.at_event
        and m.typed
        and not m.count_spans
        and not m.recipients
        and (m.issuer is None or similarity(m.issuer, grant.issuer) >= _SAME_ISSUER)
    }
    counted_types = {m.type for m in mentions if m.at_event and m.typed and m.count_spans}
    if len(countless) != 1 or countless & counted_types:
        return mentions
    named = replace(grant, type=countless.pop(), typed=True)
    return [named if k == untyped[0] else m for k, m in enumerate(mentions)]


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether ``at`` lies in one of the sorted, disjoint ``spans`` (``starts`` their starts)."""
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


def _figure_sum(mention: AwardMention) -> int:
    return (mention.collectives or 0) + (mention.individuals or 0) + (mention.total or 0)


def _honourees_told_again(mentions: list[AwardMention]) -> list[AwardMention]:
    """ "Tỉnh đoàn tuyên dương 22 thanh niên" where the event's typed grants (4 Bằng khen, 18
    Giấy khen) add up to 22: the honourees counted again, not a grant of their own."""
    seen: set[tuple[object, ...]] = set()
    total = 0
    for m in mentions:
        key = (m.type, m.issuer, m.collectives, m.individuals, m.total)
        if m.at_event and m.typed and key not in seen:
            seen.add(key)
            total += _figure_sum(m)
    if total < 2:
        return mentions
    return [
        replace(m, at_event=False) if m.at_event and not m.typed and _figure_sum(m) == total else m
        for m in mentions
    ]


_AWARD_HINT_ANY_CASE = re.compile(AWARD_HINT.pattern, re.IGNORECASE)


def _grant_clauses(text: str, low: str | None) -> list[Clause]:
    """The clauses of the sentences that hold an award hint ("khen", "chương", ...)."""
    # on the lower-cased copy when its offsets are the text's, else case-insensitively on the text
    hints = [
        m.start()
        for m in (AWARD_HINT if low is not None else _AWARD_HINT_ANY_CASE).finditer(
            low if low is not None else text
        )
    ]
    clauses: list[Clause] = []
    if not hints:
        return clauses
    for number, (s_start, s_end) in enumerate(iter_sentences(text)):
        first = bisect.bisect_left(hints, s_start)
        if first < len(hints) and hints[first] < s_end:
            clauses.extend(sentence_clauses(text, number, s_start, s_end))
    return clauses


def _take(hits: list[_H], at: int, clause: Clause) -> tuple[list[_H], int]:
    """The hits from index ``at`` that lie inside ``clause``, and the index after them."""
    while at < len(hits) and hits[at].start < clause.start:
        at += 1
    inside = []
    while at < len(hits) and hits[at].start < clause.end:
        if hits[at].end <= clause.end:
            inside.append(hits[at])
        at += 1
    return inside, at


def _hits_by_clause(
    text: str, low: str | None, clauses: list[Clause], sentence_spans: dict[int, tuple[int, int]]
) -> Iterator[tuple[Clause, list[TypeHit], list[CountHit]]]:
    """Each clause with the award words and counts inside it (read once per sentence)."""
    all_types: list[TypeHit] = []
    all_counts: list[CountHit] = []
    for s_start, s_end in sentence_spans.values():
        all_types.extend(type_hits(text, s_start, s_end, low))
        all_counts.extend(count_hits(text, s_start, s_end, low))
    ti = ci = 0
    for clause in clauses:
        types, ti = _take(all_types, ti, clause)
        counts, ci = _take(all_counts, ci, clause)
        yield clause, types, counts


def _own_issuer(text: str, clause: Clause, hit: TypeHit) -> None:
    """The issuer a hit names itself: "<type> của X", "X (đã) tặng <type>", "thừa ủy quyền"."""
    issuer = issuer_after(text, hit.end, clause.end, hit.type)
    before_issuer, active = issuer_before(text, clause.start, hit.start)
    proxy = _ON_BEHALF.search(text, max(clause.start, hit.start - LOOKBACK), hit.start)
    if proxy and not issuer and ISSUER_HEAD.match(proxy.group("x")):
        # "Thừa ủy quyền của Chủ tịch nước, Thứ trưởng X trao Huân chương ...":
        # the honour is the Chủ tịch nước's; the speaker only presents it
        before_issuer, active = clean_phrase(proxy.group("x")), True
    hit.issuer = issuer or before_issuer
    hit.issuer_active = active and before_issuer is not None
    if hit.issuer is not None and (
        is_presenter(hit.issuer) or state_honour_presenter(hit.type, hit.issuer)
    ):
        # "Phó Giám đốc Công an tỉnh trao ...", "Thủ tướng Phạm Minh Chính trao ...", "Bộ CHQS
        # tỉnh trao Huân chương ...": who hands over; the text does not say here who grants
        hit.issuer = None
    if hit.issuer is None:
        decision = _BY_DECISION.search(text, max(clause.start, hit.start - 400), hit.start)
        if decision is not None and ISSUER_HEAD.match(decision.group("x")):
            # "Theo Quyết định của Chủ tịch nước, ... 8 đồng chí được trao tặng Huân chương"
            hit.issuer = clean_phrase(decision.group("x"))


def _shares_the_verb(text: str, prior: TypeHit | None, hit: TypeHit) -> bool:
    """ "X tặng Cờ thi đua cho 3 tập thể và Bằng khen cho 12 ...": one verb, one issuer; and
    "X tặng Bằng khen cho 3 tập thể, (đồng thời) tặng Giấy khen cho 5 cá nhân": a second verb
    with no subject of its own has the first one's."""
    if prior is None or not prior.issuer_active:
        return False
    verbs = list(find_verbs(text, prior.end, hit.start))
    if not verbs:
        return True
    verb = verbs[-1]
    if text[verb.end() : hit.start].strip():
        return False  # the verb is not the award's own ("tặng" right before it)
    opening = _NO_SUBJECT.search(text, prior.end, verb.start())
    return opening is not None


# the list item opening a second verb without a subject: ", (đồng thời|cũng) " or " và "
_NO_SUBJECT = re.compile(r"(?i)(?:,|\s(?:và|đồng\s+thời))(?:\s+(?:đồng\s+thời|cũng|còn|và))*\s*$")


def _opens_with_the_verb(
    text: str, clause: Clause, hit: TypeHit, previous: tuple[int, TypeHit] | None
) -> bool:
    """ "X tặng Bằng khen cho 3 tập thể; (đồng thời) tặng Giấy khen cho 10 tập thể": the list
    item opens with the verb, its subject is the previous item's."""
    if previous is None or previous[0] != clause.sentence or not previous[1].issuer_active:
        return False
    also = _ALSO.match(text, clause.start)
    verb_at = also.end() if also is not None else clause.start
    return VERB_RE.match(text, verb_at, hit.start) is not None


def _resolve_issuers(
    text: str, clause: Clause, types: list[TypeHit], previous: tuple[int, TypeHit] | None
) -> None:
    """Set the issuer of each award word of a clause, own or shared (see module doc)."""
    for i, hit in enumerate(types):
        if hit.carried:
            continue
        _own_issuer(text, clause, hit)
        if hit.issuer is not None:
            continue
        prior = types[i - 1] if i else None
        if _shares_the_verb(text, prior, hit) and prior is not None:
            hit.issuer, hit.issuer_active = prior.issuer, True
        elif i == 0 and previous is not None and _opens_with_the_verb(text, clause, hit, previous):
            hit.issuer, hit.issuer_active = previous[1].issuer, True


def _add_recipients(text: str, clause: Clause, hit: TypeHit) -> None:
    """A named recipient of an uncounted grant, or the names listed after the counts."""
    if not hit.counts:
        if hit.recipients:
            return  # read with the grant ("trao Quyết định ... công nhận X")
        recipient = named_recipient(text, clause.start, hit, clause.end)
        if recipient:
            at = text.find(recipient, clause.start, clause.end)
            if at < 0:
                hit.recipients.append(recipient)
                return
            # a passive subject ends before the award word, an active list at the next one
            following = next_type_start(text, hit.end, clause.end)
            end = hit.start if at < hit.start else following
            hit.recipients.extend(recipients_named_with(text, recipient, at, end))
        return
    hit.recipients.extend(listed_recipients(text, hit, clause.end))
    if not hit.recipients and not {"collectives", "total"} & hit.counts.keys():
        # "cho tập thể Phòng X và 2 cá nhân": one named collective beside counted individuals
        recipient = active_recipient(text, hit, clause.end)
        if recipient and COLLECTIVE_LEAD.match(recipient):
            hit.recipients.append(recipient)


_ON_BEHALF = re.compile(
    r"(?i)(?<!\w)(?:(?:thừa|được\s+sự|được|theo\s+sự)\s+(?:ủy|uỷ)\s+quyền|thừa\s+lệnh)\s+"
    r"(?:của\s+)?(?P<x>[^,;]{3,80}),"
)

# "...; đồng thời trao 98 Huy chương ...": a list item opening with "also" and the verb
_ALSO = re.compile(r"(?i)\s*(?:(?:đồng\s+thời|cũng|và|còn)\s+)*")

_BY_DECISION = re.compile(
    r"(?i)(?<!\w)theo\s+quyết\s+định(?:\s+số\s+[\w/.-]+)?\s+của\s+(?P<x>[^,;]{3,60}?)\s*,"
)

_KHEN_THUONG = re.compile(r"(?i)(?<!\w)(?:khen\s+thưởng|" + "|".join(PRAISE_VERBS) + r")(?!\w)")

_OVERALL_AFTER = re.compile(r"(?i)[\s,]*trong\s+đó(?!\w)")

OVERALL_RE = re.compile(r"(?i)(?<!\w)khen\s+thưởng(?!\w)[^.;\n]{0,120}?,\s*trong\s+đó(?!\w)")


def _untyped_grant(
    text: str,
    clause: Clause,
    counts: list[CountHit],
    previous: tuple[int, TypeHit] | None,
    sentence_spans: dict[int, tuple[int, int]],
    sentence_markers: dict[int, tuple[bool, bool]],
) -> list[TypeHit]:
    """Counts in a clause without an award word: a ';'-list item or "X khen thưởng N ..."."""
    if not any(c.key in ("collectives", "individuals") for c in counts):
        opened = _verb_opened_total(text, clause, counts, sentence_spans)
        if opened or not (
            _HONOUR_VERB.search(text, clause.start, clause.end)
            or _verb_opens_sentence(text, clause, sentence_spans)
        ):
            return opened  # a total alone is a grant after a list's verb or an honouring
    verb = _KHEN_THUONG.search(text, clause.start, counts[0].start)
    own = ISSUER_HEAD.match(text, clause.start, clause.end) if verb else None
    if verb is not None and own is not None and own.start() < verb.start():
        # "...; UBND quận X khen thưởng 4 tập thể, 9 cá nhân": the item names its own issuer
        # and grants without an award word, so it does not take the previous item's type
        hit = TypeHit(AwardType.KHAC, verb.end(), verb.end(), untyped=True)
        hit.issuer = clean_phrase(text[clause.start : verb.start()]) or None
        hit.issuer_active = hit.issuer is not None
        hit.carried = True
        return [hit]
    if previous is not None and previous[0] == clause.sentence:
        opened = _verb_opened_total(text, clause, counts, sentence_spans)
        if opened:
            # "...; đồng thời vinh danh 3 nhà giáo": the item opens with an honour verb of
            # its own, a "Khác" grant, not one more of the previous item's award
            return opened
        prior = previous[1]
        issuer = _carried_issuer(text, clause) or prior.issuer
        hit = TypeHit(prior.type, clause.start, clause.start, issuer, prior.issuer_active)
        hit.carried = True
        return [hit]
    verb = _KHEN_THUONG.search(text, clause.start, clause.end)
    if verb is None:
        return []
    if verb.start() > counts[0].start and not PASSIVE_RE.search(text, counts[-1].end, verb.start()):
        return []  # "15 tập thể, 32 cá nhân được UBND huyện khen thưởng" is read; others not
    if verb.start() < counts[0].start and _PASSIVE_BEFORE.search(text, clause.start, verb.start()):
        # "các tập thể được khen thưởng và 150 hội viên dự": the passive verb's recipients
        # stand before it; a count after it is another noun phrase, not its object
        return []
    if _OVERALL_AFTER.match(text, clause.end):
        return []  # "khen thưởng 6 tập thể ..., trong đó X tặng ...": a total of the grants after
    hit = TypeHit(AwardType.KHAC, verb.end(), verb.end(), untyped=True)
    _, active = issuer_before(text, clause.start, hit.start)
    event_marker = sentence_markers_at(text, clause.sentence, sentence_spans, sentence_markers)[0]
    if not (
        active
        or event_marker
        or _honours_now(text, clause, verb, sentence_spans)
        or _verb_opens_sentence(text, clause, sentence_spans)
    ):
        return []  # "công tác khen thưởng ... 120 lượt": a report, not a grant
    return [hit]


# "khen thưởng (đột xuất|kịp thời) <name>": a commendation of one named recipient
_COMMENDS = re.compile(
    r"(?i)(?<!\w)(?P<verb>khen\s+thưởng)(?!\w)(?:\s+(?:đột\s+xuất|kịp\s+thời))?\s+"
)


def _named_commendation(text: str, clause: Clause) -> list[TypeHit]:
    """ "UBND huyện (đã) khen thưởng (đột xuất) Công an xã X vì ...":
    a body's bare "khen thưởng" of a named unit or person is a grant of type "Khác" to it
    (FORMAT.md), though no award word or count is written. Only "khen thưởng" with a body as
    its subject: a speaker who "biểu dương" a unit praises it, and "đề nghị khen thưởng",
    "công tác khen thưởng" or "khen thưởng các tập thể" name no one granted here."""
    verb = _COMMENDS.search(text, clause.start, clause.end)
    if verb is None:
        return []
    issuer, active = issuer_before(text, clause.start, verb.end("verb"))
    if issuer is None or not active or is_presenter(issuer):
        return []
    recipient = named_after(text, verb.end(), clause.end)
    if recipient is None:
        return []
    hit = TypeHit(AwardType.KHAC, verb.end(), verb.end(), issuer, True, untyped=True)
    hit.carried = True  # its issuer is read here
    hit.recipients.append(recipient)
    return [hit]


def _verb_opens_sentence(
    text: str, clause: Clause, sentence_spans: dict[int, tuple[int, int]]
) -> bool:
    """ "Khen thưởng 49 tập thể và cá nhân ...": a sentence (a headline, a caption) that opens
    with the honour verb and no subject tells what the event does."""
    s_start = sentence_spans[clause.sentence][0]
    if clause.start > s_start:
        return False
    start = s_start
    while start < clause.end and text[start].isspace():
        start += 1
    return _KHEN_THUONG.match(text, start, clause.end) is not None


_PASSIVE_BEFORE = re.compile(r"(?i)(?<!\w)được\s+$")

_HONOUR_VERB = re.compile(r"(?i)(?<!\w)(?:" + "|".join(PRAISE_VERBS) + r")(?!\w)")


def _honours_now(
    text: str, clause: Clause, verb: re.Match[str], sentence_spans: dict[int, tuple[int, int]]
) -> bool:
    """ "Chương trình gặp mặt tuyên dương 120 điển hình ...": honouring is the act of the
    event itself, unless the sentence counts over a period ("năm qua đã tuyên dương ...")."""
    if _HONOUR_VERB.fullmatch(verb.group()) is None:
        return False
    s_start, s_end = sentence_spans[clause.sentence]
    return not period_marker_in(text, s_start, s_end)


def _verb_opened_total(
    text: str, clause: Clause, counts: list[CountHit], sentence_spans: dict[int, tuple[int, int]]
) -> list[TypeHit]:
    """A ';'-list item "khen thưởng 30 tập thể, cá nhân ..." that opens with the verb: a grant
    of type "Khác" with a total, by the subject of the sentence ("Dịp này, X tặng quà ...;
    khen thưởng 30 tập thể, cá nhân")."""
    also = _ALSO.match(text, clause.start)
    verb = _KHEN_THUONG.match(text, also.end() if also else clause.start, counts[0].start)
    s_start = sentence_spans[clause.sentence][0]
    if verb is None or clause.start <= s_start:
        return []
    hit = TypeHit(AwardType.KHAC, verb.end(), verb.end(), untyped=True)
    hit.issuer = _sentence_subject(text, s_start, clause.start)
    hit.issuer_active = hit.issuer is not None
    hit.carried = True
    return [hit]


def _sentence_subject(text: str, start: int, end: int) -> str | None:
    """The issuer that acts as subject of the first verb of a sentence ("X tặng ...")."""
    verb = find_verb(text, start, end)
    if verb is None:
        return None
    issuer, active = issuer_before(text, start, verb.end())
    if not active or issuer is None or is_presenter(issuer):
        return None
    return issuer


def _carried_issuer(text: str, clause: Clause) -> str | None:
    """Issuer of a ';'-list item without an award word: "UBND tỉnh cho 30 tập thể"."""
    head = ISSUER_HEAD.match(text, clause.start, clause.end)
    if head is None:
        return None
    stop = re.compile(r"(?i)\s+(?:cho|tặng|trao)(?!\w)|\s*[,:]").search(
        text, head.end(), clause.end
    )
    if stop is None:
        return None
    issuer = clean_phrase(text[clause.start : stop.start()])
    return issuer or None


def _to_mention(text: str, clause: Clause, hit: TypeHit, at_event: bool) -> AwardMention:
    values: dict[str, int | None] = {"collectives": None, "individuals": None, "total": None}
    spans: dict[str, tuple[int, int]] = {}
    for key, (value, start, end) in hit.counts.items():
        values[key] = value
        spans[key] = (start, end)
    if values["total"] is not None and (
        values["collectives"] is not None or values["individuals"] is not None
    ):
        # "45 giấy khen cho 20 tập thể và 25 cá nhân": the split wins, the total is checked
        if (values["collectives"] or 0) + (values["individuals"] or 0) == values["total"]:
            values["total"] = None
            spans.pop("total", None)
    for key, span in hit.shared.items():
        # counts of a list of awards: no award's own, yet award counts, not statistics
        spans[f"list {key}"] = span
    recipients = tuple(hit.recipients)
    if recipients and not hit.counts:
        persons = sum(1 for r in recipients if PERSON_RECIPIENT.match(r))
        values["individuals"] = persons or None
        values["collectives"] = (len(recipients) - persons) or None
    elif recipients and COLLECTIVE_LEAD.match(recipients[0]) and values["collectives"] is None:
        values["collectives"] = len(recipients)
    return AwardMention(
        type=hit.type,
        issuer=hit.issuer,
        collectives=values["collectives"],
        individuals=values["individuals"],
        total=values["total"],
        recipients=recipients,
        start=clause.start,
        end=clause.end,
        quote=text[clause.start : clause.end],
        count_spans=spans,
        at_event=at_event,
        typed=not hit.untyped,
        sentence=clause.sentence,
    )
