"""The award finder: every grant clause of a report as an :class:`AwardMention`.

See :mod:`tomtat.text.counts` for the rules; the readers of a clause's parts live in
:mod:`tomtat.text.award_parts`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import pairwise
from typing import Protocol, TypeVar

from tomtat.schemas import AwardType
from tomtat.text.award_parts import (
    AWARD_HINT,
    FUTURE_RE,
    HABIT_RE,
    ISSUER_HEAD,
    JOINED_VERBS,
    LOOKBACK,
    PASSIVE_RE,
    PERSON_RECIPIENT,
    PROPOSAL_RE,
    RECEIVE_RE,
    SUM_GIVEN,
    VERB_RE,
    CountHit,
    TypeHit,
    active_recipient,
    assign_counts,
    award_hint_starts,
    below_the_award,
    clean_phrase,
    count_hits,
    decision_grant,
    event_marker_in,
    find_verb,
    find_verbs,
    grant_at_event,
    grants_nothing,
    honour_host,
    is_presenter,
    issuer_after,
    issuer_before,
    joint_grants,
    listed_recipients,
    named_after,
    named_recipient,
    names_a_unit,
    next_type_start,
    past_event_lines,
    past_record_at,
    period_marker_in,
    person_named_before,
    persons_counted,
    post_without_holder,
    prize_host,
    recipients_named_with,
    related_link_lines,
    sentence_markers_at,
    state_honour_presenter,
    subject_name,
    type_hits,
)
from tomtat.text.lowered import lowered, may_hold, word_start_alternation_twin
from tomtat.text.mentions import AwardMention
from tomtat.text.normalize import normalize_name, similarity
from tomtat.text.numbers import parse_count
from tomtat.text.segment import Clause, sentence_clauses
from tomtat.text.segment import sentence_spans as sentences_of
from tomtat.text.vocab import (
    BREAKDOWN_OPENERS,
    CASH_REWARD_VERBS,
    GIFT_NOUNS,
    HONORIFICS,
    HONOUR_VERBS,
    ILLUSTRATION_MARK,
    INDIVIDUAL_NOUNS,
    LINK_LABELS,
    MANDATE_WORDS,
    NOMINAL_HEADS,
    PRAISE_VERBS,
    PRIZE_WORDS,
    PURPOSE_OR_TASK_WORDS,
    QUALIFIERS,
    SURNAMES,
    TASK_ADVERBS,
    UPPER_LETTER,
    VERB_ADVERBS,
)


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
    clauses = _grant_clauses(text)
    if not clauses:
        return mentions
    sentence_spans: dict[int, tuple[int, int]] = {}
    for clause in clauses:
        s = sentence_spans.get(clause.sentence)
        sentence_spans[clause.sentence] = (
            (clause.start, clause.end) if s is None else (s[0], clause.end)
        )
    previous: tuple[int, TypeHit] | None = None  # (sentence, last hit) for ';' lists
    mood: tuple[int, bool, int] | None = None  # (sentence, at the event, end) of the last grant
    records: dict[int, int] = {}  # sentence -> where it first tells a record of past honours
    sentence_markers: dict[int, tuple[bool, bool]] = {}
    subjects: tuple[Clause, list[CountHit]] | None = None  # a verbless item of counts
    sentences = sentences_of(text)  # (start, end) of each, split once for all parts
    every_sentence: dict[int, tuple[int, int]] = {}  # numbered, at the first breakdown
    for clause, types, counts in _hits_by_clause(text, low, clauses, sentence_spans):
        if not types and counts:
            types = _untyped_grant(text, clause, counts, previous, sentence_spans, sentence_markers)
            subjects = (clause, counts) if not types and _only_subjects(text, clause) else None
        if not types and not counts:
            decision = decision_grant(text, clause.start, clause.end)
            types = [decision] if decision is not None else _named_commendation(text, clause)
        if not types:
            if previous is not None and previous[0] != clause.sentence:
                previous = None
            continue
        _resolve_issuers(text, clause, types, previous, sentences)
        assign_counts(types, counts, text)
        types = joint_grants(text, clause.start, types)
        _share_the_predicate(text, clause, types, subjects)
        subjects = None
        types = [hit for hit in types if hit.counts or not hit.needs_count]
        if not types:
            continue
        markers = sentence_markers_at(text, clause.sentence, sentence_spans, sentence_markers)
        illustration = _in_an_illustration_caption(text, clause.start)
        for hit in types:
            persons_counted(text, hit, clause.end)
            _add_recipients(text, clause, hit)
            at_event = not illustration and grant_at_event(
                markers, hit, text, *_before_grant(clause, hit)
            )
            if at_event and not markers[0]:
                at_event = hit.start <= _past_record(text, clause.sentence, sentence_spans, records)
            if at_event and mood is not None and _item_of_a_list(text, clause, hit, mood):
                at_event = mood[1]
            if at_event and _goes_on_with_a_record(markers, clause, mood):
                at_event = False
            if (
                at_event
                and not markers[0]
                and _BREAKS_DOWN.match(text, *sentence_spans[clause.sentence])
                and not _own_grant(text, sentence_spans[clause.sentence][0], hit)
            ):
                every_sentence = every_sentence or dict(enumerate(sentences))
                at_event = _whole_at_event(
                    text, clause.sentence, mood, sentence_markers, every_sentence
                )
            mentions.append(_to_mention(text, clause, hit, at_event))
            mood = (clause.sentence, at_event, hit.end)
        previous = (clause.sentence, types[-1])
    return _of_the_text(text, mentions, clauses, sentence_spans, sentence_markers)


# words that make an item more than counted subjects: a verb, a receiving, a "có" of a tally
_NOT_ONLY_SUBJECTS = re.compile(
    r"(?i)(?<!\w)(?:được|nhận|có|là|gồm|tặng|trao|khen|"
    + "|".join(PRAISE_VERBS)
    + r"|đề\s+nghị|xét)(?!\w)"
)


def _only_subjects(text: str, clause: Clause) -> bool:
    """Whether a clause that opens its sentence is only counted recipients and their merit
    ("Tại chương trình, 80 học sinh đoạt giải quốc gia"), with no verb of its own."""
    if clause.index != 0:
        return False
    start = clause.start
    marker = _EVENT_OPENER.match(text, start, clause.end)
    if marker is not None:
        start = marker.end()
    return not _NOT_ONLY_SUBJECTS.search(text, start, clause.end)


_EVENT_OPENER = re.compile(
    r"(?i)\s*(?:tại\s+[^,;\d]{1,40}|nhân\s+dịp\s+này|dịp\s+này|cũng\s+tại\s+[^,;\d]{1,40}),\s*"
)


def _share_the_predicate(
    text: str, clause: Clause, types: list[TypeHit], subjects: tuple[Clause, list[CountHit]] | None
) -> None:
    """ "Tại chương trình, 80 học sinh đoạt giải ...; 64 giáo viên ... đã được trao Bằng khen
    của Chủ tịch UBND tỉnh": the counted subjects of a verbless first item share the passive
    grant of the item right after them, whose own counted subjects stand before "được": the
    counts add up, kind by kind."""
    if subjects is None or subjects[0].sentence != clause.sentence or clause.index != 1:
        return
    hit = types[0]
    if hit.untyped or hit.carried or not hit.counts:
        return
    if any(start >= hit.start for _, start, _ in hit.counts.values()):
        return
    last_end = max(end for _, _, end in hit.counts.values())
    if not PASSIVE_RE.search(text, last_end, hit.start):
        return
    for count in subjects[1]:
        if count.key == "total":
            return
    for count in subjects[1]:
        value, start, end = hit.counts.get(count.key, (0, count.start, count.end))
        hit.counts[count.key] = (value + count.value, min(start, count.start), max(end, count.end))


def _of_the_text(
    text: str,
    mentions: list[AwardMention],
    clauses: list[Clause],
    sentence_spans: dict[int, tuple[int, int]],
    sentence_markers: dict[int, tuple[bool, bool]],
) -> list[AwardMention]:
    """The clause-by-clause mentions read against the whole text: none at the event in a
    report of decisions only, none in the lines of an earlier event or of other articles'
    headlines; restatements and prizes named; a bare commendation where nothing else is."""
    nothing = grants_nothing(text)
    if mentions and nothing:
        return [replace(mention, at_event=False) for mention in mentions]
    past = sorted(past_event_lines(text) + related_link_lines(text))
    starts = [start for start, _ in past]
    if past:
        mentions = [
            replace(m, at_event=False) if m.at_event and _inside(past, starts, m.start) else m
            for m in mentions
        ]
    found = _honours_of_their_host(
        text,
        _prizes_of_their_host(text, _name_untyped_grants(_honourees_told_again(text, mentions))),
    )
    if nothing or any(m.at_event for m in found):
        return found
    bare = _bare_commendation(text, clauses, sentence_spans, sentence_markers)
    if bare is None or _inside(past, starts, bare.start):
        return found
    # a bare commendation that names no one who commends is, as any other such honouring, the
    # honour of the body holding the gathering held to honour
    return _honours_of_their_host(text, sorted([*found, bare], key=lambda m: m.start))


# "khen thưởng (đột xuất) (cho) các|nhiều tập thể, cá nhân": a commendation of recipients
# neither counted nor named; not the "công tác (thi đua) khen thưởng" of a report. The passive
# ("các tập thể, cá nhân được khen thưởng") often names who attends, not a grant: not read.
_BARE_OBJECT = re.compile(
    r"(?i)(?<!\w)(?<!tác\s)(?<!đua\s)(?<!đua,\s)(?P<verb>khen\s+thưởng)(?:\s+(?:đột\s+xuất|kịp\s+thời))?"
    r"(?:\s+cho)?\s+(?:các|nhiều|những)\s+(?:tập\s+thể|cá\s+nhân|đơn\s+vị|đội\s+tuyển|em"
    rf"|{INDIVIDUAL_NOUNS})(?!\w)"
)
_ADVERBS_BEFORE = re.compile(r"(?i)(?:\s+(?:" + "|".join(VERB_ADVERBS) + r"))+$")
# the honour verbs of a run before the last one ("X đã tuyên dương, khen thưởng ...")
_VERBS_BEFORE = re.compile(
    r"(?i)(?:\s+(?:" + "|".join(HONOUR_VERBS) + r")(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+))+$"
)


# what an event is for ("Ngày hội là dịp để biểu dương, khen thưởng các tập thể") or what is
# to be done ("cần kịp thời khen thưởng các tập thể", "phải ..."): no grant told
# Case-sensitive, and only when the word governs the verb (with the honour verbs run before it):
# a place named "Cần ..." or a "phải" earlier in the sentence tells nothing of the grant.
# The verbs run before the last ("tuyên dương, động viên, khen thưởng"): words of one or two
# syllables, each closed by a comma or "và".
_VERB_RUN_BEFORE = r"(?:\s+(?:\w+\s+)?\w+(?:\s*,|\s+và))*\s*$"
_PURPOSE_OR_TASK = re.compile(
    r"(?<!\w)(?:" + "|".join(PURPOSE_OR_TASK_WORDS) + r")"
    r"(?:\s+(?:" + "|".join(TASK_ADVERBS) + r"))*" + _VERB_RUN_BEFORE
)
# "Bên cạnh đó, kịp thời động viên, khen thưởng các hội viên": an adverb of a task with no
# body before it goes on with a directive, not a grant
_SUBJECTLESS_TASK = re.compile(r"(?<!\w)(?:" + "|".join(TASK_ADVERBS) + r")" + _VERB_RUN_BEFORE)


def _bare_commendation(
    text: str,
    clauses: list[Clause],
    sentence_spans: dict[int, tuple[int, int]],
    sentence_markers: dict[int, tuple[bool, bool]],
) -> AwardMention | None:
    """The grant of a report whose only word of granting at its event is a bare "khen thưởng"
    of recipients neither counted nor named ("Khen thưởng các cá nhân tiêu biểu" under a
    photo, "trao quyết định khen thưởng đột xuất cho các tập thể"): a grant of type "Khác"
    (FORMAT), counts null, issuer its active subject where one is named. Read only where no
    other grant is made at the event, so it never adds a second entry for a grant told with
    its award elsewhere; a proposal, a period's record or a report of the work of commending
    ("công tác thi đua, khen thưởng các tập thể") is no grant."""
    for clause in clauses:
        match = _BARE_OBJECT.search(text, clause.start, clause.end)
        if match is None:
            passive = _passive_bare(text, clause, sentence_spans, sentence_markers)
            if passive is not None:
                return passive
            continue
        verb_end = match.end("verb")
        hit = TypeHit(AwardType.KHAC, verb_end, verb_end, untyped=True)
        issuer, active = issuer_before(text, clause.start, verb_end)
        subject = text[clause.start : match.start("verb")]
        subject = _ADVERBS_BEFORE.sub("", _VERBS_BEFORE.sub("", " " + subject).rstrip())
        if (
            issuer
            and active
            and subject.endswith(issuer)
            and not is_presenter(issuer)
            and not person_named_before(
                text, clause.start, clause.start + len(subject) - 1 - len(issuer)
            )
        ):
            # the body right before the verb commends ("Giám đốc Sở X khen thưởng ..."); one
            # that "tổ chức trao quyết định khen thưởng" hands over, the text does not say whose
            hit.issuer, hit.issuer_active = issuer, True
        markers = sentence_markers_at(text, clause.sentence, sentence_spans, sentence_markers)
        if markers[1] or _habit_in(text, clause, sentence_spans):
            continue
        s_start, verb_start = sentence_spans[clause.sentence][0], match.start("verb")
        # searched up to the verb as in text[:verb_start] (an end position, not a copy)
        if _PURPOSE_OR_TASK.search(text, s_start, verb_start) or (
            hit.issuer is None and _SUBJECTLESS_TASK.search(text, s_start, verb_start)
        ):
            continue
        before = max(clause.start, match.start() - LOOKBACK)
        if not grant_at_event(markers, hit, text, before, match.start("verb")):
            continue
        return _to_mention(text, clause, hit, True)
    return None


# "(nhiều|các) <recipients> (đã) được <body> khen thưởng": recipients neither counted nor
# named, commended in the passive by a body the clause names
_BARE_PASSIVE = re.compile(
    r"(?i)(?<!\w)(?:các|nhiều|những)\s+[^\d.;:]{2,120}?(?<!\w)được\s+(?P<agent>[^\d,.;:]{2,60}?)"
    r"\s+(?P<verb>khen\s+thưởng|tuyên\s+dương)(?!\w)"
)
# what may follow the passive verb of a grant: the clause's end or the reason ("vì", "về") of
# the honour; a main verb after it ("... được X khen thưởng lên phát biểu") makes the passive a
# relative clause naming who attends
_PASSIVE_ENDS = re.compile(r"(?i)[^\S\n]*(?:$|[.;,!)]|(?:vì|về|do|nhờ|có)(?!\w))")


def _passive_bare(
    text: str,
    clause: Clause,
    sentence_spans: dict[int, tuple[int, int]],
    sentence_markers: dict[int, tuple[bool, bool]],
) -> AwardMention | None:
    """ "Tại lễ, các đội viên xuất sắc (đã) được Huyện đoàn tuyên dương": a bare
    commendation in the passive by a body the clause names, told of the event itself (its
    sentence places it there and counts over no period), is a grant of type "Khác" from that
    body. Without such a marker the passive often names who attends or a record, not a grant."""
    match = _BARE_PASSIVE.search(text, clause.start, clause.end)
    if match is None or not _PASSIVE_ENDS.match(text, match.end(), clause.end):
        return None
    agent = clean_phrase(match.group("agent"))
    if not ISSUER_HEAD.match(agent) or is_presenter(agent) or len(agent.split()) > 10:
        return None
    event, period = sentence_markers_at(text, clause.sentence, sentence_spans, sentence_markers)
    if not event or period or _habit_in(text, clause, sentence_spans):
        return None
    before = max(clause.start, match.start() - LOOKBACK)
    hit = TypeHit(AwardType.KHAC, match.end("verb"), match.end("verb"), agent, untyped=True)
    if not grant_at_event((event, period), hit, text, before, match.start("verb")):
        return None
    return _to_mention(text, clause, hit, True)


def _habit_in(text: str, clause: Clause, sentence_spans: dict[int, tuple[int, int]]) -> bool:
    """Whether the clause's sentence tells a habit or a past year ("Hằng năm, Phòng X khen
    thưởng các em ...", "... được khen thưởng năm trước"), anywhere in it, before the verb or
    after: such an honouring is a practice or a record, not a grant at the event."""
    start, end = sentence_spans[clause.sentence]
    return HABIT_RE.search(text, start, max(end, clause.end)) is not None


# "giải", "giải thưởng" as a prize; not "giải quyết", "giải pháp", "hòa giải" and the like
_PRIZE = re.compile(
    r"(?i)(?<!\w)(?<!hòa\s)(?<!hoà\s)giải(?!\w)(?!\s+(?:quyết|pháp|phóng|thích|trình|ngân|thể"
    r"|tỏa|toả|tán|cứu|vây|độc|nhiệt|khát|oan|mã|đáp|trí)(?!\w))"
)


def _past_record(
    text: str, sentence: int, sentence_spans: dict[int, tuple[int, int]], cache: dict[int, int]
) -> int:
    """Where a sentence first tells a record of past honours (its end if it does not), read
    once per sentence."""
    found = cache.get(sentence)
    if found is None:
        found = cache[sentence] = past_record_at(text, *sentence_spans[sentence])
    return found


# a sentence that breaks down the count of the one before ("Trong đó, ...", "Cụ thể, ...")
_BREAKS_DOWN = re.compile(r"(?i)\s*(?:" + "|".join(BREAKDOWN_OPENERS) + r")(?!\w)")


def _own_grant(text: str, sentence_start: int, hit: TypeHit) -> bool:
    """Whether a breakdown sentence grants for itself, its issuer the subject of its verb
    ("Cụ thể, Sở X tặng Giấy khen cho 4 tập thể"): it tells a grant of its own, not a part
    of the whole before it."""
    issuer, active = issuer_before(text, sentence_start, hit.start)
    return issuer is not None and active


def _whole_at_event(
    text: str,
    sentence: int,
    mood: tuple[int, bool, int] | None,
    cache: dict[int, tuple[bool, bool]],
    spans: dict[int, tuple[int, int]],
) -> bool:
    """Whether the whole that a breakdown sentence ("Trong đó, 1 tập thể nhận Huân chương ...")
    divides was granted at the event: the parts share the mood of the whole. The whole is the
    last sentence before it in its paragraph that tells honours (an award word, a praise, a
    grant); with none, the breakdown divides no honours and its parts keep their own reading
    (True). From the whole back, the first sentence that says it settles it: a grant of its
    own (its mood), an event marker (made now), a period, a record of past honours or a
    proposal (not made now)."""
    whole = None
    for before in range(sentence - 1, -1, -1):
        if _paragraph_starts_after(text, before, spans):
            return True  # the paragraph starts here: nothing before it counts the whole
        if (mood is not None and mood[0] == before) or _tells_honours(text, *spans[before]):
            whole = before
            break
    if whole is None:
        return True
    for before in range(whole, -1, -1):
        if before != whole and _paragraph_starts_after(text, before, spans):
            return True
        if mood is not None and mood[0] == before:
            return mood[1]
        start, end = spans[before]
        event, period = sentence_markers_at(text, before, spans, cache)
        if event:
            return True
        if period or past_record_at(text, start, end) < end or PROPOSAL_RE.search(text, start, end):
            return False
    return True


# words that tell honours: an award hint ("khen", "chương", "danh hiệu", "biểu dương", ...), an
# honouring verb, a recognition ("được cấp trên ghi nhận")
_TELLS_HONOURS = re.compile(
    r"(?i)" + AWARD_HINT.pattern + "|" + "|".join(HONOUR_VERBS) + r"|ghi\s+nhận"
)


def _tells_honours(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells honours, so that a breakdown after it may divide them."""
    return _TELLS_HONOURS.search(text, start, end) is not None


