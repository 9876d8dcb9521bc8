"""Run an ingest with the fake pipeline (used by the kill -9 test as a subprocess).

Usage: python ingest_script.py DB DELAY INPUT... ; prints ``stored <doc_id>`` after each commit.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from fakes import FakePipeline

from chronist.io import read_inputs
from chronist.store import Store, ingest


def main() -> None:
    db, delay, *inputs = sys.argv[1:]
    with Store(db) as store:
        ingest(
            read_inputs(inputs),
            FakePipeline(delay=float(delay)),
            store,
            on_article=lambda a, status, n: print("stored", a.doc_id, status, flush=True),
        )


if __name__ == "__main__":
    main()
