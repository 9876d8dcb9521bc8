"""Temporal stage: TIMEX3 recognition and normalisation, and event dating.

Public API
----------
``Timex``                a TIMEX3 (offsets, text, type, value, mod, freq)
``TimexTagger().tag``    find and normalise the timexes of a text against its DCT
``governing_timex``      the DATE/TIME timex governing an event trigger's clause
``is_historical``        whether a TIMEX3 value lies before the story's recent past
``narrative_timex``      reference time carried over from earlier sentences (fallback)

The tagger is rule based (pure Python regular expressions, optional spaCy ``Doc`` for
tense), in the tradition of HeidelTime (Strötgen & Gertz 2013) and SUTime (Chang &
Manning 2012).  Values follow the TimeML 1.2.1 TIMEX3 guidelines (Saurí et al. 2006);
extents follow TimeBank 1.2 / TempEval-3 practice.  Scoring: :mod:`.scoring`,
``python -m chronist.temporal.evaluate ../shared/dev-gold/timebank``.

Conventions where the guidelines leave room
-------------------------------------------
Extent
    Determiners and pre-modifiers are inside ("the third quarter", "the early 1990s",
    "the end of 1990", "nearly two years", "more than four hours"), governing
    prepositions outside ("on", "in", "since", "over three years").  A prenominal
    duration drops its determiner ("a five-year low" -> "five-year"; "the third-quarter
    loss" -> "third-quarter").  Possessive "'s" is outside ("today's" -> "today").
Anchoring
    Deictic expressions ("yesterday", "last year", "two weeks ago", "next Thursday") are
    resolved against the DCT.  Anaphoric ones ("the following day", "two days later",
    "that year", "the previous Friday") against the reference time: the last fully
    specified date (or year, for year units) written earlier in the story, else the DCT.
Weekdays
    "last X" = latest X strictly before the DCT; "next X" = first X strictly after it;
    "this X" = X of the DCT's ISO week.  A bare "X" follows the clause tense (spaCy parse
    when given, else lexical cues): past or unknown = latest X on or before the DCT (so
    "Thursday" in a past clause of a Thursday story is the DCT itself), future = first X
    strictly after the DCT, present = the nearer one.
Months and days without a year
    The year among DCT-1, DCT, DCT+1 nearest to the DCT; with a parse, a distance on the
    side the clause tense speaks against counts 6 times (``TENSE_WEIGHT``), without one a
    distance into the future counts 1.5 times (``FUTURE_WEIGHT``).  "February 30" keeps
    only the month ("2021-02"): no impossible day is ever produced.
Granularity
    "N units ago" keeps the unit's granularity ("two weeks ago" -> ISO week, "a year
    ago" -> year).  In a quarterly-results context (a quarter mentioned within 600
    characters) "a year earlier/ago" and "year-earlier" give the same quarter a year
    before, as TimeBank annotates.  "the quarter" / "the latest quarter" refer back to the
    last quarter mentioned, else the quarter before the DCT's.  "the past/last year" is a
    DATE (the year before the DCT), "the past/last two years" a DURATION.
Decades and centuries
    "the 1990s" -> "199", "the 20th century" -> "19", with mod START/MID/END for
    early/mid/late (TimeML 1.2.1 ``mod``).  Numeric durations in decades/centuries are
    written in years ("two decades" -> "P20Y"); vague ones as "PXDE"/"PXCE".
Durations and sets
    A duration is never a DATE: "44 days" -> P44D, "six-week" -> P6W, "a day" -> P1D.
    Vague plurals after a quantifier or preposition are "PX<unit>" ("for years" -> PXY);
    "in recent years" and "past years" are PAST_REF as in TimeBank.  Ages ("37 years
    old") are not timexes.  Sets: "each Thursday" -> XXXX-WXX-4 freq "1W"; "twice a
    week" -> P1W freq "2X"; "$5 a year" -> P1Y freq "1X"; "daily" -> XXXX-XX-XX freq "1D".
Modifiers
    about/around/approximately/some -> APPROX; nearly/almost/less than/under ->
    LESS_THAN; more than/over -> MORE_THAN; at least -> EQUAL_OR_MORE; up to/no more
    than -> EQUAL_OR_LESS; early/beginning -> START; mid/middle -> MID; late/end -> END.
Times
    Clock times take the date of an attached day ("noon Saturday") or the reference
    time; "midnight" is T24:00; hours above 23 (12 with a.m./p.m.) or minutes above 59
    are rejected ("25:00" is not a time).  Parts of day: TMO, TAF, TEV, TNI.
Event dating
    :func:`governing_timex`: syntactic attachment to the trigger or its clause head first,
    then the same clause, then a coordinated or participial parent clause; never a
    DURATION/SET; never a reporting clause's timex across ``ccomp``.  When it returns
    ``None``, :func:`narrative_timex` gives a simple-past clause the last DATE of the
    previous one or two sentences (TimeML reference time); otherwise the caller uses the
    DCT (``source: dct``).  :func:`is_historical`: the value's
    interval ends more than 60 days before the DCT, or it is a year/decade/century before
    the DCT's year.
"""

from .governing import HISTORICAL_DAYS, governing_timex, is_historical, narrative_timex
from .tagger import Timex, TimexTagger

__all__ = [
    "HISTORICAL_DAYS",
    "Timex",
    "TimexTagger",
    "governing_timex",
    "is_historical",
    "narrative_timex",
]
