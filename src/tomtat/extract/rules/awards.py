"""Awards of the event from the count finder's grant clauses: deduplicated, conflicts named.

Rules (FORMAT.md): only grants made at the event count; the same type + issuer with the same
figures is one entry; with different figures both are kept and the contradiction is written to
``conflicts``; a clause without counts ("Trao Bằng khen của Công an tỉnh cho các cá nhân")
merges into a counted entry of the same type whose issuer matches (or any counted entry of that
type when it names no issuer), else it stays as an entry with null counts. A headline total
that the body splits ("Trao 13 Huân chương" / "13 cá nhân") is the same grant, split kept.
A grant counted only by the recipient it names ("Hội X nhận Cờ thi đua") is one of a counted
grant of its type that counts its kind, named recipients of one issuer add up, and a restatement
without issuer merges. An order listed by class ("hạng Nhất cho 1 cá nhân, hạng Ba cho 2 cá
nhân") beside the grant it adds up to is that grant told in parts; recipients "also" honoured
("20 cán bộ cũng được tuyên dương") with no issuer of their own count into the grant just told.
An untyped honour ("biểu dương 24 tập thể") with a typed grant's figures restates it only from
another sentence: one sentence's list does not restate itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tomtat.schemas import Award, AwardType, Evidence
from tomtat.text.award_parts import PERSON_RECIPIENT, medal_names
from tomtat.text.counts import AwardMention
from tomtat.text.fold import ascii_fold
from tomtat.text.levels import other_levels
from tomtat.text.normalize import initials, normalize_name, same_initials, similarity
from tomtat.text.vocab import PLACE_ORGANS, STATE_NAMES

__all__ = ["MergedGrant", "build_awards", "merged_grants"]

_ISSUER_MATCH = 85.0


@dataclass
class _Entry:
    type: AwardType
    issuer: str | None
    collectives: int | None
    individuals: int | None
    total: int | None
    recipients: list[str]
    start: int
    end: int
    quote: str
    positions: list[int] = field(default_factory=list)
    derived: bool = False  # counted only by the recipients it names ("cho Công an xã X")
    order: int = 0  # the mention's place in the text's order of mentions
    own_issuer: str | None = None  # the issuer its own mention names (not one taken over)
    sentence: int = -1  # the sentence of its mention (-1: not known)
    caption: bool = False  # its mention stands on a caption's or headline's line

    @property
    def counted(self) -> bool:
        """Whether the text gives any count for this grant."""
        return any(v is not None for v in (self.collectives, self.individuals, self.total))

    def figures(self) -> tuple[int | None, int | None, int | None]:
        """(collectives, individuals, total): what two mentions must share to be one grant."""
        return self.collectives, self.individuals, self.total


def _entry(mention: AwardMention, order: int) -> _Entry:
    return _Entry(
        mention.type,
        mention.issuer,
        mention.collectives,
        mention.individuals,
        mention.total,
        list(mention.recipients),
        mention.start,
        mention.end,
        mention.quote,
        [mention.start],
        bool(mention.recipients) and not mention.count_spans,
        order,
        mention.issuer,
        mention.sentence,
        mention.caption,
    )


def _same_grant_figures(a: _Entry, b: _Entry) -> bool:
    """Equal figures, or a total on one side that the other splits ("Trao 13 Huân chương" in a
    headline, "13 cá nhân" in the body)."""
    if a.figures() == b.figures():
        return True
    for whole, split in ((a, b), (b, a)):
        if whole.total is not None and whole.collectives is None and whole.individuals is None:
            if split.total is None and (split.collectives or 0) + (split.individuals or 0) == (
                whole.total
            ):
                return True
    return False


def _one_part_of(a: _Entry, b: _Entry) -> bool:
    """Whether one of two grants gives one kind of recipient only, as many as the other gives
    of that kind beside the other kind ("Trao danh hiệu cho 5 tập thể" in a caption, "X trao
    danh hiệu cho 5 tập thể, đồng thời ... cho 17 cá nhân" in the body): one part of it."""
    for part, whole in ((a, b), (b, a)):
        if part.total is not None or whole.total is not None:
            continue
        split, full = part.figures()[:2], whole.figures()[:2]
        given = [k for k in range(2) if split[k] is not None]
        if len(given) == 1 and split[given[0]] == full[given[0]] and None not in full:
            return True
    return False


def _describe(entry: _Entry) -> str:
    parts = []
    if entry.collectives is not None:
        parts.append(f"{entry.collectives} tập thể")
    if entry.individuals is not None:
        parts.append(f"{entry.individuals} cá nhân")
    if entry.total is not None:
        parts.append(f"{entry.total} tập thể và cá nhân")
    return ", ".join(parts)


# the standing organs of a body that grant in its name ("Ban Thường vụ Tỉnh đoàn" grants what
# "Tỉnh đoàn" grants)
_STANDING_ORGAN = re.compile(
    r"^(?:ban\s+thuong\s+vu|ban\s+chap\s+hanh|ban\s+thuong\s+truc|thuong\s+truc"
    r"|ban\s+thường\s+vụ|ban\s+chấp\s+hành|ban\s+thường\s+trực|thường\s+trực)\s+"
)


# the State's honours are conferred by the Chủ tịch nước in its name: "Nhà nước (Việt Nam)"
# and "Chủ tịch nước" name one grantor, the country's name written out or abbreviated or not.
# Matched against issuer keys, so written in the keys' spelling: each form goes through
# normalize_name (its tone folding writes "hòa" as "hoà"; a hand-written key would not match).
_STATE_GRANTORS = ("Nhà nước", "Chủ tịch nước")
_THE_STATE = re.compile(
    "^(?:"
    + "|".join(re.escape(normalize_name(g)) for g in _STATE_GRANTORS)
    + ")(?: (?:"
    + "|".join(re.escape(normalize_name(n)) for n in STATE_NAMES)
    + "))?$"
)


def _body_of(key: str) -> str:
    """An issuer's matching key less a standing organ before its body's name; the State's
    grantor under one name."""
    key = _STANDING_ORGAN.sub("", key)
    return "chủ tịch nước" if _THE_STATE.match(key) else key


# the standing organs of a place, each granting in its own name: the Party committee, the
# People's Committee, the People's Council, the Fatherland Front (on matching keys, lower case)
_ORGANS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (organ, re.compile(pattern)) for organ, pattern in PLACE_ORGANS
)


