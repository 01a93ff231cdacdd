"""Summarise a folder of articles from Python and print one line per article.

Usage: python examples/summarise_folder.py [ARTICLES_DIR] [OUT_DIR]
(defaults: examples/articles and out/). Uses the offline rules backend unless an LLM
endpoint is configured through OPENAI_BASE_URL / OPENAI_API_KEY.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tomtat import summarise_batch
from tomtat.pipeline import ArticleResult

HERE = Path(__file__).resolve().parent


def show(result: ArticleResult) -> None:
    """One line per article: date, place, awards and findings, or the error."""
    if result.summary is None:
        print(f"{result.article_id}: FAILED ({result.error})")
        return
    s = result.summary
    grants = ", ".join(
        f"{a.type.value} {a.issuer or '?'} ({a.collectives or 0} tập thể, {a.individuals or 0} cá nhân)"
        for a in s.awards
    )
    place = ", ".join(x for x in (s.event.district, s.event.province) if x) or "?"
    print(f"{result.article_id}: {s.event.date or '?'} {place} | {len(s.checks)} findings")
    if grants:
        print(f"    {grants}")


def main() -> int:
    """Summarise ARTICLES_DIR into OUT_DIR; exit 1 if any article failed."""
    articles = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "articles"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("out")
    results = summarise_batch([articles], out, on_result=show)
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