def _paragraph_starts_after(text: str, before: int, spans: dict[int, tuple[int, int]]) -> bool:
    """Whether a paragraph break (or a gap of unread text) lies between sentence ``before``
    and the next one, or sentence ``before`` is not among the read ones."""
    span, after = spans.get(before), spans.get(before + 1)
    if span is None or after is None:
        return True
    return "\n" in text[span[1] : after[0]] or not text[span[0] : span[1]].strip()


def _before_grant(clause: Clause, hit: TypeHit) -> tuple[int, int]:
    """Where the words before a grant that say whether it is made now start and end: the
    clause up to the award word, or, for a list item that carries the previous item's award
    ("...; đề nghị UBND tỉnh tặng cho 31 tập thể"), the item up to its first count."""
    end = _before_grant_end(clause, hit)
    return max(clause.start, end - LOOKBACK), end


def _goes_on_with_a_record(
    markers: tuple[bool, bool], clause: Clause, mood: tuple[int, bool, int] | None
) -> bool:
    """Whether a grant follows, in a sentence that counts over a period and names no event,
    a grant of that sentence read as a record ("Sau 5 năm, Hội X được Trung ương Hội tặng 1
    Bằng khen, Hội cấp tỉnh tặng 12 Bằng khen"): the sentence tells the period's honours one
    after another, with a subject of their own or not, so it is a record too."""
    event_marker, period_marker = markers
    return (
        period_marker
        and not event_marker
        and mood is not None
        and mood[0] == clause.sentence
        and not mood[1]
    )


