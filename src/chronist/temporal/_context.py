"""Per-document state used while normalising timexes in text order."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import _calendar as cal
from ._tense import Tense, doc_tense, lexical_tense, local_tense

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Context:
    """Normalisation state for one document.

    Attributes
    ----------
    text : str
        The document text.
    dct : datetime.date
        Document creation time.
    doc : spacy.tokens.Doc or None
        Optional parse of ``text`` used for the tense of the governing verb.
    ref : datetime.date
        Reference time for anchored expressions ("the next day", "two days later"):
        the last fully specified date in the story, else the DCT (TimeML 1.2.1
        section 2.2.2, ``anchorTimeID``).
    last_quarter : (str, int) or None
        The last quarter value and its character offset ("a year earlier" after a
        quarter keeps quarter granularity; "the quarter" refers back to it).
    ref_year : int or None
        The last explicit year written in the story ("that year", "the following year").
    """

    text: str
    dct: datetime.date
    doc: Doc | None = None
    ref: datetime.date = field(init=False)
    last_quarter: tuple[str, int] | None = None
    ref_year: int | None = None

    def __post_init__(self) -> None:
        self.ref = self.dct

    def tense(self, start: int, end: int) -> Tense | None:
        """Tense of the clause around ``[start, end)`` (doc first, then lexical cues)."""
        if self.doc is not None:
            t = doc_tense(self.doc, start, end)
            if t is not None:
                return t
        return local_tense(self.text, start) or lexical_tense(self.text, start, end)

    def doc_tense(self, start: int, end: int) -> Tense | None:
        """Tense from the parse, else from a verb just before the expression."""
        if self.doc is not None:
            return doc_tense(self.doc, start, end)
        return local_tense(self.text, start)

    def recent_quarter(self, start: int, *, window: int = 600) -> str | None:
        """The last quarter value if it was mentioned within ``window`` characters."""
        if self.last_quarter and start - self.last_quarter[1] <= window:
            return self.last_quarter[0]
        return None

    def default_quarter(self) -> str:
        """The quarter before the DCT's (the one a news story usually reports on)."""
        v = cal.shift_value(self.dct, -1, "Q")
        return v or f"{self.dct.year:04d}-Q{cal.quarter_of(self.dct)}"
