"""Input readers: header text files, JSON Lines, CSV, directories and stdin.

Header files start with ``date YYYY-MM-DD`` (the DCT), possibly after leading spaces, on its own
line or followed on the same line by the text, possibly followed by a junk token (a page's
leftover token with no letters, or characters glued to the date). Offsets in events are into the
text after the header (for JSONL and CSV: the ``text`` field exactly).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from chronist.errors import E
from chronist.io._article import Article, ReadError

#: File suffixes read when walking a directory.
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv"}

_HEADER = re.compile(r"\A[\s\ufeff]*date[ \t]+(\d{4})-(\d{1,2})-(\d{1,2})(\S*)[ \t]*", re.IGNORECASE)
# A leftover token after the date: no letters (e.g. "|", "--", "00:00:00", "#12").
_JUNK = re.compile(r"\A[^\sA-Za-z]*[^\sA-Za-z0-9\"'“‘(\[][^\sA-Za-z]*(?=\s)|\A\d{1,2}:\d{2}(:\d{2})?(?=\s)")


def _where(path: str, record: str | None) -> str:
    return f"{path} ({record})" if record else path


def parse_date(value: str, *, where: str) -> dt.date | ReadError:
    """Parse ``YYYY-MM-DD`` (a time part after ``T`` or a space is ignored).

    Returns a :class:`ReadError` (E005) for an impossible or malformed date.
    """
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?\s*$", str(value))
    if not m:
        return ReadError(where, None, E.E005.format(where=where, value=value, reason="not YYYY-MM-DD"))
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        return ReadError(where, None, E.E005.format(where=where, value=value, reason=str(exc)))


def _decode(data: bytes, where: str) -> str | ReadError:
    if not data.strip():
        return ReadError(where, None, E.E001.format(where=where))
    nul = data.find(b"\x00")
    if nul >= 0:
        return ReadError(where, None, E.E002.format(where=where, offset=nul))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ReadError(where, None, E.E003.format(where=where, offset=exc.start, reason=exc.reason))
    return text.removeprefix("\ufeff")


def _title_of(text: str) -> str | None:
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and len(first) <= 200 and "\n" in text.lstrip() and first[-1] not in ".!?\"”":
        return first
    return None


def parse_header_text(raw: str, *, path: str, doc_id: str, record: str | None = None) -> Article | ReadError:
    """Read a ``date YYYY-MM-DD`` header text into an :class:`Article`.

    Raises nothing: errors come back as :class:`ReadError` (E004, E005, E011).
    """
    where = _where(path, record)
    m = _HEADER.match(raw)
    if not m:
        return ReadError(path, record, E.E004.format(where=where))
    date = parse_date(f"{m[1]}-{m[2]}-{m[3]}", where=where)
    if isinstance(date, ReadError):
        return ReadError(path, record, date.message)
    rest = raw[m.end():]
    if not m[4]:  # junk glued to the date is dropped with the header; else maybe a junk token
        junk = _JUNK.match(rest)
        if junk and rest[junk.end():].strip():
            rest = rest[junk.end():].lstrip(" \t")
    if rest.startswith("\r\n"):
        rest = rest[2:]
    elif rest.startswith("\n"):
        rest = rest[1:]
    if not rest.strip():
        return ReadError(path, record, E.E011.format(where=where))
    return Article(doc_id=doc_id, pub_date=date, title=_title_of(rest), text=rest, origin=where)


def _record_to_article(rec: object, *, path: str, record: str, fallback_id: str) -> Article | ReadError:
    where = _where(path, record)
    if not isinstance(rec, dict):
        return ReadError(path, record, E.E009.format(where=where))
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(path, record, E.E007.format(where=where, field="text"))
    raw_date = rec.get("date") or rec.get("pub_date")
    if not raw_date:
        return ReadError(path, record, E.E007.format(where=where, field="date"))
    date = parse_date(str(raw_date), where=where)
    if isinstance(date, ReadError):
        return ReadError(path, record, date.message)
    doc_id = rec.get("id") or rec.get("doc_id") or rec.get("url") or fallback_id
    return Article(
        doc_id=str(doc_id),
        pub_date=date,
        title=rec.get("title") or None,
        text=text,
        url=rec.get("url") or None,
        source=rec.get("source") or None,
        origin=where,
    )


def read_jsonl(data: bytes, *, path: str) -> Iterator[Article | ReadError]:
    """Read JSON Lines: one object per line with ``id``, ``date``, ``text`` (``title``,
    ``url``, ``source`` optional). Each bad line gives one :class:`ReadError` naming it."""
    stem = Path(path).stem
    n_records = 0
    for lineno, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        n_records += 1
        record = f"line {lineno}"
        text = _decode(line, _where(path, record))
        if isinstance(text, ReadError):
            yield ReadError(path, record, text.message)
            continue
        try:
            rec = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError(path, record, E.E006.format(where=_where(path, record), reason=exc.msg))
            continue
        yield _record_to_article(rec, path=path, record=record, fallback_id=f"{stem}-{lineno}")
    if n_records == 0:
        yield ReadError(path, None, E.E001.format(where=path))


def read_csv(data: bytes, *, path: str) -> Iterator[Article | ReadError]:
    """Read CSV with a header row and the JSONL columns; errors name the record (row) number."""
    text = _decode(data, path)
    if isinstance(text, ReadError):
        yield text
        return
    stem = Path(path).stem
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for n, row in enumerate(reader, start=1):
        yield _record_to_article(row, path=path, record=f"record {n}, line {reader.line_num}",
                                 fallback_id=f"{stem}-{n}")


def read_text(data: bytes, *, path: str, doc_id: str) -> Iterator[Article | ReadError]:
    """Read one header text file (one article)."""
    text = _decode(data, path)
    if isinstance(text, ReadError):
        yield text
        return
    yield parse_header_text(text, path=path, doc_id=doc_id)


def read_json_array(data: bytes, *, path: str) -> Iterator[Article | ReadError]:
    """Read a JSON array of records (``[{"id": ..., "date": ..., "text": ...}, ...]``), the
    shape many tools export as ``.json``; each bad element gives one :class:`ReadError`
    naming it (``item N``, from 1)."""
    text = _decode(data, path)
    if isinstance(text, ReadError):
        yield text
        return
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadError(path, None, E.E006.format(
            where=path, reason=f"a JSON array that does not parse: {exc.msg} at line {exc.lineno}"))
        return
    if not isinstance(items, list) or not items:
        yield ReadError(path, None, E.E001.format(where=path))
        return
    stem = Path(path).stem
    for i, rec in enumerate(items, start=1):
        yield _record_to_article(rec, path=path, record=f"item {i}", fallback_id=f"{stem}-{i}")


def _read_bytes(data: bytes, *, path: str, suffix: str, doc_id: str) -> Iterator[Article | ReadError]:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a byte-order mark
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            yield ReadError(path, None, E.E003.format(where=path, offset=exc.start,
                                                      reason=f"UTF-16: {exc.reason}"))
            return
    if suffix in JSONL_SUFFIXES and data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        yield from read_json_array(data, path=path)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(data, path=path)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(data, path=path)
    else:
        yield from read_text(data, path=path, doc_id=doc_id)


def _walk(root: Path) -> Iterator[Path]:
    readable = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
    for p in sorted(root.rglob("*")):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts):
            if p.suffix.lower() in readable:
                yield p


def read_inputs(paths: Iterable[str | Path], *, stdin: io.BufferedIOBase | None = None
                ) -> Iterator[Article | ReadError]:
    """Read articles from files, directories (recursive) and ``-`` (stdin).

    Parameters
    ----------
    paths : iterable of str or Path
        ``.txt`` (or no suffix): a header text file; ``.jsonl``/``.ndjson``/``.json``: JSON Lines;
        ``.csv``: CSV. ``-``: stdin, JSON Lines if it starts with ``{``, else a header text.
    stdin : binary file, optional
        Stream used for ``-`` (default ``sys.stdin.buffer``).

    Yields
    ------
    Article or ReadError
        In input order, streaming (one file in memory at a time). Errors never stop the batch.
    """
    for raw_path in paths:
        path = str(raw_path)
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            suffix = ".jsonl" if data.lstrip().startswith((b"{", b"[")) else ".txt"
            yield from _read_bytes(data, path="<stdin>", suffix=suffix, doc_id="stdin")
            continue
        p = Path(path)
        files = _walk(p) if p.is_dir() else [p]
        for f in files:
            try:
                data = f.read_bytes()
            except OSError as exc:
                yield ReadError(str(f), None, E.E008.format(where=str(f), reason=exc.strerror or exc))
                continue
            yield from _read_bytes(data, path=str(f), suffix=f.suffix.lower(), doc_id=f.stem)