def _item_of_a_list(text: str, clause: Clause, hit: TypeHit, mood: tuple[int, bool, int]) -> bool:
    """Whether a grant is one more item of the list the sentence's previous grant opened, with
    no verb of its own ("đề nghị xét tặng Cờ thi đua của Chính phủ; Cờ của UBND tỉnh và Bằng
    khen của Chủ tịch UBND tỉnh"): it shares that grant's verb, and so its mood (proposed,
    past or made now). A grant with its own verb ("...; Thủ tướng tặng Bằng khen") or its own
    event marker ("...; tại buổi lễ, ...") is told for itself."""
    if mood[0] != clause.sentence:
        return False
    start = max(clause.start, mood[2])
    end = _before_grant_end(clause, hit)
    if start >= end:
        return True
    return not (
        find_verb(text, start, end)
        or PASSIVE_RE.search(text, start, end)
        or RECEIVE_RE.search(text, start, end)
        or event_marker_in(text, start, end)
    )


def _before_grant_end(clause: Clause, hit: TypeHit) -> int:
    """Where the words before a grant end (see :func:`_before_grant`)."""
    if hit.carried and hit.start <= clause.start:
        starts = [start for _, start, _ in hit.counts.values()]
        return min(starts) if starts else clause.start
    return hit.start


def _prizes_of_their_host(text: str, mentions: list[AwardMention]) -> list[AwardMention]:
    """A prize granted with no issuer ("Giải thưởng được trao cho 10 chi hội") is the prize of
    the body holding its award ceremony (see :func:`prize_host`)."""
    return _issued_by_host(
        mentions,
        lambda m: m.type is AwardType.KHAC and m.typed and _PRIZE.search(m.quote) is not None,
        lambda: prize_host(text),
    )


