"""Which grant clause of the text an award of a summary speaks of: same type, similar issuer."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import lru_cache

from tomtat.check.facts import LARGE_TEXT, TextFacts
from tomtat.check.types import MentionLike
from tomtat.schemas import Award
from tomtat.text.fold import unmoved_tone
from tomtat.text.levels import other_levels
from tomtat.text.lowered import lowered
from tomtat.text.normalize import ALIAS_WORDS, normalize_name, same_initials, similarity

ISSUER_THRESHOLD = 85.0
"""Token-set similarity (0-100) above which two issuers are the same (FORMAT.md's threshold)."""
WEAK_ISSUER = 60.0
"""Score given when one side names no issuer: matched only when nothing better exists."""

COUNT_FIELDS = ("collectives", "individuals", "total")


def _contains(haystack: str | None, needle: str | None) -> bool:
    key_needle, key_hay = normalize_name(needle), normalize_name(haystack)
    if not key_needle or not key_hay:
        return False
    return f" {key_needle} " in f" {key_hay} "


def issuer_score(award_issuer: str | None, mention: MentionLike) -> float:
    """How well an award's issuer fits a clause (0-100).

    The clause's own issuer is compared by token-set similarity (an abbreviation of it in
    capitals fits fully); for a clause without one,
    an issuer written inside the clause's quote counts as a full match, else as weak.
    """
    if award_issuer is None or not normalize_name(award_issuer):
        return 100.0 if mention.issuer is None else WEAK_ISSUER
    if mention.issuer is not None:
        return _issuers_fit(award_issuer, mention.issuer)
    # a clause whose issuer the finder missed: the issuer written inside it fits fully
    return 100.0 if _contains(mention.quote, award_issuer) else WEAK_ISSUER


@lru_cache(maxsize=4096)
def _issuers_fit(award_issuer: str, issuer: str) -> float:
    """How well two named issuers fit (0-100); cached: each award is weighed against every
    clause of its kind, twice (candidates, then the best of them), and issuers recur."""
    if same_initials(award_issuer, issuer):
        return 100.0  # "Bộ VHTTDL" written out as "Bộ Văn hóa, Thể thao và Du lịch"
    return similarity(award_issuer, issuer)


def same_issuer(a: str | None, b: str | None) -> bool:
    """True when two issuers name the same authority (similar, one written inside the other,
    or one the other's abbreviation), never two of different administrative levels ("Chủ
    tịch UBND huyện" and "Chủ tịch UBND xã" differ by one word and are two authorities)."""
    if a is None or b is None:
        return False
    if other_levels(normalize_name(a), normalize_name(b)):
        return False
    if similarity(a, b) >= ISSUER_THRESHOLD or _contains(a, b) or _contains(b, a):
        return True
    return same_initials(a, b)  # one abbreviates the other ("Bộ NN&PTNT")


def counts_of(item: Award | MentionLike) -> dict[str, int | None]:
    """The three counts of an award or a clause, by field name."""
    return {name: getattr(item, name) for name in COUNT_FIELDS}


def agreement(award: Award, mention: MentionLike) -> int:
    """Given counts of the award that the clause confirms, minus those it contradicts."""
    score = 0
    for name, value in counts_of(award).items():
        other = getattr(mention, name)
        if value is None or other is None:
            continue
        score += 1 if value == other else -1
    return score


def recipients_agree(award: Award, mention: MentionLike) -> int:
    """+1 when a recipient of the award is one of the clause's, -1 when both name recipients
    and none is shared, 0 when either names none."""
    if not award.recipients or not mention.recipients:
        return 0
    for ours in award.recipients:
        for theirs in mention.recipients:
            if similarity(ours, theirs) >= ISSUER_THRESHOLD:
                return 1
    return -1


def overlaps(award: Award, mention: MentionLike) -> bool:
    """True when the award's grounded evidence overlaps the clause."""
    ev = award.evidence
    if ev is None or ev.start is None or ev.end is None:
        return False
    return ev.start < mention.end and mention.start < ev.end


def unwritten_words(issuer: str | None, text_keys: Container[str] | None) -> list[str]:
    """Words of ``issuer`` the article never writes ("Bình Phước" in an article on Lâm Đồng).

    Only the issuer's own words count: a short form the normalisation makes ("ubnd" from
    "Ủy ban nhân dân") is not required to appear as such.
    """
    if issuer is None or text_keys is None:
        return []
    return [w for w in _own_words(issuer) if w not in text_keys]


@lru_cache(maxsize=4096)
def _own_words(issuer: str) -> tuple[str, ...]:
    """The words of an issuer's key that it writes itself, in order (see
    :func:`unwritten_words`); cached: an award's issuer is weighed against many clauses."""
    own = {key for token in _TOKEN.findall(issuer) for key in normalize_name(token).split()}
    return tuple(w for w in normalize_name(issuer).split() if w in own)


_TOKEN = re.compile(r"(?:\w|[\u0300-\u036f])+")


class WrittenWords:
    """``word in`` the article's :func:`text_words` (``facts.words``), asked one word at a
    time: an award asks for its issuer's few words, and normalising the whole text for them
    cost about a twelfth of checking an article. A word is looked for in a window of the
    text around a place it is written (see :func:`_window`); only where none shows it is the
    whole text's word set read. Same answers as ``facts.words``, cached per word."""

    __slots__ = ("_answers", "_facts", "_low")

    def __init__(self, facts: TextFacts) -> None:
        self._facts = facts
        # text_words reads a larger text token by token: no window stands for that
        self._low = lowered(facts.text) if len(facts.text) <= LARGE_TEXT else None
        self._answers: dict[object, bool] = {}

    def __contains__(self, word: object) -> bool:
        answer = self._answers.get(word)
        if answer is None:
            answer = (isinstance(word, str) and self._shown(word)) or word in self._facts.words
            self._answers[word] = answer
        return answer

    def _shown(self, word: str) -> bool:
        """Whether a window around one of the first few places the lower-cased text writes
        ``word`` (or its old spelling) as a whole word holds it among its words (then the
        whole text's words do)."""
        text, low = self._facts.text, self._low
        if low is None or not word:
            return False
        tries = 0
        old = unmoved_tone(word)  # normalize_name folds that spelling into ``word``
        for spelling in (word,) if old is None else (word, old):
            at = low.find(spelling)
            while at >= 0 and tries < _TRIES:
                end = at + len(spelling)
                if (at == 0 or not low[at - 1].isalnum()) and (
                    end == len(low) or not low[end].isalnum()
                ):
                    tries += 1
                    if word in normalize_name(_window(text, at, end)).split():
                        return True
                at = low.find(spelling, end)
        return False


_TRIES = 10
"""Places of a word tried before the whole text's words are read: mostly the first shows it;
"an" may first stand in "an ninh" or "an toàn" several times, which aliases take in."""

_BREAKS = frozenset(" \t\n\r\x0b\x0c\xa0,.;:!?()[]{}<>/\\|-+*=%&#@$^~\u2013\u2014\u2026")
"""Characters :func:`normalize_name` reads as a bare break between the words beside them,
whatever those are: whitespace, and punctuation that is neither a quote or apostrophe (those
vanish and join their neighbours) nor "_", that case-folding keeps and that Unicode never
composes with a neighbour."""

_VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_PLAIN_WORD = re.compile(f"[0-9a-zA-Z{_VIETNAMESE}{_VIETNAMESE.upper()}]+")
"""Letters and digits that :func:`normalize_name` keys one for one (each NFC, case-folding to
one letter): a stretch of them between breaks is one word of the text's key."""


def _window(text: str, start: int, end: int) -> str:
    """The stretch of ``text`` around ``text[start:end]`` out to the nearest closed word on
    each side (see :func:`_closed`; or the text's edge). The key of the text holds the key
    of the window as a run of its words: between breaks the key is read character by
    character, and an alias can reach into the window only across a word of its long form.
    So every word of ``normalize_name(window)`` is a word of ``normalize_name(text)``."""
    opening, closing = _chunk(text, start), _chunk(text, end - 1)
    while opening[0] > 0 and not _closed(text, *opening):
        before = opening[0]
        while before > 0 and text[before - 1] in _BREAKS:
            before -= 1
        opening = _chunk(text, before - 1) if before else (0, 0)
    while closing[1] < len(text) and not _closed(text, *closing):
        after = closing[1]
        while after < len(text) and text[after] in _BREAKS:
            after += 1
        closing = _chunk(text, after) if after < len(text) else (after, after)
    return text[opening[0] : closing[1]]


def _chunk(text: str, at: int) -> tuple[int, int]:
    """``(start, end)`` of the run of characters other than breaks that holds offset ``at``."""
    start = end = at
    while start > 0 and text[start - 1] not in _BREAKS:
        start -= 1
    while end < len(text) and text[end] not in _BREAKS:
        end += 1
    return start, end


def _closed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a run between breaks, is one plain word whose key is in
    no long form of an alias (:data:`ALIAS_WORDS`): no alias takes it in or reaches past it."""
    chunk = text[start:end]
    if _PLAIN_WORD.fullmatch(chunk) is None:
        return False
    key = normalize_name(chunk)
    return " " not in key and key not in ALIAS_WORDS


def candidates(
    award: Award, mentions: Sequence[MentionLike], text_keys: Container[str] | None = None
) -> list[int]:
    """Indexes of the clauses that may state this award: same type, fitting issuer.

    An issuer with words the article never writes fits no clause, however similar
    (``text_keys``: :func:`text_words`, or :class:`WrittenWords`). A clause without an issuer, or an award without
    one, is a candidate only when no clause with a fitting named issuer exists.
    """
    strong: list[int] = []
    weak: list[int] = []
    written: bool | None = None  # whether the article writes every word of the award's issuer
    for k, mention in enumerate(mentions):
        if mention.type != award.type:
            continue
        score = issuer_score(award.issuer, mention)
        if score >= ISSUER_THRESHOLD:
            if written is None:  # the award's alone: read once, at the first fitting clause
                written = not unwritten_words(award.issuer, text_keys)
            if written:
                strong.append(k)
                continue
        if not normalize_name(award.issuer) or mention.issuer is None or overlaps(award, mention):
            weak.append(k)  # one side names no issuer, or the award's own quote is this clause
    return strong or weak


def best_candidate(award: Award, mentions: Sequence[MentionLike], pool: Sequence[int]) -> int:
    """The clause of ``pool`` that fits best: most counts confirmed, then evidence, then issuer."""

    def key(k: int) -> tuple[int, int, float, int, int]:
        mention = mentions[k]
        given = sum(getattr(mention, name) is not None for name in COUNT_FIELDS)
        return (
            agreement(award, mention) + recipients_agree(award, mention),
            int(overlaps(award, mention)),
            issuer_score(award.issuer, mention),
            int(mention.at_event),
            given,
        )

    return max(pool, key=key)
