"""Chronist's ``Doc`` extension attributes, registered once (spaCy "processing pipelines",
best practices). Import this module before reading ``doc._.*``.

- ``doc._.dct``: ``datetime.date``, the document creation time (set by the caller).
- ``doc._.doc_id``: ``str``.
- ``doc._.timexes``: ``list[chronist.temporal.Timex]`` (temporal stage).
- ``doc._.places``: ``list[chronist.geo.Place]`` (geo stage).
- ``doc._.events``: ``list[chronist.events.EventMention]`` (event, actor and argument stages).
- ``doc._.focus``: ``chronist.geo.Place | None``, the article's dominant place.
- ``doc._.errors``: ``list[str] | None``, stage failures on this doc (the batch goes on).
- ``doc._.encoder_states``: ``dict[int, chronist.events.model.PieceStates] | None``, per event
  sentence (keyed by its first token's index) the event model encoder's hidden states, left by
  its forward pass for the actor tagger, which reads them and clears them (the way
  spacy-transformers shares one transformer pass through ``doc._.trf_data``).
"""

from __future__ import annotations

from spacy.tokens import Doc

_ATTRS = {"dct": None, "doc_id": None, "timexes": None, "places": None, "events": None,
          "focus": None, "errors": None, "encoder_states": None}

for _name, _default in _ATTRS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