def _other_organs(a: str, b: str) -> bool:
    """Whether two issuer keys name different organs of a place ("Tỉnh ủy Bình Phước" and
    "UBND tỉnh Bình Phước"): two grantors however alike their words."""
    named_a = {organ for organ, pattern in _ORGANS if pattern.search(a)}
    named_b = {organ for organ, pattern in _ORGANS if pattern.search(b)}
    return bool(named_a) and bool(named_b) and named_a.isdisjoint(named_b)


class _IssuerIndex:
    """Entries grouped by (type, normalised issuer); fuzzy issuer matches cached per key pair."""

    _MAX_FUZZY_KEYS = 200  # beyond this many issuers (not prose), match issuers exactly

    def __init__(self) -> None:
        self.groups: dict[tuple[AwardType, str], list[_Entry]] = {}
        self._cache: dict[tuple[str, str], bool] = {}
        self._first: dict[tuple[AwardType, str, bool], _Entry] = {}
        self._written: dict[str, str] = {}  # a matching key -> the issuer as first written

    def _key(self, issuer: str | None) -> str:
        """The matching key of an issuer, its written form kept for :meth:`_match`."""
        key = normalize_name(issuer)
        if issuer and key:
            self._written.setdefault(key, issuer)
        return key

    def _match(self, a: str, b: str) -> bool:
        if a == b:
            return True
        if not a or not b or len(self.groups) > self._MAX_FUZZY_KEYS:
            return False
        pair = (a, b) if a < b else (b, a)
        if pair not in self._cache:
            self._cache[pair] = (
                not other_levels(a, b)
                and not _other_organs(a, b)
                and (
                    similarity(a, b) >= _ISSUER_MATCH
                    or _body_of(a) == _body_of(b)
                    or similarity(_body_of(a), _body_of(b)) >= _ISSUER_MATCH
                    # "Bộ NN&PTNT" in a headline, "Bộ Nông nghiệp và Phát triển nông thôn" in the
                    # body: one name abbreviates the other
                    or same_initials(self._written.get(a), self._written.get(b))
                )
            )
        return self._cache[pair]

    def same(self, entry: _Entry) -> list[_Entry]:
        """Kept entries of the same type whose issuer matches ``entry``'s."""
        key = self._key(entry.issuer)
        found: list[_Entry] = []
        for (award_type, other), entries in self.groups.items():
            if award_type == entry.type and self._match(key, other):
                found.extend(entries)
        return found

    def same_now(self, entry: _Entry) -> list[_Entry]:
        """Kept entries of the same type whose issuer, as it stands now (an issuer learnt from
        a restatement included), matches ``entry``'s."""
        key = self._key(entry.issuer)
        return [
            kept
            for (award_type, _), entries in self.groups.items()
            if award_type == entry.type
            for kept in entries
            if self._match(key, self._key(kept.issuer))
        ]

    def same_figures(self, entry: _Entry) -> _Entry | None:
        """A kept entry of the same type and figures where one side names no issuer."""
        for (award_type, other), entries in self.groups.items():
            if award_type != entry.type:
                continue
            for kept in entries:
                if (not other or entry.issuer is None) and _same_order(
                    medal_names(kept.quote), medal_names(entry.quote)
                ):
                    if _same_grant_figures(kept, entry) or _one_part_of(kept, entry):
                        return kept
        return None

    def best(self, mention: _Entry, *, counted: bool) -> _Entry | None:
        """The entry a count-less mention merges into: same type, matching (or no) issuer."""
        key = self._key(mention.issuer)
        best: _Entry | None = None
        best_score = -1.0
        for award_type, other in self.groups:
            if award_type != mention.type:
                continue
            first = self._first.get((award_type, other, counted))
            if first is None:
                continue
            if not key or not other:
                score = 100.0 if key == other else 50.0
            elif self._match(key, other):
                score = 100.0 if key == other else similarity(key, other)
            else:
                continue
            if score > best_score:
                best, best_score = first, score
        return best

    def add(self, entry: _Entry) -> None:
        """Index a kept entry."""
        key = self._key(entry.issuer)
        self.groups.setdefault((entry.type, key), []).append(entry)
        self._first.setdefault((entry.type, key, entry.counted), entry)

    def compatible(self, mention: _Entry) -> list[_Entry]:
        """Kept counted entries of the mention's type whose issuer matches it or where one side
        names no issuer; those with the matching issuer first."""
        key = self._key(mention.issuer)
        same: list[_Entry] = []
        loose: list[_Entry] = []
        for (award_type, other), entries in self.groups.items():
            if award_type != mention.type:
                continue
            if key and other and self._match(key, other):
                same.extend(e for e in entries if e.counted)
            elif not key or not other:
                loose.extend(e for e in entries if e.counted)
        return same + loose


