"""Regular-expression building blocks for the TIMEX3 rules.

Span conventions (TimeML 1.2.1 TIMEX3 guidelines, section 2.1 "extent"): a timex
includes determiners ("the third quarter"), pre-modifiers ("early", "mid-", "the end
of", "nearly", "more than", "at least") and post-modifiers ("ago", "or so"), and
excludes the governing preposition ("on", "in", "since").  Month and weekday names
are matched case-sensitively (capitalised) so that "may", "march" and "sun" in running
text are not dates.
"""

from __future__ import annotations

import re

from ._vocab import NUMBER_WORDS

MON = (
    r"(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Sept|Jan|Feb|Aug|Oct|Nov|Dec"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
)
WD = (
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
)
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
DAY_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|"
    r"thirty[- ]first)"
)
NUMW = rf"(?:{NUMBER_WORDS})"
NUM = (
    rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:a|an|a\s+few|few|several|some|many)\s+"
    rf"(?:hundred|thousand|dozen)|"
    rf"{NUMW}(?:(?:\s+|-)(?:and\s+)?{NUMW})*|a\s+couple\s+of|a\s+few|few|several|many|"
    rf"some|a|an|one|half\s+an?)"
)
UNIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|"
    r"millenni(?:um|a))"
)
QMOD = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|over|less\s+than|"
    r"under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|fewer\s+than|"
    r"just\s+over|just\s+under|well\s+over|close\s+to|upwards\s+of)"
)
PMOD = (
    r"(?:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|"
    r"first\s+part|latter\s+part|early\s+part|later\s+part|rest|remainder)\s+of|"
    r"early|late|mid|earlier|later|the\s+early|the\s+late|the\s+mid)"
)
TZ = r"(?-i:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|[A-Z]{2,4}T)"

MOD_CODES = {
    "end": "END",
    "close": "END",
    "late": "END",
    "latter part": "END",
    "later part": "END",
    "beginning": "START",
    "start": "START",
    "early": "START",
    "early part": "START",
    "first part": "START",
    "turn": "START",
    "middle": "MID",
    "mid": "MID",
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "close to": "APPROX",
    "or so": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "barely": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
    "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}


def mod_code(words: str | None) -> str | None:
    """TIMEX3 ``mod`` for a modifier phrase (TimeML 1.2.1, TIMEX3 ``mod`` attribute)."""
    if not words:
        return None
    w = re.sub(r"\s+", " ", words.lower()).strip().rstrip("-")
    w = re.sub(r"^the (?:very )?", "", w)
    w = re.sub(r" of$", "", w)
    return MOD_CODES.get(w)


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern: case-insensitive, word-bounded on both sides."""
    return re.compile(rf"(?<![\w$£€-])(?:{pattern})(?![\w]|-\w)", re.IGNORECASE)
