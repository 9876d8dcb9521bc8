"""The CLI on real files: `chronist code`, `chronist annotate`, bad input and exit status."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from chronist.cli import cli

pytestmark = pytest.mark.slow


def test_cli_every_command_has_help():
    runner = CliRunner()
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in cli.commands:
        sub = runner.invoke(cli, [name, "--help"])
        assert sub.exit_code == 0, name
        assert "Usage:" in sub.output


def test_cli_code_example_jsonl(shared):
    result = CliRunner().invoke(cli, ["code", str(shared / "examples" / "armenia-2021-02-25.txt")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r["event_type"] == "PROTEST" and r["date"]["value"] == "2021-02-20" for r in rows)
    # negated and hypothetical events are left out without --include-aux
    assert all(not set(r["aux_modes"]) & {"negated", "hypothetical"} for r in rows)


def test_cli_code_bad_inputs_exit_1_good_still_coded(tmp_path, shared):
    (tmp_path / "good.txt").write_text("date 2021-02-25 Police arrested ten protesters in Yerevan.",
                                       encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.jsonl").write_text('{"id": 1, "date": "2021-02-30", "text": "x"}\nnot json\n',
                                        encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["code", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert "bad.jsonl (line 1)" in result.stderr and "2021-02-30" in result.stderr
    assert "bad.jsonl (line 2)" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert "COERCE" in text and "arrest" in text


def test_cli_code_article_over_spacy_limit_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "good.txt").write_text("date 2021-02-25\nPolice arrested ten protesters in Yerevan.",
                                       encoding="utf-8")
    (tmp_path / "huge.txt").write_text("date 2021-02-25\n" + "word " * 210_000, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["code", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert "huge.txt" in result.stderr and "1,050,000 characters" in result.stderr
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [e["event_type"] for e in events] == ["COERCE"]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_cli_code_formats(tmp_path, shared, fmt):
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(cli, ["code", str(shared / "examples" / "armenia-2021-02-25.txt"),
                                      "-o", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    import pandas as pd

    df = {"csv": pd.read_csv, "parquet": pd.read_parquet,
          "jsonl": lambda p: pd.read_json(p, lines=True)}[fmt](out)
    assert len(df) >= 8
    assert "PROTEST" in set(df["event_type"])


def test_cli_annotate_shows_timexes_and_places(shared):
    result = CliRunner().invoke(cli, ["annotate", str(shared / "examples" / "armenia-2021-02-25.txt")])
    assert result.exit_code == 0, result.output
    (obj,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"sentences", "entities", "timexes", "places", "events"} <= set(obj)
    feb20 = next(t for t in obj["timexes"] if t["text"] == "February 20")
    assert (feb20["type"], feb20["value"]) == ("DATE", "2021-02-20")
    assert any(t["type"] == "DURATION" and t["value"] == "P44D" for t in obj["timexes"])
    assert any(p["geonameid"] == 616052 for p in obj["places"])
    assert obj["text"][feb20["start"]:feb20["end"]] == "February 20"


def test_cli_code_n_process_same_events_as_one_process(tmp_path, shared):
    """`-j 2` codes in two worker processes: the same records in the same order, with
    --keep-actorless honoured and a broken article reported while the others are coded."""
    src = sorted((shared / "corpora" / "wikinews" / "as_input").iterdir())[:6]
    for p in src:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "broken.txt").write_text("no date header here\n", encoding="utf-8")
    outs = {}
    for j in ("1", "2"):
        out = tmp_path / f"out{j}.jsonl"
        result = CliRunner().invoke(cli, ["code", str(tmp_path), "-o", str(out), "-j", j,
                                          "--keep-actorless"])
        assert result.exit_code == 1 and "broken.txt" in result.stderr, result.output
        outs[j] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(outs["1"]) > 10
    assert [r["event_id"] for r in outs["2"]] == [r["event_id"] for r in outs["1"]]
    assert any(not r["actors"] for r in outs["2"])  # actorless events kept in the workers too
