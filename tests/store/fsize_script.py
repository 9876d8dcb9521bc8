"""Ingest under a file-size limit (RLIMIT_FSIZE): writes past it fail like a full disk.

Usage: python fsize_script.py DB INPUT_DIR ; prints the outcome.
"""

import resource
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from fakes import FakePipeline

from chronist.io import read_inputs
from chronist.store import Store, WriteFailedError, ingest


def main() -> None:
    db, inputs = sys.argv[1:]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of a signal
    store = Store(db)
    limit = 100_000  # the WAL (a new file) may grow to this; the checkpoint cannot
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        ingest(read_inputs([inputs]), FakePipeline(), store)
        print("NO-ERROR")
    except WriteFailedError as exc:
        print("WRITE-FAILED", exc)
    sys.stdout.flush()
    import os

    os._exit(0)  # do not checkpoint on exit: the test reopens the file as it is


if __name__ == "__main__":
    main()
