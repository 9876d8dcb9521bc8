"""Score cross-article event linking (deduplication) on ECB+ gold event coreference.

Run ``python -m chronist.store.evaluate_dedup [--gold DIR] [--events-cache FILE]``.

What is scored
--------------
1. Every ECB+ document of the gold folder is rebuilt as text (:mod:`chronist.store._ecbplus`)
   and coded by :class:`chronist.pipeline.Pipeline`. ECB+ has no document date: the
   publication date is read from the headline block or the URL when printed there (75 of the
   161 documents); for the others every event date is set to unknown (an unknown date is
   compatible with every date, so these documents get no help from dates), except a date
   whose own text names its year ("December 14, 2008"). A date known only
   to the month (from a URL) truncates every event date of that document to the month.
2. The coded events are stored with :class:`chronist.store.Store` in document-name order, so
   the linker (:mod:`chronist.store._dedup`) builds event clusters exactly as ``ingest`` does.
3. Gold mentions: ECB+ ``ACTION_*`` and ``NEG_ACTION_*`` mentions inside the sentences listed
   in ``ECBplus_coreference_sentences.csv`` (the sentences annotated for coreference, ECB+
   README). Their gold cluster is their ``CROSS_DOC_COREF`` instance, else their
   ``INTRA_DOC_COREF`` chain, else a singleton.
4. Scored mentions: the gold mentions whose tokens overlap the trigger span of a system event
   (the first such event by trigger start). Each gets that event's ``cluster_id``. Unmatched
   gold mentions and system events that match no gold mention are not scored (event
   *detection* is scored elsewhere); their number is reported as ``coverage``.
5. Scores on the scored mentions: B-cubed precision, recall, F1 (Bagga and Baldwin 1998,
   singletons included, as usual for ECB+), pairwise (MUC-free link) precision, recall and F1
   over all mention pairs, and the same pairwise scores over cross-document pairs only.
   Two baselines on the same mentions are printed for reference: every mention alone
   (``singletons``) and one cluster per (topic, event type) (``same_type_topic``, an
   upper-bound-leaning oracle that uses the gold topic).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any

from chronist.store._ecbplus import EcbDoc, read_ecbplus_doc, read_selected_sentences

DEFAULT_GOLD = Path(__file__).resolve().parents[3].parent / "shared/dev-gold/ecbplus-politics"
PLACEHOLDER_DCT = "2000-01-01"


# --- metrics -------------------------------------------------------------------------------


def bcubed(gold: Mapping[Any, Any], system: Mapping[Any, Any]) -> dict:
    """B-cubed precision, recall and F1 over the mentions in both mappings.

    Parameters
    ----------
    gold, system : mapping of mention -> cluster id
        Only mentions present in both are scored.

    Returns
    -------
    dict
        ``{"p", "r", "f1", "n"}`` (Bagga and Baldwin 1998).
    """
    keys = [k for k in gold if k in system]
    if not keys:
        return {"p": 0.0, "r": 0.0, "f1": 0.0, "n": 0}
    g_members: dict[Hashable, set] = defaultdict(set)
    s_members: dict[Hashable, set] = defaultdict(set)
    for k in keys:
        g_members[gold[k]].add(k)
        s_members[system[k]].add(k)
    p = r = 0.0
    for k in keys:
        g, s = g_members[gold[k]], s_members[system[k]]
        inter = len(g & s)
        p += inter / len(s)
        r += inter / len(g)
    p, r = p / len(keys), r / len(keys)
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "n": len(keys)}


def pairwise(
    gold: Mapping[Any, Any],
    system: Mapping[Any, Any],
    *,
    doc_of: Mapping[Any, str] | None = None,
) -> dict:
    """Pairwise link precision, recall and F1 (cross-document pairs only if ``doc_of`` given)."""
    keys = sorted((k for k in gold if k in system), key=str)
    tp = n_sys = n_gold = 0
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if doc_of is not None and doc_of[a] == doc_of[b]:
                continue
            in_g, in_s = gold[a] == gold[b], system[a] == system[b]
            tp += in_g and in_s
            n_sys += in_s
            n_gold += in_g
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold_links": n_gold, "system_links": n_sys}


# --- coding and linking --------------------------------------------------------------------


def _article(doc: EcbDoc):
    import datetime as dt

    from chronist.io import Article

    pub = doc.dct or dt.date.fromisoformat(PLACEHOLDER_DCT)
    return Article(doc_id=doc.name, pub_date=pub, title=None, text=doc.text, url=doc.url,
                   source=doc.name)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _fix_dates(doc: EcbDoc, events: list[dict]) -> list[dict]:
    """Apply the date policy of the module docstring (undated: unknown unless the date's own
    text names its year; month-precise DCT: truncate to the month)."""
    out = []
    for ev in events:
        ev = dict(ev)
        date = dict(ev.get("date") or {})
        if doc.dct_precision is None:
            year = _YEAR.search(str(date.get("text") or ""))
            value = str(date.get("value") or "")
            if not (date.get("source") == "text" and year and value.startswith(year.group(1))):
                date = {**date, "value": None, "source": None}
        elif doc.dct_precision == "month" and date.get("value"):
            date["value"] = str(date["value"])[:7]
        ev["date"] = date
        out.append(ev)
    return out


def code_documents(
    docs: list[EcbDoc], *, cache: Path | None, model: str | None, require_actor: bool = True
) -> dict:
    """``{doc_name: [event, ...]}``, read from ``cache`` (JSONL) or coded and written there."""
    if cache is not None and cache.exists():
        coded = {}
        for line in cache.read_text().splitlines():
            rec = json.loads(line)
            coded[rec["doc"]] = rec["events"]
        if set(coded) >= {d.name for d in docs}:
            return coded
    from chronist.pipeline import Pipeline

    pipe = Pipeline(model=model, require_actor=require_actor)
    coded = {}
    for art, events in pipe.code_articles(_article(d) for d in docs):
        coded[art.doc_id] = events
    if cache is not None:
        with cache.open("w") as fh:
            for name, events in coded.items():
                fh.write(json.dumps({"doc": name, "events": events}, default=str) + "\n")
    return coded


def link(docs: list[EcbDoc], coded: dict) -> dict[str, str]:
    """Store every document's events in an in-memory store; ``{event_id: cluster_id}``."""
    from chronist.store._store import Store

    with Store(":memory:", threads=1) as store:
        for doc in docs:
            store.put_article(_article(doc), _fix_dates(doc, coded.get(doc.name, [])))
        return dict(store.sql("SELECT event_id, cluster_id FROM events").fetchall())