_MAX_CONFLICTS = 20


def _recount(entry: _Entry) -> None:
    """Counts of an entry counted only by the recipients it names: persons and collectives."""
    persons = sum(1 for r in entry.recipients if PERSON_RECIPIENT.match(r))
    entry.individuals = persons or None
    entry.collectives = (len(entry.recipients) - persons) or None


def _counts_kind_of(target: _Entry, mention: _Entry) -> bool:
    """Whether ``target`` counts the kind of recipient ``mention`` names: a unit named beside
    "3 cá nhân" is a grant of its own, not one of the three."""
    if target.derived or target.total is not None:
        return True
    if mention.individuals:
        return target.individuals is not None
    return target.collectives is not None


def _parent_of_the_counted(target: _Entry, mention: _Entry) -> bool:
    """Whether the counted grant's recipients belong to ("thuộc") the body ``mention`` names,
    and that body was not added yet."""
    if not mention.recipients:
        return False
    name = normalize_name(mention.recipients[0])
    if not name or name in {normalize_name(r) for r in target.recipients}:
        return False
    return f"thuộc {name}" in normalize_name(target.quote)


def _another_order(target: _Entry, mention: _Entry) -> bool:
    """Whether the named recipient gets an order of another name than the counted grant
    ("A được tặng Huân chương Quân công" beside "9 cá nhân ... Huân chương Chiến công"): not
    one of the counted, one more."""
    if mention.type is not AwardType.HUAN_CHUONG or "chương" not in mention.quote:
        return False
    theirs = medal_names(target.quote)
    mine = medal_names(mention.quote)
    return bool(theirs and mine) and not theirs & mine


def _absorb_named(index: _IssuerIndex, mention: _Entry) -> bool:
    """Merge a grant counted only by its named recipients into a kept entry of its type.

    A recipient named beside a counted grant of the same award ("Hội X nhận Cờ thi đua" and "17
    đơn vị nhận Cờ thi đua của Y") is one of the counted, where that grant counts its kind;
    named recipients of one award from one issuer ("trao Huân chương ... cho Thiếu tướng A";
    "... cho Phòng B") add up; a headline or caption naming no issuer restates the grant.
    """
    key = normalize_name(mention.issuer)
    fitting = [
        e
        for e in index.compatible(mention)
        if e.start != mention.start and _counts_kind_of(e, mention)
    ]
    written = [e for e in fitting if not e.derived]
    if not fitting:
        return False
    target = (written or fitting)[0]
    if not target.derived and (
        _parent_of_the_counted(target, mention) or _another_order(target, mention)
    ):
        # "2 tập thể và 9 cá nhân thuộc Công an tỉnh X" beside "Công an tỉnh X đón nhận ...":
        # the named body is not one of its own members, it is one more
        target.recipients.extend(mention.recipients)
        target.collectives = (target.collectives or 0) + (mention.collectives or 0) or None
        target.individuals = (target.individuals or 0) + (mention.individuals or 0) or None
    elif target.derived and key and normalize_name(target.own_issuer) == key:
        new = _new_recipients(target.recipients, mention.recipients)
        if new:
            target.recipients.extend(new)
            _recount(target)
    elif target.issuer is None and mention.issuer:
        target.issuer = mention.issuer
    if target.derived:
        # "Sở X đón nhận Huân chương" (a headline) and "trao Huân chương cho Sở X và cho bà Y":
        # the fuller statement names more of the grant's recipients
        target.collectives = _most(target.collectives, mention.collectives)
        target.individuals = _most(target.individuals, mention.individuals)
    target.positions.append(mention.start)
    return True


