"""Score the ACLED-style labels of the whole pipeline on short conflict-event descriptions.

Usage::

    python -m chronist.events.acled_evaluate labels/acled_dev.tsv [--keep-actorless]

The gold file is tab-separated with a header: ``id``, ``date`` (the DCT, ``YYYY-MM-DD``),
``text`` (one description in the terse style of ACLED's "notes"), ``event_type`` and
``sub_event_type`` (ACLED Codebook 2023 names). A description with two events has two rows with
the same id and text. Each description is coded as one article; a gold row counts as found when
some coded event of its description has that ACLED event type and sub-event type.

The report prints, per sub-event type, the rows found out of the rows given; the share found
over all rows (recall) and over the ACLED event types alone; and the precision of the coded
labels: the share of coded events with an ACLED label whose label is among their
description's gold labels.

``labels/acled_dev.tsv`` and ``labels/acled_dev2.tsv`` were used for development;
``labels/acled_test.tsv`` (120 descriptions) was scored once, blind: recall 0.525, precision
0.532 (docs/acled.md gives the figures per commit).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

__all__ = ["main", "read_gold", "score"]


def read_gold(path: Path) -> list[dict[str, str]]:
    """Rows of a gold TSV file (see the module docstring).

    Raises
    ------
    ValueError
        If a column is missing or a date is not ``YYYY-MM-DD``; the message names the line.
    """
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"id", "date", "text", "event_type", "sub_event_type"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing columns {sorted(missing)}")
        for n, row in enumerate(reader, start=2):
            try:
                dt.date.fromisoformat(row["date"])
            except (TypeError, ValueError):
                raise ValueError(f"{path}, line {n}: bad date {row['date']!r}") from None
            rows.append(row)
    return rows


def score(rows: list[dict[str, str]], coded: dict[str, list[dict]]) -> dict:
    """Figures for gold ``rows`` and the coded event records of each description id.

    Returns
    -------
    dict
        ``per_sub`` ({(type, sub): [found, total]}), ``recall``, ``type_recall``,
        ``precision`` and ``n_coded`` (coded events with an ACLED label).
    """
    gold: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in rows:
        gold[r["id"]].add((r["event_type"], r["sub_event_type"]))
    per_sub: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    found = type_found = 0
    for r in rows:
        labels = {(e["acled_type"]["event_type"], e["acled_type"]["sub_event_type"])
                  for e in coded.get(r["id"], []) if e.get("acled_type")}
        key = (r["event_type"], r["sub_event_type"])
        hit = key in labels
        per_sub[key][0] += hit
        per_sub[key][1] += 1
        found += hit
        type_found += r["event_type"] in {t for t, _ in labels}
    pred = [(i, (e["acled_type"]["event_type"], e["acled_type"]["sub_event_type"]))
            for i, events in coded.items() for e in events if e.get("acled_type")]
    right = sum(lab in gold[i] for i, lab in pred)
    return {"per_sub": dict(per_sub), "recall": found / max(len(rows), 1),
            "type_recall": type_found / max(len(rows), 1),
            "precision": right / max(len(pred), 1), "n_coded": len(pred)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m chronist.events.acled_evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--keep-actorless", action="store_true",
                    help="keep events with no resolved actor (as `chronist code --keep-actorless`)")
    ap.add_argument("--model-events", type=float, default=None, metavar="P",
                    help="also code model events in sentences with no rule trigger "
                         "(Pipeline add_events)")
    args = ap.parse_args(argv)
    from chronist.io import Article
    from chronist.pipeline import Pipeline

    rows = read_gold(args.gold)
    texts = {r["id"]: (r["text"], dt.date.fromisoformat(r["date"])) for r in rows}
    pipe = Pipeline(require_actor=not args.keep_actorless, add_events=args.model_events)
    arts = [Article(doc_id=i, pub_date=d, title=None, text=t) for i, (t, d) in texts.items()]
    coded = {a.doc_id: events for a, events in pipe.code_articles(arts)}
    fig = score(rows, coded)
    print(f"{len(texts)} descriptions, {len(rows)} gold labels")
    print(f"{'event type / sub-event type':68s} found")
    for (t, s), (k, n) in sorted(fig["per_sub"].items()):
        print(f"{t + ' / ' + s:68s} {k}/{n}")
    print(f"recall (sub-event type) {fig['recall']:.3f}; event type only {fig['type_recall']:.3f}")
    print(f"precision of coded labels {fig['precision']:.3f} over {fig['n_coded']} labelled events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
