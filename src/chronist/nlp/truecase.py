"""All-capital headlines, parsed as if written in ordinary case (two spaCy components).

Wire headlines in capitals ("IRAQ THREATENS AIR RAIDS", Reuters-21578) reach the tagger,
parser and recogniser as a run of ``XXXX``-shaped tokens, which they read as one long proper
name: the verb is lost and no event is coded. ``truecase`` (first in the pipeline)
hands the statistical components a copy of the document in which each line written wholly in
capitals (at least :data:`MIN_WORDS` words) is in ordinary case; ``recase`` (after
``ner``) puts the original words back and keeps the annotations. Tokens are the same one for
one, so every character offset, span and entity refers to the original text.

Ordinary case of a capitalised word, in order (after the in-document truecasing of Lita et
al., "tRuEcasIng", ACL 2003, simplified to one document):

1. the form the word most often has elsewhere in the document, away from a sentence start
   ("Iraq", "EC", "Reagan");
2. as written if it holds a digit or a full stop ("U.S.", "F-16", "1987"), or is a country
   abbreviation of :mod:`chronist.geo.countries` ("UK", "UAE");
3. title case if it (or it and the next word) names a country or nationality ("Iraq",
   "South Korea", "Iranian");
4. otherwise lower case; the line's first word then takes a capital.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RECASE", "TRUECASE", "add_truecasing", "caps_lines", "truecase_words"]

#: Component names in the pipeline (their factories are ``chronist_truecase`` and
#: ``chronist_recase``), beside spaCy's own, as ``tag_map`` is.
TRUECASE = "truecase"
RECASE = "recase"
#: Fewest words (alphabetic tokens) for a line in capitals to count as a headline.
MIN_WORDS = 3
_KEY = "chronist.original_words"
_ANNOTATIONS = [TAG, POS, MORPH, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE, ENT_KB_ID]
_CAPS_WORD = re.compile(r"[A-Z]{2,}")


def _maybe(text: str) -> bool:
    """Cheap pre-check, linear in the text: some line with two capitalised words and no
    lower-case letter."""
    return any(
        len(_CAPS_WORD.findall(line)) >= 2 and not any(c.islower() for c in line)
        for line in text.split("\n")
        if _CAPS_WORD.search(line)
    )


def caps_lines(doc: Doc) -> list[list[Token]]:
    """The token runs of ``doc`` that are lines written wholly in capitals, with at least
    :data:`MIN_WORDS` alphabetic tokens and no lower-case letter."""
    text = doc.text
    if not _maybe(text):
        return []
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines: dict[int, list] = defaultdict(list)
    for tok in doc:
        if not tok.is_space:
            lines[bisect.bisect_right(starts, tok.idx) - 1].append(tok)
    out = []
    for toks in lines.values():
        alpha = [t for t in toks if any(c.isalpha() for c in t.text)]
        if len(alpha) >= MIN_WORDS and not any(c.islower() for t in toks for c in t.text):
            out.append(toks)
    return out


def _country(words: str) -> bool:
    from chronist.geo.countries import country_code

    return country_code(words) is not None


def _abbreviation(word: str) -> bool:
    from chronist.geo.countries import country_tables

    return word in country_tables().abbrs


def truecase_words(doc: Doc, lines: list[list[Token]]) -> list[str]:
    """The words of ``doc`` with the tokens of ``lines`` in ordinary case (module docstring).

    Returns
    -------
    list of str
        One word per token of ``doc``; tokens outside ``lines`` unchanged.
    """
    in_caps = {t.i for toks in lines for t in toks}
    forms: dict[str, Counter] = defaultdict(Counter)
    for tok in doc:
        if tok.i in in_caps or tok.is_sent_start or tok.i == 0 or not tok.is_alpha:
            continue
        prev = doc[tok.i - 1]
        if prev.is_space or prev.text in (".", "!", "?", '"', "“", ":"):
            continue
        forms[tok.lower_][tok.text] += 1
    words = [t.text for t in doc]
    for toks in lines:
        first = True
        for k, tok in enumerate(toks):
            w = tok.text
            if not any(c.isalpha() for c in w):
                continue
            seen = forms.get(w.lower())
            if seen:
                new = seen.most_common(1)[0][0]
            elif any(c.isdigit() or c == "." for c in w) or _abbreviation(w):
                new = w
            elif _country(w.title()):
                new = w.title()
            elif k + 1 < len(toks) and _country(f"{w} {toks[k + 1].text}".title()):
                new = w.title()
                words[toks[k + 1].i] = toks[k + 1].text.title()
            elif words[tok.i] != w:  # already set as the second word of a country name
                new = words[tok.i]
            else:
                new = w.lower()
            if first and new[:1].islower():
                new = new[:1].upper() + new[1:]
            first = False
            words[tok.i] = new
    return words


class Truecase:
    """First component: a copy of the document with its capitalised lines in ordinary case."""

    def __call__(self, doc: Doc) -> Doc:
        lines = caps_lines(doc)
        if not lines:
            return doc
        words = truecase_words(doc, lines)
        spaces = [bool(t.whitespace_) for t in doc]
        user_data = doc.user_data
        user_data[_KEY] = [t.text for t in doc]
        out = Doc(doc.vocab, words=words, spaces=spaces, user_data=user_data)
        out._context = doc._context  # what nlp.pipe(as_tuples=True) hands back with the doc
        return out


class Recase:
    """Component after ``ner``: the original words back, with the annotations kept."""

    def __call__(self, doc: Doc) -> Doc:
        original = doc.user_data.pop(_KEY, None)
        if original is None:
            return doc
        spaces = [bool(t.whitespace_) for t in doc]
        out = Doc(doc.vocab, words=original, spaces=spaces, user_data=doc.user_data)
        out.from_array(_ANNOTATIONS, doc.to_array(_ANNOTATIONS))
        out.tensor = doc.tensor
        out._context = doc._context
        return out


@Language.factory("chronist_truecase")
def _make_truecase(nlp: Language, name: str) -> Truecase:
    return Truecase()


@Language.factory("chronist_recase")
def _make_recase(nlp: Language, name: str) -> Recase:
    return Recase()


def add_truecasing(nlp: Language) -> None:
    """Add :data:`TRUECASE` first and :data:`RECASE` last (after ``ner``) to a loaded
    pipeline, once."""
    if TRUECASE not in nlp.pipe_names:
        nlp.add_pipe("chronist_truecase", name=TRUECASE, first=True)
    if RECASE not in nlp.pipe_names:
        nlp.add_pipe("chronist_recase", name=RECASE, last=True)
