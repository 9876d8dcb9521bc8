"""Writers: atomic replacement, plain file mode, symbolic links written through."""

from __future__ import annotations

import os

import pytest

from chronist.io import atomic_path, write_records

REC = {"event_id": "e1", "doc_id": "d1", "event_type": "PROTEST", "actors": [], "recipients": []}


def test_writers_atomic_path_failure_keeps_the_old_file(tmp_path):
    out = tmp_path / "events.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_path(out) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("interrupted")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]  # no temporary left


def test_writers_mode_and_symlink(tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert write_records([REC], link, fmt="jsonl") == 1
    assert link.is_symlink() and '"e1"' in real.read_text(encoding="utf-8")
    assert real.stat().st_mode & 0o777 == 0o640  # the existing file's mode is kept
    new = tmp_path / "sub" / "new.jsonl"
    write_records([REC], new, fmt="jsonl")
    umask = os.umask(0)
    os.umask(umask)
    assert new.stat().st_mode & 0o777 == 0o666 & ~umask
