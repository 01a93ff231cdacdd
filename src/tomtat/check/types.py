"""The count finder's records as the checks name them: one definition, in ``tomtat.text.counts``.

Kept as aliases so the check modules read as before; tests may still pass any object with the
same attributes (the checks only read them).
"""

from __future__ import annotations

from tomtat.text.counts import AwardMention, StatMention

MentionLike = AwardMention
StatLike = StatMention

__all__ = ["MentionLike", "StatLike"]
