"""A model-free stand-in for ``chronist.pipeline.Pipeline`` (same duck type: ``warm_up``,
``annotate`` and ``records``), so the resumable-Parquet logic can be tested quickly and killed at random moments.
"""

from __future__ import annotations

import hashlib
import time
from types import SimpleNamespace


class FakePipeline:
    """One event per sentence (split on ". "), ids from doc id, content hash and offset."""

    def __init__(self, *, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s

    def warm_up(self) -> None:
        pass

    def annotate(self, articles):
        for article in articles:
            if self.delay_s:
                time.sleep(self.delay_s)
            doc = SimpleNamespace(_=SimpleNamespace(errors=["geo: boom"] if "BOOM" in article.text else []))
            yield article, doc

    def records(self, article, doc):
        out, start = [], 0
        for sent in article.text.split(". "):
            key = f"{article.doc_id}\x1f{article.content_hash}\x1f{start}".encode()
            out.append({"event_id": hashlib.sha1(key).hexdigest()[:16], "doc_id": article.doc_id,
                        "pub_date": article.pub_date.isoformat(), "event_type": "CONSULT",
                        "mode": None, "quad_class": 1, "cameo_code": "040",
                        "confidence": 0.5, "trigger": {"text": sent[:10], "start": start,
                                                       "end": start + 10}})
            start += len(sent) + 2
        return out


def make_articles(n: int):
    """``n`` small dated articles over three months (deterministic)."""
    import datetime as dt

    from chronist.io import Article

    base = dt.date(2020, 1, 20)
    return [Article(doc_id=f"a{i:03d}", pub_date=base + dt.timedelta(days=3 * i), title=None,
                    text=f"Leaders met in city {i}. They talked about trade {i % 7}. "
                         f"{'BOOM. ' if i == 5 else ''}Talks ended.")
            for i in range(n)]