def _spellings(words: list[str]) -> list[list[str]]:
    """A name's words, and the same with a head of two or more words written as its initials
    ("đại học đà nẵng" -> "dh đà nẵng"); the first word is folded ("đh" -> "dh"), as initials
    are, so that a head abbreviated in the text meets the one spelt out."""
    whole = [ascii_fold(words[0]), *words[1:]]
    return [whole] + [
        [initials(" ".join(words[:cut])), *words[cut:]] for cut in range(2, len(words))
    ]


def _same_recipient(a: str, b: str) -> bool:
    """Whether two recipient names name one unit: equal, one the other with words run on
    after it ("ĐH Đà Nẵng" and "ĐH Đà Nẵng tổ chức ..."), either with its head abbreviated to
    initials ("Đại học Đà Nẵng" and "ĐH Đà Nẵng"). Units of one kind with other proper names
    ("Công an xã A", "Công an xã B") stay two; a name of one or two words runs on into no
    other ("Công an" is not "Công an xã A")."""
    x, y = normalize_name(a).split(), normalize_name(b).split()
    if not x or not y:
        return False
    for one in _spellings(x):
        for other in _spellings(y):
            short, long = (one, other) if len(one) <= len(other) else (other, one)
            if short == long or (len(short) >= 3 and long[: len(short)] == short):
                return True
    return False


def _new_recipients(kept: list[str], named: list[str] | tuple[str, ...]) -> list[str]:
    """The names of ``named`` that name no unit or person ``kept`` already holds."""
    new: list[str] = []
    for name in named:
        if not any(_same_recipient(name, other) for other in [*kept, *new]):
            new.append(name)
    return new


def _most(a: int | None, b: int | None) -> int | None:
    return a if b is None else (b if a is None else max(a, b))


def build_awards(mentions: list[AwardMention]) -> tuple[list[Award], list[str]]:
    """The event's awards (one per grant statement) and the conflicts among them."""
    kept, conflicts = _merged(mentions)
    awards = [
        Award(
            type=e.type,
            issuer=e.issuer,
            collectives=e.collectives,
            individuals=e.individuals,
            total=e.total,
            recipients=e.recipients,
            evidence=Evidence(quote=e.quote, start=e.start, end=e.end, alignment="exact"),  # type: ignore[arg-type]
        )
        for e in kept
    ]
    return awards, list(conflicts)


@dataclass(frozen=True)
class MergedGrant:
    """A grant as :func:`build_awards` adds it up from several clauses, and where they stand."""

    type: AwardType
    issuer: str | None
    collectives: int | None
    individuals: int | None
    total: int | None
    starts: tuple[int, ...]


def merged_grants(mentions: list[AwardMention]) -> list[MergedGrant]:
    """The grants that :func:`build_awards` makes of more than one clause ("Công an tỉnh đón
    nhận Huân chương" and "2 tập thể và 9 cá nhân thuộc Công an tỉnh ... Huân chương": 3
    collectives, 9 individuals). The cross-check reads them so that a summary adding up the
    clauses the same way is supported, not contradicted by each clause alone."""
    kept, _ = _merged(mentions)
    return [
        MergedGrant(
            e.type, e.issuer, e.collectives, e.individuals, e.total, tuple(sorted(e.positions))
        )
        for e in kept
        if len(set(e.positions)) > 1
    ]


def _told_elsewhere(
    mention: AwardMention,
    typed_figures: dict[tuple[int | None, int | None, int | None], set[int]],
) -> bool:
    """Whether a typed grant with the untyped ``mention``'s figures stands in another sentence
    (or the sentences are not known): then the untyped mention restates it."""
    sentences = typed_figures.get((mention.collectives, mention.individuals, mention.total))
    if not sentences:
        return False
    return mention.sentence < 0 or bool(sentences - {mention.sentence}) or -1 in sentences


_CLASS = re.compile(r"(?i)(?<!\w)hạng\s+(?:nhất|nhì|ba|1|2|3|i{1,3})(?!\w)")


def _compatible_issuers(a: _Entry, b: _Entry) -> bool:
    return a.issuer is None or b.issuer is None or similarity(a.issuer, b.issuer) >= _ISSUER_MATCH


_MAX_CLASS_PARTS = 40  # beyond this many clauses listing classes (not prose), fold nothing


