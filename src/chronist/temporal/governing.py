"""Event dating: the timex that governs an event trigger, and the historical test."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .tagger import Timex

__all__ = ["HISTORICAL_DAYS", "governing_timex", "is_historical", "value_end"]

#: A dated event is historical when its time ends more than this many days before the
#: DCT, or when it is given at year (or coarser) granularity in a year before the DCT's.
HISTORICAL_DAYS = 60

_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "pcomp"}
_INHERIT_DEPS = {"conj", "advcl", "xcomp", "acl"}
_GOVERNING_TYPES = {"DATE", "TIME"}


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause of ``tok`` (xcomp and aux chains stay in the clause)."""
    cur = tok
    for _ in range(50):
        if cur.pos_ in ("VERB", "AUX") and (cur.dep_ in _CLAUSE_DEPS or cur.head.i == cur.i):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _attachment(span: Span) -> Token:
    """The first token outside ``span`` that the timex hangs off (its syntactic governor)."""
    tok = span.root
    for _ in range(50):
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
        if not (span.start <= tok.i < span.end):
            return tok
    return tok


def _ancestors_upto(tok: Token, stop: Token) -> set[int]:
    """Token ids on the head path from ``tok`` up to (and including) ``stop``."""
    ids = {tok.i}
    cur = tok
    for _ in range(50):
        if cur.i == stop.i or cur.head.i == cur.i:
            break
        cur = cur.head
        ids.add(cur.i)
    return ids


#: Nouns of a compound preposition that sets the scene ("as a result of Saturday's unrest",
#: "before the start of the 2020 convention"): their phrase dates the clause.
_SETTING_NOUNS = frozenset("result wake aftermath end start beginning eve course day days time "
                           "run-up runup outset height".split())


def _dates_a_complement_noun(span: Span, att: Token, head: Token) -> bool:
    """Whether a timex is a pre-nominal modifier ("the 1993 bombing", "17th-century") of a
    noun in a phrase that describes another noun ("the suspect in the 2015 attack", "the
    mastermind of the 1993 bombing", "a statue of a 17th-century slave trader") or in an
    apposition: it dates that noun, not the clause's other events. A phrase on the verb still
    dates the clause ("during a 2018 trip, Trump refused", "in the November 27 deal, they
    agreed"), and so does a noun in the subject ("the 2015 attack killed 130 people")."""
    if att.pos_ not in ("NOUN", "PROPN") or span.end > att.i:
        return False
    cur = att
    for _ in range(50):
        if cur.i == head.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "appos":
            return True
        owner = cur.head.head  # what the phrase describes
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and owner.pos_ in ("NOUN", "PROPN") \
                and owner.lemma_.lower() not in _SETTING_NOUNS:
            return True
        cur = cur.head
    return False


def governing_timex(trigger: Token, timexes: Sequence[Timex]) -> Timex | None:
    """The DATE/TIME timex that governs the clause of an event trigger.

    Parameters
    ----------
    trigger : spacy.tokens.Token
        The event trigger (verb or event noun) in a parsed ``Doc``.
    timexes : sequence of Timex
        Timexes with character offsets into ``trigger.doc.text``.

    Returns
    -------
    Timex or None
        Chosen in this order, nearest first within a level: (1) a timex attached to the
        trigger itself or to a token on its head path up to its clause head ("On February
        20, thousands rallied": "February 20" hangs off "rallied"); (2) a timex attached
        anywhere in the same clause; (3) a timex of the clause the trigger's clause is
        coordinated with or subordinated to as a participle/infinitive (``conj``,
        ``advcl``, ``xcomp``, ``acl``: "rallied ..., blocking streets" dates "blocking").
        Never a DURATION or SET, never a timex of a reporting clause above a ``ccomp``
        ("said Thursday that protesters rallied" leaves "rallied" undated); ``None`` if no
        timex qualifies.

    Notes
    -----
    Sources: TimeML 1.2.1 TLINK guidelines (event-timex links in the same clause);
    TempEval-2 task C (event-timex relations within a sentence, syntactic dominance).
    """
    doc = trigger.doc
    try:
        sent_start, sent_end = trigger.sent.start_char, trigger.sent.end_char
    except ValueError:  # no sentence boundaries (no parser/senter): the whole doc
        sent_start, sent_end = 0, len(doc.text)
    head = _clause_head(trigger)
    path = _ancestors_upto(trigger, head)
    level1: list[tuple[int, Timex]] = []
    level2: list[tuple[int, Timex]] = []
    level3: list[tuple[int, Timex]] = []
    parents: list[int] = []  # clause heads up a chain of conj/advcl/xcomp/acl links
    cur = head
    for _ in range(3):
        if cur.dep_ not in _INHERIT_DEPS or cur.head.i == cur.i:
            break
        cur = _clause_head(cur.head)
        parents.append(cur.i)
    for tx in timexes:
        if tx.type not in _GOVERNING_TYPES:
            continue
        if not (sent_start <= tx.start < sent_end):
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if span.start <= trigger.i < span.end:
            continue
        att = _attachment(span)
        dist = min(abs(t.i - trigger.i) for t in span)
        att_clause = _clause_head(att)
        if att.i in path or att.i == trigger.i:
            level1.append((dist, tx))
        elif _dates_a_complement_noun(span, att, head):
            continue  # "arrested the suspect in the 2015 attack", "toppled a statue of a
            # 17th-century slave trader": the date belongs to the noun, not to the clause
        elif att_clause.i == head.i:
            level2.append((dist, tx))
        elif att_clause.i in parents:
            level3.append((parents.index(att_clause.i), tx))
    for level in (level1, level2, level3):
        if level:
            return min(level, key=lambda p: p[0])[1]
    return None


