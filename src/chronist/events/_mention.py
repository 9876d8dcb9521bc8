"""``EventMention`` and ``ActorMention``: the in-document event objects that the stages fill."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ActorMention:
    """An actor or recipient of an event.

    Attributes
    ----------
    start, end : int or None
        Character offsets into ``doc.text``; ``None`` for an implied actor.
    text : str or None
        The phrase; ``None`` for an implied actor (:meth:`implied_attacker`).
    name : str or None
        Canonical name (a person's full name, or e.g. "Armenia" / "United Nations").
    country : str or None
        ISO 3166 alpha-3, or an IGO code such as ``IGOUNO``.
    sector : str or None
        PLOVER sector code (PLOVER manual 2.0, "Sector Codes"), plus ``PRO`` for protesters.
    country_source : str or None
        ``"text"`` when the phrase, a dictionary entry or a coreferent mention names the
        country; ``"context"`` when it is inferred from the event's place or the article's
        dominant country (a domestic sector or a person with no other evidence);
        ``"location"`` when an unnamed group or person ("several thousand people") takes the
        country of the event's own place; ``"focus"`` when a named person with no country of
        their own takes the article's focus country (one country dominating its mentions).
    head : int or None
        Token index of the phrase head (internal); ``None`` for an implied actor.
    """

    start: int | None
    end: int | None
    text: str | None
    head: int | None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    country_source: str | None = None

    @classmethod
    def implied_attacker(cls, country: str | None) -> ActorMention:
        """The unnamed perpetrator of an attack the text reports without one ("a roadside bomb
        exploded", "four teenagers were shot"): ACLED's "Unidentified Armed Group (country)"
        (ACLED Codebook 2023, "Actors"), sector ``UAF``, with the country of the event's place
        when it has one (``country_source`` ``"location"``; the actors stage falls back to the
        article's focus country, ``"focus"``), and no text span."""
        return cls(start=None, end=None, text=None, head=None, name="Unidentified armed group",
                   country=country, sector="UAF", country_source="location" if country else None)

    def to_record(self) -> dict[str, Any]:
        source = self.country_source or ("text" if self.country else None)
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "country": self.country, "sector": self.sector, "country_source": source}


@dataclass
class EventMention:
    """One coded event in a document.

    Attributes
    ----------
    trigger : tuple of int
        Token indices ``(start, end)`` of the trigger.
    event_type : str
        One of the 16 PLOVER types.
    mode : str or None
    cameo_code : str
    contexts : list of str
    aux_modes : set of str
        Subset of {"negated", "hypothetical", "future", "historical"} (PLOVER manual 2.0,
        "Auxiliary modes").
    confidence : float
        0 to 1.
    source : str
        What found it: "lexicon" (a trigger word), "pattern" (multi-word evidence: a particle,
        a compound, a verb with its object or complement), "model"; "+model" and "+retyped"
        are appended when the sentence model confirmed or retyped it, "+calibrated" when its
        confidence was calibrated (:mod:`chronist.events.calibration`).
    background : bool
        Whether the trigger stands in a clause or phrase that sets the scene for the sentence's
        main event (:func:`chronist.events._coder.background`): the sentence model's support
        counts half for it.
    """

    trigger: tuple[int, int]
    event_type: str
    mode: str | None
    cameo_code: str
    contexts: list[str] = field(default_factory=list)
    aux_modes: set[str] = field(default_factory=set)
    confidence: float = 0.5
    source: str = "lexicon"
    requires_agent: bool = False
    background: bool = False
    actors: list[ActorMention] = field(default_factory=list)
    recipients: list[ActorMention] = field(default_factory=list)
    actor_heads: list = field(default_factory=list, repr=False)      # spaCy Tokens (internal)
    recipient_heads: list = field(default_factory=list, repr=False)
    date: Any = None          # chronist.temporal.Timex or None
    location: Any = None      # chronist.geo.Place or None

    @property
    def plain(self) -> bool:
        """Whether the event is neither negated nor hypothetical: only plain events are
        reported unless auxiliary events are asked for (``include_aux``; PLOVER manual 2.0,
        "Auxiliary modes": negated events can be excluded)."""
        return not self.aux_modes & NOT_PLAIN


#: Auxiliary modes that keep an event out of the default output.
NOT_PLAIN = frozenset(("negated", "hypothetical"))
