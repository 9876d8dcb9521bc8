"""Event coding: PLOVER triggers, types, modes, CAMEO codes, auxiliary modes and records."""

from chronist.events._acled import acled_type
from chronist.events._coder import aux_modes, find_events
from chronist.events._mention import ActorMention, EventMention
from chronist.events._plover import (
    DEFAULT_CAMEO,
    EVENT_TYPES,
    PLOVER_SCORE,
    QUAD_CLASS,
    crosswalk,
    plover_for_cameo,
)
from chronist.events._record import event_id, to_record

__all__ = ["ActorMention", "DEFAULT_CAMEO", "EVENT_TYPES", "EventMention", "PLOVER_SCORE",
           "QUAD_CLASS", "acled_type", "aux_modes", "crosswalk", "event_id", "find_events",
           "plover_for_cameo", "to_record"]
