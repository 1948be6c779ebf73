"""Headline blocks written from the article's own body (``--cohesive-heads``).

A sub-editor writes the kicker, headline and subheadline of a story from its lead, so a real
headline block shares most of its words with its own article and few with the others on the
page. These functions take the body paragraphs of one article and pick clauses of them for
the parts of its block the article has, the way :mod:`zh` and :mod:`en` decided at random:

* Chinese: clauses are the text between the marks ``，。；：？！、…—`` once bracketed asides
  are dropped and quote and book-title marks removed; only all-Han clauses are used (one with
  a Latin word is dropped whole; no marks, so no head line ends with sentence punctuation,
  and the kicker's and subtitle's dashes stay the only ones). The headline is a
  clause of 6-16 characters, or two clauses of 4-8 joined by a space where the article's
  headline is two phrases; kicker and subtitle clauses have 6-14 characters, as the
  corpus's clauses that they replace.
* English: clauses are split at sentence ends, commas, semicolons, colons and dashes once
  parenthetical asides and quote marks are removed (a clause with another mark left is not
  used); the headline is a clause of 4-12 words
  (title-cased where the article's headline was to be a section-title-like one), the deck a
  clause of 30-90 characters, the kicker a phrase of two or three content words
  (the one the body repeats most, one without a word of the headline first), in capitals.

Clauses of the first paragraphs come first, and among them those that do not open with a
connective (但、而且 / and, but, which...) or only set the scene or comment (在……中,
准确来说); a clause already used on the page (``taken``) is never used again. Everything here
is pure: no corpus, no random numbers.
"""

from __future__ import annotations

import re
from collections import Counter

LEAD_PARAGRAPHS = 3  # "the lead": clauses of these first paragraphs are preferred

# --- Chinese -------------------------------------------------------------------------------------

_ZH_ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")
_ZH_QUOTES = re.compile(r"[“”‘’\"'《》〈〉「」『』【】]")
_ZH_SPLIT = re.compile(r"[，。；：？！、…—,;:?!·]+")
_ZH_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
ZH_CONNECTIVES = (
    "但是", "但", "而且", "而", "并且", "并", "且", "同时", "因此", "因为", "所以", "如果", "即使",
    "虽然", "然而", "然后", "此外", "另外", "例如", "比如", "或者", "或", "也", "则", "由于",
    "不过", "否则", "以及", "及", "以便", "从而", "甚至", "其中", "即", "就", "当", "为了", "对于",
    "关于", "通过", "总之", "首先", "其次", "最后", "事实上", "实际上", "换句话说", "也就是说",
)
# 在……中 sets the scene, 准确来说 / 一般而言 comments: neither is a statement.
_ZH_ADVERBIAL = re.compile(r"在.*[中时后前里上下内]|.*(来说|而言|地说)")


def zh_clauses(paragraphs: list[str]) -> list[str]:
    """All-Han clauses of ``paragraphs`` in order of preference (see the module docstring),
    without duplicates."""
    ranked: list[tuple[int, int, int, int, str]] = []
    for p_no, p in enumerate(paragraphs):
        text = _ZH_QUOTES.sub("", _ZH_ASIDE.sub("", p))
        for c_no, c in enumerate(_ZH_SPLIT.split(text)):
            if c and _ZH_HAN.fullmatch(c):
                connective = c.startswith(ZH_CONNECTIVES) or bool(_ZH_ADVERBIAL.fullmatch(c))
                ranked.append((p_no >= LEAD_PARAGRAPHS, connective, p_no, c_no, c))
    out: list[str] = []
    for *_, c in sorted(ranked):
        if c not in out:
            out.append(c)
    return out


def _take(clauses: list[str], taken: set[str], lo: int, hi: int, length=len) -> str | None:
    for c in clauses:
        if lo <= length(c) <= hi and c not in taken:
            taken.add(c)
            return c
    return None


def zh_heads(
    paragraphs: list[str], taken: set[str], *, pair: bool, kicker: bool, sub: bool
) -> tuple[str | None, str | None, str | None]:
    """Kicker, headline and subtitle clauses for an article with body ``paragraphs``: a
    headline always, a kicker / subtitle if asked; None where the body has no suitable clause
    left. ``pair``: the headline is two short clauses joined by a space (else one clause);
    without two such clauses it is one clause. Adds what it returns to ``taken``."""
    clauses = zh_clauses(paragraphs)
    headline = None
    if pair:
        a = _take(clauses, taken, 4, 8)
        b = _take(clauses, taken, 4, 8) if a else None
        if b:
            headline = f"{a} {b}"
        elif a:
            taken.discard(a)
    if headline is None:
        headline = _take(clauses, taken, 6, 16)
    k = _take(clauses, taken, 6, 14) if kicker else None
    s = _take(clauses, taken, 6, 14) if sub else None
    return k, headline, s


# --- English -------------------------------------------------------------------------------------

