"""The LLM extractor: instructor over any OpenAI-compatible endpoint, with validation against
the article, re-asks, transport retries, a disk cache and bounded concurrency."""

from tomtat.extract.llm.extractor import LLMExtractor
from tomtat.extract.llm.modes import MODES, default_mode
from tomtat.extract.llm.schema import ArticleFacts

__all__ = ["MODES", "ArticleFacts", "LLMExtractor", "default_mode"]
