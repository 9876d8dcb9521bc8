"""Build ``labels/plover_{train,dev}.jsonl`` from the compact annotation files ``labels/raw/*.txt``,
``labels/plover_dev2.jsonl`` (a second development set) from ``labels/raw_dev2/*.txt`` and
``labels/plover_dev3.jsonl`` (a third, session 17) from ``labels/raw_dev3/*.txt`` and
``labels/plover_dev4.jsonl`` (a fourth, session 18) from ``labels/raw_dev4/*.txt``.

Annotation line format (one sentence per line, see labels/GUIDE.md)::

    <sentence id>|<PLOVER TYPE or ->|<mode>|<trigger text>|<flags: n negated, h hypothetical>

Sentence ids come from ``training/corpus_sentences.py``. The split follows the document
(``doc_split``: a hash of the document path), so no document contributes to both sets;
sentences whose whitespace-normalised text also occurs in a dev document are dropped from
train (the Reuters subset repeats some stories).

Usage::

    .venv/bin/python training/build_labels.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from corpus_sentences import doc_split, iter_sentences  # noqa: E402

from chronist.events.model import CAMEO_QUAD_OF_TYPE, PLOVER_TYPES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "labels" / "raw"
RAW_DEV2 = ROOT / "labels" / "raw_dev2"
RAW_DEV3 = ROOT / "labels" / "raw_dev3"
RAW_DEV4 = ROOT / "labels" / "raw_dev4"
DEMAND_WORDS = ("demand", "insist", "order", "ultimatum")


def quad_of(event_type: str | None, trigger: str) -> int:
    """CAMEO quad class of a labelled sentence (REQUEST: demand-like triggers are CAMEO 10)."""
    if event_type is None:
        return 0
    q = CAMEO_QUAD_OF_TYPE[event_type]
    if q is None:  # REQUEST: CAMEO 02 appeal (1) or CAMEO 10 demand (3)
        q = 3 if any(w in trigger.lower() for w in DEMAND_WORDS) else 1
    return q


#: Annotation batches written to ``labels/plover_train_active.jsonl`` instead of
#: ``plover_train.jsonl``: batches 8 and 9 were chosen by active learning
#: (``training/select_active.py``), so they are kept apart to show that provenance. The shipped
#: model trains on both files (``train_event_model.py`` default, since session 15).
ACTIVE_BATCHES = ("batch8_", "batch9_")


def read_annotations(folder: Path, *, active: bool | None = None) -> dict[str, tuple[str, ...]]:
    """Sentence id -> (type, mode, trigger, flags) from the ``*.txt`` files of ``folder``
    (``active`` True: only the :data:`ACTIVE_BATCHES` files; False: all others; None: all)."""
    ann: dict[str, tuple[str, ...]] = {}
    for f in sorted(folder.glob("*.txt")):
        if active is not None and f.name.startswith(ACTIVE_BATCHES) != active:
            continue
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            sid = parts[0].strip()
            typ = parts[1].strip() if len(parts) > 1 else "-"
            if typ != "-" and typ not in PLOVER_TYPES:
                raise SystemExit(f"{f.name}:{n}: unknown type {typ!r}")
            ann[sid] = tuple(p.strip() for p in parts[1:])  # later lines override earlier ones
    return ann


def to_records(ann: dict[str, tuple[str, ...]]) -> dict[str, list[dict]]:
    """Records of annotated sentences, by split ("train", "dev")."""
    raw = any(k.startswith("R") for k in ann)
    sents = {s.sid: s for s in iter_sentences(raw=raw)}
    missing = sorted(set(ann) - set(sents))
    if missing:
        raise SystemExit(f"unknown sentence ids: {missing[:10]}")
    recs: dict[str, list[dict]] = {"train": [], "dev": []}
    for sid, parts in ann.items():
        s = sents[sid]
        typ = parts[0] if parts and parts[0] != "-" else None
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        trig = parts[2] if len(parts) > 2 and parts[2] else None
        flags = parts[3] if len(parts) > 3 else ""
        tstart = s.text.lower().find(trig.lower()) if trig else -1
        recs[doc_split(s.path)].append(
            {
                "id": sid,
                "source": s.path,
                "date": s.date,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "event_type": typ,
                "mode": mode,
                "trigger": trig,
                "trigger_start": s.start + tstart if tstart >= 0 else None,
                "negated": "n" in flags,
                "hypothetical": "h" in flags,
                "quad_class": quad_of(typ, trig or ""),
            }
        )
    return recs


def write(rows: list[dict], out: Path, split: str) -> None:
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter(r["event_type"] or "none" for r in rows)
    print(f"{split}: {len(rows)} sentences -> {out.name}")
    print("  " + ", ".join(f"{t}={c.get(t, 0)}" for t in ("none", *PLOVER_TYPES)))


def main() -> None:
    recs = to_records(read_annotations(RAW, active=False))
    active = to_records(read_annotations(RAW, active=True))
    if active["dev"]:
        raise SystemExit(f"active-learning batches hold dev-split sentences: {[r['id'] for r in active['dev']][:5]}")
    seen: set[str] = set()
    for split, rows in (("dev", recs["dev"]), ("train", recs["train"]), ("train_active", active["train"])):
        # dev first: a text in both sets stays in dev only; a text already in train is not repeated
        keep = []
        for r in sorted(rows, key=lambda r: (r["source"], r["start"])):
            key = " ".join(r["text"].split())
            if key not in seen:
                seen.add(key)
                keep.append(r)
        write(keep, ROOT / "labels" / f"plover_{split}.jsonl", split)
    # a second development set, labelled by another annotator from dev-split documents only
    second = to_records(read_annotations(RAW_DEV2))
    if second["train"]:
        raise SystemExit(f"labels/raw_dev2 holds train-split sentences: {[r['id'] for r in second['train']][:5]}")
    write(sorted(second["dev"], key=lambda r: (r["source"], r["start"])),
          ROOT / "labels" / "plover_dev2.jsonl", "dev2")
    # a third, chosen by keyword strata from dev-split documents not in the other sets and
    # labelled blind by three helper sessions (session 17)
    # and a fourth, chosen the same way by training/select_blind_set.py (session 18)
    for name, folder in (("dev3", RAW_DEV3), ("dev4", RAW_DEV4)):
        rows = to_records(read_annotations(folder))
        if rows["train"]:
            raise SystemExit(f"labels/{folder.name} holds train-split sentences: "
                             f"{[r['id'] for r in rows['train']][:5]}")
        write(sorted(rows["dev"], key=lambda r: (r["source"], r["start"])),
              ROOT / "labels" / f"plover_{name}.jsonl", name)


if __name__ == "__main__":
    main()
