"""The whole job: articles in, PLOVER event records out.

>>> from chronist import Pipeline
>>> pipe = Pipeline()                                   # loads the models once
>>> for article, events in pipe.code_articles(articles): ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import chronist.components as components
from chronist.events import to_record
from chronist.io import Article
from chronist.nlp import load_nlp


#: spaCy's default ``nlp.max_length`` (characters): longer texts raise spaCy error E088.
MAX_CHARS = 1_000_000


def too_long(article: Article, limit: int = MAX_CHARS) -> str | None:
    """An error message when ``article.text`` is longer than ``limit`` characters (the spaCy
    pipeline's ``nlp.max_length``), else ``None``."""
    n = len(article.text)
    if n <= limit:
        return None
    return (f"text of {n:,} characters is over "
            f"the {limit:,}-character limit of the spaCy pipeline (nlp.max_length); "
            "split the article")


#: Text coded by :meth:`Pipeline.warm_up`: dates, places, actors and events of several types.
WARM_UP_TEXT = ("On February 20, Armenian protesters in Yerevan demanded that Prime Minister Nikol "
                "Pashinyan resign, police said. Russian troops attacked rebels near Donetsk on "
                "Monday.")


class Pipeline:
    """Load the spaCy model and Chronist's components once; code many articles in batches.

    Parameters
    ----------
    model : str or None
        spaCy pipeline name or path (default: see :func:`chronist.nlp.load_nlp`).
    batch_size : int, default 32
        Documents per ``nlp.pipe`` batch. Memory grows with it, not with the corpus size.
    n_process : int, default 1
        Must be 1: spaCy's multiprocessing cannot carry ``doc._`` values between processes.
        Use :func:`chronist.scale.code_parallel` (forked workers) or ``--engine ray`` instead.
    include_aux : bool, default False
        Keep negated and hypothetical events in :meth:`code_articles` output (they always carry
        their ``aux_modes``; PLOVER manual 2.0, "Auxiliary modes": negated events can be excluded).
        Without it, the learned models spend no time on them: a sentence whose events are all
        negated or hypothetical is not scored by the event model, and their actors come from
        the parse only (``EventModelComponent.score_aux``, ``ActorsComponent.tag_aux``), so
        in :meth:`annotate`'s ``doc._.events`` such events keep their rule confidence.
    require_actor : bool, default True
        Output only events with at least one actor (PLOVER codes who did what to whom; an
        event with only a recipient, such as "protesters' demands", is left out).
    add_events : float or None, default None
        Also code sentences the rules leave empty when the learned event model gives one PLOVER
        type at least this probability (``EventModelComponent.add_events``; 0.5 raises dev type
        macro-F1 from 0.607 to 0.622 and costs about a fifth of the speed). Set on the shared
        component at each :meth:`annotate`, so Pipelines over the same spaCy model should not
        be interleaved with different values.
    calibrate : bool, default True
        Map the confidence of model-scored events to a calibrated probability
        (:mod:`chronist.events.calibration`, Platt scaling); False gives the uncalibrated
        confidence (``training/calibrate_confidence.py`` fits on it). Set on the shared
        component at each :meth:`annotate`, like ``add_events``.
    """

    def __init__(self, *, model: str | None = None, batch_size: int = 32, n_process: int = 1,
                 include_aux: bool = False, require_actor: bool = True,
                 add_events: float | None = None, calibrate: bool = True) -> None:
        if n_process != 1:
            raise ValueError(
                f"Invalid value for 'n_process': expected 1, got {n_process!r}; use "
                "chronist.scale.code_parallel(articles, n_process=N) for several processes")
        self.batch_size = batch_size
        self.require_actor = require_actor
        self.n_process = n_process
        self.include_aux = include_aux
        self.add_events = add_events
        self.calibrate = calibrate
        base = load_nlp(model)
        self.nlp: Language = _with_components(base)

    def annotate(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc]]:
        """Yield ``(article, doc)`` with every ``doc._`` attribute filled, in input order."""
        if "chronist_event_model" in self.nlp.pipe_names:
            self.nlp.get_pipe("chronist_event_model").add_events = self.add_events
            self.nlp.get_pipe("chronist_event_model").score_aux = self.include_aux
        if "chronist_actors" in self.nlp.pipe_names:
            self.nlp.get_pipe("chronist_actors").tag_aux = self.include_aux
        if "chronist_calibration" in self.nlp.pipe_names:
            self.nlp.get_pipe("chronist_calibration").enabled = self.calibrate

        def docs() -> Iterator[tuple[Doc, Article]]:
            for article in articles:
                too_long = self.too_long(article)
                doc = self.nlp.make_doc("" if too_long else article.text)
                if too_long:
                    doc._.errors = [too_long]
                doc._.dct = article.pub_date
                doc._.doc_id = article.doc_id
                yield doc, article

        for doc, article in self.nlp.pipe(docs(), as_tuples=True, batch_size=self.batch_size,
                                          n_process=self.n_process):
            yield article, doc

    def warm_up(self) -> None:
        """Code one short built-in text, so that what loads on first use (gazetteers, actor
        dictionaries, the models' first calls: about 1.2 s on this machine) is loaded now.
        Called before worker processes are forked from this pipeline
        (:func:`chronist.scale.code_parallel`), so that they share it instead of each loading
        it again."""
        self.code(WARM_UP_TEXT, dt.date(2021, 2, 25), doc_id="warm-up")

    def too_long(self, article: Article) -> str | None:
        """:func:`too_long` with this pipeline's ``nlp.max_length``. Such an article is coded
        as empty and the message goes to ``doc._.errors``, so the rest of the batch goes on."""
        return too_long(article, self.nlp.max_length)

    def records(self, article: Article, doc: Doc) -> list[dict[str, Any]]:
        """Event records for an annotated document (see README, "The event record")."""
        sent_index = {s.start: i for i, s in enumerate(doc.sents)}
        out = []
        for event in doc._.events or []:
            if not self.include_aux and not event.plain:
                continue
            if self.require_actor and not event.actors:
                continue
            out.append(to_record(doc, event, doc_id=article.doc_id,
                                 content_hash=article.content_hash, sent_index=sent_index))
        return out

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
        """Yield ``(article, events)`` for each article, streaming, in input order."""
        for article, doc in self.annotate(articles):
            yield article, self.records(article, doc)

    def code(self, text: str, pub_date: dt.date | str, *, doc_id: str = "doc") -> list[dict[str, Any]]:
        """Code one text. ``pub_date`` is the DCT (``date`` or ``YYYY-MM-DD``)."""
        if isinstance(pub_date, str):
            pub_date = dt.date.fromisoformat(pub_date)
        article = Article(doc_id=doc_id, pub_date=pub_date, title=None, text=text)
        return next(self.code_articles([article]))[1]


_BUILT: dict[int, Language] = {}


def _with_components(base: Language) -> Language:
    """Add Chronist's components to a loaded pipeline (once per pipeline object)."""
    key = id(base)
    if key not in _BUILT:
        for name in components.COMPONENTS:
            if name not in base.pipe_names:
                base.add_pipe(name)
        _BUILT[key] = base
    return _BUILT[key]


_DEFAULT: Pipeline | None = None


def code(text: str, pub_date: dt.date | str, *, include_aux: bool = False) -> list[dict[str, Any]]:
    """Code one article's text with a process-wide default :class:`Pipeline`.

    Parameters
    ----------
    text : str
    pub_date : date or str
        The document creation time (``YYYY-MM-DD``).
    include_aux : bool, default False
        Also return negated and hypothetical events.

    Returns
    -------
    list of dict
        Event records (README, "The event record").
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    _DEFAULT.include_aux = include_aux
    return _DEFAULT.code(text, pub_date)
