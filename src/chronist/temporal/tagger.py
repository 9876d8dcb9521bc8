"""The TIMEX3 tagger: recognise temporal expressions and normalise them against the DCT."""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._anchors import RULE_ANCHORS, find_anchors, rule_windows
from ._context import Context
from ._rules import RULES, SPAN_ADJUST, Norm

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Timex", "TimexTagger"]

_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_QUARTER_RE = re.compile(r"^\d{4}-Q[1-4]$")
_YEAR_RULES = {"year", "month_year", "mdy", "dmy", "iso", "slash", "spelled_year"}
#: Rules whose value depends on the reference time or an earlier quarter: normalised
#: again in text order; the others keep the value computed during selection.
_CONTEXT_RULES = {"relunit", "ago", "quarter_ref", "year_period", "pod", "time", "the_unit",
                  "season", "weekday"}  # fmt: skip
_REF_RULES = {"mdy", "dmy", "iso", "slash", "weekday", "relday"}


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 temporal expression.

    Attributes
    ----------
    start, end : int
        Character offsets into the text given to :meth:`TimexTagger.tag`.
    text : str
        ``text[start:end]``.
    type : str
        ``DATE``, ``TIME``, ``DURATION`` or ``SET`` (TimeML 1.2.1 TIMEX3 ``type``).
    value : str
        Normalised TIMEX3 ``value`` ("2021-02-20", "2020", "199", "P44D", "PAST_REF").
    mod : str or None
        TIMEX3 ``mod`` (START, MID, END, APPROX, LESS_THAN, MORE_THAN, ...).
    freq : str or None
        TIMEX3 ``freq`` for sets ("1W" = once a week, "2X" = twice per period).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    freq: str | None = None


class TimexTagger:
    """Rule-based TIMEX3 recogniser and normaliser.

    All patterns are compiled at import time; constructing the tagger is cheap and it
    holds no per-document state, so one instance can be shared.

    Examples
    --------
    >>> import datetime
    >>> tagger = TimexTagger()
    >>> [t.value for t in tagger.tag("On February 20, thousands rallied.", datetime.date(2021, 2, 25))]
    ['2021-02-20']
    """

    def __init__(self) -> None:
        self._rules = RULES

    def tag(self, text: str, dct: datetime.date, *, doc: Doc | None = None) -> list[Timex]:
        """Find and normalise the temporal expressions of ``text``.

        Parameters
        ----------
        text : str
            Plain text (no DCT header).
        dct : datetime.date
            Document creation time, the anchor of relative expressions.
        doc : spacy.tokens.Doc, optional
            A parse of exactly ``text``; when given, the tense of the governing verb
            (dependency tree) decides weekday and month-without-year values.

        Returns
        -------
        list of Timex
            Non-overlapping timexes in text order.

        Raises
        ------
        TypeError
            If ``dct`` is not a ``datetime.date`` or ``text`` not a ``str``.
        ValueError
            If ``doc`` was not parsed from ``text``.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        if isinstance(dct, datetime.datetime):
            dct = dct.date()
        if not isinstance(dct, datetime.date):
            raise TypeError(f"dct must be datetime.date, got {type(dct).__name__}")
        if doc is not None and doc.text != text:
            raise ValueError("doc.text differs from text: pass the Doc parsed from this text")
        if not text:
            return []
        selected = self._select(text, dct, doc)
        return self._normalise(text, dct, doc, selected)

    def _candidates(self, text: str) -> list[tuple[int, int, int, re.Match[str]]]:
        """Run each rule only in windows around its anchor words (see :mod:`._anchors`)."""
        anchors = find_anchors(text)
        n = len(text)
        cands = []
        for idx, rule in enumerate(self._rules):
            adjust = SPAN_ADJUST.get(rule.name)
            groups, back, forward = RULE_ANCHORS[rule.name]
            for ws, we in rule_windows(anchors, groups, n, back=back, forward=forward):
                while we < n and not text[we].isspace():
                    we += 1
                for m in rule.regex.finditer(text, ws, we):
                    start, end = adjust(m) if adjust else (m.start(), m.end())
                    if end > start:
                        cands.append((start, end, idx, m))
        return cands

    def _select(
        self, text: str, dct: datetime.date, doc: Doc | None
    ) -> list[tuple[int, int, int, re.Match[str], Norm]]:
        cands = self._candidates(text)
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        scratch = Context(text=text, dct=dct, doc=doc)
        starts: list[int] = []  # taken spans, sorted and disjoint: bisect finds neighbours
        ends: list[int] = []
        chosen = []
        for start, end, idx, m in cands:
            k = bisect.bisect_left(starts, start)
            if (k < len(starts) and starts[k] < end) or (k > 0 and ends[k - 1] > start):
                continue
            norm = self._rules[idx].handler(m, scratch)
            if norm is None:
                continue
            starts.insert(k, start)
            ends.insert(k, end)
            chosen.append((start, end, idx, m, norm))
        chosen.sort(key=lambda c: c[0])
        return chosen

    def _normalise(
        self,
        text: str,
        dct: datetime.date,
        doc: Doc | None,
        selected: list[tuple[int, int, int, re.Match[str], Norm]],
    ) -> list[Timex]:
        ctx = Context(text=text, dct=dct, doc=doc)
        out: list[Timex] = []
        for start, end, idx, m, first in selected:
            rule = self._rules[idx]
            norm: Norm | None = rule.handler(m, ctx) if rule.name in _CONTEXT_RULES else first
            if norm is None:
                continue
            out.append(
                Timex(start, end, text[start:end], norm.type, norm.value, norm.mod, norm.freq)
            )
            self._update(ctx, rule.name, norm, end)
        return out

    @staticmethod
    def _update(ctx: Context, rule: str, norm: Norm, end: int) -> None:
        # only a completed quarter becomes the story's reporting period: "a fourth-quarter
        # charge" in an October story looks ahead and is not what "a year ago" compares to
        if (
            _QUARTER_RE.match(norm.value)
            and rule in ("quarter", "quarter_ref", "relunit")
            and "year-" not in ctx.text[end - 30 : end]
            and norm.value <= ctx.default_quarter()
        ):
            ctx.last_quarter = (norm.value, end)
        if rule in _YEAR_RULES and norm.value[:4].isdigit():
            ctx.ref_year = int(norm.value[:4])
        if rule in _REF_RULES and norm.type in ("DATE", "TIME"):
            m = _DAY_RE.match(norm.value)
            if m:
                try:
                    ctx.ref = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    pass
