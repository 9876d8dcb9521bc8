"""Throughput, memory and linearity of the whole pipeline against a bare spaCy pass (issue 8).

Codes the first N Reuters-21578 stories that have a body (N = 1000, 5000 and all 19,043 by
default), read by a small streaming SGML reader, and prints for each N:

* articles/s and words/s of the whole Chronist pipeline (``Pipeline.code_articles``),
* the same for a bare spaCy pass (``nlp.pipe`` with the same model and batch size over the same
  texts, Chronist's components disabled), measured in the same run, and their ratio,
* seconds per article and per 1000 words (linearity across N), and peak RSS (``ru_maxrss``).

    python benchmarks/bench_scale.py                          # 1000, 5000, all
    python benchmarks/bench_scale.py --sizes 200              # quick
    python benchmarks/bench_scale.py --stages 500             # seconds per pipeline component
    python benchmarks/bench_scale.py --profile 300 --profile-out /tmp/profile.html

Timings are wall-clock on whatever else the machine runs: compare the ratio (both passes share
the conditions) more than the absolute rates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import itertools
import json
import re
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from chronist.io import Article

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT.parent / "shared" / "corpora" / "reuters21578" / "raw"

_STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.DOTALL)
_NEWID = re.compile(r'NEWID="(\d+)"')
_DATE = re.compile(r"<DATE>\s*(\d{1,2}-[A-Z]{3}-\d{4})", re.IGNORECASE)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MONTHS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1)}


def _clean(raw: str) -> str:
    return _CONTROL.sub("", html.unescape(raw)).strip()


def iter_reuters(raw_dir: Path = RAW) -> Iterator[Article]:
    """Stream Reuters-21578 stories with a ``<BODY>`` as :class:`Article` (one SGML file, about
    1.3 MB, in memory at a time).

    The SGML follows ``lewis.dtd``: each ``<REUTERS NEWID="n">`` holds ``<DATE>26-FEB-1987
    15:01:01.79</DATE>`` and ``<TEXT>`` with optional ``<TITLE>`` and ``<BODY>``; files are
    Latin-1 with SGML character references (``&lt;``, ``&#3;``), unescaped here.
    ``doc_id`` is ``reuters-NEWID``; ``pub_date`` the story date; ``text`` the body.
    """
    files = sorted(raw_dir.glob("reut2-*.sgm"))
    if not files:
        raise FileNotFoundError(f"{raw_dir}: no reut2-*.sgm files (Reuters-21578 SGML)")
    for path in files:
        data = path.read_text(encoding="latin-1")
        for m in _STORY.finditer(data):
            body = _BODY.search(m.group(2))
            date = _DATE.search(m.group(2))
            if body is None or date is None:
                continue
            day, mon, year = date.group(1).upper().split("-")
            title = _TITLE.search(m.group(2))
            newid = _NEWID.search(m.group(1))
            yield Article(doc_id=f"reuters-{newid.group(1) if newid else m.start()}",
                          pub_date=dt.date(int(year), _MONTHS[mon], int(day)),
                          title=_clean(title.group(1)) if title else None, text=_clean(body.group(1)),
                          source="Reuters", origin=f"{path}#NEWID={newid.group(1) if newid else '?'}")


def _sample(n: int | None) -> Iterator[Article]:
    return itertools.islice(iter_reuters(), n)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_child_rss_mb() -> float:
    """Largest peak RSS of any finished worker process (``--n-process``)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _chronist_pipes(nlp) -> list[str]:
    return [n for n in nlp.pipe_names if n.startswith("chronist_")]


def bare_pass(pipe, n: int | None, n_process: int = 1) -> dict:
    """``nlp.pipe`` over the texts with Chronist's components disabled."""
    nlp = pipe.nlp
    words = count = 0
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=_chronist_pipes(nlp)):
        for doc in nlp.pipe((a.text for a in _sample(n)), batch_size=pipe.batch_size,
                            n_process=n_process):
            count += 1
            words += len(doc.text.split())
    return {"articles": count, "words": words, "s": time.perf_counter() - t0}