def _honours_of_their_host(text: str, mentions: list[AwardMention]) -> list[AwardMention]:
    """An honouring at the event that names no one who honours ("Khen thưởng 19 trưởng ban
    ...", "20 gương được tuyên dương") is the honour of the body holding the gathering held to
    honour (see :func:`honour_host`)."""
    return _issued_by_host(
        mentions,
        lambda m: m.at_event and not m.typed and m.type is AwardType.KHAC,
        lambda: honour_host(text),
    )


def _issued_by_host(
    mentions: list[AwardMention],
    orphan: Callable[[AwardMention], bool],
    host_of: Callable[[], str | None],
) -> list[AwardMention]:
    """The mentions with no issuer that ``orphan`` picks given the host ``host_of`` finds;
    the host is looked for only where there is such a mention."""
    orphans = [k for k, m in enumerate(mentions) if m.issuer is None and orphan(m)]
    if not orphans:
        return mentions
    host = host_of()
    if host is None:
        return mentions
    return [replace(m, issuer=host) if k in orphans else m for k, m in enumerate(mentions)]


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
        and (
            m.issuer is None
            or grant.issuer is None
            or similarity(m.issuer, grant.issuer) >= _SAME_ISSUER
        )
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


def _sum_once(
    mentions: list[AwardMention],
    keep: Callable[[AwardMention], bool],
    issuer_key: Callable[[str | None], object],
) -> int:
    """The figures of the mentions ``keep`` picks added up, a grant told twice (same type,
    issuer as ``issuer_key`` reads it, and figures) counted once."""
    seen: set[tuple[object, ...]] = set()
    total = 0
    for m in mentions:
        key = (m.type, issuer_key(m.issuer), m.collectives, m.individuals, m.total)
        if keep(m) and key not in seen:
            seen.add(key)
            total += _figure_sum(m)
    return total


def _honourees_told_again(text: str, mentions: list[AwardMention]) -> list[AwardMention]:
    """ "Tỉnh đoàn tuyên dương 22 thanh niên" where the event's typed grants (4 Bằng khen, 18
    Giấy khen) add up to 22: the honourees counted again, not a grant of their own. A hedged
    count ("Gần 370 giáo viên và học sinh được tuyên dương") rounds what all the event's other
    grants add up to (368): it is their sum told again, too."""
    total = _sum_once(mentions, lambda m: m.at_event and m.typed, lambda issuer: issuer)
    shared = {
        figures: m.sentence
        for m in mentions
        if m.at_event and m.typed and (figures := _shared_figures(m)) is not None
    }
    again = [
        k
        for k, m in enumerate(mentions)
        if m.at_event
        and not m.typed
        and (
            (total >= 2 and _figure_sum(m) == total)
            # "trao cờ, bằng khen, giấy khen cho 9 tập thể và 21 cá nhân" and a caption
            # "9 tập thể và 21 cá nhân được khen thưởng": the list's recipients told again
            or shared.get((m.collectives, m.individuals, m.total), m.sentence) != m.sentence
        )
    ]
    again.extend(
        k
        for k, m in enumerate(mentions)
        if k not in again and m.at_event and not m.typed and _rounds_the_others(text, m, mentions)
    )
    if not again:
        return mentions
    return [replace(m, at_event=False) if k in again else m for k, m in enumerate(mentions)]


def _shared_figures(mention: AwardMention) -> tuple[int | None, int | None, int | None] | None:
    """The figures a list of award kinds shares ("trao cờ, bằng khen, giấy khen cho 9 tập
    thể và 21 cá nhân"), read at the spans the finder keeps for them; None where it has none."""
    values: list[int | None] = []
    for key in ("collectives", "individuals", "total"):
        span = mention.count_spans.get(f"list {key}")
        start, end = (span[0] - mention.start, span[1] - mention.start) if span else (0, 0)
        values.append(parse_count(mention.quote[start:end]) if 0 <= start < end else None)
    if all(value is None for value in values):
        return None
    return values[0], values[1], values[2]


_ROUNDING = 0.03  # a hedged count within this share of the sum rounds it


def _rounds_the_others(text: str, mention: AwardMention, mentions: list[AwardMention]) -> bool:
    """Whether an untyped honouring's one hedged count ("gần 370") rounds the sum of the
    event's other grants, each counted once."""
    if len(mention.count_spans) != 1:
        return False
    start, _ = next(iter(mention.count_spans.values()))
    if _HEDGE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    others = _sum_once(
        mentions,
        lambda m: m is not mention and m.at_event and bool(m.count_spans),
        normalize_name,
    )
    value = _figure_sum(mention)
    return others >= 2 and abs(value - others) <= max(2, _ROUNDING * value)


# the hedges a number may carry ("hơn 500", "khoảng 20 triệu"), as one alternation
_HEDGES = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)

_HEDGE_BEFORE = re.compile(r"(?i)(?<!\w)(?:" + _HEDGES + r")\s+$")


def _grant_clauses(text: str) -> list[Clause]:
    """The clauses of the sentences that hold an award hint ("khen", "chương", ...)."""
    hints = award_hint_starts(text)
    clauses: list[Clause] = []
    if not hints:
        return clauses
    spans = sentences_of(text)  # in text order, none overlapping
    after_all = len(text) + 1  # above every sentence's end: (hint, after_all) sorts after
    # from hint to hint, not sentence to sentence: a sentence is found by bisection, and the
    # hints inside it are skipped at once (most sentences hold none)
    at = 0
    while at < len(hints):
        number = bisect.bisect_right(spans, (hints[at], after_all)) - 1
        if number < 0 or hints[at] >= spans[number][1]:
            at += 1  # between sentences
            continue
        s_start, s_end = spans[number]
        clauses.extend(sentence_clauses(text, number, s_start, s_end))
        at = bisect.bisect_left(hints, s_end, at)
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
    lookback = max(clause.start, hit.start - LOOKBACK)
    proxy = (
        _ON_BEHALF.search(text, lookback, hit.start)
        if may_hold(text, lookback, hit.start, _MANDATE_NEEDS)
        else None
    )
    mandated = bool(
        proxy
        and not issuer
        and ISSUER_HEAD.match(proxy.group("x"))
        and _one_verb_run(text, proxy.end(), hit.start)
    )
    if proxy and mandated:
        # "Thừa ủy quyền của Chủ tịch nước (Lê Văn A), Thứ trưởng X trao Huân chương ...":
        # the honour is the Chủ tịch nước's, whoever holds the post; the speaker only
        # presents it, so the principal is no presenter, nor below the award
        principal = clean_phrase(proxy.group("x"))
        before_issuer, active = post_without_holder(principal) or principal, True
    if not issuer and before_issuer is None:
        before_issuer = _letter_writer(text, clause, hit)
        active = before_issuer is not None
    hit.issuer = issuer or before_issuer
    hit.issuer_active = active and before_issuer is not None
    if (hit.issuer is not None and not mandated) and (
        is_presenter(hit.issuer)
        or state_honour_presenter(hit.type, hit.issuer)
        or (not issuer and below_the_award(text, clause.start, hit, hit.issuer))
    ):
        # "Phó Giám đốc Công an tỉnh trao ...", "Thủ tướng Phạm Minh Chính trao ...", "Bộ CHQS
        # tỉnh trao Huân chương ...": who hands over; the text does not say here who grants
        hit.issuer = None
    if hit.issuer is None:
        lookback = max(clause.start, hit.start - 400)
        decision = (
            _BY_DECISION.search(text, lookback, hit.start)
            if may_hold(text, lookback, hit.start, ("quyết",))
            else None
        )
        author = decision.group("x") or decision.group("y") if decision is not None else None
        if author and ISSUER_HEAD.match(author):
            # "Theo Quyết định của Chủ tịch nước, ... 8 đồng chí được trao tặng Huân chương"
            hit.issuer = clean_phrase(author)


_ILLUSTRATION = re.compile(ILLUSTRATION_MARK)
_ILLUSTRATION_NEEDS = ("minh",)  # a word of every mark: a line without it is not scanned


