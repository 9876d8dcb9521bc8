"""Choose the sentences of a blind development set: dev-split corpus sentences that no label
file holds, enriched for each PLOVER type by one keyword pattern (labels/raw_dev3 and
labels/raw_dev4 were chosen this way; see their READMEs).

Usage::

    .venv/bin/python training/select_blind_set.py --seed 1801 --per-type 16 --plain 60 \\
        --out labels/raw_dev4/to_label.tsv

Writes ``id TAB date TAB text`` lines in a shuffled order. Nothing here reads system output.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_sentences import doc_split, iter_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: One keyword pattern per PLOVER type (lower-cased text), for enrichment only: the labellers
#: decide the type.
PATTERNS = {
    "AGREE": r"\bagree|\baccord\b|\bdeal\b|\bpledge|\bpromis",
    "CONSULT": r"\bmet\b|\bmeet|\btalks\b|\bvisit|\bdiscuss",
    "SUPPORT": r"\bsupport|\bprais|\bendors|\bwelcom|\bbacked\b",
    "CONCEDE": r"\bconcession|\beas(ed|e)\b|\blift(ed)?\b|\bapolog|\bpardon",
    "COOPERATE": r"\bcooperat|\bco-operat|\bjointly\b|\bcollaborat|\bshared?\b",
    "AID": r"\baid\b|\bassistance\b|\bloans?\b|\bdonat|\brelief\b",
    "RETREAT": r"\bwithdr|\bresign|\bretreat|\bpull(ed)? out|\breleased?\b",
    "REQUEST": r"\burg(e|ed)\b|\bcall(ed)? (on|for)\b|\bdemand|\basked\b|\bappeal",
    "ACCUSE": r"\baccus|\bcritici|\bblam|\bcondemn|\binvestigat|\bcharged\b",
    "REJECT": r"\breject|\brefus|\boppos|\bveto|\bdenied\b|\bruled out\b",
    "THREATEN": r"\bthreat|\bwarn|\bultimatum",
    "PROTEST": r"\bprotest|\bdemonstrat|\bstrike\b|\bmarch(ed)?\b|\brall(y|ied)\b|\bboycott",
    "SANCTION": r"\bsanction|\bembargo|\bexpel|\bsuspend|\btariff|\bcut (off )?ties",
    "MOBILIZE": r"\btroops\b|\bdeploy|\bmobili[sz]|\balert\b|\bwarships?\b|\breinforce",
    "COERCE": r"\barrest|\bdetain|\bseiz|\bbann|\bcurfew|\braid|\bjailed\b",
    "ASSAULT": r"\battack|\bkill|\bbomb|\bshell|\bclash|\bshot\b|\bfired\b",
}


def labelled_ids() -> set[str]:
    """Sentence ids of every annotation file under labels/ (train, dev, dev2, dev3, ...)."""
    ids = set()
    for f in (ROOT / "labels").rglob("*.txt"):
        for line in f.read_text("utf-8").splitlines():
            head = line.split("|", 1)[0].strip()
            if re.fullmatch(r"[wrvR]\d+\.\d+", head):
                ids.add(head)
    for f in (ROOT / "labels").glob("*.jsonl"):
        for m in re.finditer(r'"id": "([wrvR]\d+\.\d+)"', f.read_text("utf-8")):
            ids.add(m.group(1))
    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-type", type=int, default=16)
    ap.add_argument("--raw-share", type=float, default=0.4,
                    help="share of each type's sentences from raw Reuters stories (ids R...)")
    ap.add_argument("--plain", type=int, default=60, help="sentences matching no pattern")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    taken = labelled_ids()
    seen_texts: set[str] = set()
    pool = []
    for s in iter_sentences(raw=True):
        text = " ".join(s.text.split())
        if doc_split(s.path) != "dev" or s.sid in taken or not 40 <= len(text) <= 300 \
                or text in seen_texts or not re.search(r"[a-z]", text):
            continue
        seen_texts.add(text)
        pool.append((s.sid, s.date, text))
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    chosen: dict[str, tuple[str, str, str]] = {}
    for pattern in PATTERNS.values():
        rx = re.compile(pattern, re.I)
        hits = [p for p in pool if p[0] not in chosen and rx.search(p[2])]
        n_raw = round(args.per_type * args.raw_share)
        raw = [p for p in hits if p[0].startswith("R")][:n_raw]
        other = [p for p in hits if not p[0].startswith("R")][:args.per_type - len(raw)]
        for p in raw + other:
            chosen[p[0]] = p
    plain = [p for p in pool if p[0] not in chosen
             and not any(re.search(pt, p[2], re.I) for pt in PATTERNS.values())]
    n_raw = round(args.plain * args.raw_share)
    plain = [p for p in plain if p[0].startswith("R")][:n_raw] + \
        [p for p in plain if not p[0].startswith("R")][:args.plain - n_raw]
    for p in plain:
        chosen[p[0]] = p
    rows = list(chosen.values())
    rng.shuffle(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(f"{i}\t{d}\t{t}\n" for i, d, t in rows), "utf-8")
    print(f"{len(rows)} sentences from a pool of {len(pool)} -> {args.out}")


if __name__ == "__main__":
    main()
