"""A faster equivalent of the attribute ruler (speed only; same annotations).

The English pipelines' ``attribute_ruler`` first maps every fine-grained tag to a coarse POS
and morphological features (one single-token ``{"TAG": ...}`` pattern per tag, 56 patterns in
``en_core_web_sm`` 3.8), then applies 123 exception patterns ("a" is
``Definite=Ind``, "do" as ``ROOT`` is a VERB, ...). spaCy applies every match in Python, one
``Span`` and one morphology parse per token, which cost about 8% of the whole Chronist
pipeline on Wikinews (13.6 s of 173 s for 295 articles on one core). :class:`TagMap` applies
the tag-map prefix with two array operations per document. The exception patterns then cost
7.2 s of 120 s, most of it spaCy's ``Matcher`` trying all 123 patterns at every token;
:class:`ExceptionRules` finds the same matches through an index on the first token's lower-case
form and applies them in pattern order with spaCy's own ``set_token_attrs``, as the ruler does
(later patterns take precedence). Patterns it cannot read (operators other than ``IN``,
``NOT_IN`` and ``REGEX``, quantifiers, extension attributes) leave spaCy's ruler in place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.symbols import IDS
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["EXCEPTIONS_NAME", "NAME", "ExceptionRules", "TagMap", "speed_up_attribute_ruler"]

_FACTORY = "chronist_tag_map"
_EXC_FACTORY = "chronist_attribute_exceptions"
#: Name of the component in the pipeline (before ``attribute_ruler``).
NAME = "tag_map"
#: Name of the :class:`ExceptionRules` component that replaces ``attribute_ruler``.
EXCEPTIONS_NAME = "attribute_exceptions"


class TagMap:
    """Set POS and MORPH from the fine-grained tag, as an attribute ruler's tag map would.

    Parameters
    ----------
    vocab : spacy.vocab.Vocab
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self._pos: dict[int, int] = {}
        self._morph: dict[int, int] = {}

    def set_table(self, table: dict[str, dict[str, str]]) -> None:
        """Install the map: tag string -> ``{"POS": ..., "MORPH": ...}`` (either key optional)."""
        for tag, attrs in table.items():
            key = self.vocab.strings.add(tag)
            if "POS" in attrs:
                self._pos[key] = IDS[attrs["POS"]]
            if "MORPH" in attrs:
                self._morph[key] = self.vocab.morphology.add(attrs["MORPH"])

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([TAG, POS, MORPH])
        pos = arr[:, 1].copy()
        morph = arr[:, 2].copy()
        for i, tag in enumerate(arr[:, 0].tolist()):
            p = self._pos.get(tag)
            if p is not None:
                pos[i] = p
            m = self._morph.get(tag)
            if m is not None:
                morph[i] = m
        doc.from_array([POS, MORPH], np.stack([pos, morph], axis=1).astype(arr.dtype))
        return doc


@Language.factory(_FACTORY)
def make_tag_map(nlp: Language, name: str) -> TagMap:
    return TagMap(nlp.vocab)


#: Token attributes an exception pattern may test; a test reads column ``_COLUMNS.index(attr)``
#: of ``Doc.to_array(_ATTR_IDS)``.
_COLUMNS: tuple[str, ...] = ("LOWER", "ORTH", "TAG", "DEP", "POS", "IS_SPACE")
_ATTR_IDS = [LOWER, ORTH, TAG, DEP, POS, IS_SPACE]


class _Test:
    """One attribute test of one pattern token: the value in column ``col`` is (``op`` "in") or
    is not (``"not_in"``) one of ``values`` (string hashes), or its string matches ``regex``."""

    __slots__ = ("col", "op", "values", "array", "regex")

    def __init__(self, col: int, op: str, values: frozenset[int], regex: re.Pattern | None) -> None:
        self.col, self.op, self.values, self.regex = col, op, values, regex
        self.array = np.array(sorted(values), dtype=np.uint64)  # for np.isin over a column