def full_pass(pipe, n: int | None, n_process: int = 1) -> dict:
    """The whole pipeline: annotate and build the event records (``n_process`` > 1: in forked
    workers with :func:`chronist.scale.code_parallel`)."""
    words = count = events = errors = 0

    def arts():
        nonlocal words, count
        for a in _sample(n):
            words += len(a.text.split())
            count += 1
            yield a

    t0 = time.perf_counter()
    if n_process > 1:
        from chronist.scale import code_parallel

        def on_error(doc_id, msg):
            nonlocal errors
            errors += 1

        for _ in code_parallel(arts(), n_process=n_process, pipeline=pipe, on_error=on_error):
            events += 1
    else:
        for article, doc in pipe.annotate(arts()):
            errors += len(doc._.errors or [])
            events += len(pipe.records(article, doc))
    return {"articles": count, "words": words, "s": time.perf_counter() - t0, "events": events,
            "stage_errors": errors}


def stage_times(pipe, arts: list[Article]) -> list[tuple[str, float]]:
    """Seconds spent in each pipeline component (and in building records) over the articles
    ``arts``, running the components one after another over the whole sample (``Language.pipe``
    order)."""
    nlp = pipe.nlp
    docs = []
    t0 = time.perf_counter()
    for a in arts:
        d = nlp.make_doc(a.text)
        d._.dct, d._.doc_id = a.pub_date, a.doc_id
        docs.append(d)
    out = [("make_doc (tokenizer)", time.perf_counter() - t0)]
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=pipe.batch_size))
        else:
            docs = [proc(d) for d in docs]
        out.append((name, time.perf_counter() - t0))
    t0 = time.perf_counter()
    for a, d in zip(arts, docs):
        pipe.records(a, d)
    out.append(("records (to_record)", time.perf_counter() - t0))
    return out


def print_stage_times(rows: list[tuple[str, float]], n: int) -> None:
    """Print :func:`stage_times` rows: seconds and share per component over ``n`` articles."""
    total = sum(s for _, s in rows)
    print(f"\nseconds per component over {n} articles (total {total:.1f} s)")
    for name, s in rows:
        print(f"  {name:24s} {s:8.2f} s  {100 * s / total:5.1f} %")


