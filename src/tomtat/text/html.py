"""HTML pages to paragraphs with selectolax (lexbor): blocks, no scripts or page chrome.

Block elements become paragraphs; ``<br>`` breaks a paragraph; scripts, styles,
navigation, headers, footers, asides and forms are dropped, as are elements whose class or
id names social/share/comment/related/breadcrumb widgets. ``<h1>`` (else ``<title>``
without the site name) is returned as the headline candidate.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["HtmlText", "html_to_paragraphs", "looks_like_html"]

logger = logging.getLogger(__name__)

_BREAK = "\x1e"  # record separator: marks block boundaries in the extracted text
_HTML_START = re.compile(
    r"(?is)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title)"
)
_TAG = re.compile(
    r"(?i)</?(?:p|div|br|h[1-6]|li|ul|article|section|span|a|table|td|strong|em|b|i)\b[^>]*>"
)

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "input",
    "textarea",
    "menu",
    "object",
    "embed",
    "canvas",
    "head",
)
_BLOCK_TAGS = (
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "section",
    "article",
    "main",
    "header",
    "dd",
    "dt",
    "dl",
    "address",
    "hr",
    "caption",
)
_WIDGET_WORDS = (
    "share",
    "social",
    "comment",
    "comments",
    "related",
    "breadcrumb",
    "breadcrumbs",
    "rating",
    "advert",
    "advertisement",
    "ads",
    "banner",
    "sidebar",
    "navbar",
    "menu",
    "popup",
    "cookie",
)
_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{2,40}$")


@dataclass(frozen=True)
class HtmlText:
    """Paragraph texts of an HTML page in document order, and its headline candidate."""

    paragraphs: list[str]
    title: str | None


def looks_like_html(text: str) -> bool:
    """True if ``text`` is an HTML document or fragment (by its start or by its tags)."""
    head = text[:20_000]
    if _HTML_START.match(head):
        return True
    return len(_TAG.findall(head)) >= 3


_WIDGET_MAX_CHARS = 1500  # a container with more text than this is content, whatever its class


def _is_widget(node: LexborNode) -> bool:
    names = " ".join(filter(None, [node.attributes.get("class"), node.attributes.get("id")]))
    if not names:
        return False
    if not any(token in _WIDGET_WORDS for token in re.split(r"[\s_\-]+", names.lower())):
        return False
    return len(node.text(separator=" ")) <= _WIDGET_MAX_CHARS


def _clean(text: str) -> str:
    return " ".join(text.split())


def html_to_paragraphs(html: str) -> HtmlText:
    """Paragraphs and headline of an HTML document (entities decoded, whitespace collapsed)."""
    tree = LexborHTMLParser(html)
    title: str | None = None
    h1 = tree.css_first("h1")
    if h1 is not None:
        title = _clean(h1.text(separator=" ")) or None
    if title is None:
        title_node = tree.css_first("title")
        if title_node is not None:
            raw_title = _clean(title_node.text())
            title = _SITE_SUFFIX.sub("", raw_title) or raw_title or None
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("header"):
        if node.css_first("h1") is None:
            node.decompose()
    for node in tree.css("[class], [id]"):
        if node.tag not in ("html", "body", "article", "main") and _is_widget(node):
            node.decompose()
    for node in tree.css("br"):
        node.replace_with(_BREAK)
    for node in tree.css(",".join(_BLOCK_TAGS)):
        node.insert_before(_BREAK)
        node.insert_after(_BREAK)
    root: LexborNode | None = tree.body or tree.root
    article = tree.css_first("article")
    if article is not None and len(article.text(separator=" ")) > 200:
        root = article
    raw = root.text(separator="") if root is not None else ""
    paragraphs = [p for p in (_clean(piece) for piece in raw.split(_BREAK)) if p]
    return HtmlText(paragraphs, title)
