"""The deterministic offline extractor: regular expressions, the count finder and a gazetteer.

Each part has one module: :mod:`.event` (date, kinds, organiser, place, review period from the
lead), :mod:`.people` (officials and their posts), :mod:`.awards` (grants at the event,
deduplicated, conflicts), :mod:`.statistics` (other numeric facts). Every value carries its
evidence (a quote of ``article.text`` with offsets); inferred values are marked ``derived``.
"""

from __future__ import annotations

import logging

from tomtat.extract.base import ExtractorBase, summary_of
from tomtat.extract.rules.awards import build_awards
from tomtat.extract.rules.event import extract_event
from tomtat.extract.rules.people import extract_people
from tomtat.extract.rules.statistics import build_statistics
from tomtat.schemas import ArticleSummary, Meta
from tomtat.text.article import Article

__all__ = ["RulesExtractor"]

log = logging.getLogger(__name__)


class RulesExtractor(ExtractorBase):
    """Fills the summary from regular expressions and a gazetteer; no network."""

    name = "rules"

    def extract(self, article: Article) -> ArticleSummary:
        """Summary of ``article`` from its text alone; a text without a meeting gets a warning."""
        text = article.text
        event = extract_event(text, title=article.title, published=article.published)
        analysis = article.analysis  # read once, shared with the cross-check
        awards, award_conflicts = build_awards(list(analysis.award_mentions))
        warnings = list(article.warnings) + event.warnings
        if event.lead is None and awards:
            warnings.append("awards found although no meeting was found")
        return summary_of(
            article,
            event=event.event,
            people=extract_people(text, author=article.author),
            awards=awards,
            statistics=build_statistics(analysis.statistics, text=text),
            conflicts=award_conflicts,
            warnings=warnings,
            meta=Meta(backend=self.name),
        )
