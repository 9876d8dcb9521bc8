"""Sentence inventory of the real corpora in ../shared/corpora, for labelling.

Each document file starts with a ``date YYYY-MM-DD`` header; the *document text* is what follows
the header line, and all character offsets in ``labels/*.jsonl`` index into it. Sentences are
split with a conservative regular expression (end punctuation followed by space and a capital,
or a blank line / indented Reuters paragraph), skipping common abbreviations. Sentence ids are
``<corpus letter><document number>.<sentence number>`` over the sorted file lists
(``w`` Wikinews, ``r`` Reuters political subset, ``v`` VOA sample), so they are stable as long as
the corpora do not change.

Usage::

    .venv/bin/python training/corpus_sentences.py grep 'protest|demonstrat' --split dev
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SOURCES = {
    "w": CORPORA / "wikinews" / "as_input",
    "r": CORPORA / "reuters21578" / "political_subset_as_input",
    "v": CORPORA / "voa-sample" / "as_input",
}
HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})[^\n]*\n")
ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "no", "jan", "feb",
    "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "jr",
    "sr", "prof", "capt", "sgt", "maj", "vs", "u.s", "u.n", "u.k", "e.u", "pres", "adm", "rev",
}  # fmt: skip
BOUNDARY = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=    )")


@dataclass(frozen=True)
class Sentence:
    sid: str
    path: str  # relative to ../shared
    date: str
    start: int
    end: int
    text: str


def read_document(path: Path) -> tuple[str, str]:
    """Return (date, document text after the header line)."""
    raw = path.read_text(encoding="utf-8")
    m = HEADER.match(raw)
    if not m:
        raise ValueError(f"{path}: no 'date YYYY-MM-DD' header")
    return m.group(1), raw[m.end() :]


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Character spans (start, end) of sentences, whitespace-trimmed."""
    start = 0
    for m in BOUNDARY.finditer(text):
        prev = text[start : m.start()].rsplit(None, 1)
        last = prev[-1].rstrip(".").lower() if prev else ""
        if m.group(0).strip() == "" and "\n" not in m.group(0) and (
            last in ABBREV or re.fullmatch(r"[a-z]", last)
        ):
            continue
        yield from _trim(text, start, m.start())
        start = m.end()
    yield from _trim(text, start, len(text))


def _trim(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        yield s, e


def doc_split(rel: str) -> str:
    """Assign a document to 'dev' or 'train' by a hash of its path (about 45% dev)."""
    h = int(hashlib.sha1(rel.encode()).hexdigest(), 16) % 100
    return "dev" if h < 45 else "train"


RAW_REUTERS = CORPORA / "reuters21578" / "raw"
_STORY = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)


def iter_raw_reuters(files: set[str] | None = None) -> Iterator[tuple[str, str, str]]:
    """(source, date, document text) of every raw Reuters-21578 story with a body.

    The document text is ``TITLE + "\\n\\n" + BODY`` with SGML entities unescaped (the layout
    of the ``as_input`` files); ``source`` is ``corpora/reuters21578/raw/<file>#NEWID=<n>``.
    """
    import html
    from datetime import datetime

    for f in sorted(RAW_REUTERS.glob("reut2-*.sgm")):
        if files is not None and f.name not in files:
            continue
        raw = f.read_text(encoding="latin-1")
        for m in _STORY.finditer(raw):
            story = m.group(2)
            body = re.search(r"<BODY>(.*?)</BODY>", story, re.S)
            if not body:
                continue
            title = re.search(r"<TITLE>(.*?)</TITLE>", story, re.S)
            date = re.search(r"<DATE>\s*(\d+-[A-Z]+-\d{4})", story)
            d = datetime.strptime(date.group(1).title(), "%d-%b-%Y").strftime("%Y-%m-%d") if date else ""
            text = html.unescape((title.group(1) if title else "") + "\n\n" + body.group(1))
            text = text.replace("\x03", "").rstrip()
            yield f"corpora/reuters21578/raw/{f.name}#NEWID={m.group(1)}", d, text


def iter_sentences(*, raw: bool = False) -> Iterator[Sentence]:
    """Sentences of the as_input corpora (ids w/r/v) and, with ``raw``, of the raw Reuters
    stories (ids ``R<NEWID>.<n>``)."""
    if raw:
        for rel, date, text in iter_raw_reuters():
            newid = rel.rsplit("=", 1)[1]
            for j, (s, e) in enumerate(split_sentences(text)):
                yield Sentence(f"R{newid}.{j}", rel, date, s, e, text[s:e])
    for code, folder in SOURCES.items():
        for i, path in enumerate(sorted(folder.glob("*.txt"))):
            date, text = read_document(path)
            rel = str(path.relative_to(CORPORA.parent))
            for j, (s, e) in enumerate(split_sentences(text)):
                yield Sentence(f"{code}{i}.{j}", rel, date, s, e, text[s:e])


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("grep")
    g.add_argument("pattern")
    g.add_argument("--split", choices=["dev", "train", "all"], default="all")
    g.add_argument("--max", type=int, default=60)
    g.add_argument("--minlen", type=int, default=40)
    g.add_argument("--raw", action="store_true", help="search the raw Reuters stories only")
    args = ap.parse_args()
    rx = re.compile(args.pattern, re.I)
    k = 0
    for s in iter_sentences(raw=args.raw):
        if args.raw and not s.sid.startswith("R"):
            break
        if args.split != "all" and doc_split(s.path) != args.split:
            continue
        if len(s.text) < args.minlen or len(s.text) > 400 or not rx.search(s.text):
            continue
        print(f"{s.sid}\t{doc_split(s.path)[0]}\t{' '.join(s.text.split())[:220]}")
        k += 1
        if k >= args.max:
            break


if __name__ == "__main__":
    main()