# what may stand between a caption's mark and the end or start of its line: brackets and marks
_CAPTION_EDGE = re.compile(r"[\s().:\[\]–-]*")
# a sentence's end inside a line ("... tập thể. Các ..."): a line of several is no caption
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+\S")
_CAPTION_LENGTH = 300
"""The longest caption line: a photo's caption is a sentence, a paragraph is no caption."""


def _line_span(text: str, at: int) -> tuple[int, int]:
    """The span of the line holding ``at``: from after the newline before it to the next
    newline (or the text's end)."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _in_an_illustration_caption(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is an illustrative photo's caption ("UBND xã tặng
    Giấy khen cho 5 hội viên (Ảnh minh họa)", "Ảnh minh họa: X trao ..."): it shows another
    occasion, so its grants are none of the reported event's. The line is one short sentence
    and the mark ends or opens it; a mark inside a sentence ("xem ảnh minh họa bên dưới") or
    opening a sentence after it ("... cá nhân. Ảnh minh họa: Hội nghị ...") captions no grant
    of that sentence."""
    start, end = _line_span(text, at)
    if end - start > _CAPTION_LENGTH or not may_hold(text, start, end, _ILLUSTRATION_NEEDS):
        return False
    for mark in _ILLUSTRATION.finditer(text, start, end):
        if _CAPTION_EDGE.fullmatch(text, mark.end(), end):
            caption = text[start : mark.start()]
        elif _CAPTION_EDGE.fullmatch(text, start, mark.start()):
            caption = text[mark.end() : end]
        else:
            continue
        return _SENTENCE_INSIDE.search(caption.strip(" \t().:[]–-")) is None
    return False


def _one_verb_run(text: str, start: int, end: int) -> bool:
    """Whether the grant verbs between ``start`` and ``end`` are one run ("trao", "trao
    tặng", "tuyên dương và tặng"): a mandate ("Thừa ủy quyền của X, Y trao ...") reaches the
    award of the verb its speaker does, not one of another subject's verb after it ("..., Y
    trao A cho 2 tập thể, Z tặng B ...")."""
    verbs = list(find_verbs(text, start, end))
    return all(
        JOINED_VERBS.fullmatch(text, before.end(), after.start())
        for before, after in pairwise(verbs)
    )


# "(đã|vừa) có thư khen": the subject commends by a letter of its own
_HAS_A_LETTER = re.compile(r"(?i)(?:\s+(?:đã|vừa))?\s+có\s+(?=thư\s+khen(?!\w))")
_SUBJECT_BREAK = re.compile(r"[,:;(]|\s[-–]\s")


def _letter_writer(text: str, clause: Clause, hit: TypeHit) -> str | None:
    """ "Bộ Công an có thư khen (và thưởng) cho ...": the body that "has" a letter of
    commendation for the recipients writes it, and so grants it."""
    has = None
    for match in _HAS_A_LETTER.finditer(
        text, max(clause.start, hit.start - LOOKBACK), hit.start + 9
    ):
        if match.end() == hit.start:
            has = match
    if has is None:
        return None
    start = max(clause.start, hit.start - LOOKBACK)
    for sep in _SUBJECT_BREAK.finditer(text, start, has.start()):
        start = sep.end()
    subject = clean_phrase(text[start : has.start()])
    if not ISSUER_HEAD.match(subject) or len(subject.split()) > 10 or is_presenter(subject):
        return None
    return subject


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
    item opens with the verb, its subject is the previous item's; and "X trao Huân chương A
    cho 3 cá nhân; Huân chương B cho 1 tập thể": an item that opens with the award word itself
    has the verb, and so the subject, of the item before."""
    if previous is None or previous[0] != clause.sentence or not previous[1].issuer_active:
        return False
    also = _ALSO.match(text, clause.start)
    verb_at = also.end() if also is not None else clause.start
    if not text[verb_at : hit.start].strip():
        return True
    return VERB_RE.match(text, verb_at, hit.start) is not None


def _resolve_issuers(
    text: str,
    clause: Clause,
    types: list[TypeHit],
    previous: tuple[int, TypeHit] | None,
    sentences: tuple[tuple[int, int], ...],
) -> None:
    """Set the issuer of each award word of a clause, own or shared (see module doc);
    ``sentences`` are the text's sentence spans (:func:`tomtat.text.segment.sentence_spans`)."""
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
        elif i == 0:
            subject = _subject_of_the_list(text, clause, hit, sentences[clause.sentence][0])
            if subject is not None:
                hit.issuer, hit.issuer_active = subject, True


def _subject_of_the_list(text: str, clause: Clause, hit: TypeHit, s_start: int) -> str | None:
    """ "X tặng quà cho các gia đình chính sách; tặng Giấy khen cho 9 tập thể": a ';'-list
    item that opens with the grant verb has no subject of its own; it is the subject of the
    sentence's first grant verb, when that subject is a body or office that acts (not one
    who hands over), though the first item gave no award word (money, gifts). ``s_start``
    is where the clause's sentence starts."""
    if clause.index == 0 or text[: clause.start].rstrip()[-1:] != ";":
        return None
    also = _ALSO.match(text, clause.start)
    verb_at = also.end() if also is not None else clause.start
    if VERB_RE.match(text, verb_at, hit.start) is None:
        return None
    return _sentence_subject(text, s_start, clause.start)


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
        else:
            hit.recipients.extend(_persons_listed(text, hit, clause.end))
        return
    hit.recipients.extend(listed_recipients(text, hit, clause.end))
    if not hit.recipients and not {"collectives", "total"} & hit.counts.keys():
        # "cho tập thể Phòng X và 2 cá nhân": one named collective beside counted individuals
        recipient = active_recipient(text, hit, clause.end)
        if recipient and names_a_unit(recipient):
            hit.recipients.append(recipient)


# "cho các đồng chí: Nguyễn Văn A, Trần Thị B và Lê Văn C", "cho các anh A (phóng viên), B
# và C mỗi người 2 triệu đồng": persons listed by name under one form of address
_PERSONS_LIST = re.compile(
    r"(?i)(?<!\w)cho\s+(?:các|những)\s+(?P<head>" + HONORIFICS + r")\s*:?\s*"
    r"(?P<names>[^.;:\n]{3,400})"
)
_PERSON_NAME = re.compile(UPPER_LETTER + r"\w*(?:\s+" + UPPER_LETTER + r"\w*){1,4}")
_NAMES_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")
# a note in brackets after a name ("(phóng viên báo X)", "(38 tuổi)")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# where the list of names ends: what each is given, why, or what follows it
_NAMES_END = re.compile(r"(?i)\s+(?:mỗi|vì|đã|có|do|với|về|trong|tại|đều|cùng)(?!\w)")


def _persons_listed(text: str, hit: TypeHit, clause_end: int) -> list[str]:
    """The persons an uncounted grant lists by name after a colon ("trao Kỷ niệm chương cho
    các đồng chí: Nguyễn Văn A, Trần Thị B và Lê Văn C"), each under the list's form of
    address; none unless every item is a personal name alone (a list mixing names and posts
    is not read: its commas part both)."""
    match = _PERSONS_LIST.match(text, hit.end) or _PERSONS_LIST.search(
        text, hit.end, min(clause_end, hit.end + 80)
    )
    if match is not None:
        # the list opens within reach of the award word; its names run on to where they end
        match = _PERSONS_LIST.match(text, match.start())
    if match is None or match.end() > clause_end:
        return []
    listed = _BRACKETED.sub("", match.group("names"))
    end = _NAMES_END.search(listed)
    listed = listed[: end.start()] if end is not None else listed
    names = [name for name in _NAMES_SPLIT.split(listed.strip()) if name]
    if not 1 <= len(names) <= 30 or not all(_a_persons_name(name) for name in names):
        return []
    if end is None:
        names.extend(_names_after_semicolons(text, match.end()))
    head = match.group("head").lower()
    return [f"{head} {name}" for name in names]


