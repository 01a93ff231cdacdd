"""Award checks: each count of each award against the grant clause of the text that states it.

Findings: mismatch (the clause says another number), swapped (collectives and individuals
exchanged), total_mismatch, unsupported_number (no clause gives it), missed_count (a grant of
the event no award covers, or a count the summary leaves empty).

A warning or error is raised only where the check's own reading of the text is unambiguous.
Where the text bears out the summary in another reasonable parse (a grant written whole in a
sentence the finder reads no clause in, the organiser's praise at its own meeting, a count
written in the clause that the finder did not read, a count in a sentence that honours where
no clause was read, the names of the clause counted, figures shared by a list of kinds of
award, a grant dated to another year, what the cut of a text cut off mid-sentence may hide)
the finding is an ``info`` note, or none where the text states it (a clause writing the award
whole whatever kind the finder read, a row of one sentence's list of grants added up).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from tomtat.check.facts import LARGE_TEXT, NumberAt, TextFacts, split_paragraphs
from tomtat.check.matching import (
    COUNT_FIELDS,
    WrittenWords,
    agreement,
    best_candidate,
    candidates,
    counts_of,
    recipients_agree,
    same_issuer,
    unwritten_words,
)
from tomtat.check.types import MentionLike
from tomtat.check.values import is_date_or_code, label_words, stands_alone
from tomtat.extract.rules.awards import MergedGrant, merged_grants
from tomtat.schemas import ArticleSummary, Award, AwardType, Finding, FindingKind, Severity
from tomtat.schemas.paths import item_path
from tomtat.text.award_parts import (
    FUTURE_RE,
    HABIT_RE,
    PROPOSAL_RE,
    VERB_RE,
    CountHit,
    count_hits,
    event_marker_in,
    past_record_at,
    period_marker_in,
)
from tomtat.text.figures import FIGURE, scale_after
from tomtat.text.mentions import AwardMention
from tomtat.text.normalize import normalize_name
from tomtat.text.numbers import parse_count
from tomtat.text.stat_rules import excluded_by_word, words_before
from tomtat.text.vocab import (
    AWARD_WORDS,
    CASH_GIFT_VERBS,
    CHANGE_VERBS,
    COMMENDATION_VERBS,
    HONORIFICS,
    MERIT_WORDS,
    OTHER_AWARD_WORDS,
    PRAISE_MENTIONS,
    PROPOSAL_WORDS,
    RECIPIENT_WORDS,
)

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
    supporting: set[int] = field(default_factory=set)
    """Clauses that give a count of an award besides its matched clause (the same grant
    written twice: once with its issuer, once with its figures)."""
    awards: list[Award] = field(default_factory=list)
    """The summary's awards (see :func:`_shared_by_joint_issuers`)."""
    told: dict[int, dict[int, list[int]]] = field(default_factory=dict)
    """Award index -> each count other awards of the summary give as their own -> those
    awards (see :func:`_told_by_others`): where the clause writes that figure for one of
    them, it is that grant's, not one this award left out."""


CUT_NOTE = "; the text is cut off in that sentence: not verified"


OTHER_THINGS = "it is written only as a name or as the count of things no award goes to"
"""Why a count is a warning where the text counts only other things with its number: a
sentence that writes the award and counts its recipients otherwise says more, and wins."""


UNTIED_NOTE = ": not verified"
"""What a count written in the text but tied to no clause by the check is: a reading the
check could not confirm, not evidence that the summary is wrong."""


def _elsewhere(
    value: int, facts: TextFacts, own: Collection[int], award: Award | None = None
) -> str | None:
    """What the text says the number ``value`` is where it says it is something else: only
    a date or a code ("ngày 17/4"), or only the count of a grant clause other than the
    award's ``own`` ones (another issuer's "12 hội viên"; a clause of the ``award``'s issuer
    is the same grant read as another kind, not another grant), of things no award goes
    to ("37 vụ trộm cắp") or in a name ("Ban Chỉ đạo 389"; see :func:`_counts_other_things`).
    None where it stands free
    somewhere, or where the award names as many recipients: then nothing says it is not the
    award's count."""
    spots = facts.numbers.where(value)
    counts = [spot for spot in spots if not is_date_or_code(facts.text, spot)]
    if spots and not counts:
        return "it is written only as a date or a code"
    if award is not None and value == len(award.recipients):
        return None
    issuer = award.issuer if award is not None else None
    taken = {
        span[0]
        for k, m in enumerate(facts.mentions)
        if k not in own and not (issuer and same_issuer(issuer, m.issuer))
        for span in m.count_spans.values()
    }
    if counts and all(spot.start in taken for spot in counts):
        return "it is written only as the count of another grant"
    if counts and all(
        spot.start in taken or _counts_other_things(facts.text, spot) for spot in counts
    ):
        return OTHER_THINGS
    if counts and all(
        spot.start in taken
        or not (_TALLY_NEXT.match(facts.text, spot.end) or _near_honour(facts, spot.start))
        for spot in counts
    ):
        return "it is written only where the text honours nobody"
    return None


def _near_honour(facts: TextFacts, at: int) -> bool:
    """The sentence holding offset ``at``, or the sentence before it, writes a word of
    honour: a kind of award, a verb that grants or praises ("tặng", "khen thưởng", "tuyên
    dương"). The genre writes a grant's count in the sentence that grants, or in the one
    right after it ("Trong đó, 12 tập thể ..."); a figure written only in sentences that
    honour nobody counts something else (cases, members, years, teams), so an award count
    copied from it is positive evidence of an error, where a count merely tied to no clause
    that stands beside a word of honour is not. A figure that counts recipients ("14 tập
    thể", "27 cá nhân") is honour-related in its own right: the genre often writes the tally
    two sentences after the grant or after a list of names, so the caller does not ask this
    of it."""
    here = facts.sentence_at(at)
    if here is None:
        return True  # no sentence to judge by: no evidence
    start = here[0]
    before = facts.sentence_at(start - 1) if start > 0 else None
    if before is not None:
        start = before[0]
    place = facts.text[start : here[1]]
    return bool(VERB_RE.search(place) or _PRAISED.search(place)) or any(
        w.search(place) for w in _HONOUR_WORDS.values()
    )


_PRAISED = re.compile(r"(?i)(?<!\w)(?:" + "|".join(PRAISE_MENTIONS) + r")(?!\w)")
"""Words of honour or merit beside the verbs that grant (see :func:`_near_honour`)."""


_TALLY_NEXT = re.compile(r"(?i)[^\S\n]+(?:tập\s+thể|cá\s+nh[âậ]n)(?!\w)")
"""The two kinds of recipient an award counts (the schema's collectives and individuals),
written right after a figure: a tally of a grant wherever it stands (see :func:`_near_honour`).
Narrower than ``RECIPIENT_WORDS`` on purpose: "41 tổ", "62 đại biểu" count other things."""

_RECIPIENT_NEXT = re.compile(r"(?i)[^\S\n]+(?:" + "|".join(RECIPIENT_WORDS) + r")(?!\w)")


def _counts_other_things(text: str, spot: NumberAt) -> bool:
    """The number at ``spot`` is no count of recipients: no recipients' noun
    (``RECIPIENT_WORDS``) follows it, and it counts another noun ("37 vụ trộm cắp", "58 đối
    tượng": it stands as a count, see :func:`_stands_as_count`), a word before it makes it
    part of a name or a label ("Ban Chỉ đạo 389", "tổ 5"), or it does not stand alone (a
    time "14:40", "Covid-19", the digits of "40 tỉ đồng"; see :func:`stands_alone`)."""
    start, end = spot.start, spot.end
    if _RECIPIENT_NEXT.match(text, end):
        return False
    return (
        excluded_by_word(words_before(text, start))
        or _stands_as_count(text, start, end)
        or not stands_alone(text, spot)
    )


def _counted_as_other_kind(name: str, value: int, facts: TextFacts) -> str | None:
    """Where the text counts ``value`` recipients only of the other kind ("3 tập thể" for
    an award of 3 cá nhân) and never of kind ``name``: a swap the text states, even in the
    sentence a cut ends."""
    if name not in ("collectives", "individuals") or len(facts.text) > LARGE_TEXT:
        return None  # not read over a text far beyond any report
    hits = [h for h in count_hits(facts.text, 0, len(facts.text)) if h.value == value]
    if hits and all(h.key not in (name, "total") for h in hits):
        return "the text counts it only as recipients of the other kind"
    return None