def profile(pipe, n: int, out: str | None) -> None:
    """pyinstrument over Chronist's own components and record building for ``n`` articles
    (spaCy's statistical components run first, unprofiled: ``--stages`` times them); text
    summary on stdout, HTML to ``out``."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("--profile needs pyinstrument: pip install pyinstrument")
    nlp = pipe.nlp
    for _ in pipe.code_articles(_sample(8)):   # warm-up: lazy dictionaries and tables
        pass
    arts = list(_sample(n))
    ours = _chronist_pipes(nlp)
    with nlp.select_pipes(disable=ours):
        docs = []
        for a in arts:
            d = nlp.make_doc(a.text)
            d._.dct, d._.doc_id = a.pub_date, a.doc_id
            docs.append(d)
        docs = list(nlp.pipe(docs, batch_size=pipe.batch_size))
    procs = [nlp.get_pipe(name) for name in ours]
    prof = Profiler(interval=0.002)
    prof.start()
    for a, d in zip(arts, docs):
        for proc in procs:
            d = proc(d)
        pipe.records(a, d)
    prof.stop()
    print(prof.output_text(unicode=False, color=False, show_all=False))
    if out:
        Path(out).write_text(prof.output_html(), encoding="utf-8")
        print(f"profile written to {out}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,5000,all",
                    help="comma-separated sample sizes, 'all' for every story with a body")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--n-process", type=int, default=1,
                    help="processes: nlp.pipe(n_process) for the bare pass, code_parallel for the full one")
    ap.add_argument("--model", default=None)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
    ap.add_argument("--stages", type=int, metavar="N", help="only time each component over N articles")
    ap.add_argument("--profile", type=int, metavar="N", help="only profile N articles (pyinstrument)")
    ap.add_argument("--profile-out", default=None, help="HTML file for --profile")
    ap.add_argument("--json", default=None, help="also write the figures to this JSON file")
    ap.add_argument("--add-events", type=float, default=None, metavar="P",
                    help="also let the event model add events at P(type) >= P (opt-in setting)")
    args = ap.parse_args(argv)
    try:
        import torch

        torch.set_num_threads(args.threads)
    except ImportError:
        pass

    from chronist.pipeline import Pipeline

    t0 = time.perf_counter()
    pipe = Pipeline(model=args.model, batch_size=args.batch_size, add_events=args.add_events)
    load_s = time.perf_counter() - t0
    print(f"model: {pipe.nlp.meta.get('name')} {pipe.nlp.meta.get('version')}  "
          f"components: {','.join(pipe.nlp.pipe_names)}")
    print(f"pipeline load s: {load_s:.1f}  batch size: {args.batch_size}  n_process: {args.n_process}")
    if args.stages:
        print_stage_times(stage_times(pipe, list(_sample(args.stages))), args.stages)
        return
    if args.profile:
        profile(pipe, args.profile, args.profile_out)
        return

    sizes = [None if s.strip() == "all" else int(s) for s in args.sizes.split(",")]
    results = []
    # warm-up: first batches pay one-off costs (lazy tables, allocator growth)
    for _ in pipe.code_articles(_sample(2 * args.batch_size)):
        pass
    header = (f"{'N':>6} {'bare art/s':>10} {'full art/s':>10} {'ratio':>6} {'full words/s':>12} "
              f"{'ms/article':>10} {'ms/1k words':>11} {'events':>7} {'RSS MB':>7} {'peak MB':>8}")
    print("\n" + header)
    for n in sizes:
        bare = bare_pass(pipe, n, args.n_process)
        full = full_pass(pipe, n, args.n_process)
        row = {"n": full["articles"], "bare_s": bare["s"], "full_s": full["s"],
               "bare_articles_per_s": bare["articles"] / bare["s"],
               "full_articles_per_s": full["articles"] / full["s"],
               "full_words_per_s": full["words"] / full["s"],
               "bare_words_per_s": bare["words"] / bare["s"],
               "ratio": (full["articles"] / full["s"]) / (bare["articles"] / bare["s"]),
               "ms_per_article": 1000 * full["s"] / full["articles"],
               "ms_per_1k_words": 1e6 * full["s"] / full["words"],
               "events": full["events"], "stage_errors": full["stage_errors"],
               "words": full["words"], "rss_mb": _rss_mb(), "peak_rss_mb": _peak_rss_mb()}
        results.append(row)
        print(f"{row['n']:>6} {row['bare_articles_per_s']:>10.1f} {row['full_articles_per_s']:>10.1f} "
              f"{row['ratio']:>6.2f} {row['full_words_per_s']:>12.0f} {row['ms_per_article']:>10.1f} "
              f"{row['ms_per_1k_words']:>11.1f} {row['events']:>7} {row['rss_mb']:>7.0f} "
              f"{row['peak_rss_mb']:>8.0f}", flush=True)
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(f"\nlinearity: ms/article at N={last['n']} / at N={first['n']}: "
              f"{last['ms_per_article'] / first['ms_per_article']:.3f}  "
              f"(ms/1k words: {last['ms_per_1k_words'] / first['ms_per_1k_words']:.3f})")
    print(f"peak RSS MB: {_peak_rss_mb():.0f}"
          + (f"  (largest worker: {_peak_child_rss_mb():.0f})" if args.n_process > 1 else ""))
    if args.json:
        Path(args.json).write_text(json.dumps({"load_s": load_s, "batch_size": args.batch_size,
                                               "n_process": args.n_process, "results": results},
                                              indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