def _fold_class_breakdowns(counted: list[_Entry]) -> list[_Entry]:
    """Counted grants of one order listed by class ("Huân chương ... hạng Nhất cho 1 cá nhân,
    hạng Nhì cho 1 cá nhân và hạng Ba cho 2 cá nhân") beside the grant they add up to ("trao
    Huân chương ... cho 4 cá nhân") are that grant told in parts: folded into it (an issuer
    the parts name is its issuer), neither grants of their own nor a contradiction."""
    classed = [e for e in counted if _CLASS.search(e.quote)]
    if len(classed) < 2 or len(classed) > _MAX_CLASS_PARTS:
        return counted
    orders = {id(e): medal_names(e.quote) for e in counted}
    folded: set[int] = set()
    for whole in counted:
        if id(whole) in folded:
            continue
        parts = [
            e
            for e in classed
            if e is not whole
            and id(e) not in folded
            and e.type == whole.type
            and e.figures() != whole.figures()
            and _compatible_issuers(e, whole)
            and _same_order(orders[id(e)], orders[id(whole)])
        ]
        if len(parts) < 2 or not _adds_up(parts, whole):
            continue
        issuers = {e.issuer for e in parts if e.issuer}
        if whole.issuer is None and len(issuers) == 1:
            whole.issuer = issuers.pop()
        for part in parts:
            whole.positions.append(part.start)
            folded.add(id(part))
    return [e for e in counted if id(e) not in folded]


def _same_order(part: set[str], whole: set[str]) -> bool:
    """Whether a part names the whole's order (by the names of the orders each clause
    grants), or one of them names none."""
    return not part or not whole or bool(part & whole)


def _adds_up(parts: list[_Entry], whole: _Entry) -> bool:
    """Whether the parts' figures add up, kind by kind, to the whole's; parts that count
    medals ("1 Huân chương ... hạng Nhì, 6 Huân chương ... hạng Ba") add up to a whole that
    counts recipients of one kind ("7 nhà giáo"), one medal each."""
    if all(e.figures()[:2] == (None, None) for e in parts):
        kinds = [value for value in whole.figures() if value is not None]
        if len(kinds) == 1:
            return sum(e.figures()[2] or 0 for e in parts) == kinds[0]
    for key in range(3):
        given = whole.figures()[key]
        total = sum(e.figures()[key] or 0 for e in parts)
        if (given or 0) != total:
            return False
    return True


_ALSO_RECEIVED = re.compile(r"(?i)(?<!\w)cũng\s+(?:được|nhận|đón\s+nhận|vinh\s+dự)(?!\w)")


def _also_granted(latest: dict[AwardType, _Entry], mention: _Entry) -> bool:
    """ "X tuyên dương 33 thanh niên. Nhân dịp này, 20 cán bộ đoàn cũng được tuyên dương": more
    recipients of the grant just told ("cũng", also) naming no issuer of their own are counted
    into it, kind by kind. ``latest``: the last kept counted entry of each type, in text
    order. Returns whether ``mention`` was counted into a kept entry."""
    if mention.issuer is not None or not _ALSO_RECEIVED.search(mention.quote):
        return False
    target = latest.get(mention.type)
    if target is None or target.start >= mention.start:
        return False
    if target.total is not None or mention.total is not None:
        return False
    target.collectives = _plus(target.collectives, mention.collectives)
    target.individuals = _plus(target.individuals, mention.individuals)
    target.positions.append(mention.start)
    return True


def _other_kind_of_one_clause(index: _IssuerIndex, mention: _Entry) -> bool:
    """ "X trao danh hiệu A cho 5 tập thể, đồng thời trao danh hiệu B cho 17 cá nhân": one
    clause granting one type from one issuer to collectives and to individuals is one grant
    of that type (FORMAT keeps one entry per type and issuer): the kinds are joined. Returns
    whether ``mention`` was joined to a kept entry."""
    if not _counts_one_kind(mention):
        return False
    others = [e for e in index.same_now(mention) if mention.start in e.positions]
    return _join_other_kind(others, mention)


def _counts_one_kind(mention: _Entry) -> bool:
    """Whether ``mention`` counts collectives or individuals, not both, and gives no total."""
    return mention.total is None and (mention.collectives is None) != (mention.individuals is None)


def _join_other_kind(entries: list[_Entry], mention: _Entry) -> bool:
    """Add ``mention``'s one kind of count to the first of ``entries`` without a total that
    counts only the other kind; returns whether one did. ``mention`` counts one kind only."""
    kinds = (mention.collectives is not None, mention.individuals is not None)
    for entry in entries:
        if entry.total is not None:
            continue
        if (entry.collectives is not None, entry.individuals is not None) != (kinds[1], kinds[0]):
            continue
        entry.collectives = _plus(entry.collectives, mention.collectives)
        entry.individuals = _plus(entry.individuals, mention.individuals)
        entry.positions.append(mention.start)
        return True
    return False