_EN_ASIDE = re.compile(r"\s*\([^()]*\)")
_EN_QUOTES = re.compile(r"[\u201c\u201d\"]")
_EN_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_EN_CLAUSE = re.compile(r"\s*[,;:]\s+|\s+\u2014\s+")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
EN_CONNECTIVES = {
    "and", "but", "or", "nor", "so", "yet", "which", "that", "who", "whom", "whose", "where",
    "because", "although", "though", "while", "whereas", "if", "unless", "when", "since", "as",
    "then", "thus", "hence", "however", "therefore", "for", "even",
}
EN_SMALL_WORDS = {
    "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "with",
    "from", "as", "into", "via", "per", "than", "over", "onto", "upon",
}
EN_STOPWORDS = EN_SMALL_WORDS | EN_CONNECTIVES | {
    "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "these", "those",
    "they", "them", "their", "there", "here", "he", "she", "his", "her", "we", "our", "you",
    "your", "i", "my", "me", "us", "not", "no", "can", "could", "will", "would", "should",
    "may", "might", "must", "shall", "do", "does", "did", "done", "has", "have", "had", "also",
    "only", "very", "more", "most", "much", "many", "some", "any", "all", "each", "every",
    "other", "such", "same", "so", "just", "what", "how", "why", "about", "after", "before",
    "between", "both", "either", "neither", "own", "one", "two", "out", "up", "down", "off",
    "too", "well", "now", "often", "usually", "always", "never", "still", "already", "even",
    "like", "makes", "make", "made", "use", "used", "uses", "using", "need", "needs", "within",
    "without", "instead", "rather", "whether", "first", "new", "several", "few", "less",
}


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def title_case(text: str) -> str:
    """Capitalise every word but the small ones (articles, short prepositions and conjunctions)
    inside the title, as the handbook's section titles are; words with a capital are kept."""
    words = text.split(" ")
    out = []
    for n, w in enumerate(words):
        if any(ch.isupper() for ch in w) or (0 < n < len(words) - 1 and w in EN_SMALL_WORDS):
            out.append(w)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in w.split("-")))
    return " ".join(out)


def en_clauses(paragraphs: list[str]) -> list[str]:
    """Clauses of ``paragraphs`` in order of preference (see the module docstring), without
    duplicates: the parts of each sentence between commas, semicolons, colons and dashes (the
    sentence itself where it has none). They have no trailing period and no marks inside but
    apostrophes and hyphens, so no head line can end with one."""
    ranked: list[tuple[int, int, int, int, int, str]] = []
    for p_no, p in enumerate(paragraphs):
        text = _EN_QUOTES.sub("", _EN_ASIDE.sub("", p))
        for s_no, sentence in enumerate(_EN_SENTENCE.split(text)):
            for c_no, c in enumerate(_EN_CLAUSE.split(sentence.rstrip(".!? "))):
                c = c.strip().rstrip(".!?")
                if not c or not c[0].isalpha() or re.search(r"[^A-Za-z0-9 '\u2019-]", c):
                    continue
                first = c.split(" ", 1)[0].lower()
                ranked.append((p_no >= LEAD_PARAGRAPHS, first in EN_CONNECTIVES, p_no, s_no, c_no, c))
    out: list[str] = []
    for *_, c in sorted(ranked):
        if c not in out:
            out.append(c)
    return out


def en_kicker_phrase(paragraphs: list[str], taken: set[str], avoid: str = "") -> str | None:
    """A topic phrase for the kicker, in capitals: the run of two or three content words (no
    stopword, no mark between them) that the body repeats most, the earliest of equals, one
    with no word of ``avoid`` (the headline) before others; None if there is none not yet
    ``taken``. Adds it to ``taken``."""
    avoid_words = {w.upper() for w in avoid.split()}
    counts: Counter[str] = Counter()
    order: list[str] = []
    for p in paragraphs:
        for piece in re.split(r"[^A-Za-z'\u2019 -]+", _EN_QUOTES.sub("", p)):
            words = [w for w in piece.split(" ") if w]
            for i in range(len(words)):
                for n in (2, 3):
                    run = words[i : i + n]
                    if len(run) == n and all(_EN_WORD.fullmatch(w) and w.lower() not in EN_STOPWORDS for w in run):
                        key = " ".join(run).upper()
                        if key not in counts:
                            order.append(key)
                        counts[key] += 1
    # sorted() is stable: the earliest of equals first.
    best = [k for k in sorted(order, key=lambda k: (bool(set(k.split()) & avoid_words), -counts[k])) if k not in taken]
    if not best:
        return None
    taken.add(best[0])
    return best[0]


def en_heads(
    paragraphs: list[str], taken: set[str], *, title: bool, kicker: bool, deck: bool
) -> tuple[str | None, str | None, str | None]:
    """Kicker, headline and deck for an article with body ``paragraphs``: a headline always, a
    kicker / deck if asked; None where the body has nothing suitable left. ``title``: the
    headline is title-cased (else only its first letter is raised); the deck neither contains
    the headline's clause nor lies inside it. Adds the clauses it uses, as they stand in the
    body, to ``taken``."""
    clauses = en_clauses(paragraphs)
    headline = next((c for c in clauses if 4 <= len(c.split()) <= 12 and c not in taken), None)
    if headline is not None:
        taken.add(headline)
    d = None
    if deck:
        d = next((c for c in clauses if 30 <= len(c) <= 90 and c not in taken
                  and (headline is None or (headline not in c and c not in headline))), None)
        if d is not None:
            taken.add(d)
            d = _sentence_case(d)
    k = en_kicker_phrase(paragraphs, taken, headline or "") if kicker else None
    if headline is not None:
        headline = title_case(headline) if title else _sentence_case(headline)
    return k, headline, d
