"""Incremental, idempotent, resumable ingestion of articles into a :class:`Store`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from chronist.store._store import Store


class _Coder(Protocol):
    def code_articles(self, articles: Iterable[Any]) -> Iterator[tuple[Any, list[dict]]]: ...


@dataclass
class IngestStats:
    """What one :func:`ingest` run did (counts of articles, events and read errors)."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        """Articles read (stored, replaced or skipped)."""
        return self.added + self.replaced + self.unchanged


def ingest(
    articles: Iterable[Any],
    pipeline: _Coder,
    store: Store,
    *,
    link: bool = True,
    on_article: Callable[[Any, str, int], None] | None = None,
) -> IngestStats:
    """Code and store articles; idempotent and resumable.

    Articles whose ``content_hash`` is already stored for their ``doc_id`` are skipped
    *before* coding (re-ingesting is cheap). Every other article is coded and then stored with
    all its events in one transaction (:meth:`Store.put_article`), so a run killed at any
    moment (even ``kill -9``) has stored whole articles only; running it again codes the
    rest. Event ids come from the pipeline and are stable, so a resumed run ends with the
    same rows as one clean run. An updated article (same ``doc_id``, new hash) replaces its
    old events.

    Parameters
    ----------
    articles : iterable of chronist.io.Article or chronist.io.ReadError
        The input (``chronist.io.read_inputs``); ``ReadError`` items, and articles longer than
        the pipeline takes (``pipeline.too_long``), are counted in ``errors`` and skipped, as
        is a second article of the run with a ``doc_id`` already read in it (file stems repeat
        across folders: ``a/story.txt`` and ``b/story.txt`` are both ``story``).
    pipeline : chronist.pipeline.Pipeline
        Anything with ``code_articles(articles) -> iterator of (article, events)``.
    store : Store
        The open store (the one writer).
    link : bool, default True
        Link events into event clusters while storing (cross-article deduplication).
    on_article : callable, optional
        Called as ``on_article(article, status, n_events)`` after each article
        (``status`` is ``"added"``, ``"replaced"`` or ``"unchanged"``), e.g. for a progress bar.

    Returns
    -------
    IngestStats
    """
    stats = IngestStats()
    known = store.stored_hashes()

    seen: dict[str, str] = {}  # doc_id -> where it was first read in this run
    too_long = getattr(pipeline, "too_long", None)

    def todo() -> Iterator[Any]:
        for item in articles:
            if not hasattr(item, "content_hash"):
                stats.errors.append(str(item))
                continue
            where = item.origin or item.doc_id
            if item.doc_id in seen:
                # two inputs of one run with one doc_id: the later would replace the earlier
                stats.errors.append(f"{where}: doc_id {item.doc_id!r} already read from "
                                    f"{seen[item.doc_id]} in this run; skipped (give it its own id)")
                continue
            seen[item.doc_id] = where
            problem = too_long(item) if too_long is not None else None
            if problem:  # not stored: a rerun reports it again
                stats.errors.append(f"{item.origin or item.doc_id}: {problem}")
                continue
            if known.get(item.doc_id) == item.content_hash:
                stats.unchanged += 1
                if on_article:
                    on_article(item, "unchanged", 0)
                continue
            yield item

    for article, events in pipeline.code_articles(todo()):
        status = store.put_article(article, events, link=link)
        known[article.doc_id] = article.content_hash
        if status == "added":
            stats.added += 1
        elif status == "replaced":
            stats.replaced += 1
        else:
            stats.unchanged += 1
        if status != "unchanged":
            stats.events += len(events)
        if on_article:
            on_article(article, status, len(events))
    return stats