# a clause that breaks down a count told before it ("..., trong đó 5 tập thể ..."): its figures
# are part of that count, not more of them
_BREAKDOWN = re.compile(r"(?i)(?<!\w)trong\s+(?:đó|số\s+này)(?!\w)")


def _distinct_parts(a: _Entry, b: _Entry) -> bool:
    """Whether two grants of one type from one issuer in one sentence are different parts of
    it: different figures, different named recipients, or orders or classes of other names."""
    if a.figures() != b.figures():
        return True
    if a.recipients and b.recipients and set(a.recipients).isdisjoint(b.recipients):
        return True
    classes = {m.group().lower() for m in _CLASS.finditer(a.quote)}
    if a.quote == b.quote or not classes:
        return False
    return classes != {m.group().lower() for m in _CLASS.finditer(b.quote)}


def _told_in_parts(parts: list[_Entry]) -> bool:
    """Whether the grants of one type from one issuer that one sentence lists are one grant
    told in parts ("trao Huân chương A cho 3 cá nhân; Huân chương B cho 1 tập thể"): each a
    distinct part, none a total beside a split, none a breakdown of a count before it."""
    if any(e.total is not None or _BREAKDOWN.search(e.quote) for e in parts):
        return False
    return all(_distinct_parts(a, b) for k, a in enumerate(parts) for b in parts[k + 1 :])


def _breakdown_of(parts: list[_Entry]) -> list[_Entry]:
    """The grants of one sentence's group that break down ("trong đó ...") the one count told
    before them, each within it kind by kind; [] where the group is not such a whole and its
    breakdown."""
    breakdown = [e for e in parts if _BREAKDOWN.match(e.quote.strip())]
    wholes = [e for e in parts if e not in breakdown]
    if not breakdown or len(wholes) != 1 or wholes[0].total is not None:
        return []
    whole = wholes[0].figures()
    for part in breakdown:
        for key in range(2):
            given, most = part.figures()[key], whole[key]
            if given is not None and (most is None or given > most):
                return []
    return breakdown


def _whole_of(parts: list[_Entry]) -> _Entry | None:
    """The one grant of ``parts`` that the others add up to, kind by kind ("tặng Bằng khen
    cho 8 cá nhân, gồm: Bằng khen cho 3 cá nhân ...; Bằng khen cho 5 cá nhân ..."), if any."""
    for whole in parts:
        others = [e for e in parts if e is not whole]
        if all(
            (whole.figures()[key] or 0) == sum(e.figures()[key] or 0 for e in others)
            for key in range(2)
        ):
            return whole
    return None


def _join_parts_of_sentences(entries: list[_Entry]) -> list[_Entry]:
    """FORMAT keeps one entry per kind of award and issuer: grants of one type from one issuer
    that one sentence tells in parts (by recipients, by orders, by classes) add up to one
    entry, kind by kind ("trao Huân chương hạng Nhì cho Sở X và Huân chương hạng Ba cho bà
    Y": 1 collective, 1 individual). Parts told in different sentences are left to the merge
    (a restatement or a contradiction)."""
    groups: dict[tuple[int, AwardType, str], list[_Entry]] = {}
    for entry in entries:
        if entry.sentence >= 0:
            key = (entry.sentence, entry.type, normalize_name(entry.issuer))
            groups.setdefault(key, []).append(entry)
    joined: set[int] = set()
    for parts in groups.values():
        if len(parts) < 2 or len(parts) > _MAX_CLASS_PARTS:
            continue
        breakdown = _breakdown_of(parts)
        if breakdown:
            # "tặng Bằng khen cho 10 tập thể, trong đó 4 tập thể ...": parts of the count
            # before, neither a grant of their own nor a contradiction
            told = next(e for e in parts if e not in breakdown)
            for part in breakdown:
                told.positions.append(part.start)
                joined.add(id(part))
            continue
        if not _told_in_parts(parts):
            continue
        whole = _whole_of(parts)
        if whole is not None:
            # the whole told with its parts: the parts restate it
            for part in parts:
                if part is not whole:
                    whole.positions.append(part.start)
                    joined.add(id(part))
            continue
        whole = parts[0]
        for part in parts[1:]:
            whole.collectives = _plus(whole.collectives, part.collectives)
            whole.individuals = _plus(whole.individuals, part.individuals)
            whole.recipients.extend(r for r in part.recipients if r not in whole.recipients)
            whole.positions.append(part.start)
            whole.derived = whole.derived and part.derived
            joined.add(id(part))
    return [e for e in entries if id(e) not in joined]


def _other_kind_of_the_grant(same: list[_Entry], mention: _Entry) -> bool:
    """ "UBND tỉnh tặng Bằng khen cho 10 tập thể." and later "15 cá nhân được UBND tỉnh tặng
    Bằng khen": a grant of one type and issuer counted by one kind in one place and by the
    other kind only in another is one grant told in parts (FORMAT keeps one entry per type and
    issuer), not a contradiction: the kinds are joined. Returns whether ``mention`` was."""
    if not _counts_one_kind(mention):
        return False
    return _join_other_kind([e for e in same if not e.derived], mention)


