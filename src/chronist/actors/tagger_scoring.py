"""Exact-match span scoring and CoNLL reading for the actor/recipient tagger.

The data format is the Multi-CoPED CAMEO actor-span file published with ConfliBERT
(Hu et al., NAACL 2022): one ``token TAG`` pair per line, a blank line between
sentences, BIO tags over three roles: ``S`` source actor, ``T`` target actor and
``R`` reciprocal/compound actor.

Scoring follows the CoNLL-2000 ``conlleval`` convention: a predicted span counts
as correct only if its start, end and role all equal a gold span's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = ["ROLES", "Span", "bio_to_spans", "read_conll", "score_spans"]

#: Roles of the Multi-CoPED actor-span data: source, target, reciprocal.
ROLES: tuple[str, ...] = ("S", "T", "R")

#: ``(start, end, role)``: token or character offsets, end exclusive.
Span = tuple[int, int, str]


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Read a two-column BIO file into sentences.

    Parameters
    ----------
    path
        File with one ``token TAG`` per line and blank lines between sentences.

    Returns
    -------
    list of (tokens, tags)
        One pair of equal-length lists per sentence.

    Raises
    ------
    ValueError
        If a non-blank line does not have exactly two whitespace-separated fields.
    """
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    sentences.append((tokens, tags))
                    tokens, tags = [], []
                continue
            parts = line.split()
            if len(parts) != 2:
                raise ValueError(f"{path}:{lineno}: expected 'token TAG', got {line!r}")
            tokens.append(parts[0])
            tags.append(parts[1])
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def bio_to_spans(tags: Sequence[str]) -> list[Span]:
    """Convert BIO tags to token spans.

    An ``I-X`` tag that does not continue a span of role ``X`` opens a new span,
    as in CoNLL-2000 ``conlleval``.

    Parameters
    ----------
    tags
        Tags such as ``"O"``, ``"B-S"``, ``"I-T"``; length n_tokens.

    Returns
    -------
    list of (start, end, role)
        Token offsets, end exclusive, in order.
    """
    spans: list[Span] = []
    start: int | None = None
    role = ""
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and start is not None and label == role
        if start is not None and not continues:
            spans.append((start, i, role))
            start = None
        if prefix in ("B", "I") and not continues:
            start, role = i, label
    return spans


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def score_spans(
    gold: Iterable[Iterable[Span]],
    pred: Iterable[Iterable[Span]],
    *,
    roles: Sequence[str] = ROLES,
) -> dict[str, object]:
    """Role-aware exact-match span precision, recall and F1.

    Parameters
    ----------
    gold, pred
        Per sentence, the gold and predicted ``(start, end, role)`` spans (token or
        character offsets; both sides must use the same unit). Same number of
        sentences on both sides.
    roles
        Roles to report; spans of other roles count in ``"all"`` only.

    Returns
    -------
    dict
        ``{role: {"p", "r", "f1", "tp", "fp", "fn"}}`` for each role (micro over
        sentences), ``"all"`` (micro over all roles), and ``"macro_ST_f1"``, the
        mean of the S and T F1 (the ConfliBERT / issue 5 headline figure).

    Raises
    ------
    ValueError
        If gold and pred differ in number of sentences.
    """
    gold_l = [set(map(tuple, g)) for g in gold]
    pred_l = [set(map(tuple, p)) for p in pred]
    if len(gold_l) != len(pred_l):
        raise ValueError(f"gold has {len(gold_l)} sentences, pred has {len(pred_l)}")
    counts = {r: [0, 0, 0] for r in roles}
    total = [0, 0, 0]
    for g, p in zip(gold_l, pred_l):
        for span in p:
            hit = span in g
            c = counts.get(span[2])
            if c is not None:
                c[0 if hit else 1] += 1
            total[0 if hit else 1] += 1
        for span in g - p:
            c = counts.get(span[2])
            if c is not None:
                c[2] += 1
            total[2] += 1
    out: dict[str, object] = {r: _prf(*counts[r]) for r in roles}
    out["all"] = _prf(*total)
    st = [out[r]["f1"] for r in ("S", "T") if r in out]  # type: ignore[index]
    out["macro_ST_f1"] = sum(st) / len(st) if st else 0.0
    return out