# one more item of a list of names parted by ';' ("...: Nguyễn Văn A; Trần Thị B; Lê Văn C.")
_SEMICOLON_ITEM = re.compile(r"[^\S\n]*;[^\S\n]*(?P<names>[^.;:\n]{3,120}?)[^\S\n]*(?=[;.\n]|$)")


def _names_after_semicolons(text: str, at: int) -> list[str]:
    """The names of a person list that goes on past its clause with ';' between the names:
    each item after a ';' that holds only personal names (its note in brackets aside) is one
    more; the list stops at the first item that is anything else ("; đồng thời trao ...")."""
    names: list[str] = []
    while (item := _SEMICOLON_ITEM.match(text, at)) is not None:
        parts = _NAMES_SPLIT.split(_BRACKETED.sub("", item.group("names")).strip())
        if not parts or not all(_a_persons_name(part) for part in parts):
            break
        names.extend(parts)
        at = item.end()
    return names


def _a_persons_name(words: str) -> bool:
    """Whether ``words`` are a person's full name: capitalised words, the first a known surname
    ("Nguyễn Văn Tám"; not the capitalised name of a unit, "Đội Dân phòng Phường Hai")."""
    return _PERSON_NAME.fullmatch(words) is not None and words.split()[0].lower() in SURNAMES


_ON_BEHALF = re.compile(
    r"(?i)(?<!\w)(?:" + MANDATE_WORDS + r")\s+"
    r"(?:của\s+)?(?P<x>[^,;]{3,80}),"
)
_MANDATE_NEEDS = ("ủy", "uỷ", "thừa")
"""Every branch of :data:`MANDATE_WORDS` holds one of these: a stretch without them holds no
mandate, and :data:`_ON_BEHALF` is not run there."""

# "...; đồng thời trao 98 Huy chương ...": a list item opening with "also" and the verb
_ALSO = re.compile(r"(?i)\s*(?:(?:đồng\s+thời|cũng|và|còn)\s+)*")

# "Theo Quyết định (số N) của X, ..." and "công bố Quyết định của X về việc tặng ...": the
# decision's author grants
_BY_DECISION = re.compile(
    r"(?i)(?<!\w)(?:theo\s+quyết\s+định(?:\s+số\s+[\w/.-]+)?\s+của\s+(?P<x>[^,;]{3,60}?)\s*,"
    r"|quyết\s+định(?:\s+số\s+[\w/.-]+)?\s+của\s+(?P<y>[^,;]{3,60}?)\s+về\s+việc)"
)

_CASH_VERB = re.compile(r"(?i)(?:" + "|".join(CASH_REWARD_VERBS) + r")")
_CONTEST_PRIZE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(PRIZE_WORDS) + r")(?!\w)")


