"""Agreement of a second annotation with a labelled sentence file (PLOVER type only).

Prints the share of sentences with the same type, and the per-type and macro F1 of the second
annotation scored against the first (the types present in the first; sklearn's ``f1_score``, as
in :mod:`chronist.events.model_evaluate`). Only sentences in both are compared.

Usage (the relabelling of ``plover_dev``, labels/relabel_dev/README.md; the first labels are
those before it, in git history)::

    git show c178503:labels/plover_dev.jsonl > /tmp/plover_dev_first.jsonl
    .venv/bin/python training/label_agreement.py /tmp/plover_dev_first.jsonl labels/relabel_dev/annotator2
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_labels import read_annotations  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from sklearn.metrics import f1_score

    first_path, folder = (argv if argv is not None else sys.argv[1:])[:2]
    first = {r["id"]: r["event_type"] or "none"
             for r in map(json.loads, Path(first_path).read_text(encoding="utf-8").splitlines())}
    second = {sid: (parts[0] if parts and parts[0] != "-" else "none")
              for sid, parts in read_annotations(Path(folder)).items()}
    ids = [i for i in first if i in second]
    gold, other = [first[i] for i in ids], [second[i] for i in ids]
    present = sorted(set(gold) - {"none"})
    same = sum(a == b for a, b in zip(gold, other))
    print(f"{len(ids)} sentences in both; same type {same} ({same / len(ids):.3f})")
    per_type = f1_score(gold, other, labels=present, average=None, zero_division=0)
    print("F1 per type: " + ", ".join(f"{t} {f:.3f}" for t, f in zip(present, per_type)))
    print(f"macro-F1 of the second against the first (PLOVER types present: {len(present)}) "
          f"{f1_score(gold, other, labels=present, average='macro', zero_division=0):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