# a clause that counts a part of a group just told ("..., trong đó (có) 3 người ...")
_PART_OPENER = re.compile(r"(?i)\s*trong\s+(?:đó|số\s+(?:đó|này))(?!\w)")


def _whole_it_is_part_of(same: list[_Entry], mention: _Entry) -> _Entry | None:
    """The kept grant of which ``mention`` counts a part: "X trao Bằng khen cho 40 cá nhân ...
    ; ..., trong đó có 5 người được nhận Bằng khen của X" tells 5 of the 40 again, no second
    grant and no contradiction. Only where the mention opens with "trong đó" and each of its
    counts is within the same count of that grant (or its total): "4 tập thể" cannot hold a
    part of "6 tập thể", however many individuals the grant adds."""
    if not _PART_OPENER.match(mention.quote):
        return None
    for entry in same:
        if entry.order < mention.order and _within(mention.figures(), entry.figures()):
            return entry
    return None


def _within(
    part: tuple[int | None, int | None, int | None],
    whole: tuple[int | None, int | None, int | None],
) -> bool:
    """Whether every count of ``part`` is at most the same count of ``whole`` (a collective or
    individual count may also fall within the whole's total, a total within all the whole
    counts), with at least one count and not all of the whole."""
    if not any(v is not None for v in part) or part == whole:
        return False
    size = whole[2] if whole[2] is not None else sum(v or 0 for v in whole[:2]) or None
    bounds = (whole[0], whole[1], size)
    total = whole[2]
    for own, other in zip(part, bounds, strict=True):
        if own is None:
            continue
        bound = other if other is not None else total
        if bound is None or own > bound:
            return False
    return True


def _fold_repeat(duplicate: _Entry, mention: _Entry, restated: bool) -> None:
    """Fold ``mention``, told again, into the kept ``duplicate``: recipients it names anew (a
    list of named units only), and the full name of an issuer the other abbreviates ("Bộ
    NN&PTNT" in the headline, "Bộ Nông nghiệp và Phát triển nông thôn" in the body)."""
    new = _new_recipients(duplicate.recipients, mention.recipients)
    if not restated and new and not (duplicate.individuals or duplicate.total):
        duplicate.recipients.extend(new)
        duplicate.collectives = len(duplicate.recipients)
    longer = len(mention.issuer or "") > len(duplicate.issuer or "")
    if longer and duplicate.issuer and same_initials(duplicate.issuer, mention.issuer):
        duplicate.issuer = mention.issuer
    duplicate.positions.append(mention.start)


def _caption_shows_a_part(same: list[_Entry], mention: _Entry) -> bool:
    """ "Ông A, Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho 3 tập thể" under a photo and "Dịp
    này, 8 tập thể nhận Cờ thi đua" in the body: a caption shows a part of the grant the body
    tells in full, no contradiction. Where one of the two stands on a caption's line and its
    counts are within the other's, the body's grant is kept (its figures, an issuer from either)
    and the caption is folded into it. Returns whether ``mention`` was."""
    for entry in same:
        if mention.caption and not entry.caption and _within(mention.figures(), entry.figures()):
            entry.issuer = entry.issuer or mention.issuer
            entry.positions.append(mention.start)
            return True
        if entry.caption and not mention.caption and _within(entry.figures(), mention.figures()):
            entry.collectives, entry.individuals = mention.collectives, mention.individuals
            entry.total, entry.caption = mention.total, False
            entry.issuer = mention.issuer or entry.issuer
            entry.positions.append(mention.start)
            return True
    return False


def _plus(a: int | None, b: int | None) -> int | None:
    return a if b is None else (b if a is None else a + b)


def _event_entries(mentions: list[AwardMention]) -> list[_Entry]:
    """The entries of the grants made at the event, less untyped restatements."""
    typed_figures: dict[tuple[int | None, int | None, int | None], set[int]] = {}
    for m in mentions:
        if m.at_event and m.typed:
            typed_figures.setdefault((m.collectives, m.individuals, m.total), set()).add(m.sentence)
    at_event = [
        _entry(m, order)
        for order, m in enumerate(mentions)
        # "Hội nghị biểu dương 24 tập thể ..." beside "tặng Giấy khen cho 24 tập thể ...":
        # the untyped mention repeats the typed grant; one sentence listing "3 cá nhân nhận
        # Bằng khen; vinh danh 3 nhà giáo" does not restate itself
        if m.at_event and (m.typed or not _told_elsewhere(m, typed_figures))
    ]
    return at_event