class ExceptionRules:
    """Apply attribute-ruler patterns as spaCy's ``AttributeRuler`` does, without its Matcher.

    All matches are found first, on the annotations as they were before the component ran,
    then applied in pattern order with spaCy's ``set_token_attrs`` and the ruler's own
    normalised attributes, so later patterns win, as in ``AttributeRuler.match``.

    Parameters
    ----------
    vocab : spacy.vocab.Vocab
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        #: (normalised attrs, token index, tests per pattern token) per alternative, in order.
        self._rules: list[tuple[dict, int, list[list[_Test]]]] = []
        self._by_first: dict[tuple[int, int], tuple[int, ...]] = {}  # (column, hash) -> rules
        self._scan: list[int] = []  # rules whose first token has no LOWER/ORTH value to index
        self._first_keys: dict[int, np.ndarray] = {}  # column -> indexed hashes
        self._regex_hits: dict[tuple[int, int], bool] = {}

    def compile(self, patterns: list[dict[str, Any]], attrs: list[dict], indices: list[int]) -> bool:
        """Install an ``AttributeRuler``'s ``patterns`` with its normalised ``attrs`` and
        ``indices`` (its ``.patterns``, ``.attrs``, ``.indices``, in order).

        Returns
        -------
        bool
            False, installing nothing, when a pattern uses an attribute or operator that this
            class does not read.
        """
        rules = []
        for pattern, norm_attrs, index in zip(patterns, attrs, indices, strict=True):
            for alternative in pattern["patterns"]:
                tokens = [self._tests(spec) for spec in alternative]
                if not tokens or any(t is None for t in tokens):
                    return False
                rules.append((norm_attrs, index, tokens))
        by_first: dict[tuple[int, int], list[int]] = {}
        scan = []
        for k, (_, _, tokens) in enumerate(rules):
            first = next((t for t in tokens[0] if t.col in (0, 1) and t.op == "in"), None)
            if first is None:
                scan.append(k)
            else:
                for value in first.values:
                    by_first.setdefault((first.col, value), []).append(k)
        self._rules, self._scan = rules, scan
        self._by_first = {key: tuple(ks) for key, ks in by_first.items()}
        self._first_keys = {col: np.array(sorted({v for c, v in by_first if c == col}), dtype=np.uint64)
                            for col in (0, 1)}
        return True

    def _tests(self, spec: dict[str, Any]) -> list[_Test] | None:
        strings = self.vocab.strings
        tests = []
        for attr, value in spec.items():
            if attr not in _COLUMNS:
                return None
            col = _COLUMNS.index(attr)
            if attr == "IS_SPACE":
                if not isinstance(value, bool):
                    return None
                tests.append(_Test(col, "in", frozenset({int(value)}), None))
            elif isinstance(value, str):
                tests.append(_Test(col, "in", frozenset({strings.add(value) if value else 0}), None))
            elif isinstance(value, dict) and len(value) == 1:
                ((op, arg),) = value.items()
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    hashes = frozenset(strings.add(v) if v else 0 for v in arg)
                    tests.append(_Test(col, "in" if op == "IN" else "not_in", hashes, None))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append(_Test(col, "regex", frozenset(), re.compile(arg)))
                else:
                    return None
            else:
                return None
        return tests

    def _passes(self, tests: list[_Test], row: list[int]) -> bool:
        for t in tests:
            v = row[t.col]
            if t.op == "in":
                if v not in t.values:
                    return False
            elif t.op == "not_in":
                if v in t.values:
                    return False
            else:
                key = (id(t), v)
                hit = self._regex_hits.get(key)
                if hit is None:
                    hit = self._regex_hits[key] = bool(t.regex.search(self.vocab.strings[v]))
                if not hit:
                    return False
        return True

    def _scan_starts(self, arr: np.ndarray, tests: list[_Test]) -> np.ndarray:
        """Positions whose token passes ``tests``, by array operations (regex tests are left to
        :meth:`_passes`)."""
        mask = np.ones(len(arr), dtype=bool)
        for t in tests:
            if t.op != "regex":
                hit = np.isin(arr[:, t.col], t.array)
                mask &= hit if t.op == "in" else ~hit
        return np.flatnonzero(mask)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        arr = doc.to_array(_ATTR_IDS)
        rows = arr.tolist()
        starts: list[tuple[int, int]] = []  # (rule, start) candidates
        for col, keys in self._first_keys.items():
            if len(keys):
                for i in np.flatnonzero(np.isin(arr[:, col], keys)).tolist():
                    starts.extend((k, i) for k in self._by_first[col, rows[i][col]])
        for k in self._scan:
            starts.extend((k, int(i)) for i in self._scan_starts(arr, self._rules[k][2][0]))
        matches = []  # all found before any is applied, as the Matcher does
        for k, i in starts:
            tokens = self._rules[k][2]
            end = i + len(tokens)
            if end <= n and all(self._passes(t, rows[i + j]) for j, t in enumerate(tokens)):
                matches.append((k, i, end))
        matches.sort()
        for k, start, end in matches:
            attrs, index, _ = self._rules[k]
            set_token_attrs(doc[start:end][index], attrs)
        return doc


@Language.factory(_EXC_FACTORY)
def make_exception_rules(nlp: Language, name: str) -> ExceptionRules:
    return ExceptionRules(nlp.vocab)


def _is_tag_map_pattern(p: dict[str, Any]) -> bool:
    pats = p["patterns"]
    return (
        len(pats) == 1 and len(pats[0]) == 1 and set(pats[0][0]) == {"TAG"}
        and isinstance(pats[0][0]["TAG"], str) and p.get("index", 0) == 0
        and set(p["attrs"]) <= {"POS", "MORPH"}
    )


def speed_up_attribute_ruler(nlp: Language) -> bool:
    """Replace ``attribute_ruler`` by a :class:`TagMap` and :class:`ExceptionRules`.

    The longest prefix of tag-map patterns goes to the :class:`TagMap`, the rest to
    :class:`ExceptionRules` (``attribute_ruler`` is removed). When a remaining pattern is one
    :class:`ExceptionRules` cannot read, the rest stays in ``attribute_ruler``. Either way
    patterns apply in their order (later ones win), so the annotations are unchanged. Does
    nothing for a pipeline without an enabled ``attribute_ruler`` or whose ruler does not start
    with tag-map patterns.

    Returns
    -------
    bool
        Whether the pipeline was changed.
    """
    if "attribute_ruler" not in nlp.pipe_names or NAME in nlp.component_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = list(ruler.patterns)
    k = 0
    while k < len(patterns) and _is_tag_map_pattern(patterns[k]):
        k += 1
    if k == 0:
        return False
    table: dict[str, dict[str, str]] = {}
    for p in patterns[:k]:
        table.setdefault(p["patterns"][0][0]["TAG"], {}).update(p["attrs"])
    comp = nlp.add_pipe(_FACTORY, name=NAME, before="attribute_ruler")
    comp.set_table(table)
    exceptions = nlp.add_pipe(_EXC_FACTORY, name=EXCEPTIONS_NAME, after="attribute_ruler")
    if exceptions.compile(patterns[k:], list(ruler.attrs[k:]), list(ruler.indices[k:])):
        nlp.remove_pipe("attribute_ruler")
    else:
        nlp.remove_pipe(EXCEPTIONS_NAME)
        ruler.clear()
        ruler.add_patterns(patterns[k:])
    return True