_NON_ANCHORS = {"PRESENT_REF", "FUTURE_REF"}


def _simple_past(verb: Token) -> bool:
    """``VBD``, or a ``VBN`` with no auxiliary (the tagger's usual slip on "signed")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def narrative_timex(
    trigger: Token, timexes: Sequence[Timex], *, max_sentences: int = 2
) -> Timex | None:
    """The narrative reference time of a simple-past trigger that no timex governs.

    Parameters
    ----------
    trigger : spacy.tokens.Token
        Event trigger in a parsed ``Doc``.
    timexes : sequence of Timex
        Timexes with offsets into ``trigger.doc.text``.
    max_sentences : int, default 2
        How many preceding sentences to look back.

    Returns
    -------
    Timex or None
        The last DATE/TIME timex (not PRESENT_REF/FUTURE_REF) of the nearest preceding
        sentence that has one, when the trigger's clause head is a simple past (``VBD``)
        verb; else ``None``.  Use it only after :func:`governing_timex` returned ``None``:
        it implements the TimeML reference time that carries over in a narrative
        ("... a six-week conflict last year. The cease-fire deal he signed brought an
        end to ..." places the signing last year).  Present perfect ("has rejected") and
        present or future clauses do not inherit.
    """
    head = _clause_head(trigger)
    if not (_simple_past(head) or _simple_past(trigger)):
        return None
    doc = trigger.doc
    try:
        sent = trigger.sent
    except ValueError:
        return None
    sents = [sent]
    prev_end = sent.start
    for _ in range(max_sentences):
        if prev_end <= 0:
            break
        prev = doc[prev_end - 1].sent
        sents.append(prev)
        prev_end = prev.start
    for prev in sents[1:]:
        found = [
            t
            for t in timexes
            if t.type in _GOVERNING_TYPES
            and t.value not in _NON_ANCHORS
            and prev.start_char <= t.start < prev.end_char
        ]
        if found:
            return found[-1]
    return None


_SEASON_END = {"SP": (5, 31), "SU": (8, 31), "FA": (11, 30)}


def value_end(value: str) -> datetime.date | None:
    """Last day of the interval a TIMEX3 DATE/TIME value denotes, or ``None``.

    Handles ``YYYY-MM-DD[T...]``, ``YYYY-MM``, ``YYYY-Www[-WE]``, ``YYYY-Qn``, ``YYYY-Hn``,
    seasons ``YYYY-SP|SU|FA|WI``, ``YYYY``, decades ``YYY`` and centuries ``YY``.
    Underspecified (``X``), reference (``PAST_REF``) and duration values give ``None``.
    """
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
        if m:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return datetime.date(y, mo, calendar.monthrange(y, mo)[1])
        m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)
        if m:
            return datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7)
        m = re.fullmatch(r"(\d{4})-([QH])([1-4])", value)
        if m:
            y, k = int(m.group(1)), int(m.group(3))
            mo = k * (3 if m.group(2) == "Q" else 6)
            return datetime.date(y, mo, calendar.monthrange(y, mo)[1])
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
        if m:
            y = int(m.group(1))
            if m.group(2) == "WI":
                return datetime.date(y + 1, 2, calendar.monthrange(y + 1, 2)[1])
            mo, d = _SEASON_END[m.group(2)]
            return datetime.date(y, mo, d)
        if re.fullmatch(r"\d{4}", value):
            return datetime.date(int(value), 12, 31)
        if re.fullmatch(r"\d{3}", value):
            return datetime.date(int(value) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", value):
            return datetime.date(int(value) * 100 + 99, 12, 31)
    except (ValueError, OverflowError):
        return None
    return None


def is_historical(value: str, dct: datetime.date) -> bool:
    """Whether a TIMEX3 value lies before the story's recent past.

    Parameters
    ----------
    value : str
        TIMEX3 value of the event's governing timex ("2020", "199", "2020-11-10").
    dct : datetime.date
        Document creation time.

    Returns
    -------
    bool
        ``True`` when the interval ends more than :data:`HISTORICAL_DAYS` (60) days before
        the DCT, or when the value is a year, decade or century wholly before the DCT's
        year ("last year" = "2020" in a 2021-02-25 story is historical; "February 20" and
        "last month" are not). ``False`` for durations, sets, ``PAST_REF`` and
        underspecified values (unknown is not historical).
    """
    end = value_end(value)
    if end is None:
        return False
    if re.fullmatch(r"\d{2,4}", value) and end.year < dct.year:
        return True
    return (dct - end).days > HISTORICAL_DAYS