def _contest_prize(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (the sentence or clause of a cash reward) tells of a
    contest's prizes ("trao thưởng cho 12 cá nhân đạt giải"): prizes won are not a grant."""
    return _CONTEST_PRIZE.search(text, start, end) is not None


_KHEN_THUONG = re.compile(
    r"(?i)(?<!\w)(?:khen\s+thưởng|" + "|".join((*PRAISE_VERBS, *CASH_REWARD_VERBS)) + r")(?!\w)"
)

_GIFT = re.compile(r"(?i)(?<!\w)(?:" + "|".join(GIFT_NOUNS) + r")(?!\w)")

_OVERALL_AFTER = re.compile(r"(?i)[\s,]*trong\s+đó(?!\w)")

OVERALL_RE = re.compile(r"(?i)(?<!\w)khen\s+thưởng(?!\w)[^.;\n]{0,120}?,\s*trong\s+đó(?!\w)")


def _no_grant_told(text: str, verb: re.Match[str], start: int, sentence: tuple[int, int]) -> bool:
    """Whether the honour verb of a sentence tells no grant: an event's purpose or a task it
    governs ("là dịp để khen thưởng 10 tập thể", "cần khen thưởng 5 tập thể"), or a cash
    reward of a contest's prizes ("trao thưởng cho 3 tập thể đạt giải"). The purpose or task
    is read from ``start``, the contest in the whole ``sentence``."""
    if _PURPOSE_OR_TASK.search(text, start, verb.start()):  # as in text[: verb.start()]
        return True
    return _CASH_VERB.match(verb.group()) is not None and _contest_prize(text, *sentence)


def _own_item_grant(
    text: str,
    clause: Clause,
    counts: list[CountHit],
    sentence_spans: dict[int, tuple[int, int]],
) -> list[TypeHit] | None:
    """ "...; UBND quận X khen thưởng 4 tập thể, 9 cá nhân": an item that names its own issuer
    and grants without an award word, so it does not take the previous item's type; None
    where the clause does not open with a body before such a verb."""
    verb = _KHEN_THUONG.search(text, clause.start, counts[0].start)
    own = ISSUER_HEAD.match(text, clause.start, clause.end) if verb else None
    if verb is None or own is None or own.start() >= verb.start():
        return None
    if PROPOSAL_RE.search(text, own.start(), verb.start()):
        return []  # "UBND huyện đề nghị UBND tỉnh khen thưởng 12 ...": a proposal
    if _no_grant_told(text, verb, own.start(), sentence_spans[clause.sentence]):
        return []  # "Giám đốc yêu cầu các phòng cần khen thưởng 5 ...": a task set
    hit = TypeHit(AwardType.KHAC, verb.end(), verb.end(), untyped=True)
    hit.issuer = clean_phrase(subject_name(text[clause.start : verb.start()])) or None
    hit.issuer_active = hit.issuer is not None
    hit.carried = True
    return [hit]


def _carried_item(text: str, clause: Clause, prior: TypeHit) -> TypeHit:
    """A ';'-list item after a grant in its sentence: one more of the previous item's award,
    unless it names a reward of its own ("...; 9 tập thể được nhận thưởng đột xuất của Bộ
    X"), a grant of type "Khác" (FORMAT) of that body, not of the previous item's type."""
    carried = _carried_issuer(text, clause)
    reward = None if carried else _reward_of(text, clause)
    if reward is not None:
        hit = TypeHit(AwardType.KHAC, clause.start, clause.start, reward[0], False)
        hit.cash = reward[1]
    else:
        issuer = carried or prior.issuer
        hit = TypeHit(prior.type, clause.start, clause.start, issuer, prior.issuer_active)
    hit.carried = True
    return hit


def _untyped_grant(
    text: str,
    clause: Clause,
    counts: list[CountHit],
    previous: tuple[int, TypeHit] | None,
    sentence_spans: dict[int, tuple[int, int]],
    sentence_markers: dict[int, tuple[bool, bool]],
) -> list[TypeHit]:
    """Counts in a clause without an award word: a ';'-list item or "X khen thưởng N ..."."""
    if not any(c.key in ("collectives", "individuals") for c in counts) and not _names_its_honourer(
        text, clause, counts, sentence_spans
    ):
        opened = _verb_opened_total(text, clause, counts, sentence_spans)
        if opened or not (
            PRAISE_VERB_RE.search(text, clause.start, clause.end)
            or _verb_opens_sentence(text, clause, sentence_spans)
            or _passive_headline(text, clause, counts, sentence_spans)
        ):
            return opened  # a total alone is a grant after a list's verb or an honouring
    if _GIFT.search(text, clause.start, counts[-1].start) and not _KHEN_THUONG.search(
        text, clause.start, clause.end
    ):
        return []  # "...; các đại biểu trao 30 suất quà cho 30 em": gifts, no award's count
    own = _own_item_grant(text, clause, counts, sentence_spans)
    if own is not None:
        return own
    passive = _passive_own_grant(text, clause, counts)
    if passive is not None:
        return [passive]
    if previous is not None and previous[0] == clause.sentence:
        opened = _verb_opened_total(text, clause, counts, sentence_spans)
        if opened:
            # "...; đồng thời vinh danh 3 nhà giáo": the item opens with an honour verb of
            # its own, a "Khác" grant, not one more of the previous item's award
            return opened
        return [_carried_item(text, clause, previous[1])]
    verb = _honour_verb_of(text, clause, counts[0].start)
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
    if _no_grant_told(
        text, verb, sentence_spans[clause.sentence][0], sentence_spans[clause.sentence]
    ):
        return []
    hit = TypeHit(AwardType.KHAC, verb.end(), verb.end(), untyped=True)
    hit.cash = _CASH_VERB.match(verb.group()) is not None
    issuer, active = issuer_before(text, clause.start, hit.start)
    if active and issuer is not None and not is_presenter(issuer):
        # "Dịp này, Phòng GD&ĐT huyện X khen thưởng 12 tập thể": the body that is the subject
        # of the honour verb grants the "Khác" (FORMAT); a person presenting does not
        hit.issuer, hit.issuer_active = issuer, True
    event_marker = sentence_markers_at(text, clause.sentence, sentence_spans, sentence_markers)[0]
    if not (
        active
        or event_marker
        or _honours_now(text, clause, verb, sentence_spans)
        or _verb_opens_sentence(text, clause, sentence_spans)
        or _passive_headline(text, clause, counts, sentence_spans)
    ):
        return []  # "công tác khen thưởng ... 120 lượt": a report, not a grant
    return [hit]


def _names_its_honourer(
    text: str, clause: Clause, counts: list[CountHit], sentence_spans: dict[int, tuple[int, int]]
) -> bool:
    """ "...; Hội Nông dân xã khen thưởng 18 hội viên, tập thể", "Dịp này, UBND phường khen
    thưởng 30 tập thể và cá nhân": an item that opens (after where or when) with a body's name
    before its honour verb grants what it counts, a total included. Not where its sentence
    counts over a period or tells a habit ("... trong 5 năm qua", "Trong năm, ...; ...",
    "Hằng năm, ..."): that is a record, a statistic; nor a proposal ("X đề nghị Y khen
    thưởng ...")."""
    s_start = sentence_spans[clause.sentence][0]
    if period_marker_in(text, s_start, clause.end) or _habit_in(text, clause, sentence_spans):
        return False
    opener = _EVENT_OPENER.match(text, clause.start, clause.end)
    at = opener.end() if opener is not None else clause.start
    while at < clause.end and text[at].isspace():
        at += 1
    own = ISSUER_HEAD.match(text, at, clause.end)
    verb = _KHEN_THUONG.search(text, at, counts[0].start)
    if own is None or verb is None or own.start() >= verb.start():
        return False
    return PROPOSAL_RE.search(text, own.start(), verb.start()) is None


_HEADLINE_MAX = 220  # characters: a longer line is prose
_PASSIVE_HONOUR_END = re.compile(
    r"(?i)(?<!\w)được\s+(?:khen\s+thưởng|" + "|".join(PRAISE_VERBS) + r")(?!\w)[^\S\n]*$"
)


def _passive_headline(
    text: str, clause: Clause, counts: list[CountHit], sentence_spans: dict[int, tuple[int, int]]
) -> bool:
    """ "Huyện X: 35 tập thể, cá nhân tiêu biểu được khen thưởng": a line of its
    own (a headline, a caption: short, no closing period) that ends with the passive honour of
    the recipients it counts tells what the event did, as a headline opening with the verb
    does. In the prose of a report the same words may tell the work of a year."""
    s_start, s_end = sentence_spans[clause.sentence]
    line_start = text.rfind("\n", 0, s_start) + 1
    line_end = text.find("\n", s_end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].rstrip()
    if not line or len(line) > _HEADLINE_MAX or line.endswith((".", ";", ":")):
        return False
    if text[line_start:s_start].strip() or line_start + len(line) > clause.end + 1:
        return False  # the clause is not the whole line
    return _PASSIVE_HONOUR_END.search(text, counts[-1].end, clause.end) is not None


# "... được <body> khen thưởng|tuyên dương": the counted recipients honoured by a body named
# right before the verb
_PASSIVE_HONOUR = re.compile(
    r"(?i)(?<!\w)được\s+(?P<x>[^,;:.]{2,80}?)\s+(?P<verb>khen\s+thưởng|"
    + "|".join(PRAISE_VERBS)
    + r")(?!\w)"
)


def _passive_own_grant(text: str, clause: Clause, counts: list[CountHit]) -> TypeHit | None:
    """ "...; 279 học sinh đạt giải được Sở GD&ĐT khen thưởng": counted recipients honoured,
    in the passive, by a body the clause names itself, with no award word: a grant of type
    "Khác" from that body (FORMAT), not one more of the previous list item's award."""
    match = _PASSIVE_HONOUR.search(text, counts[-1].end, clause.end)
    if match is None or _TYPE_HIT_WORD.search(match.group()):
        return None
    issuer = clean_phrase(match.group("x"))
    if not issuer or not ISSUER_HEAD.match(issuer) or is_presenter(issuer):
        return None
    hit = TypeHit(AwardType.KHAC, match.end("verb"), match.end("verb"), issuer, untyped=True)
    hit.carried = True  # its issuer is read here
    return hit


# an award word inside a passive honouring: the clause is typed, read as such elsewhere
_TYPE_HIT_WORD = re.compile(
    r"(?i)(?<!\w)(?:bằng\s+khen|giấy\s+khen|huân\s+chương|k[ỷỉ]\s+niệm\s+chương|cờ)(?!\w)"
)


def _honour_verb_of(text: str, clause: Clause, count_start: int) -> re.Match[str] | None:
    """The honour verb whose object the counts are: the last run of verbs before them ("Hội
    nghị biểu dương ...: dự kiến khen thưởng 50 tập thể": the second; "tuyên dương, khen
    thưởng 31 HS": both, read from the first), else the first after them ("15 tập thể được
    UBND huyện khen thưởng")."""
    before = last = None
    for match in _KHEN_THUONG.finditer(text, clause.start, count_start):
        if last is None or not JOINED_VERBS.fullmatch(text, last.end(), match.start()):
            before = match  # a new run of verbs ("tuyên dương, khen thưởng" is one)
        last = match
    return before or _KHEN_THUONG.search(text, count_start, clause.end)


# "khen thưởng (đột xuất|kịp thời) <name>": a commendation of one named recipient; a cash
# reward ("thưởng nóng (số tiền) 20 triệu đồng (của X) cho <name>") likewise
_COMMENDS = re.compile(
    r"(?i)(?<!\w)(?P<verb>khen\s+thưởng|" + "|".join(CASH_REWARD_VERBS) + r")(?!\w)"
    r"(?:\s+(?:đột\s+xuất|kịp\s+thời))?"
    r"(?P<amount>\s+" + SUM_GIVEN + r")?"
    r"(?:\s+của\s+(?P<x>[^,;.()]{3,60}?)(?=\s+(?:cho|đối\s+với)(?!\w)))?"
    r"(?:\s+(?:cho|đối\s+với))?\s+"
)
_COMMENDS_AT = word_start_alternation_twin(
    re.compile(_COMMENDS.pattern.replace("(?P<verb>", "(?:", 1))
)
"""Where :data:`_COMMENDS` matches, found on the lower-cased copy: its twin skips to the
letters a verb starts with instead of trying the look-behind at every position."""


def _find_commendation(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_COMMENDS.search(text, start, end)``: the place found by the twin on the
    :func:`lowered` copy (the same place), the match read there on the text (its groups)."""
    low = lowered(text)
    if low is None:
        return _COMMENDS.search(text, start, end)
    found = _COMMENDS_AT.search(low, start, end)
    return None if found is None else _COMMENDS.match(text, found.start(), end)


# a noun right before the verb ("việc trao thưởng cho X"): the act named, not told as done
_NOMINAL_BEFORE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(NOMINAL_HEADS) + r")\s+$")

# nothing before the verb of a clause but "đồng thời", "và", "cũng" and the like
_NO_SUBJECT_YET = re.compile(r"(?i)[\s,]*(?:(?:" + "|".join((*VERB_ADVERBS, "và")) + r")\s+)*")


def _named_commendation(text: str, clause: Clause) -> list[TypeHit]:
    """ "UBND huyện (đã) khen thưởng (đột xuất) Công an xã X vì ...", "Giám đốc Công an tỉnh
    thưởng nóng 20 triệu đồng cho Phòng Y": a body's bare "khen thưởng" or a cash reward of a
    named unit or person is a grant of type "Khác" to it (FORMAT.md), though no award word or
    count is written. A bare "khen thưởng" needs a body as its subject: a speaker who
    "biểu dương" a unit praises it, and "đề nghị khen thưởng", "công tác khen thưởng" or "khen
    thưởng các tập thể" name no one granted here. A cash reward is a grant whoever hands it
    over; its issuer is the body whose money it is ("... 100 triệu đồng của UBND tỉnh cho ..."),
    else the body that is its subject, else none (FORMAT: the presenter is not the issuer)."""
    verb = _find_commendation(text, clause.start, clause.end)
    if verb is None:
        return []
    cash = not re.match(r"(?i)khen", verb.group("verb"))
    if cash and PROPOSAL_RE.search(text, clause.start, verb.start()):
        return []  # "đề nghị UBND tỉnh thưởng nóng cho ...": a proposal
    if cash and _contest_prize(text, clause.start, clause.end):
        return []
    if _NOMINAL_BEFORE.search(text, clause.start, verb.start()) or FUTURE_RE.search(
        text, clause.start, verb.start()
    ):
        return []  # "việc trao thưởng cho X ...", "X sẽ thưởng nóng ...": no grant told
    issuer, active = issuer_before(text, clause.start, verb.end("verb"))
    subject = issuer is not None or _NO_SUBJECT_YET.fullmatch(text, clause.start, verb.start())
    if issuer is not None and is_presenter(issuer):
        issuer, active = None, False
    if not cash and (issuer is None or not active):
        return []
    if verb.group("x") is not None:
        owner = clean_phrase(verb.group("x"))
        issuer, active = (owner, False) if ISSUER_HEAD.match(owner) else (issuer, active)
    recipient = named_after(text, verb.end(), clause.end)
    if recipient is None:
        return []
    hit = TypeHit(AwardType.KHAC, verb.end(), verb.end(), issuer, active, untyped=True)
    hit.cash = cash
    # its issuer is read here; a list item that opens with the verb ("...; trao thưởng Công
    # an huyện Y") takes the subject of the list (see _resolve_issuers)
    hit.carried = not subject or issuer is not None or not cash
    at = text.find(recipient, verb.end(), clause.end)
    # "cho Phòng X và Công an huyện Y": each unit named is one recipient
    hit.recipients.extend(
        recipients_named_with(text, recipient, at, clause.end) if at >= 0 else [recipient]
    )
    return [hit]


def _verb_opens_sentence(
    text: str, clause: Clause, sentence_spans: dict[int, tuple[int, int]]
) -> bool:
    """ "Khen thưởng 49 tập thể và cá nhân ...", "Huyện A: khen thưởng 4 tập thể ...": a
    sentence (a headline, a caption) that opens with the honour verb and no subject, or with
    only the place it tells of and a colon, tells what the event does."""
    s_start = sentence_spans[clause.sentence][0]
    if clause.start > s_start:
        return False
    start = s_start
    while start < clause.end and text[start].isspace():
        start += 1
    place = _PLACE_COLON.match(text, start, clause.end)
    if place is not None:
        if not _names_a_place(place.group()):
            return False  # "Video: khen thưởng ...", "TIN LIÊN QUAN: ...": a link's label
        start = place.end()
    return _KHEN_THUONG.match(text, start, clause.end) is not None


# a headline's place and colon before what happened there ("Nông Trường: ", "TP Hà Tiên: ")
_PLACE_COLON = re.compile(
    UPPER_LETTER + r"\w*(?:[^\S\n]+" + UPPER_LETTER + r"[\w.]*){0,4}[^\S\n]*:[^\S\n]*"
)


_LINK_LABEL = re.compile(r"(?i)(?:" + "|".join(LINK_LABELS) + r")(?!\w)")


def _names_a_place(label: str) -> bool:
    """Whether the words before a headline's colon may name a place: not a link's or a
    medium's label ("Video:", "Tin liên quan:", "Đọc thêm:"), and not words written all in
    capitals ("BÀI LIÊN QUAN:", a site's label; a place is written with its words capitalised).
    Short plain abbreviations ("TP HCM:", "TPHCM:") may still name a place."""
    words = label.rstrip(": \t")
    if _LINK_LABEL.match(words):
        return False
    if any(ch.islower() for ch in words):
        return True
    return all(len(word) <= 5 and word.isascii() for word in words.split())


_PASSIVE_BEFORE = re.compile(r"(?i)(?<!\w)được\s+$")

PRAISE_VERB_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(PRAISE_VERBS) + r")(?!\w)")
"""A verb of praise or reward (vocab.PRAISE_VERBS) as a whole word; the statistics finder
uses it too."""


def _honours_now(
    text: str, clause: Clause, verb: re.Match[str], sentence_spans: dict[int, tuple[int, int]]
) -> bool:
    """ "Chương trình gặp mặt tuyên dương 120 điển hình ...": honouring is the act of the
    event itself, unless the sentence counts over a period ("năm qua đã tuyên dương ...")."""
    if PRAISE_VERB_RE.fullmatch(verb.group()) is None:
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
    stop = _CARRIED_STOP.search(text, head.end(), clause.end)
    # the item's own verb ends its issuer too ("UBND tỉnh thưởng đột xuất 14 tập thể")
    verb = find_verb(text, head.end(), stop.start() if stop is not None else clause.end)
    end = verb.start() if verb is not None else stop.start() if stop is not None else None
    if end is None:
        return None
    issuer = clean_phrase(text[clause.start : end])
    return issuer or None


# "... được nhận thưởng đột xuất của UBND tỉnh": the reward named with whose it is
_REWARD_OF = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join((r"khen\s+thưởng", *CASH_REWARD_VERBS)) + r")(?!\w)"
    r"\s+của\s+(?P<x>[^,;.()]{3,60}?)(?=\s*(?:[,;.()]|$)|\s+(?:vì|về|do|với|trong)(?!\w))"
)


def _reward_of(text: str, clause: Clause) -> tuple[str, bool] | None:
    """The body a ';'-list item's own reward is of ("...; 9 tập thể được nhận thưởng đột xuất
    của Bộ Công an"), its issuer, not the previous item's; and whether the reward is in cash."""
    match = _REWARD_OF.search(text, clause.start, clause.end)
    if match is None:
        return None
    owner = clean_phrase(match.group("x"))
    if not owner or not ISSUER_HEAD.match(owner):
        return None
    return owner, _CASH_VERB.match(match.group()) is not None


_CARRIED_STOP = re.compile(r"(?i)\s+cho(?!\w)|\s*[,:]")


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
    elif recipients and names_a_unit(recipients[0]) and values["collectives"] is None:
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
        caption=_on_a_caption_line(text, clause.start),
    )


def _on_a_caption_line(text: str, at: int) -> bool:
    """Whether ``at`` lies on a short line of its own that no period closes, after the first
    line (the headline, which tells the whole): a photo's caption ("Ông A, Phó Chủ tịch UBND
    tỉnh trao Cờ thi đua cho 3 tập thể"), which may show a part of the grants the body tells in
    full."""
    start, end = _line_span(text, at)
    first = 0
    while first < len(text) and text[first].isspace():
        first += 1
    first_end = text.find("\n", first)  # the end of the text's first line
    if first_end < 0 or start <= first_end:
        return False  # the first line: a headline
    line = text[start:end].strip()
    return bool(line) and len(line) <= _HEADLINE_MAX and not line.endswith((".", ";", ":", "!"))