def _restated(index: _IssuerIndex, mention: _Entry) -> _Entry | None:
    """The kept grant that ``mention`` restates where one of them names no issuer ("Tặng
    Giấy khen cho 15 tập thể" in a caption, "X tặng giấy khen cho 15 tập thể" in the body),
    updated with what the restatement adds: the issuer, the split of a total, the other kind."""
    duplicate = index.same_figures(mention)
    if duplicate is None or duplicate.start == mention.start:
        return None
    if duplicate.issuer is None and mention.issuer:
        duplicate.issuer = mention.issuer
    if _one_part_of(mention, duplicate) and None in duplicate.figures()[:2]:
        # the fuller statement of the grant gives its figures
        if duplicate.total is None:
            duplicate.collectives = mention.collectives
            duplicate.individuals = mention.individuals
    if duplicate.total is not None and mention.total is None:
        # the body splits what the headline totals: keep the split
        duplicate.collectives, duplicate.individuals = mention.collectives, mention.individuals
        duplicate.total = None
    return duplicate


_last_merge: tuple[tuple[AwardMention, ...], tuple[list[_Entry], list[str]]] = ((), ([], []))
"""The mentions :func:`_merged` last merged (the objects themselves) and what it made of them."""


def _merged(mentions: list[AwardMention]) -> tuple[list[_Entry], list[str]]:
    """:func:`_merge` of ``mentions``, read again from the last call when it was given the
    same mention objects in the same order: the extractor (:func:`build_awards`) and then the
    cross-check (:func:`merged_grants`) merge one article's mentions, which are frozen, so
    the second merge would repeat the first. The callers only read the entries."""
    global _last_merge
    last, result = _last_merge
    if len(last) == len(mentions) and all(a is b for a, b in zip(last, mentions, strict=True)):
        return result
    result = _merge(mentions)
    _last_merge = (tuple(mentions), result)
    return result


def _merge(mentions: list[AwardMention]) -> tuple[list[_Entry], list[str]]:
    """The kept entries in the text's order, and the conflicts among them."""
    kept: list[_Entry] = []
    conflicts: list[str] = []
    index = _IssuerIndex()
    at_event = _event_entries(mentions)
    parts = _join_parts_of_sentences(
        _fold_class_breakdowns([e for e in at_event if e.counted and not e.derived])
        + [e for e in at_event if e.derived]
    )
    parts.sort(key=lambda e: e.order)
    counted = [e for e in parts if not e.derived]
    derived = [e for e in parts if e.derived]
    countless = [e for e in at_event if not e.counted]
    latest: dict[AwardType, _Entry] = {}
    captions: dict[AwardType, list[_Entry]] = {}  # kept entries told on a caption's line
    for mention in counted:
        if _also_granted(latest, mention) or _other_kind_of_one_clause(index, mention):
            continue
        # two grants of one type in one clause ("Huân chương ... hạng Nhất cho X và Huân
        # chương ... hạng Ba cho 2 cá nhân") are two grants, neither a repeat nor a contradiction
        same = [e for e in index.same(mention) if e.start != mention.start]
        duplicate = next((e for e in same if e.figures() == mention.figures()), None)
        # a grant without issuer (a headline) restated with its issuer: no new recipients
        restated = False
        if duplicate is None:
            duplicate = _restated(index, mention)
            restated = duplicate is not None
        if duplicate is not None:
            _fold_repeat(duplicate, mention, restated)
            continue
        if _other_kind_of_the_grant(same, mention):
            continue
        whole = _whole_it_is_part_of(same, mention)
        if whole is not None:
            whole.positions.append(mention.start)
            continue
        # a caption naming only who hands over (no issuer) shows a part of any grant of its type
        unnamed = [e for e in captions.get(mention.type, ()) if e.issuer is None]
        if _caption_shows_a_part(same + [e for e in unnamed if e not in same], mention):
            continue
        if same and len(conflicts) < _MAX_CONFLICTS:
            other = same[0]
            conflicts.append(
                f"{mention.type.value} của {mention.issuer or other.issuer or '?'}: "
                f"{_describe(other)} in one place; {_describe(mention)} in another"
            )
        kept.append(mention)
        index.add(mention)
        latest[mention.type] = mention
        if mention.caption:
            captions.setdefault(mention.type, []).append(mention)
    for mention in derived:
        if not _absorb_named(index, mention):
            kept.append(mention)
            index.add(mention)
    for mention in countless:
        target = index.best(mention, counted=True) or index.best(mention, counted=False)
        if target is not None:
            if mention.issuer and (
                target.issuer is None
                or (not target.counted and len(mention.issuer) > len(target.issuer))
            ):
                target.issuer = mention.issuer
            target.positions.append(mention.start)
            continue
        kept.append(mention)
        index.add(mention)
    kept.sort(key=lambda e: (min(e.positions), e.order))
    return kept, conflicts
