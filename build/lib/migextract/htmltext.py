"""HTML in a text field (RIA dumps) to plain text with paragraph breaks kept."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_TAG = re.compile(r"<(?:p|br|div|span|a|b|i|strong|em|h[1-6]|li|ul|ol|table|tr|td|img)\b[^>]*>",
                  re.IGNORECASE)
_BLOCKS = {"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
           "blockquote", "section", "article", "header", "footer"}
_SKIP = {"script", "style", "noscript"}


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text)) or "&nbsp;" in text or "&quot;" in text


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def strip_html(text: str) -> str:
    parser = _Extractor()
    parser.feed(text)
    parser.close()
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
