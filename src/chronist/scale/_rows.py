"""Plain-row forms of :class:`~chronist.io.Article` and coded results, for shipping to workers.

Ray Data moves Arrow tables between processes; an ``Article`` travels as a flat row of strings
and a coded article comes back as one row with its event records as JSON text (nested records
with optional sub-objects do not have one fixed Arrow type).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from chronist.io import Article

#: Columns of an article row (all strings; ``pub_date`` is ``YYYY-MM-DD``).
ARTICLE_COLUMNS: tuple[str, ...] = ("doc_id", "pub_date", "title", "text", "url", "source", "origin")


def article_to_row(article: Article) -> dict[str, str | None]:
    """Flat row for an article (inverse of :func:`row_to_article`)."""
    return {"doc_id": article.doc_id, "pub_date": article.pub_date.isoformat(),
            "title": article.title, "text": article.text, "url": article.url,
            "source": article.source, "origin": article.origin}


def row_to_article(row: dict[str, Any]) -> Article:
    """The :class:`Article` for a row made by :func:`article_to_row`."""
    return Article(doc_id=row["doc_id"], pub_date=dt.date.fromisoformat(row["pub_date"]),
                   title=row.get("title"), text=row["text"], url=row.get("url"),
                   source=row.get("source"), origin=row.get("origin"))


def dumps(obj: Any) -> str:
    """Compact JSON used for records in transit (UTF-8 kept as is)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
