"""Read TimeML ``.tml`` documents (TempEval-3 TBAQ-cleaned format).

The reader returns the plain text of the ``<TEXT>`` element (all inner tags
stripped), the document creation time (the ``TIMEX3`` with
``functionInDocument="CREATION_TIME"`` inside ``<DCT>``) and the gold TIMEX3
annotations of ``<TEXT>`` with character offsets into that text.  The DCT
timex itself is never part of the gold list (TempEval-3 scoring excludes it).

Source: TimeML 1.2.1 schema; TempEval-3 task description (UzZaman et al., 2013).
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GoldTimex", "TimeMLDocument", "read_timeml", "read_timeml_dir"]


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3 with character offsets into :attr:`TimeMLDocument.text`."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document: id, DCT, plain ``<TEXT>`` content and gold timexes."""

    doc_id: str
    dct: datetime.date
    text: str
    timexes: tuple[GoldTimex, ...]


_DATE_RE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def _parse_dct(value: str, path: Path) -> datetime.date:
    m = _DATE_RE.match(value)
    if not m:
        raise ValueError(f"{path}: DCT value {value!r} is not a YYYY-MM-DD date")
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _walk(elem: ET.Element, parts: list[str], gold: list[GoldTimex], offset: int) -> int:
    """Append the text under ``elem`` to ``parts``; record TIMEX3 offsets."""
    if elem.text:
        parts.append(elem.text)
        offset += len(elem.text)
    for child in elem:
        start = offset
        offset = _walk(child, parts, gold, offset)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:offset]
            gold.append(
                GoldTimex(
                    start=start,
                    end=offset,
                    text=text,
                    type=child.get("type", ""),
                    value=child.get("value", ""),
                    mod=child.get("mod"),
                )
            )
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Parse one ``.tml`` file.

    Parameters
    ----------
    path : str or Path
        A TimeML 1.2.1 file with ``<DCT>`` and ``<TEXT>`` elements.

    Returns
    -------
    TimeMLDocument
        Text of ``<TEXT>``, DCT and gold timexes (DCT timex excluded).

    Raises
    ------
    ValueError
        If the file has no ``<TEXT>`` or no parsable DCT.
    """
    path = Path(path)
    root = ET.parse(path).getroot()
    dct_elem = root.find("DCT/TIMEX3")
    if dct_elem is None:
        raise ValueError(f"{path}: no <DCT><TIMEX3> element")
    dct = _parse_dct(dct_elem.get("value", ""), path)
    text_elem = root.find("TEXT")
    if text_elem is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    _walk(text_elem, parts, gold, 0)
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    return TimeMLDocument(doc_id=doc_id, dct=dct, text="".join(parts), timexes=tuple(gold))


def read_timeml_dir(path: str | Path) -> list[TimeMLDocument]:
    """Read every ``*.tml`` file under ``path`` (recursively, sorted by name)."""
    path = Path(path)
    files = sorted(path.rglob("*.tml"))
    if not files:
        raise ValueError(f"{path}: no .tml files found")
    return [read_timeml(f) for f in files]
