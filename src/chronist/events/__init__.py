"""Event coding: PLOVER triggers, types, modes, CAMEO codes, auxiliary modes and records."""

from chronist.events._acled import acled_type
from chronist.events._coder import aux_modes, find_events
from chronist.events._mention import ActorMention, EventMention
from chronist.events._plover import (
    DEFAULT_CAMEO,
    EVENT_TYPES,
    PLOVER_SCORES,
    QUAD_CLASS,
    crosswalk,
    plover_for_cameo,
    plover_intensity,
)
from chronist.events._record import event_id, to_record

__all__ = ["EventModel", "SentencePrediction", "get_event_model", "ActorMention", "DEFAULT_CAMEO", "EVENT_TYPES", "EventMention", "PLOVER_SCORES",
           "QUAD_CLASS", "acled_type", "aux_modes", "crosswalk", "event_id", "find_events",
           "plover_for_cameo", "plover_intensity", "to_record"]


def __getattr__(name: str):
    # the learned model needs the `ml` extra (torch, transformers, scikit-learn): import lazily
    if name in ("EventModel", "SentencePrediction", "get_event_model"):
        from chronist.events import model

        return getattr(model, name)
    raise AttributeError(f"module 'chronist.events' has no attribute {name!r}")