def _unsupported(
    path: str,
    value: int,
    facts: TextFacts,
    why: str,
    own: Collection[int] = (),
    award: Award | None = None,
) -> Finding:
    """A count no clause of its award states. An error where the text writes the number
    nowhere (the text states no such figure); a warning where the text says the number is
    something else (see :func:`_elsewhere`); an ``info`` note where it is written but the
    check ties it to no clause of the award: the finder may not have read the clause, and
    nothing in the text says another figure, so nobody is asked to look (the principle the
    statistics check follows). A count the text states otherwise is a ``mismatch``."""
    present = value in facts.numbers
    spots = facts.numbers.where(value)
    # written only in the sentence the text is cut off in: what would tie it (the rest of
    # an issuer, of a clause) may be what the cut hides
    cut = bool(spots) and all(facts.in_cut(spot.start) for spot in spots)
    other = None
    if present:
        other = _counted_as_other_kind(path.rsplit(".", 1)[-1], value, facts)
        if other is None and not cut:
            other = _elsewhere(value, facts, own, award)
    severity = Severity.ERROR if not present else Severity.WARNING if other else Severity.INFO
    note = f"; {other}" if other else CUT_NOTE if cut else UNTIED_NOTE
    return Finding(
        kind=FindingKind.UNSUPPORTED_NUMBER,
        severity=severity,
        path=path,
        message=(
            f"{value} is written in the text, but {why}" + note
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
    i: int,
    award: Award,
    facts: TextFacts,
    same_type: Sequence[int],
    out: AwardCheck,
    organizer: str | None = None,
    missing: Sequence[str] = (),
) -> None:
    """An award no clause of its type and issuer states: wrong issuer, or unsupported counts
    (``missing``: the words of its issuer that the article never writes)."""
    path = item_path("awards", i)
    given = _given(counts_of(award))
    if given:
        for k in same_type:
            mention = facts.mentions[k]
            if award.issuer is None and mention.issuer is None:
                continue  # no issuer on either side: nothing can be the wrong one
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
    if _note_unread(i, award, facts, out, why, organizer):
        return
    before = len(out.findings)
    named = False
    for name, value in given.items():
        if _named_single(award, None, name, value):
            continue
        if (
            len(given) == 1
            and name != "total"
            and value == len(award.recipients)
            and _names_in_granting_sentences(award, facts)
        ):
            named = True
            continue
        found = _unsupported(f"{path}.{name}", value, facts, why, award=award)
        against = (
            contradicting_count(award, name, facts, organizer)
            if found.severity is Severity.INFO or OTHER_THINGS in found.message
            else None
        )
        if against is not None:
            found.severity = Severity.WARNING
            found.message = (
                f"{value} is written in the text, but the sentence that writes this award "
                f"counts {against.value} {_NOUN[against.key]}"
            )
            found.text_value = against.value
            found.start, found.end = against.start, against.end
        out.findings.append(found)
    alarmed = any(f.severity is not Severity.INFO for f in out.findings[before:])
    if not alarmed and len(out.findings) > before:
        # every count is written but tied to no clause: a note, unless the text says the
        # award cannot be as stated (its issuer or its kind written nowhere, or its figures
        # the organiser's praise); not where the cut that ends the text may hide the issuer
        if all(CUT_NOTE in f.message for f in out.findings[before:]):
            return
        unwritten = _unwritten_grant(i, award, facts, missing) or _organisers_praise(
            i, award, facts, organizer
        )
        if unwritten is not None:
            out.findings.append(unwritten)
        return
    if len(out.findings) == before:
        if named and _issuer_grants_the_names(award, facts):
            return  # counted by its names, granted by its issuer in a sentence not read
        cut = _issuer_in_cut(award, facts)
        out.findings.append(
            Finding(
                kind=FindingKind.MISMATCH,
                severity=Severity.INFO if cut else Severity.WARNING,
                path=f"{path}.issuer",
                message=f"{why}; the award may be invented or its issuer wrong"
                + (CUT_NOTE if cut else ""),
                value=award.issuer,
                text_value=sorted({m.issuer for k in same_type if (m := facts.mentions[k]).issuer}),
            )
        )


def _unwritten_grant(
    i: int, award: Award, facts: TextFacts, missing: Sequence[str]
) -> Finding | None:
    """A warning where the text itself says an award no clause states cannot be as the
    summary has it: its issuer has words the article never writes, or the article writes its
    named kind of award nowhere ("Khác" honours in more words than any list holds, so its
    absence from the lists is no evidence). None where both are written: then the check
    merely could not tie the award to a clause."""
    if missing:
        return _unwritten_issuer(i, award, missing)
    if award.type is AwardType.KHAC or _HONOUR_WORDS[award.type].search(facts.text):
        return None
    return Finding(
        kind=FindingKind.MISMATCH,
        severity=Severity.WARNING,
        path=item_path("awards", i, "type"),
        message=f"the text writes no {award.type.value} anywhere; the award may be invented",
        value=award.type.value,
    )


def _organisers_praise(
    i: int, award: Award, facts: TextFacts, organizer: str | None
) -> Finding | None:
    """A warning where the sentence that writes the award's figures and kind names no
    issuer, not even the organiser, and is the event ``organizer``'s praise at its own meeting (see
    :func:`unread_grant`), while the award names another issuer: the genre writes the host's
    praise without its name, so the text gives that grant to the host, not to the award's
    issuer. None where the award's issuer is the organiser or no such sentence exists."""
    if not organizer or not award.issuer or same_issuer(award.issuer, organizer):
        return None
    hosted = unread_grant(award.model_copy(update={"issuer": organizer}), facts, organizer)
    if hosted is None:
        return None
    start, end = hosted
    sentence = normalize_name(facts.text[start:end])
    if _written_in(normalize_name(award.issuer), sentence) or _written_in(
        normalize_name(organizer), sentence
    ):
        return None  # a host named handing over may hand another body's award
    return Finding(
        kind=FindingKind.MISMATCH,
        severity=Severity.WARNING,
        path=item_path("awards", i, "issuer"),
        message=(
            f"the sentence that writes this award names no issuer: at its own meeting it is "
            f"the organiser's ({organizer!r}) praise, not {award.issuer!r}'s"
        ),
        value=award.issuer,
        text_value=organizer,
        start=start,
        end=end,
        quote=facts.text[start:end],
    )


def _issuer_in_cut(award: Award, facts: TextFacts) -> bool:
    """The award's issuer is written in the sentence the text is cut off in ("Dịp này, UBND
    xã, Hội Cựu chiến binh x") and the sentence names the award's kind or none: the
    grant may be what the cut took (a cut sentence granting another kind does not)."""
    cut_from = facts.cut_from
    issuer = normalize_name(award.issuer) if award.issuer else ""
    if cut_from is None or not _written_in(issuer, normalize_name(facts.text[cut_from:])):
        return False
    tail = facts.text[cut_from:]
    if _HONOUR_WORDS[award.type].search(tail):
        return True
    return not any(
        words.search(tail) for kind, words in _HONOUR_WORDS.items() if kind is not AwardType.KHAC
    )


def _note_unread(
    i: int, award: Award, facts: TextFacts, out: AwardCheck, why: str, organizer: str | None
) -> bool:
    """Where one sentence the finder reads no fitting clause in writes the award (see
    :func:`unread_grant`), an ``info`` note instead of an alarm: the check cannot tell, and
    says so without crying wolf. False when no sentence writes it."""
    unread = unread_grant(award, facts, organizer)
    if unread is None:
        return False
    start, end = unread
    given = _given(counts_of(award))
    out.supporting.update(
        k
        for k, m in enumerate(facts.mentions)
        if start <= m.start < end and _given(counts_of(m)) == given
    )
    out.findings.append(
        Finding(
            kind=FindingKind.MISMATCH,
            severity=Severity.INFO,
            path=item_path("awards", i),
            message=(
                f"{why} the finder reads, but one sentence of the text writes this "
                "award's kind, issuer (or the event's organiser), recipients and figures: "
                "not verified"
            ),
            value=award.issuer,
            start=start,
            end=end,
            quote=facts.text[start:end],
        )
    )
    return True


_FLAG = r"cờ(?!\s+(?:truyền\s+thống|tổ\s+quốc|luân\s+lưu)(?!\w))(?<!chào\scờ)"
"""A bare flag ("tặng cờ Đơn vị dẫn đầu") is a Cờ thi đua (FORMAT.md); a flag that is no
award ("chào cờ", "cờ truyền thống", "cờ Tổ quốc", "cờ luân lưu") is not."""
_HONOUR_WORDS: dict[AwardType, re.Pattern[str]] = {
    **{
        w.type: re.compile(
            r"(?i)(?<!\w)(?:"
            + w.pattern
            + (f"|{_FLAG}" if w.type is AwardType.CO_THI_DUA else "")
            + r")(?!\w)"
        )
        for w in AWARD_WORDS
    },
    AwardType.KHAC: re.compile(
        r"(?i)(?<!\w)(?:" + "|".join((*OTHER_AWARD_WORDS, *COMMENDATION_VERBS)) + r")(?!\w)"
    ),
}
"""How the text writes each kind of award, or (for "Khác") the verbs that honour."""

_GRANT_WORDS: dict[AwardType, re.Pattern[str]] = {
    **_HONOUR_WORDS,
    AwardType.KHAC: re.compile(
        r"(?i)(?<!\w)(?:"
        + "|".join((*OTHER_AWARD_WORDS, *COMMENDATION_VERBS, *CASH_GIFT_VERBS))
        + r")(?!\w)"
    ),
}
"""How a sentence that grants each kind of award at the event writes it (see
:func:`_grant_sentences`): for "Khác" also the verbs that hand over a reward in cash (a
"Khác" grant by the corpus's convention 6). Only there: elsewhere a sum of money
("các xã thưởng cho 15 hộ ... 30 triệu đồng" told over a year) is no honour that lets a
count of the sentence bear out an award."""


def _written_in(key: str, place: str) -> bool:
    return bool(key) and f" {key} " in f" {place} "


def _count_written(
    name: str, value: int, award: Award, span: tuple[int, int], facts: TextFacts
) -> int:
    """How ``value`` stands in the sentence ``span`` as the award's ``name`` count: 2 as a
    counted recipient of that kind ("5 cá nhân") or the award's one named recipient, 1 as a
    number before a word in lower case that no counted recipient of another kind claims
    ("1 giáo viên"), 0 not at all (a date's "17/4", a swapped kind)."""
    start, end = span
    hits = count_hits(facts.text, start, end)
    if any(h.key == name and h.value == value for h in hits):
        return 2
    if any(h.value == value and h.key != name for h in hits):
        return 0  # written, but as the other kind of recipient (a swap)
    if _named_single(award, None, name, value):
        return 2
    return int(
        any(
            start <= at.start < end and _stands_as_count(facts.text, at.start, at.end)
            for at in facts.numbers.where(value)
        )
    )


def _sentence_parts(sentences: Sequence[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` cut at semicolons: each part states one grant ("7 cá nhân
    được Chủ tịch nước trao tặng Huân chương ...; 1 giáo viên nhận danh hiệu ... của Thủ
    tướng")."""
    parts: list[tuple[int, int]] = []
    for start, end in sentences:
        at = start
        for match in _SEMICOLON.finditer(text, start, end):
            parts.append((at, match.start()))
            at = match.end()
        parts.append((at, end))
    return parts


_SEMICOLON = re.compile(r";")


def unread_grant(
    award: Award, facts: TextFacts, organizer: str | None = None
) -> tuple[int, int] | None:
    """The first sentence (part) of :func:`grant_sentences`, or None."""
    return next(grant_sentences(award, facts, organizer), None)


def grant_sentences(
    award: Award, facts: TextFacts, organizer: str | None = None
) -> Iterator[tuple[int, int]]:
    """Each sentence (or part of one, between semicolons) that writes ``award`` where no grant
    clause of its type and issuer was read: its kind of award, its issuer and every count
    stand in it, and every named recipient unless the counts stand without them.

    The finder reads most grants, not all ("vinh dự được Bộ X tặng cờ ...", a count word
    misspelt, a text cut mid-sentence); where the text writes all the award says in one
    sentence, the summary's reading is a reasonable one and no warning is due. An award that
    names no issuer, recipient or count needs its kind written; a "Khác" award whose every
    count is a counted recipient ("Dịp này, 2 tập thể, 7 cá nhân ...") needs no honour word.
    An award of the event's ``organizer`` with counts needs no issuer in the sentence: at its
    own meeting, the body holding it praises ("Tại hội nghị, 299 đại biểu ... được tuyên
    dương" at a conference the body holds), so the text names it once, as the organiser.
    """
    given = _given(counts_of(award))
    issuer = normalize_name(award.issuer)
    recipients = [normalize_name(r) for r in award.recipients]

    def honours(start: int, end: int) -> bool:
        return _writes_a_grant(award.type, facts.text, start, end)

    if len(facts.text) > LARGE_TEXT:
        return  # not looked for in a text far beyond any report: the warning stands
    unnamed = award.model_copy(update={"recipients": []})
    hosts = bool(given) and same_issuer(award.issuer, organizer)
    stem = _level_stem(award.issuer, facts)

    def written(key: str) -> bool:
        return _written_in(issuer, key) or _written_in(stem, key)

    for span in _sentence_parts(facts.analysis.sentences, facts.text):
        sentence = facts.text[span[0] : span[1]]
        key = normalize_name(sentence)
        if issuer and not hosts and not written(key):
            continue
        if issuer and not _written_in(issuer, key) and _grants_from_another(award, span, facts):
            continue  # "Bằng khen của Công an tỉnh và Giấy khen của UBND huyện": by level only
        named = all(_written_in(r, key) for r in recipients)
        if not named and not given:
            continue  # an award of named recipients only: its names are all it says
        # recipients the text names elsewhere or in other words ("3 chi cục thuế các huyện:
        # A, B, C") leave the counts to bear the award out, none counted by a name
        reading = award if named else unnamed
        how = [_count_written(n, v, reading, span, facts) for n, v in given.items()]
        if not all(how):
            continue
        if issuer and not written(key):
            # the organiser's praise: in a sentence granting nothing from another issuer,
            # its counts are counted recipients, or the sentence places it at the event
            if _grants_from_another(award, span, facts):
                continue
            at_event = event_marker_in(facts.text, *span) and honours(*span)
            if min(how) < 2 and not at_event:
                continue
        counted = bool(given) and award.type is AwardType.KHAC and min(how) == 2
        if counted or honours(*span):
            yield span


def contradicting_count(
    award: Award, name: str, facts: TextFacts, organizer: str | None = None
) -> CountHit | None:
    """The count of another value that the text writes for the award's ``name`` count, where
    no clause of the award was read: every sentence (part) that writes the award's kind,
    issuer and recipients (its counts left aside, see :func:`grant_sentences`) and counts
    recipients of that kind counts none as many as the award says, and at least one counts
    another number of them (a counted recipient, or a number standing as the count of a
    noun of its own, see :func:`_bare_count`) ("Chủ tịch UBND xã tặng Giấy khen cho 6 tập thể" against an award of 9
    tập thể), or counts the award's number as recipients of the other kind (a swap). That
    sentence is the text stating another figure for the same grant: positive evidence, where
    a number merely tied to no clause is not. None when no sentence writes the award, or one
    bears its count out."""
    value = getattr(award, name)
    if value is None:
        return None
    # the sentences that write the award but for this count (its other counts standing as
    # they do where the finder read no clause), else but for all its counts (a swap)
    spans: list[tuple[int, int]] = []
    for blank in ((name,), COUNT_FIELDS):
        spans = list(
            grant_sentences(award.model_copy(update=dict.fromkeys(blank)), facts, organizer)
        )
        if spans:
            break
    against: CountHit | None = None
    for span in spans:
        if _count_written(name, value, award, span, facts) > 0:
            return None
        hits = count_hits(facts.text, *span)
        other = next((h for h in hits if h.key == name or h.value == value), None)
        if other is None:
            other = _bare_count(award, name, span, hits, facts)
        if other is None:
            continue  # a sentence of this grant that counts none of its kind says nothing
        against = against or other
    return against


def _bare_count(
    award: Award, name: str, span: tuple[int, int], hits: Sequence[CountHit], facts: TextFacts
) -> CountHit | None:
    """A number the sentence ``span`` writes as a count of a noun of its own ("12 cán bộ"),
    not a counted recipient of another kind, not the award's other counts, not a date, a
    code or an amount: in a sentence writing the grant, the figure the award's count takes
    the place of."""
    taken = {h.start for h in hits}
    others = {v for k, v in _given(counts_of(award)).items() if k != name}
    for spots in facts.numbers.positions.values():
        for spot in spots:
            if not span[0] <= spot.start < span[1] or spot.start in taken:
                continue
            if spot.value != int(spot.value) or int(spot.value) in others:
                continue
            if not _stands_as_count(facts.text, spot.start, spot.end):
                continue
            if is_date_or_code(facts.text, spot) or scale_after(facts.text, spot.end) > 1:
                continue
            return CountHit(name, int(spot.value), spot.start, spot.end)
    return None


def _level_stem(issuer: str | None, facts: TextFacts) -> str:
    """The issuer named by its level without its place ("Hội Cựu chiến binh huyện" of
    "Hội Cựu chiến binh huyện Đông Sơn"), normalised, where the text writes the place
    elsewhere: a report names its own district's bodies so once the place is said. Empty
    when the issuer ends with no place name, or the text never writes it."""
    words = (issuer or "").split()
    cut = len(words)
    while cut > 0 and words[cut - 1][:1].isupper() and not words[cut - 1].isupper():
        cut -= 1
    if cut == len(words) or cut < 2 or not words[cut - 1].islower():
        return ""
    place = normalize_name(" ".join(words[cut:]))
    if not _written_in(place, _normalized(facts.text)):
        return ""
    return normalize_name(" ".join(words[:cut]))


def _counted_where_honoured(
    award: Award, name: str, value: int, facts: TextFacts
) -> tuple[int, int] | None:
    """The sentence (part) that counts ``value`` recipients of the kind ``name`` ("20 tập
    thể, cá nhân" for a total) and honours them ("khen thưởng", the award's kind), where the
    finder read no clause: the award's count written in words the finder did not read."""
    if len(facts.text) > LARGE_TEXT:
        return None
    honour = _HONOUR_WORDS[award.type]
    praise = _HONOUR_WORDS[AwardType.KHAC]
    for span in _sentence_parts(facts.analysis.sentences, facts.text):
        if not any(h.key == name and h.value == value for h in count_hits(facts.text, *span)):
            continue
        if any(span[0] <= m.start < span[1] for m in facts.mentions):
            continue  # a clause read there is a grant of its own, matched or missed
        sentence = facts.text[span[0] : span[1]]
        if honour.search(sentence) or praise.search(sentence):
            return span
    return None


def _grants_from_another(award: Award, span: tuple[int, int], facts: TextFacts) -> bool:
    """A clause in ``span`` grants from an issuer other than the award's."""
    return any(
        span[0] <= m.start < span[1]
        and m.issuer is not None
        and not same_issuer(award.issuer, m.issuer)
        for m in facts.mentions
    )


def _recipient_written(award: Award, facts: TextFacts) -> bool:
    """A recipient of the award written in another clause of the same grant (its type, its
    issuer or none): the text names the recipient in other words there ("trao Huân chương
    ... cho lực lượng Công an nhân dân" beside "Chủ tịch nước tặng Huân chương ... cho Bộ
    Công an")."""
    quotes = [
        normalize_name(m.quote)
        for m in facts.mentions
        if m.type == award.type and (m.issuer is None or same_issuer(award.issuer, m.issuer))
    ]
    if award.issuer and len(facts.text) <= LARGE_TEXT:
        # a sentence the finder read no clause in that grants this kind and names this
        # issuer ("Trưởng Công an huyện thưởng Đội Y 6 triệu đồng")
        issuer = normalize_name(award.issuer)
        quotes.extend(
            place
            for start, end, _ in _grant_sentences(award, facts)
            if _written_in(issuer, place := normalize_name(facts.text[start:end]))
        )
    for recipient in award.recipients:
        key = normalize_name(recipient)
        if key and any(f" {key} " in f" {quote} " for quote in quotes):
            return True
    return False


def _one_kind_total(mine: dict[str, int | None], theirs: dict[str, int | None]) -> bool:
    """The clause gives only a total ("trao 13 Huân chương ... cho nguyên thủ trưởng") and
    the award puts that same figure in the one kind of recipient it names: one reading."""
    if theirs["total"] is None or theirs["collectives"] is not None:
        return False
    if theirs["individuals"] is not None or mine["total"] is not None:
        return False
    given = _given(mine)
    return len(given) == 1 and next(iter(given.values())) == theirs["total"]


def _sibling_with(
    award: Award, matched: MentionLike, name: str, value: int, facts: TextFacts
) -> int | None:
    """Another clause of the same grant that gives ``value`` for ``name``, where the matched
    clause gives none: a clause of the award's type without an issuer or with a fitting one
    ("trao Kỷ niệm chương cho 58 cá nhân" beside "Thừa ủy quyền Bộ Tư lệnh, ... trao Kỷ niệm
    chương"), or a bare "khen thưởng" from the award's issuer ("UBND huyện khen thưởng 7 tập
    thể" beside "UBND huyện tặng giấy khen cho các tập thể")."""
    for k, other in enumerate(facts.mentions):
        if other is matched or not other.at_event or getattr(other, name) != value:
            continue
        if other.type == award.type:
            fits = (
                other.issuer is None
                or same_issuer(award.issuer, other.issuer)
                or _issuer_in_clause(award, other, facts)
            )
        else:
            fits = other.type is AwardType.KHAC and same_issuer(award.issuer, other.issuer)
        if fits and agreement(award, other) >= 1:
            return k
    return None


def _issuer_in_clause(award: Award, clause: MentionLike, facts: TextFacts) -> bool:
    """The clause writes the award's issuer, whole or by its level where the text wrote its
    place (see :func:`_level_stem`), though the finder read another span as its issuer ("tại
    Hội trường ... đồng chí A - Chủ tịch LĐLĐ huyện đã trao giấy khen ...")."""
    if not award.issuer:
        return False
    quote = normalize_name(clause.quote)
    return _written_in(normalize_name(award.issuer), quote) or _written_in(
        _level_stem(award.issuer, facts), quote
    )


def _check_matched(
    i: int, award: Award, mention: MentionLike, out: AwardCheck, facts: TextFacts
) -> None:
    path = item_path("awards", i)
    if recipients_agree(award, mention) < 0 and not _recipient_written(award, facts):
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
    if _one_kind_total(mine, theirs):
        return
    for name in COUNT_FIELDS:
        value, text_value = mine[name], theirs[name]
        if value is not None and text_value is None:
            sibling = _sibling_with(award, mention, name, value, facts)
            if sibling is not None:
                out.supporting.add(sibling)
                continue
        if value is None:
            if text_value is not None and not (name == "total" and c is not None and n is not None):
                found = _missed_field(f"{path}.{name}", award, mention, name, text_value, facts)
                if _figure_of_another_grant(i, mention, name, text_value, out, facts):
                    # the summary gives that figure to another grant the clause runs into
                    # ("tôn vinh 150 gương điển hình, tặng cờ thi đua cho 12 đơn vị")
                    found.severity = Severity.INFO
                out.findings.append(found)
            continue
        if text_value is None and name == "total" and tc is not None and tn is not None:
            text_value = tc + tn
        if text_value is None:
            if not (
                _named_single(award, mention, name, value)
                or _counts_the_names(award, mention, name, value, facts)
                or _written_in_clause(mention, name, value, facts)
            ):
                own = {*out.candidates.get(i, []), out.matched.get(i, -1)}
                found = _no_count(f"{path}.{name}", award, mention, name, value, facts, own)
                out.findings.append(
                    _told_otherwise(found, award, name, out.candidates.get(i, []), facts)
                )
            continue
        if value != text_value and not (
            _counts_the_names(award, mention, name, value, facts)
            or _shared_by_joint_issuers(mention, name, text_value, out.awards)
        ):
            found = _mismatch_field(f"{path}.{name}", mention, name, value, text_value, facts)
            out.findings.append(_softened(found, award, mention, name, text_value, facts))


_JOINED = re.compile(r"\s*(?:,|\bvà\b)\s*")


def _shared_by_joint_issuers(
    mention: MentionLike, name: str, text_value: int, awards: Sequence[Award]
) -> bool:
    """The clause names several issuers ("Bằng khen của Thủ tướng Chính phủ và Bộ trưởng Bộ
    Công an tặng ba cán bộ") and its count is the sum of the summary's awards of its type,
    one from each of them: each issuer gave part of the clause's recipients."""
    if mention.issuer is None or name == "total":
        return False
    givers = [g for g in _JOINED.split(mention.issuer) if g]
    if len(givers) < 2:
        return False
    shares = [
        value
        for other in awards
        if other.type == mention.type
        and any(same_issuer(other.issuer, g) for g in givers)
        and (value := getattr(other, name)) is not None
    ]
    return len(shares) >= 2 and sum(shares) == text_value


def _span_of(mention: MentionLike, name: str) -> tuple[int, int]:
    span = mention.count_spans.get(name)
    return span if span else (mention.start, mention.end)


def _shares_a_list_of_kinds(mention: MentionLike, facts: TextFacts) -> bool:
    """The clause is one kind of a list that shares its figures ("trao cờ, bằng khen, giấy
    khen cho 9 tập thể và 21 cá nhân"): another kind read from the same words gives none,
    so the figures may count the whole list, not this kind alone."""
    return any(
        other is not mention
        and other.type != mention.type
        and (other.start, other.end) == (mention.start, mention.end)
        and not _given(counts_of(other))
        for other in facts.mentions
    )


def _count_from_names(mention: MentionLike, name: str, text_value: int) -> bool:
    """The clause's count is its one named recipient: the text writes no number for it."""
    return text_value == 1 and name not in mention.count_spans and bool(mention.recipients)


_CHANGE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(CHANGE_VERBS) + r")(?:[^\S\n]+(?:thêm|hơn|gần))?[^\S\n]*$"
)
"""A figure after "tăng"/"giảm" ("tăng 8 huy chương so với kỳ trước") is a difference
between two years, not a number of recipients."""
AFTER_CHANGE = 20


def _missed_field(
    path: str, award: Award, mention: MentionLike, name: str, text_value: int, facts: TextFacts
) -> Finding:
    """A count the clause gives and the award leaves empty; only a note where leaving it
    empty is a reasonable reading (a single named recipient, figures shared by a list of
    kinds of award, a total of the award that takes the count in, a difference from another
    year)."""
    in_total = name != "total" and award.total is not None and award.total >= text_value
    start, end = _span_of(mention, name)
    doubtful = (
        in_total
        or _count_from_names(mention, name, text_value)
        or _shares_a_list_of_kinds(mention, facts)
        or _CHANGE_BEFORE.search(facts.text, max(0, start - AFTER_CHANGE), start) is not None
    )
    return Finding(
        kind=FindingKind.MISSED_COUNT,
        severity=Severity.INFO if doubtful else Severity.WARNING,
        path=path,
        message=f"the text gives {text_value} {_NOUN[name]} for this award"
        + (
            "; the award may count it by name, with other kinds, or in its total"
            if doubtful
            else ""
        ),
        text_value=text_value,
        start=start,
        end=end,
        quote=mention.quote,
    )


def _written_in_clause(mention: MentionLike, name: str, value: int, facts: TextFacts) -> bool:
    """``value`` is written inside the clause before a word in lower case, not as another
    count of it: a count the finder did not read ("9 tập thể 14 các nhân", "cho 20 hợp tác
    xã và 20 nông dân"), which the check reads as the award's."""
    taken = {span for key, span in mention.count_spans.items() if key != name}
    return any(
        mention.start <= at.start < mention.end
        and (at.start, at.end) not in taken
        and _stands_as_count(facts.text, at.start, at.end)
        for at in facts.numbers.where(value)
    )


_NEXT_WORD = re.compile(r"\s+(\w)")


def _stands_as_count(text: str, start: int, end: int) -> bool:
    """The number at ``[start, end)`` stands as a count: its noun follows in lower case ("21
    các nhân"), and no word before it makes it a label ("hạng 3", "khu phố 2"); a number
    inside a name ("Bình Đường 2,") is followed by punctuation or a capital."""
    match = _NEXT_WORD.match(text, end)
    if match is None or not match.group(1).islower():
        return False
    return not excluded_by_word(words_before(text, start))


def _counts_the_names(
    award: Award, mention: MentionLike, name: str, value: int, facts: TextFacts
) -> bool:
    """The clause writes no number for ``name`` (its count comes from names) and the award,
    giving this one count, counts its own recipients, every one written in the text: in the
    clause ("trao Bằng khen cho đại tá A, ... và thượng tá B"), past a semicolon that ends
    the clause before the list does ("tặng ông A, chức vụ X; bà B, chức vụ Y; ..."), or in
    the sentence after it, that lists the grant's people ("3 quần chúng gồm: A, B và C").
    A name written anywhere else (a later paragraph, a caption) supports no count."""
    if name == "total" or name in mention.count_spans or value != len(award.recipients):
        return False
    if len(_given(counts_of(award))) != 1:
        return False  # the names may be of both kinds
    text = normalize_name(facts.text[slice(*_clause_and_next_sentence(mention, facts))])
    if all(_written_in(normalize_name(r), text) for r in award.recipients):
        return True
    return _names_in_granting_sentences(award, facts)


def _grant_sentences(award: Award, facts: TextFacts) -> list[tuple[int, int, bool]]:
    """(start, end, agentless) of each sentence that grants the award's kind at the event;
    ``agentless`` where the grant is in the passive with no giver of its own ("cùng được
    thưởng 5 triệu đồng"). Not a sentence that proposes, plans, counts over a period or tells
    a habit or a record of past honours ("đề nghị thưởng ...", "sẽ thưởng 10 triệu đồng cho
    người tố giác", "năm 2022 từng được thưởng"): what it writes beside the honour is no
    grant of the event. None in a text far beyond any report."""
    if len(facts.text) > LARGE_TEXT:
        return []
    honour, text = _GRANT_WORDS[award.type], facts.text
    found = []
    for start, end in facts.analysis.sentences:
        words = [m.start() for m in honour.finditer(text, start, end)]
        if not words or not _grant_of_the_event(text, start, end):
            continue
        agentless = any(_AGENTLESS.search(text, max(start, at - 24), at) for at in words)
        found.append((start, end, agentless))
    return found


_AGENTLESS = re.compile(r"(?i)(?<!\w)được(?:\s+(?:" + HONORIFICS + r"))?\s+$")
"""The passive right before an honour, with no giver or only a pronoun for the one just
named ("được thưởng", "được ông trao thưởng")."""


def _grant_of_the_event(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` may tell a grant made at the event: no proposal,
    plan, habit or record of past honours, and no period it counts over unless it places
    itself at the event ("Dịp này")."""
    if PROPOSAL_RE.search(text, start, end) or FUTURE_RE.search(text, start, end):
        return False
    if HABIT_RE.search(text, start, end) or past_record_at(text, start, end) < end:
        return False
    return event_marker_in(text, start, end) or not period_marker_in(text, start, end)


def _writes_a_grant(kind: AwardType, text: str, start: int, end: int) -> bool:
    """``text[start:end]`` writes a grant of ``kind``: its words, or for "Khác" a reward in
    cash handed over at the event (see :data:`_GRANT_WORDS`)."""
    if _HONOUR_WORDS[kind].search(text, start, end):
        return True
    return _GRANT_WORDS[kind].search(text, start, end) is not None and _grant_of_the_event(
        text, start, end
    )


def _granting_places(award: Award, facts: TextFacts, before: bool = False) -> list[str]:
    """Each sentence that grants the award's kind at the event (see :func:`_grant_sentences`)
    with the sentence right after it (a list the grant runs on into), normalised; with
    ``before``, an agentless passive grant also with the sentence before it (whoever gave
    there gave it). A sentence where the finder read a clause of another issuer is that
    issuer's grant, and adds nothing: its names are not this award's recipients ("Bộ trưởng
    tặng Bằng khen cho C và D" after "Chủ tịch UBND tỉnh tặng Bằng khen cho A và B")."""
    text = facts.text
    sentences = [(a, b) for a, b in facts.analysis.sentences if not text[a:b].isspace()]
    index = {span: k for k, span in enumerate(sentences)}
    places = []
    for start, end, agentless in _grant_sentences(award, facts):
        k = index.get((start, end))
        if k is None or _grants_from_another(award, (start, end), facts):
            continue
        first = max(k - 1, 0) if before and agentless else k
        after = k + 1 if k + 1 < len(sentences) else k
        if after != k and _grants_from_another(award, sentences[after], facts):
            after = k
        places.append(normalize_name(text[sentences[first][0] : sentences[after][1]]))
    return places


def _names_in_granting_sentences(award: Award, facts: TextFacts) -> bool:
    """Every recipient of the award is written in a sentence that grants its kind, or in the
    sentence right after one (a list the grant runs on into: "Đội A nhận 8 triệu đồng. Hai
    đội B, C nhận mỗi đội 4 triệu đồng"). The genre tells a
    reward in cash by naming whom it goes to, without a count: the award's count of its own
    named recipients is then the text's."""
    places = _granting_places(award, facts) if award.recipients else []
    return bool(places) and all(
        any(_written_in(normalize_name(r), place) for place in places) for r in award.recipients
    )


def _issuer_grants_the_names(award: Award, facts: TextFacts) -> bool:
    """A sentence that grants the award's kind, with the sentences beside it, writes both its
    issuer and one of its recipients: the text ties that issuer to that grant, though the
    finder read no clause of it. The sentence before counts: a passive grant ("mỗi đơn vị
    được thưởng 10 triệu đồng") is given by whoever gave in the sentence before it."""
    issuer = normalize_name(award.issuer) if award.issuer else ""
    return bool(issuer) and any(
        _written_in(issuer, place)
        and any(_written_in(normalize_name(r), place) for r in award.recipients)
        for place in _granting_places(award, facts, before=True)
    )


@lru_cache(maxsize=4)
def _normalized(text: str) -> str:
    """``text`` normalised as names are (one article's, read once per check)."""
    return normalize_name(text)


def _clause_and_next_sentence(mention: MentionLike, facts: TextFacts) -> tuple[int, int]:
    """From the start of the sentence the clause opens in to the end of the sentence after
    the one it ends in (the clause's own span where no sentence holds it)."""
    first = facts.sentence_at(mention.start)
    last = facts.sentence_at(max(mention.start, mention.end - 1))
    start = first[0] if first else mention.start
    end = last[1] if last else mention.end
    following = facts.sentence_at(end)
    return start, following[1] if following else end


def _names_some_of_the_group(
    award: Award, mention: MentionLike, name: str, value: int, text_value: int
) -> bool:
    """The clause counts a group ("3 cá nhân được tuyên dương, gồm: bà A (được nhận bằng khen
    của Thủ tướng), ...") and the award counts only its own named recipients in it, each
    written in the clause, its kind said of them only: fewer than the group, as many as it
    names."""
    if name == "total" or not award.recipients or value != len(award.recipients):
        return False
    if value >= text_value:
        return False
    quote = normalize_name(mention.quote)
    if not all(_written_in(normalize_name(r), quote) for r in award.recipients):
        return False
    # the award's kind is said of the named recipients, after them ("gồm: bà A (... được
    # nhận bằng khen ...)"), not of the group before them ("5 cá nhân được nhận Bằng khen
    # (trong đó có đồng chí A)": the group's grant)
    first_name = min(
        (at for r in award.recipients if (at := mention.quote.casefold().find(r.casefold())) >= 0),
        default=-1,
    )
    kind = _HONOUR_WORDS[award.type].search(mention.quote)
    return first_name >= 0 and kind is not None and kind.start() > first_name


def _sentence_of(mention: MentionLike, facts: TextFacts) -> tuple[int, int]:
    """The sentence holding the clause's start (the clause itself where none does)."""
    sentence = facts.sentence_at(mention.start)
    if sentence is not None:
        return sentence[0], max(sentence[1], mention.end)
    return mention.start, mention.end


def _adds_a_count_of_its_sentence(
    mention: MentionLike, name: str, value: int, text_value: int, facts: TextFacts
) -> bool:
    """The award's figure is the clause's plus another figure of the same sentence ("80 học
    sinh ...; 64 giáo viên ... được trao Bằng khen" for 144): the grant may cover both."""
    rest = value - text_value
    if rest <= 0:
        return False
    start, end = _sentence_of(mention, facts)
    # only a count of recipients of the same kind adds up: not the clause's own counts, nor
    # counts of the other kind ("8 tập thể và 5 cá nhân" does not make 13 tập thể), nor a
    # figure of anything else ("65 năm", "5 năm Ngày hội" does not make 1 + 5 tập thể)
    taken = set(mention.count_spans.values())
    return any(
        h.key == name and h.value == rest and (h.start, h.end) not in taken
        for h in count_hits(facts.text, start, end)
    )


def _no_count(
    path: str,
    award: Award,
    mention: MentionLike,
    name: str,
    value: int,
    facts: TextFacts,
    own: Collection[int] = (),
) -> Finding:
    """The award gives a count ``name`` its matched clause does not: unsupported (see
    :func:`_unsupported`; ``own`` are the award's clauses), a warning where the clause (or
    the sentence after it) writes every named recipient of the award (the clause's own
    names, where the award names none) and they are fewer than the count (a clause naming whom it honours counts them),
    only a note where a sentence that honours counts as many, or where the award adds up a
    list the text is cut off in."""
    found = _unsupported(
        path, value, facts, f"the clause of this award gives no {_NOUN[name]} count", own, award
    )
    found.quote = mention.quote
    # the names the clause (or the sentence after it) writes: its own, or the award's
    start, end = _clause_and_next_sentence(mention, facts)
    place = normalize_name(facts.text[start:end])
    written = [r for r in award.recipients if _written_in(normalize_name(r), place)]
    # every name of the award written there (a list sharing a head, "phường A, B và C",
    # names more than its words show: no evidence)
    if award.recipients:
        named = len(written) if len(written) == len(award.recipients) else 0
    else:
        named = len(mention.recipients)
    if found.severity is Severity.INFO and named and value > named:
        found.severity = Severity.WARNING
        found.message = found.message.removesuffix(UNTIED_NOTE)
        found.message += f"; the clause names {named} recipient(s), fewer than {value}"
        return found
    counted = _counted_where_honoured(award, name, value, facts)
    if counted is not None:
        # "20 tập thể, cá nhân ... được khen thưởng" in a headline the finder read no clause
        # in: the same grant counted, as far as the check can tell
        found.severity = Severity.INFO
        found.message += "; a sentence that honours counts them: not verified"
        found.start, found.end = counted
        found.quote = facts.text[counted[0] : counted[1]]
    elif _adds_a_figure_cut_off(mention, value, facts):
        found.severity = Severity.INFO
        found.message += CUT_NOTE
    return found


def _told_otherwise(
    found: Finding, award: Award, name: str, pool: Sequence[int], facts: TextFacts
) -> Finding:
    """A count its matched clause does not give, made a warning where another clause of the
    award's kind and issuer gives that count with another value and none with the award's
    ("Bằng khen của UBND tỉnh cho 6 tập thể" against an award of 9 tập thể matched with a
    clause of the same grant that names its recipients): the text states another figure for
    the grant, which is positive evidence; a value merely tied to no clause stays a note."""
    if found.severity is not Severity.INFO or found.value is None:
        return found
    value = getattr(award, name)
    # its candidates, and the clauses of its kind that name no issuer (a count in a clause
    # of its own the finder did not tie to the grant's issuer)
    stated = [
        m
        for k, m in enumerate(facts.mentions)
        if getattr(m, name) is not None
        and (k in pool or (m.type == award.type and m.issuer is None))
    ]
    if not stated or any(getattr(m, name) == value for m in stated):
        return found
    other = stated[0]
    found.severity = Severity.WARNING
    found.message = (
        f"the clause of this award gives no {_NOUN[name]} count, and another clause of its "
        f"kind and issuer says {getattr(other, name)} {_NOUN[name]}, the summary {value}"
    )
    found.text_value = getattr(other, name)
    found.start, found.end = _span_of(other, name)
    found.quote = other.quote
    return found


def _softened(
    found: Finding,
    award: Award,
    mention: MentionLike,
    name: str,
    text_value: int,
    facts: TextFacts,
) -> Finding:
    """A mismatch of the award's count with its clause's, made a note where the clause may
    count only part of the award's recipients: its own named ones, or a heading's part."""
    value = getattr(award, name)
    if _names_some_of_the_group(award, mention, name, value, text_value):
        found.severity = Severity.INFO
        found.message += "; the award counts its own named recipients among them"
    elif _heading_tells_a_part(award, mention, name, value, text_value, facts):
        found.severity = Severity.INFO
        found.message += "; a heading line may count only part of the grant: not verified"
    return found


HONOURED_REACH = 24
"""How far before a count its verb of honour is looked for ("tuyên dương 90 ...")."""


def _heading_tells_a_part(
    award: Award, mention: MentionLike, name: str, value: int, text_value: int, facts: TextFacts
) -> bool:
    """An award naming no issuer, matched with a clause naming none in a heading line (a
    short line with no stop, "*Huyện A có 12 cá nhân được tuyên dương") that counts fewer,
    while a sentence of the body honours as many as the award counts ("... tuyên dương 90
    đại biểu"): the heading tells one part's share of the grant, not the grant."""
    if award.issuer is not None or mention.issuer is not None or value <= text_value:
        return False
    count = mention.count_spans.get(name)
    if count is None or words_before(facts.text, count[0])[-1:] != ["có"]:
        return False  # the heading counts a part's share: "<part> có 12 cá nhân"
    if not _in_caption(mention, facts):
        return False
    honours = (_HONOUR_WORDS[award.type], _HONOUR_WORDS[AwardType.KHAC])
    for spot in facts.numbers.where(value):
        if spot.start < mention.end:
            continue
        # the body's count right after its verb of honour ("tuyên dương 90 đại biểu")
        before = facts.text[max(0, spot.start - HONOURED_REACH) : spot.start].rstrip()
        if any(m.end() == len(before) for h in honours for m in h.finditer(before)):
            return True
    return False


CUT_NOUN_CHARS = 12
"""At most this many characters follow the figure a text is cut off after ("cho 27 c")."""


def _adds_a_figure_cut_off(mention: MentionLike, value: int, facts: TextFacts) -> bool:
    """The clause lies in the sentence the text is cut off in, and the award's figure is the
    figure the text ends on, its noun cut short ("...; trao danh hiệu X cho 27 d"), plus one
    count of recipients written before it in that sentence, or all of them: the award adds
    up a list whose last item the cut took, which the check cannot read whole."""
    cut = facts.cut_from
    if cut is None or not facts.in_cut(mention.start):
        return False
    tail = facts.text[cut:].rstrip()
    last = max(FIGURE.finditer(tail), key=lambda m: m.start(), default=None)
    if last is None or len(tail) - last.end() > CUT_NOUN_CHARS:
        return False
    figure = parse_count(last.group("num"))
    counted = [h.value for h in count_hits(facts.text, cut, cut + last.start())]
    rest = value - (figure or value)
    return rest > 0 and (rest in counted or rest == sum(counted))


def _mismatch_field(
    path: str, mention: MentionLike, name: str, value: int, text_value: int, facts: TextFacts
) -> Finding:
    start, end = _span_of(mention, name)
    summed = _adds_a_count_of_its_sentence(mention, name, value, text_value, facts)
    message = f"the text's clause says {text_value} {_NOUN[name]}, the summary {value}"
    if summed:
        message += f"; {value - text_value} more are written in the same sentence"
    # a count read from the names of a clause the text is cut off in: the cut may hide more
    cut = name not in mention.count_spans and value > text_value and facts.in_cut(mention.start)
    if cut:
        message += CUT_NOTE
    return Finding(
        kind=FindingKind.TOTAL_MISMATCH if name == "total" else FindingKind.MISMATCH,
        severity=Severity.INFO if summed or cut else Severity.ERROR,
        path=path,
        message=message,
        value=value,
        text_value=text_value,
        start=start,
        end=end,
        quote=mention.quote,
    )


def _unwritten_issuer(i: int, award: Award, missing: Sequence[str]) -> Finding:
    return Finding(
        kind=FindingKind.MISMATCH,
        severity=Severity.WARNING,
        path=item_path("awards", i, "issuer"),
        message=f"the issuer names words the article never writes: {' '.join(missing)}",
        value=award.issuer,
    )


def _masked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the parts inside ``spans`` blanked out."""
    chars = list(text[start:end])
    for a, b in (span for span in spans if span[0] < end and start < span[1]):
        for at in range(max(a, start), min(b, end)):
            chars[at - start] = " "
    return "".join(chars)


def _issuer_far(award: Award, mention: MentionLike, facts: TextFacts) -> MentionLike | None:
    """The clause, when the award names an issuer, its clause names none, and the issuer is
    written neither in the clause's paragraph nor in the headline nor in another clause or
    sentence that grants the award's kind: nothing ties that issuer to this grant. The clauses
    of other kinds of award are left out of those places: the issuer of another kind of grant
    ("Chủ tịch nước tặng Huân chương ..." beside a Bằng khen) does not grant this one."""
    key = normalize_name(award.issuer)
    if not key or mention.issuer is not None:
        return None
    others = [
        (m.start, m.end) for m in facts.mentions if m.type != award.type and m.issuer is not None
    ]
    places = [
        _masked(facts.text, p.start, p.end, others)
        for p in split_paragraphs(facts.text)
        if p.start <= mention.start < p.end or p.start < mention.end <= p.end
    ]
    if facts.headline is not None:
        places.append(facts.headline.text)
    places.extend(m.quote for m in facts.mentions if m.type == award.type)
    if not VERB_RE.search(mention.quote):
        # an item without a verb of its own continues a list its sentence grants with one
        # verb ("thừa ủy quyền Chủ tịch nước, X trao Huân chương ... cho 3 cá nhân; Huy
        # chương ... cho 2 cá nhân"): the issuer before it in the sentence grants it too
        start, _ = _sentence_of(mention, facts)
        places.append(facts.text[start : mention.start])
    # a sentence that grants this kind of award in words the finder did not read as a clause
    # ("Tại hội nghị, Ban Thường trực X đã tuyên dương, khen thưởn" cut short); not looked
    # for in a text far beyond any report, where the doubt is kept
    if len(facts.text) <= LARGE_TEXT:
        for start, end in facts.analysis.sentences:
            if _writes_a_grant(award.type, facts.text, start, end):
                places.append(_masked(facts.text, start, end, others))
    for place in places:
        if f" {key} " in f" {normalize_name(place)} ":
            return None
    return mention


def _issuer_not_near(i: int, award: Award, mention: MentionLike) -> Finding:
    return Finding(
        kind=FindingKind.MISMATCH,
        severity=Severity.WARNING,
        path=item_path("awards", i, "issuer"),
        message=f"{award.issuer!r} is not written near the clause of this grant",
        value=award.issuer,
        start=mention.start,
        end=mention.end,
        quote=mention.quote,
    )


def _check_own_total(i: int, award: Award) -> Finding | None:
    c, n, t = award.collectives, award.individuals, award.total
    if c is None or n is None or t is None or c + n == t:
        return None
    return Finding(
        kind=FindingKind.TOTAL_MISMATCH,
        severity=Severity.ERROR,
        path=item_path("awards", i, "total"),
        message=f"total {t} is not collectives + individuals ({c} + {n} = {c + n})",
        value=t,
        text_value=c + n,
    )


def _open_to_unnamed(
    pool: list[int], summary: ArticleSummary, out: AwardCheck, facts: TextFacts
) -> list[int]:
    """The clauses an award naming no issuer may be matched with: those no other award
    claims; else those claimed by an award whose figures they do not bear out. A clause
    another award states exactly is that award's: a second award of its kind with other
    figures ("Ngoài ra 8 tập thể, 15 cá nhân được các cấp khen thưởng" beside "3 đồng chí
    được tặng ...") states a grant the finder did not read, not a wrong count of that one."""
    unclaimed = [k for k in pool if k not in out.matched.values()]
    if unclaimed:
        return unclaimed
    exact = {
        k
        for i, k in out.matched.items()
        if _given(counts_of(summary.awards[i])) == _given(counts_of(facts.mentions[k]))
    }
    return [k for k in pool if k not in exact]


def _told_by_others(
    i: int, best: int, summary: ArticleSummary, out: AwardCheck
) -> dict[int, list[int]]:
    """Each count that the summary's other awards give as their own -> those awards: awards
    of other kinds, and awards of award ``i``'s kind already matched with a clause other than
    ``best`` (an award matched with the same clause reads it twice: its figures are that
    clause's)."""
    told: dict[int, list[int]] = {}
    for j, other in enumerate(summary.awards):
        if j != i and (other.type != summary.awards[i].type or out.matched.get(j, best) != best):
            for v in _given(counts_of(other)).values():
                told.setdefault(v, []).append(j)
    return told


def _figure_of_another_grant(
    i: int, mention: MentionLike, name: str, value: int, out: AwardCheck, facts: TextFacts
) -> bool:
    """The clause's figure ``value`` for ``name`` is written for another award of the summary
    that gives it: inside the clause matched with that award, or with that award's kind the
    last honour written before it in the clause ("vinh danh 210 tập thể, cá nhân và trao cờ
    thi đua cho 18 tập thể": 210 follows a praise, not the flag), or, of the same kind, with
    recipients of that award named in the clause (the grant told again). The same figure
    given by another grant elsewhere is a coincidence and proves nothing."""
    at = _span_of(mention, name)[0]
    own = _HONOUR_WORDS[mention.type]
    for j in out.told.get(i, {}).get(value, []):
        other = out.awards[j]
        k = out.matched.get(j)
        if k is not None and k < len(facts.mentions):
            theirs = facts.mentions[k]
            if theirs is not mention and theirs.start <= at < theirs.end:
                return True
        if other.type == mention.type:
            # the clause retells that grant, naming its recipients ("Hai cá nhân: Trung tá
            # A và Đại tá B nhận Huân chương ..." under a photo)
            quote = normalize_name(mention.quote)
            if any(_written_in(normalize_name(r), quote) for r in other.recipients):
                return True
            continue
        words = _HONOUR_WORDS[other.type]
        last = max((m.end() for m in words.finditer(facts.text, mention.start, at)), default=-1)
        if last >= 0 and not own.search(facts.text, last, at):
            return True
    return False


def _stated_by_another(i: int, mention: MentionLike, summary: ArticleSummary) -> bool:
    """The clause names no issuer and another award of the summary, naming none either,
    states its figures exactly, while award ``i`` gives other figures: the clause is that
    award's (a clause "20 người khác nhận danh hiệu X" beside a title from the head of state
    to 3 named people that the finder did not read), not a wrong count of award ``i``."""
    theirs = _given(counts_of(mention))
    if mention.issuer is not None or not theirs or _given(counts_of(summary.awards[i])) == theirs:
        return False
    return any(
        j != i
        and other.issuer is None
        and other.type == summary.awards[i].type
        and _given(counts_of(other)) == theirs
        for j, other in enumerate(summary.awards)
    )


def check_awards(summary: ArticleSummary, facts: TextFacts) -> AwardCheck:
    """Check every award of ``summary`` against the grant clauses of the text."""
    out = AwardCheck(awards=list(summary.awards))
    mentions = facts.mentions
    sums = _Sums(mentions)
    # awards naming their issuer first: a clause one of them explains is no candidate of an
    # award naming none while another clause of its kind is left
    order = sorted(range(len(summary.awards)), key=lambda i: summary.awards[i].issuer is None)
    written = WrittenWords(facts)
    for i in order:
        award = summary.awards[i]
        own = _check_own_total(i, award)
        if own is not None:
            out.findings.append(own)
        pool = candidates(award, mentions, written)
        missing = unwritten_words(award.issuer, written)
        if not pool:
            pool = candidates(award, mentions)
        if award.issuer is None:
            pool = _open_to_unnamed(pool, summary, out, facts)
        else:
            pool = [k for k in pool if not _stated_by_another(i, mentions[k], summary)]
        if pool and missing:
            # a fitting issuer with words the article never writes, or a clause naming no
            # issuer matched to an award whose issuer is foreign to the article
            out.findings.append(_unwritten_issuer(i, award, missing))
        organizer = summary.event.organizer
        if not pool:
            same_type = [k for k, m in enumerate(mentions) if m.type == award.type]
            _check_unmatched(i, award, facts, same_type, out, organizer, missing)
            continue
        best = best_candidate(award, mentions, pool)
        confirming = _confirming_clause(award, mentions[best], facts)
        if confirming is not None:
            # the clause writing this award whole was read with another kind or issuer
            out.matched[i] = confirming
            out.candidates[i] = [confirming]
            continue
        if _weakly_contradicted(award, mentions[best]) and _note_unread(
            i,
            award,
            facts,
            out,
            "the one clause of its kind naming no issuer contradicts it; "
            f"no clause grants {award.type.value} from {award.issuer}",
            organizer,
        ):
            continue
        out.matched[i] = best
        out.candidates[i] = pool
        far = None if missing else _issuer_far(award, mentions[best], facts)
        if far is not None:
            out.findings.append(_issuer_not_near(i, award, far))
        summed = _summed_grant(award, mentions[best], facts, sums)
        if summed is not None:
            # the award adds up several clauses as the extractor does: each clause supports it
            out.supporting.update(_clauses_at(summed.starts, award, facts))
            continue
        parts = _listed_parts(award, mentions[best], facts)
        if parts:
            # the award adds up the items of one sentence's list of grants of its kind
            out.matched[i] = parts[0]
            out.supporting.update(parts)
            continue
        told = _told_in_parts(award, mentions[best], sums)
        if told is not None:
            # "Huân chương ... cho 4 cá nhân" and its classes "hạng Nhất cho 1 ...": the parts
            # tell the matched grant again
            out.supporting.update(_clauses_at(told.starts, award, facts))
        out.told[i] = _told_by_others(i, best, summary, out)
        _check_matched(i, award, mentions[best], out, facts)
    out.findings.extend(_told_twice(summary, facts, out))
    out.findings.extend(find_missed(summary, facts, out))
    return out


def _told_twice(summary: ArticleSummary, facts: TextFacts, out: AwardCheck) -> list[Finding]:
    """Two awards of one type, issuer and figures matched with one clause, while a clause of
    that type from another issuer is covered by none: one of them states the other grant
    with the wrong issuer (FORMAT.md writes a grant told twice once)."""
    covered = set(out.matched.values()) | out.supporting
    findings: list[Finding] = []
    flagged: set[int] = set()  # three awards telling one grant: one finding each, not per pair
    awards = summary.awards
    for i, j in combinations(sorted(out.matched), 2):
        a, b = awards[i], awards[j]
        if out.matched[i] != out.matched[j] or a.type != b.type or counts_of(a) != counts_of(b):
            continue
        if a.issuer is None or not same_issuer(a.issuer, b.issuer):
            continue
        left = [
            m
            for k, m in enumerate(facts.mentions)
            if k not in covered
            and m.type == a.type
            and m.at_event
            and m.issuer is not None
            and not same_issuer(m.issuer, a.issuer)
        ]
        if not left:
            continue
        for n in (i, j):
            if n in flagged:
                continue
            flagged.add(n)
            findings.append(
                Finding(
                    kind=FindingKind.MISMATCH,
                    severity=Severity.WARNING,
                    path=item_path("awards", n, "issuer"),
                    message=(
                        f"awards[{i}] and awards[{j}] state one grant of {a.issuer!r}; the "
                        f"text's grant of {a.type.value} from {left[0].issuer!r} has no award"
                    ),
                    value=awards[n].issuer,
                    text_value=left[0].issuer,
                    start=left[0].start,
                    end=left[0].end,
                    quote=left[0].quote,
                )
            )
    return findings


class _Sums:
    """The grants the extractor adds up from several clauses, read once per check."""

    def __init__(self, mentions: Sequence[MentionLike]) -> None:
        self._mentions = mentions
        self._grants: list[MergedGrant] | None = None

    def grants(self) -> list[MergedGrant]:
        if self._grants is None:
            own = [m for m in self._mentions if isinstance(m, AwardMention)]
            self._grants = merged_grants(own) if len(own) == len(self._mentions) else []
        return self._grants


def _summed_grant(
    award: Award, best: MentionLike, facts: TextFacts, sums: _Sums
) -> MergedGrant | None:
    """The grant adding up several clauses ("Công an tỉnh đón nhận Huân chương ..." and "2 tập
    thể và 9 cá nhân thuộc Công an tỉnh ...") whose type, figures and issuer are the award's,
    where the best single clause does not give the award's figures."""
    mine = counts_of(award)
    if not _given(mine) or counts_of(best) == mine:
        return None
    for grant in sums.grants():
        figures = (grant.collectives, grant.individuals, grant.total)
        if grant.type != award.type or figures != (
            award.collectives,
            award.individuals,
            award.total,
        ):
            continue
        if grant.issuer is None or award.issuer is None or same_issuer(grant.issuer, award.issuer):
            return grant
    return None


def _weakly_contradicted(award: Award, best: MentionLike) -> bool:
    """The award names an issuer, its best clause does not write it (naming none, another,
    or one the finder inferred, as the body holding the gathering) and contradicts more of
    its figures than it confirms: the clause was taken for want of a better one."""
    issuer = normalize_name(award.issuer)
    return (
        bool(issuer)
        and agreement(award, best) < 0  # cheap, and most best clauses agree: tested first
        and not _written_in(issuer, normalize_name(best.quote))
    )


def _confirming_clause(award: Award, best: MentionLike, facts: TextFacts) -> int | None:
    """A clause that writes the whole award where its best clause by type and issuer does
    not confirm its figures: the clause's figures are the award's, and its words name the
    award's issuer and its kind ("279 học sinh ... được Sở GD&ĐT khen thưởng", read by the
    finder with the kind and issuer of the grant before it). None when the best clause
    confirms every figure, or no clause writes the award."""
    mine = counts_of(award)
    given = _given(mine)
    issuer = normalize_name(award.issuer)
    if not given or not issuer or agreement(award, best) == len(given):
        return None
    honour = _HONOUR_WORDS[award.type]
    for k, mention in enumerate(facts.mentions):
        if counts_of(mention) != mine or not mention.at_event:
            continue
        if _written_in(issuer, normalize_name(mention.quote)) and honour.search(mention.quote):
            return k
    return None


MAX_LISTED = 12
"""Items of one sentence's list of grants that an award may add up (beyond: prose, not a list)."""


def _listed_parts(award: Award, best: MentionLike, facts: TextFacts) -> list[int]:
    """The clauses of one sentence, in a row, that the award adds up: each of the award's
    type, granted by its issuer or naming none, at the event, their figures summing to the
    award's (an invented list "X trao Huân chương Độc lập cho 2 cá nhân; Huân chương Lao
    động cho 4 tập thể; Huân chương Hữu nghị cho 7 tập thể, 1 cá nhân" for Huân chương of
    Chủ tịch nước, 11 collectives and 3 individuals). FORMAT.md makes one
    entry of one kind of award from one issuer, so a label may add up such a list; the
    best single clause giving the award's figures needs no sum. Empty when none adds up."""
    mine = counts_of(award)
    if not _given(mine) or counts_of(best) == mine or len(facts.mentions) > LARGE_LIST:
        return []
    fitting = [
        k
        for k, m in enumerate(facts.mentions)
        if m.type == award.type
        and m.at_event
        and _given(counts_of(m))
        and (m.issuer is None or same_issuer(award.issuer, m.issuer))
    ]
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for k in fitting:
        by_sentence.setdefault(_sentence_of(facts.mentions[k], facts), []).append(k)
    for row in by_sentence.values():
        row = _distinct_clauses(row[:MAX_LISTED], facts)
        for first in range(len(row)):
            sums = dict.fromkeys(COUNT_FIELDS, 0)
            for last in range(first, len(row)):
                for name, value in _given(counts_of(facts.mentions[row[last]])).items():
                    sums[name] += value
                if last > first and all((mine[n] or 0) == sums[n] for n in COUNT_FIELDS):
                    return row[first : last + 1]
    return []


LARGE_LIST = 400
"""Above this many clauses (no report has them) no list is added up: the cost stays linear."""


def _distinct_clauses(row: list[int], facts: TextFacts) -> list[int]:
    """The clauses of ``row`` in text order, one per span (two kinds read from the same words
    state one grant of the list)."""
    seen: set[tuple[int, int]] = set()
    kept: list[int] = []
    for k in sorted(row, key=lambda k: facts.mentions[k].start):
        span = (facts.mentions[k].start, facts.mentions[k].end)
        if span not in seen:
            seen.add(span)
            kept.append(k)
    return kept


def _clauses_at(starts: Sequence[int], award: Award, facts: TextFacts) -> list[int]:
    """The clauses opening at ``starts`` that can be the award's parts: of its type, from its
    issuer or naming none. Two grants read from one list ("1 tập thể được nhận cờ thi đua
    của Thủ tướng, 2 tập thể ... của Bộ") open at the same place; the other issuer's is not
    a part of this award."""
    return [
        k
        for k, m in enumerate(facts.mentions)
        if m.start in starts
        and m.type == award.type
        and (m.issuer is None or award.issuer is None or same_issuer(award.issuer, m.issuer))
    ]


def _told_in_parts(award: Award, best: MentionLike, sums: _Sums) -> MergedGrant | None:
    """The grant of several clauses that the best clause opens with the award's own figures
    (its parts by class folded into it by the extractor), else None."""
    mine = counts_of(award)
    if not _given(mine) or counts_of(best) != mine:
        return None
    for grant in sums.grants():
        if grant.type == award.type and best.start in grant.starts:
            figures = (grant.collectives, grant.individuals, grant.total)
            if figures == (award.collectives, award.individuals, award.total):
                return grant
    return None


def _equivalent(a: MentionLike, b: MentionLike, facts: TextFacts | None = None) -> bool:
    """Two clauses that state one grant: same type and figures, and the same issuer, or one
    of them names none or stands in the headline (a headline or caption restating the body's
    grant in its own words)."""
    if a.type != b.type or counts_of(a) != counts_of(b):
        return False
    if a.issuer == b.issuer or same_issuer(a.issuer, b.issuer):
        return True
    if a.issuer is None or b.issuer is None:
        return True
    return facts is not None and (_in_headline(a, facts) or _in_headline(b, facts))


def _in_headline(mention: MentionLike, facts: TextFacts) -> bool:
    headline = facts.headline
    return headline is not None and headline.start <= mention.start < headline.end


def _named_in_summary(mention: MentionLike, summary: ArticleSummary) -> bool:
    """A clause granting to named recipients that an award of the summary of its type names
    ("Hội Nông dân tỉnh X nhận Cờ thi đua" inside "17 đơn vị nhận Cờ thi đua ... (trong đó
    Hội Nông dân X)"); or a clause of its type that writes one of the award's named
    recipients and counts no more than the award does: the same grant, or the part of it
    the clause names, told again ("ông A đón nhận Huân chương" read as one collective;
    "3 điển hình được nhận bằng khen, gồm: anh A, ..." of an award of 26 naming A)."""
    quote = f" {normalize_name(mention.quote)} "
    size = sum(_given(counts_of(mention)).values())
    for award in summary.awards:
        if award.type != mention.type:
            continue
        for ours in award.recipients:
            if any(same_issuer(ours, theirs) for theirs in mention.recipients):
                return True
        if size and size <= sum(_given(counts_of(award)).values()) + len(award.recipients):
            if any(_written_in(normalize_name(r), quote) for r in award.recipients):
                return True
    return False


def _shared_by_listed_kinds(
    mention: MentionLike, summary: ArticleSummary, facts: TextFacts
) -> bool:
    """The clause's figures are shared by a list of kinds ("11 tập thể và 36 cá nhân được
    tặng bằng khen và giấy khen") and the summary has an award of the clause's kind: it
    reads the figures as the list's, which no one kind may claim (FORMAT.md leaves such
    counts empty), so it missed no grant."""
    return _shares_a_list_of_kinds(mention, facts) and any(
        award.type == mention.type for award in summary.awards
    )


CAPTION_CHARS = 250
"""Longest line read as a photo caption (a short line with no closing stop)."""


def _in_caption(mention: MentionLike, facts: TextFacts) -> bool:
    """The clause stands in a photo caption: a short paragraph of its own that ends with no
    stop ("Ông A trao cờ thi đua cho 4 tập thể"), under a picture of part of a ceremony."""
    for paragraph in split_paragraphs(facts.text):
        if paragraph.start <= mention.start < paragraph.end:
            line = paragraph.text.strip()
            return len(line) <= CAPTION_CHARS and line[-1:] not in ".!?…:;"
    return False


def _caption_of_part(mention: MentionLike, other: MentionLike, facts: TextFacts) -> bool:
    """A caption naming no issuer whose figures are at most a covered clause's of its type
    ("... trao cờ thi đua cho 4 tập thể" under "9 đơn vị nhận cờ thi đua"): the photo shows
    part of that grant."""
    if mention.type != other.type or mention.issuer is not None:
        return False
    mine, theirs = _given(counts_of(mention)), _given(counts_of(other))
    if not mine or not all(k in theirs and v <= theirs[k] for k, v in mine.items()):
        return False
    return _in_caption(mention, facts)


_PROPOSAL = re.compile(r"(?i)(?<!\w)(?:" + "|".join(PROPOSAL_WORDS) + r")(?!\w)")


def _proposed(mention: MentionLike, facts: TextFacts) -> bool:
    """A proposal, not a grant: the clause writes a proposal word ("đề nghị xét tặng"), or
    it is an item, with no verb of its own, of a list its sentence proposes ("thông qua danh
    sách đề nghị xét tặng Cờ ... của Chính phủ; Cờ ... của UBND tỉnh và Bằng khen của Chủ
    tịch UBND tỉnh cho ...")."""
    if _PROPOSAL.search(mention.quote):
        return True
    if VERB_RE.search(mention.quote):
        return False  # a clause that grants in its own words
    start, _ = _sentence_of(mention, facts)
    proposals = list(_PROPOSAL.finditer(facts.text, start, mention.start))
    if not proposals:
        return False
    return VERB_RE.search(facts.text, proposals[-1].end(), mention.start) is None


_ANOTHER_YEAR = "; its sentence dates it to another year than the meeting's"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MERIT = re.compile(r"(?i)(?<!\w)(?:" + "|".join(MERIT_WORDS) + r")(?!\w)")


def _of_another_year(mention: MentionLike, summary: ArticleSummary, facts: TextFacts) -> bool:
    """The clause's sentence writes years, none of them the meeting's or one it reviews (a
    school "đã được Giám đốc Sở tặng Giấy khen năm 2019" told of at a meeting of November
    2021): the grant may be a past honour, so a summary leaving it out is
    a reasonable reading. The year before the meeting, written after the words of the merit
    rewarded, is the meeting's own: the genre's meetings reward the last year's work ("Dịp
    này, ... khen thưởng 2 tập thể có thành tích trong phong trào năm 2022" in 2023)."""
    date = summary.event.date
    if not date:
        return False
    year = int(date[:4])
    own = {year}
    period = summary.event.review_period
    if period is not None:
        own |= set(range(period.start, period.end + 1))
    start, end = _sentence_of(mention, facts)
    years = set()
    for match in _YEAR.finditer(facts.text, start, end):
        written = int(match.group())
        if written == year - 1 and _MERIT.search(facts.text, start, match.start()):
            written = year  # the last year's work, rewarded at this meeting
        years.add(written)
    return bool(years) and not years & own


_HANDED = re.compile(r"(?i)(?<!\w)(?:trao|đón\s+nhận|gắn\s+(?:huân|huy)\s+chương)(?!\w)")
"""Verbs of a ceremony's handing over ("trao", "đón nhận", "gắn huy chương"; not the "gắn
với" of "gắn với xây dựng nông thôn mới")."""
_NOT_HANDED = (
    "; its sentence neither hands it over nor places it at the event: perhaps a past honour"
)


def _handed_at_event(mention: MentionLike, facts: TextFacts) -> bool:
    """The clause's sentence hands the award over ("trao", "đón nhận") or places it at the
    event ("Dịp này", "Tại buổi lễ"): a grant at the event. A bare "được X tặng Bằng khen"
    in a list of results may be a past honour, which a summary rightly leaves out."""
    start, end = _sentence_of(mention, facts)
    return _HANDED.search(facts.text, start, end) is not None or event_marker_in(
        facts.text, start, end
    )


def _missed_type(mention: MentionLike, facts: TextFacts, dated: bool = False) -> Finding:
    """A grant without figures of a type no award of the summary has: a warning where a
    clause of that type is handed over or placed at the event, else a note."""
    issuer = f" from {mention.issuer}" if mention.issuer else ""
    unsure = dated or not any(
        _handed_at_event(m, facts) for m in facts.mentions if m.type == mention.type and m.at_event
    )
    return Finding(
        kind=FindingKind.MISSED_COUNT,
        severity=Severity.INFO if unsure else Severity.WARNING,
        path="awards",
        message=(
            f"the text grants {mention.type.value}{issuer} at the event; "
            "no award of the summary is of that type"
            + (_ANOTHER_YEAR if dated else _NOT_HANDED if unsure else "")
        ),
        start=mention.start,
        end=mention.end,
        quote=mention.quote,
    )


def _total_of(mention: MentionLike, other: MentionLike) -> bool:
    """A clause giving only a total that is the sum of another clause of its type ("Tặng
    bằng khen cho 46 tập thể và cá nhân" beside "... cho 23 tập thể và 23 cá nhân"), one of
    them naming no issuer: the same grant summed up."""
    if mention.type != other.type or (mention.issuer and other.issuer):
        return False
    mine, theirs = counts_of(mention), counts_of(other)
    if mine["total"] is None or mine["collectives"] is not None or mine["individuals"] is not None:
        return False
    c, n = theirs["collectives"], theirs["individuals"]
    return c is not None and n is not None and c + n == mine["total"]


def _half_of_a_summed_award(
    k: int, mentions: Sequence[MentionLike], summary: ArticleSummary
) -> bool:
    """Clause ``k`` and another clause of its type add up, count by count, to an award of
    the summary of that type: the award sums the two (a grant of 30 units and 70 people told
    again as 18 units and 40 people praised, 12 units and 30 people rewarded), neither is a
    grant the summary left out. Only pairs: a sum of more
    clauses is too easily met by chance, and so is a sum of clauses of another giver: each
    clause names the award's issuer or none (two classes from the State, 1 and 4 people,
    beside another giver's grant to 5 people are a grant of their own). Only clauses of two
    counts: a sum of one count is met by chance as easily (a grant to 3 units beside two
    other grants, to 1 unit and to 2)."""
    mention = mentions[k]
    mine = _given(counts_of(mention))
    if len(mine) < 2:
        return False
    for award in summary.awards:
        target = _given(counts_of(award))
        if award.type != mention.type or target.keys() != mine.keys():
            continue
        if not _of_issuer(mention, award.issuer):
            continue
        for j, other in enumerate(mentions):
            if j == k or other.type != mention.type or not _of_issuer(other, award.issuer):
                continue
            theirs = _given(counts_of(other))
            if theirs.keys() == mine.keys() and all(
                mine[key] + theirs[key] == target[key] for key in mine
            ):
                return True
    return False


def _of_issuer(mention: MentionLike, issuer: str | None) -> bool:
    """The clause names ``issuer`` or no issuer at all."""
    return mention.issuer is None or same_issuer(issuer, mention.issuer)


def _part_restated(mention: MentionLike, other: MentionLike) -> bool:
    """A clause naming no issuer whose figures are some of another clause's of its type
    ("Trong số 80 cá nhân được tuyên dương nói trên, có ..." after "tuyên dương 20 tập thể
    và 80 cá nhân"): the covered grant told again in part, no grant of its own."""
    if mention.type != other.type or mention.issuer is not None:
        return False
    mine, theirs = _given(counts_of(mention)), _given(counts_of(other))
    return (
        bool(mine) and len(mine) < len(theirs) and all(theirs.get(k) == v for k, v in mine.items())
    )


def _told_as_statistics(mention: MentionLike, summary: ArticleSummary) -> bool:
    """Every figure of the clause is a statistic of the summary whose label the clause
    writes: the summary reads the clause as a past honour, a proposal or a decision (counts
    that FORMAT.md makes statistics), so it missed nothing."""
    given = _given(counts_of(mention)).values()
    values = {stat.value for stat in summary.statistics}
    if not given or any(value not in values for value in given):
        return False  # cheap: most clauses share no figure with a statistic
    quote = label_words(mention.quote)
    for value in given:
        told = False
        for stat in summary.statistics:
            if stat.value != value:
                continue
            words = label_words(stat.label)
            if words and len(words & quote) * 2 >= len(words):
                told = True
                break
        if not told:
            return False
    return True


def _generic_covered(mention: MentionLike, summary: ArticleSummary) -> bool:
    """A bare "khen thưởng" clause whose figures and issuer an award of a named type gives
    (the text names the award elsewhere: "UBND huyện khen thưởng 7 tập thể, 11 cá nhân")."""
    if mention.type is not AwardType.KHAC or mention.issuer is None:
        return False
    given = _given(counts_of(mention))
    return any(
        _given(counts_of(award)) == given and same_issuer(award.issuer, mention.issuer)
        for award in summary.awards
    )


def find_missed(summary: ArticleSummary, facts: TextFacts, check: AwardCheck) -> list[Finding]:
    """Grants of the event (with figures) that no award of the summary covers."""
    mentions = facts.mentions
    covered = set(check.matched.values()) | check.supporting
    # clauses the summary reads otherwise: as statistics, inside a counted grant, as a bare
    # commendation of a named award
    covered |= {
        k
        for k, mention in enumerate(mentions)
        if _given(counts_of(mention))
        and (
            _told_as_statistics(mention, summary)
            or _named_in_summary(mention, summary)
            or _generic_covered(mention, summary)
        )
    }
    findings: list[Finding] = []
    reported: list[MentionLike] = []
    types = {award.type for award in summary.awards}
    meeting = bool(summary.event.date or summary.event.kinds or summary.event.organizer)
    for k, mention in enumerate(mentions):
        if k in covered or not mention.at_event or _proposed(mention, facts):
            continue  # a proposal ("đề nghị xét tặng") is no grant
        if not _given(counts_of(mention)):
            # a grant without figures ("trao Huân chương ... cho Công an tỉnh") of a type no
            # award of the summary has
            if meeting and mention.type not in types and len(reported) < MAX_MISSED:
                types.add(mention.type)
                reported.append(mention)
                findings.append(
                    _missed_type(mention, facts, _of_another_year(mention, summary, facts))
                )
            continue
        if any(_equivalent(mention, mentions[j], facts) for j in covered):
            continue
        if any(_total_of(mention, mentions[j]) for j in covered):
            continue
        if any(_part_restated(mention, mentions[j]) for j in covered):
            continue
        if _half_of_a_summed_award(k, mentions, summary):
            continue
        if all(
            _shared_by_joint_issuers(mention, name, value, summary.awards)
            for name, value in _given(counts_of(mention)).items()
        ):
            continue  # each of its givers' awards tells its part
        if any(_caption_of_part(mention, mentions[j], facts) for j in covered):
            continue
        if _shared_by_listed_kinds(mention, summary, facts):
            continue
        if _in_headline(mention, facts) and any(
            mentions[j].type == mention.type or mention.type is AwardType.KHAC for j in covered
        ):
            # the headline sums up the body's grants, of its kind or, naming no kind ("Gần
            # 370 học sinh được tuyên dương"), of any (a contradiction is a conflict)
            continue
        if any(_equivalent(mention, other) for other in reported):
            continue  # the same grant written twice is missed once
        if len(reported) >= MAX_MISSED:
            break
        reported.append(mention)
        issuer = f" from {mention.issuer}" if mention.issuer else ""
        dated = _of_another_year(mention, summary, facts)
        findings.append(
            Finding(
                kind=FindingKind.MISSED_COUNT,
                severity=Severity.INFO if dated else Severity.WARNING,
                path="awards",
                message=(
                    f"the text grants {mention.type.value}{issuer} to "
                    f"{describe_counts(counts_of(mention))}; no award of the summary covers it"
                    + (_ANOTHER_YEAR if dated else "")
                ),
                text_value=_given(counts_of(mention)),
                start=mention.start,
                end=mention.end,
                quote=mention.quote,
            )
        )
    return findings
