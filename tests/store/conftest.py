"""Fixtures: real corpus files copied into a temporary folder, and the fake pipeline."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpora" / "wikinews" / "as_input"
REUTERS = SHARED / "corpora" / "reuters21578" / "political_subset_as_input"

sys.path.insert(0, str(Path(__file__).parent))


def copy_first(src: Path, dst: Path, n: int) -> Path:
    """Copy the first ``n`` files (sorted) of ``src`` into ``dst``; return ``dst``."""
    if not src.is_dir():
        pytest.skip(f"{src} not available")
    dst.mkdir(parents=True, exist_ok=True)
    for f in sorted(src.iterdir())[:n]:
        shutil.copy(f, dst / f.name)
    return dst


@pytest.fixture
def wikinews_dir(tmp_path: Path) -> Path:
    return copy_first(WIKINEWS, tmp_path / "wikinews", 25)


@pytest.fixture
def wikinews_six(tmp_path: Path) -> Path:
    return copy_first(WIKINEWS, tmp_path / "in", 6)


@pytest.fixture
def reuters_dir(tmp_path: Path) -> Path:
    return copy_first(REUTERS, tmp_path / "reuters", 30)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory) -> Path:
    """A store file with 60 Wikinews articles coded by the fake pipeline (built once per session)."""
    from fakes import FakePipeline

    from chronist.io import read_inputs
    from chronist.store import Store, ingest

    tmp = tmp_path_factory.mktemp("filled")
    src = copy_first(WIKINEWS, tmp / "in", 60)
    db = tmp / "events.duckdb"
    with Store(db) as store:
        ingest(read_inputs([str(src)]), FakePipeline(), store)
    return db
