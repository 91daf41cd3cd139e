"""What a reader's query means to the index, and how results are ranked and shown.

A query is cleaned (NFC, no control characters, at most ``MAX_QUERY_LENGTH``
characters), split into folded words and asked of the index as
``folded words AND (folded words OR "folded phrase" OR accent tokens)``. The
second half never changes which pages match (it is implied by the first); it
adds to the rank of pages that hold the words as one phrase, and of pages that
hold the words with the diacritics the reader typed. The words are letters and
digits only, so no operator, quote or bracket ever reaches FTS5 or tsquery.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from modelsearch.query import And, Or, Phrase, PlainText

from core.text import accent_token, fold_vietnamese, normalize_text, search_words

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
SNIPPET_LENGTH = 240
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


class RankedQuery(And):
    """``And([matching, ranking])`` where the first part alone decides which pages match.

    Every backend can run it as the plain ``And`` it is; the PostgreSQL backend
    (``search/backends/postgres.py``) matches on the first part only, which its GIN
    index answers without reading each page's text.
    """

    @property
    def matching(self):
        return self.subqueries[0]


def clean_query(raw: str) -> str:
    """The query as the reader meant it: NFC, single spaces, bounded length."""
    return _SPACES.sub(" ", normalize_text(raw or "")[: MAX_QUERY_LENGTH * 2]).strip()[:MAX_QUERY_LENGTH]


@dataclass
class ParsedQuery:
    text: str
    words: list[str] = field(default_factory=list)
    accents: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, raw: str) -> "ParsedQuery":
        text = clean_query(raw)
        words = search_words(text)[:MAX_WORDS]
        raw_words = _WORD.findall(text)[:MAX_WORDS]
        accents = [token for token in (accent_token(word) for word in raw_words) if token]
        return cls(text=text, words=words, accents=accents)

    def __bool__(self):
        return bool(self.words)

    @property
    def folded(self) -> str:
        return " ".join(self.words)

    def backend_query(self):
        """The query object for Wagtail's search backends (see the module docstring)."""
        folded = PlainText(self.folded, operator="and")
        rank_boosters = [folded]
        if len(self.words) > 1:
            rank_boosters.append(Phrase(self.folded))
        if self.accents:
            rank_boosters.append(PlainText(" ".join(self.accents), operator="or"))
        if len(rank_boosters) == 1:
            return folded
        return RankedQuery([folded, Or(rank_boosters)])

    def matches(self, word: str) -> bool:
        return fold_vietnamese(word).casefold() in self.words


def highlight(text: str, query: ParsedQuery):
    """The text, HTML-escaped, with every word of the query in <mark>, accented or not."""
    parts, position = [], 0
    for match in _WORD.finditer(text):
        parts.append(escape(text[position : match.start()]))
        word = match.group()
        parts.append(f"<mark>{escape(word)}</mark>" if query.matches(word) else escape(word))
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 (every piece is escaped above)


def snippet(text: str, query: ParsedQuery, length: int = SNIPPET_LENGTH):
    """About ``length`` characters of the text around its first matching word, highlighted."""
    text = _SPACES.sub(" ", normalize_text(text)).strip()
    first = next((match.start() for match in _WORD.finditer(text) if query.matches(match.group())), 0)
    start = 0
    if first > length // 3:
        start = text.rfind(" ", 0, first - length // 3) + 1
    excerpt = Truncator(text[start:]).chars(length)
    return mark_safe(("… " if start else "") + highlight(excerpt, query))  # noqa: S308 (highlight escapes)