def align(doc: EcbDoc, events: list[dict], selected: set) -> dict[str, str]:
    """``{m_id: event_id}`` for gold mentions (in selected sentences) that a trigger overlaps."""
    out = {}
    triggers = sorted(
        ((ev["trigger"]["start"], ev["trigger"]["end"], ev["event_id"]) for ev in events
         if ev.get("trigger") and ev["trigger"].get("start") is not None),
    )
    for m in doc.mentions:
        if (doc.name, m.sentence) not in selected:
            continue
        ms = min(doc.token_spans[t][0] for t in m.token_ids)
        me = max(doc.token_spans[t][1] for t in m.token_ids)
        for s, e, eid in triggers:
            if s < me and ms < e:
                out[m.m_id] = eid
                break
    return out


def evaluate(
    gold_dir: Path,
    *,
    cache: Path | None = None,
    model: str | None = None,
    require_actor: bool = True,
) -> dict:
    """Run the whole evaluation (module docstring); return a dict of figures."""
    selected = read_selected_sentences(gold_dir / "ECBplus_coreference_sentences.csv")
    docs = [read_ecbplus_doc(p) for p in sorted(gold_dir.glob("ECB+/*/*.xml"))]
    coded = code_documents(docs, cache=cache, model=model, require_actor=require_actor)
    cluster_of = link(docs, coded)
    gold: dict[tuple[str, str], str] = {}
    system: dict[tuple[str, str], str] = {}
    doc_of: dict[tuple[str, str], str] = {}
    type_topic: dict[tuple[str, str], str] = {}
    n_gold = 0
    etype = {ev["event_id"]: ev["event_type"] for evs in coded.values() for ev in evs}
    for doc in docs:
        n_gold += sum((doc.name, m.sentence) in selected for m in doc.mentions)
        matched = align(doc, coded.get(doc.name, []), selected)
        for m in doc.mentions:
            if m.m_id in matched:
                key = (doc.name, m.m_id)
                gold[key] = m.cluster
                system[key] = cluster_of[matched[m.m_id]]
                doc_of[key] = doc.name
                type_topic[key] = f"{doc.topic}:{etype[matched[m.m_id]]}"
    singletons = {k: k for k in gold}
    return {
        "documents": len(docs),
        "events": sum(len(v) for v in coded.values()),
        "clusters": len(set(cluster_of.values())),
        "gold_mentions": n_gold,
        "scored_mentions": len(gold),
        "coverage": len(gold) / n_gold if n_gold else 0.0,
        "scored_gold_clusters": len(set(gold.values())),
        "scored_system_clusters": len(set(system.values())),
        "bcubed": bcubed(gold, system),
        "pairwise": pairwise(gold, system),
        "pairwise_cross_doc": pairwise(gold, system, doc_of=doc_of),
        "baseline_singletons_bcubed": bcubed(gold, singletons),
        "baseline_same_type_topic_bcubed": bcubed(gold, type_topic),
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (prints a table and, with ``--json``, the raw figures)."""
    ap = argparse.ArgumentParser(prog="python -m chronist.store.evaluate_dedup",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="ECB+ politics folder")
    ap.add_argument("--events-cache", type=Path, default=None,
                    help="JSONL of coded events (written on first run, read afterwards)")
    ap.add_argument("--model", default=None, help="spaCy model for the Pipeline")
    ap.add_argument("--keep-actorless", action="store_true",
                    help="also code events without an actor (Pipeline(require_actor=False))")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not (args.gold / "ECBplus_coreference_sentences.csv").exists():
        print(f"{args.gold}: no ECBplus_coreference_sentences.csv (wrong --gold?)", file=sys.stderr)
        return 2
    res = evaluate(args.gold, cache=args.events_cache, model=args.model,
                   require_actor=not args.keep_actorless)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"documents {res['documents']}  events {res['events']}  clusters {res['clusters']}")
    print(f"gold action mentions (coreference sentences) {res['gold_mentions']}  scored "
          f"(overlapping a system trigger) {res['scored_mentions']}  "
          f"coverage {res['coverage']:.3f}")
    print(f"scored mentions fall in {res['scored_gold_clusters']} gold and "
          f"{res['scored_system_clusters']} system clusters")
    for name in ("bcubed", "pairwise", "pairwise_cross_doc", "baseline_singletons_bcubed",
                 "baseline_same_type_topic_bcubed"):
        r = res[name]
        print(f"{name:32s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
