"""Read ECB+ documents (Cybulska and Vossen, LREC 2014) for the deduplication evaluation.

Each XML file holds tokens (``t_id``, ``sentence``, ``number``), markables anchored to tokens,
and ``CROSS_DOC_COREF`` / ``INTRA_DOC_COREF`` relations whose target markables carry the
instance id (ECB+ README, "ECB+ FORMAT"). The text given to Chronist is rebuilt from the
tokens (light detokenisation, one blank line between sentences); sentence 0 of the newer
``ecbplus`` files is the source URL and is kept out of the text.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ll",
                    "'ve", "'m", "'d", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(\d{4})\b", re.IGNORECASE), "dmy"),
    (re.compile(r"\b" + _MON + r"\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b", re.IGNORECASE), "mdy"),
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "us"),
]
_URL_DAY = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/-](\d{1,2})[/-](\d{1,2})(?!\d)")
_URL_MONTH = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/-](\d{1,2})(?![\d])")

ACTION_TAGS = ("ACTION_", "NEG_ACTION_")


@dataclass
class GoldMention:
    """One gold action mention: its tokens, sentence and gold coreference cluster."""

    m_id: str
    tag: str
    token_ids: list[int]
    sentence: int
    cluster: str


@dataclass
class EcbDoc:
    """One ECB+ document rebuilt as text with token character offsets."""

    name: str
    topic: str
    text: str
    url: str | None
    dct: dt.date | None
    dct_precision: str | None  # "day", "month" or None (undated)
    token_spans: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # t_id: (s, e, sent)
    mentions: list[GoldMention] = field(default_factory=list)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def guess_dct(head: str, url: str | None) -> tuple[dt.date | None, str | None]:
    """Find the publication date in a document's first sentences or its URL.

    ECB+ gives no document creation time; the newer documents print it under the headline
    (``26 September 2013``, ``MAR . 14 , 2013``, ``5 / 5 / 2010``) or in the URL.

    Returns
    -------
    (datetime.date or None, str or None)
        The date and its precision (``"day"``, ``"month"``), or ``(None, None)``.
    """
    compact = re.sub(r"\s+([.,/:-])\s*", r"\1 ", head)
    compact = re.sub(r"(\d)\s*/\s*(\d)", r"\1/\2", compact)
    for pat, kind in _DATE_PATTERNS:
        for m in pat.finditer(compact):
            g = m.groups()
            if kind == "dmy":
                d = _safe_date(int(g[2]), _MONTHS[g[1][:3].lower()], int(g[0]))
            elif kind == "mdy":
                d = _safe_date(int(g[2]), _MONTHS[g[0][:3].lower()], int(g[1]))
            elif kind == "ymd":
                d = _safe_date(int(g[0]), int(g[1]), int(g[2]))
            else:
                d = _safe_date(int(g[2]), int(g[0]), int(g[1]))
            if d is not None:
                return d, "day"
    if url:
        if u := _URL_DAY.search(url):
            d = _safe_date(int(u[1]), int(u[2]), int(u[3]))
            if d:
                return d, "day"
        if u := _URL_MONTH.search(url):
            d = _safe_date(int(u[1]), int(u[2]), 15)
            if d:
                return d, "month"
    return None, None


def read_ecbplus_doc(path: Path) -> EcbDoc:
    """Parse one ECB+ XML file (tokens, action mentions and their gold clusters)."""
    root = ET.parse(path).getroot()
    name = path.stem
    topic = name.split("_")[0]
    plus = name.endswith("ecbplus")
    tokens = [
        (int(t.get("t_id", "0")), int(t.get("sentence", "0")), t.text or "")
        for t in root.iter("token")
    ]
    url = "".join(w for _, s, w in tokens if s == 0) if plus else None
    parts: list[str] = []
    spans: dict[int, tuple[int, int, int]] = {}
    pos, prev_sent, prev_word = 0, None, ""
    for tid, sent, word in tokens:
        if plus and sent == 0:
            continue
        if prev_sent is not None and sent != prev_sent:
            sep = "\n\n"
        elif (
            prev_sent is None
            or word in _NO_SPACE_BEFORE
            or prev_word in _NO_SPACE_AFTER
            or "-" in (word, prev_word)
        ):
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        spans[tid] = (pos, pos + len(word), sent)
        parts.append(word)
        pos += len(word)
        prev_sent, prev_word = sent, word
    text = "".join(parts)
    head = text[:400]
    dct, precision = guess_dct(head, url)

    markables = root.find("Markables")
    anchors: dict[str, tuple[str, list[int]]] = {}
    instance: dict[str, str] = {}
    if markables is not None:
        for m in markables:
            ids = [int(a.get("t_id", "0")) for a in m.findall("token_anchor")]
            mid = m.get("m_id", "")
            if ids:
                anchors[mid] = (m.tag, ids)
            elif m.get("instance_id"):
                instance[mid] = m.get("instance_id", "")
    cluster: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations:
            target = rel.find("target")
            tgt = target.get("m_id", "") if target is not None else ""
            if rel.tag == "CROSS_DOC_COREF":
                cid = rel.get("note") or instance.get(tgt) or f"{name}:r{rel.get('r_id')}"
            else:
                cid = f"{name}:intra{rel.get('r_id')}"
            for src in rel.findall("source"):
                cluster[src.get("m_id", "")] = cid
    doc = EcbDoc(name, topic, text, url, dct, precision, spans)
    for mid, (tag, ids) in anchors.items():
        if not tag.startswith(ACTION_TAGS):
            continue
        ids = [i for i in ids if i in spans]
        if not ids:
            continue
        doc.mentions.append(
            GoldMention(mid, tag, ids, spans[ids[0]][2], cluster.get(mid, f"{name}:m{mid}"))
        )
    return doc


def read_selected_sentences(csv_path: Path) -> set[tuple[str, int]]:
    """``{(doc_name, sentence)}`` of ECBplus_coreference_sentences.csv (the sentences whose
    mentions were fully annotated for coreference; ECB+ README, "Important note")."""
    out = set()
    for line in csv_path.read_text().splitlines()[1:]:
        parts = line.strip().split(",")
        if len(parts) == 3:
            out.add((f"{parts[0]}_{parts[1]}", int(parts[2])))
    return out
