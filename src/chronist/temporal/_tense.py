"""Tense of the clause that governs a temporal expression.

With a spaCy ``Doc`` the governing verb is found in the dependency tree (climb from the
timex's syntactic head to the first VERB/AUX) and its Penn tag and auxiliaries decide:
``will``/``shall``/``'ll`` or a ``to``-infinitive under *expect, schedule, plan, due, set*
give ``future``; ``VBD`` or ``have`` + ``VBN`` give ``past``; other finite present forms
give ``present``.  Without a ``Doc`` a cheap lexical window is used: the nearest future
marker (*will, shall, 'll, going to, is expected/scheduled/due/set to, plans to*) or past
marker (*said, was, were, had, did*) within the sentence, whichever is closer, decides;
otherwise the tense is unknown (``None``).

Source: TimeML 1.2.1 TIMEX3 guidelines, section 2.2.2 ("temporal functions"): the value
of an underspecified expression such as "Friday" depends on the tense of the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Tense = Literal["past", "present", "future"]

_FUTURE_RE = re.compile(
    r"\b(?:will|won't|wo|shall|'ll|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|"
    r"(?:expected|scheduled|due|set|slated|planned|poised|likely|hopes?)\s+to|"
    r"scheduled\s+(?:for|to)|due\s+to\s+(?:be|start|begin|meet|open|hold|vote|take))\b",
    re.IGNORECASE,
)
_PAST_RE = re.compile(
    r"\b(?:said|was|were|had|did|ended|began|announced|told|reported)\b", re.IGNORECASE
)
_SENT_END_RE = re.compile(r"[.!?][\"')\]`]*\s+(?=[\"'(\[`]*[A-Z0-9])|\n\s*\n")
_FUTURE_HEADS = {"expect", "schedule", "plan", "due", "set", "slate", "intend", "aim", "hope"}


_LOCAL_PAST_RE = re.compile(
    r"\b(?:[a-z]{3,}ed|said|was|were|had|did|began|took|met|won|lost|came|went|made|gave|"
    r"held|left|told|saw|became|fell|rose|broke|led|ran|sent|spent|struck|grew|got|found|"
    r"paid|sold|bought|brought|fought|began|chose|drove|wrote|spoke|stood|won)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:in|on|since|during|until|from|at|of|by)?\s*$"
)
_LOCAL_FUTURE_RE = re.compile(r"\b(?:will|'ll|shall|would|to\s+be|is\s+to|are\s+to|wo)\b")
_LOCAL_PRESENT_RE = re.compile(r"\b(?:is|are|be|am)\b")


def local_tense(text: str, start: int) -> Tense | None:
    """Tense of a verb within four words before ``start`` ("was signed on", "will meet in").

    Only the clause fragment after the last comma, semicolon, full stop or quote is read;
    a modal there gives ``future``, a present-tense copula ``None``, a past form ``past``.
    """
    before = text[max(0, start - 48) : start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("."), before.rfind('"'))
    if cut >= 0:
        before = before[cut + 1 :]
    if _LOCAL_FUTURE_RE.search(before):
        return "future"
    if _LOCAL_PRESENT_RE.search(before):
        return None
    if _LOCAL_PAST_RE.search(before):
        return "past"
    return None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence around ``[start, end)`` (regex splitter)."""
    s = 0
    for m in _SENT_END_RE.finditer(text, max(0, start - 400), start):
        s = m.end()
    m2 = _SENT_END_RE.search(text, end, min(len(text), end + 400))
    e = m2.start() + 1 if m2 else min(len(text), end + 400)
    return s, e


def lexical_tense(text: str, start: int, end: int) -> Tense | None:
    """Tense from the nearest future or past marker in the sentence, or ``None``."""
    s, e = sentence_bounds(text, start, end)
    best: tuple[int, Tense] | None = None
    for regex, tense in ((_FUTURE_RE, "future"), (_PAST_RE, "past")):
        for m in regex.finditer(text, s, e):
            if start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if best is None or dist < best[0]:
                best = (dist, tense)  # type: ignore[assignment]
    return best[1] if best else None


def _verb_tense(verb: Token, depth: int = 0) -> Tense | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & {"will", "shall", "'ll", "wo", "going"}:
        return "future"
    if ("to" in lowers or verb.dep_ == "xcomp") and verb.head.i != verb.i and depth < 3:
        head = verb.head
        if head.lemma_.lower() in _FUTURE_HEADS:
            return "future"
        if head.lemma_.lower() == "be" and "to" in lowers:
            return "future"  # "is to resume trading Tuesday"
        if head.pos_ in ("VERB", "AUX"):
            return _verb_tense(head, depth + 1)
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and lowers & {"has", "have", "had", "'ve", "'s"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return None


def doc_tense(doc: Doc, start: int, end: int) -> Tense | None:
    """Tense of the verb governing the tokens in ``[start, end)`` of ``doc.text``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            return _verb_tense(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None
