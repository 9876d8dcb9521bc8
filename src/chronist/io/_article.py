"""The ``Article`` record that flows into the pipeline, and ``ReadError`` for bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One dated news article.

    Attributes
    ----------
    doc_id : str
        Stable identifier (file stem, or the record's ``id``).
    pub_date : datetime.date
        Publication date: the document creation time (DCT, TimeML).
    title : str or None
    text : str
        The text as read; all character offsets in events point into it.
    url, source : str or None
    """

    doc_id: str
    pub_date: dt.date
    title: str | None
    text: str
    url: str | None = None
    source: str | None = None
    origin: str | None = field(default=None, compare=False)

    @property
    def content_hash(self) -> str:
        """SHA-256 (hex) of the DCT and the text: the same input always hashes the same."""
        payload = f"{self.pub_date.isoformat()}\n{self.text}".encode()
        return hashlib.sha256(payload).hexdigest()


@dataclass(frozen=True)
class ReadError:
    """A file, line or record that could not be read; the rest of the batch goes on.

    Attributes
    ----------
    path : str
        The file (``-`` for stdin).
    record : str or None
        ``"line N"`` or ``"record N"`` when the error is inside a multi-record file.
    message : str
        The full message, naming the file and line or record (from :mod:`chronist.errors`).
    """

    path: str
    record: str | None
    message: str

    def __str__(self) -> str:
        return self.message
