"""ACLED-style labels for conflict and protest events, derived from PLOVER type, mode and the
sectors of the actors and recipients.

ACLED event types and sub-event types follow the ACLED Codebook (2023), section "Event types
and sub-event types". The mapping (documented in docs/acled.md):

=========  =====================  ==============================================================
PLOVER     mode / arguments       ACLED (event type, sub-event type)
=========  =====================  ==============================================================
PROTEST    riot                   Riots, Violent demonstration
PROTEST    other                  Protests, Peaceful protest
ASSAULT    aerial, drone          Explosions/Remote violence, Air/drone strike
ASSAULT    explosives             Explosions/Remote violence, Remote explosive/landmine/IED
ASSAULT    suicide-attack         Explosions/Remote violence, Suicide bomb
ASSAULT    heavy-weapons          Explosions/Remote violence, Shelling/artillery/missile attack
ASSAULT    abduct                 Violence against civilians, Abduction/forced disappearance
ASSAULT    sexual                 Violence against civilians, Sexual violence
ASSAULT    recipient CVL/PRO/...  Violence against civilians, Attack
ASSAULT    other                  Battles, Armed clash
COERCE     arrest                 Strategic developments, Arrests
COERCE     seize (territory)      Strategic developments, Non-violent transfer of territory
COERCE     other                  Strategic developments, Other
MOBILIZE   any                    Strategic developments, Other
RETREAT    ceasefire / AGREE      Strategic developments, Agreement
=========  =====================  ==============================================================
Other types get no ACLED label (``None``).
"""

from __future__ import annotations

_CIVILIAN = frozenset("CVL PRO JRN EDU REF LAB MED REL AGR BUS".split())


def acled_type(event_type: str, mode: str | None, recipient_sectors: list[str | None]) -> dict | None:
    """Return ``{"event_type": ..., "sub_event_type": ...}`` or ``None`` (see module table)."""
    def lab(t: str, s: str) -> dict:
        return {"event_type": t, "sub_event_type": s}

    if event_type == "PROTEST":
        return lab("Riots", "Violent demonstration") if mode == "riot" else lab("Protests", "Peaceful protest")
    if event_type == "ASSAULT":
        remote = {"aerial": "Air/drone strike", "drone": "Air/drone strike",
                  "explosives": "Remote explosive/landmine/IED", "suicide-attack": "Suicide bomb",
                  "heavy-weapons": "Shelling/artillery/missile attack"}
        if mode in remote:
            return lab("Explosions/Remote violence", remote[mode])
        if mode == "abduct":
            return lab("Violence against civilians", "Abduction/forced disappearance")
        if mode == "sexual":
            return lab("Violence against civilians", "Sexual violence")
        if any(s in _CIVILIAN for s in recipient_sectors):
            return lab("Violence against civilians", "Attack")
        return lab("Battles", "Armed clash")
    if event_type == "COERCE":
        if mode == "arrest":
            return lab("Strategic developments", "Arrests")
        if mode == "seize":
            return lab("Strategic developments", "Non-violent transfer of territory")
        return lab("Strategic developments", "Other")
    if event_type == "MOBILIZE":
        return lab("Strategic developments", "Other")
    if (event_type == "RETREAT" and mode == "ceasefire") or event_type == "AGREE":
        return lab("Strategic developments", "Agreement")
    return None
