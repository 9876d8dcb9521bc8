"""Weak PLOVER type labels for quad-labelled sentences from the CAMEO verb patterns.

Reads ``../shared/reference/petrarch2-dictionaries/CAMEO.2.0.txt`` (PETRARCH-2 verb
dictionary, Open Event Data Alliance, MIT licence) and the crosswalk
``../shared/reference/plover/CAMEO2PLOVER-2021.txt``. A much simplified PETRARCH match: a
verb block applies when one of its verb forms occurs in the sentence; a pattern of that verb
applies when all its content words (synsets ``&X`` expanded) occur in the sentence; the most
specific applicable code wins. Only codes whose CAMEO quad class agrees with the sentence's
gold quad class are kept, so the gold label filters the noise of the crude matching. CAMEO 02
("appeal") is not in the crosswalk and maps to REQUEST (PLOVER manual: "All requests, demands,
and orders"); CAMEO 01 (public statements) has no PLOVER type.

Used only at training time by ``training/train_event_model.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REF = ROOT.parent / "shared" / "reference"
CAMEO_VERBS = REF / "petrarch2-dictionaries" / "CAMEO.2.0.txt"
CROSSWALK = REF / "plover" / "CAMEO2PLOVER-2021.txt"


def cameo_quad(code: str) -> int:
    """CAMEO quad class of a code: 01-05 verbal coop (1), 06-08 material coop (2),
    09-13 verbal conflict (3), 14-20 material conflict (4)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, str]:
    """CAMEO code -> PLOVER type, from CAMEO2PLOVER-2021.txt (plus 02x -> REQUEST)."""
    out: dict[str, str] = {}
    for line in CROSSWALK.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out[m.group(1)] = m.group(2)
    out.setdefault("02", "REQUEST")
    return out


def plover_of(code: str) -> str | None:
    cw = crosswalk()
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return "REQUEST"
    for k in (code[:4], code[:3], code[:2]):
        if k in cw:
            return cw[k]
    return None


def _forms(verb: str, irregular: list[str]) -> set[str]:
    v = verb.lower().replace("_", " ").strip()
    if " " in v:  # phrasal verb: inflect the first word
        head, rest = v.split(" ", 1)
        return {f"{f} {rest}" for f in _forms(head, [])} | {x.lower().replace("_", " ") for x in irregular}
    forms = {v, v + "s", v + "es", v + "ed", v + "d", v + "ing"}
    if v.endswith("e"):
        forms |= {v[:-1] + "ing"}
    if v.endswith("y"):
        forms |= {v[:-1] + "ies", v[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", v):
        forms |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return forms | {x.lower().replace("_", " ").lstrip("+") for x in irregular}


@dataclass
class VerbEntry:
    forms: set[str]
    code: str | None
    patterns: list[tuple[list[set[str]], str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def verb_dictionary() -> list[VerbEntry]:
    synsets: dict[str, set[str]] = {}
    lines = CAMEO_VERBS.read_text(encoding="utf-8", errors="replace").splitlines()
    cur = None
    for line in lines:
        s = line.split("#", 1)[0].rstrip()
        if s.startswith("&"):
            cur = s.strip()
            synsets[cur] = set()
        elif s.startswith("+") and cur is not None and "{" not in s and "[" not in s:
            synsets[cur].add(s[1:].strip().rstrip("_").lower().replace("_", " "))
        elif not s.strip():
            cur = None
    entries: list[VerbEntry] = []
    block: dict[str, VerbEntry] = {}
    for line in lines:
        if line.startswith("---"):
            block = {}
            continue
        if not line.strip() or line.startswith("#") or line.startswith("&"):
            continue
        body, _, comment = line.partition("#")
        code_m = re.search(r"\[([0-9]{2,4}|---)\]", body)
        code = code_m.group(1) if code_m and code_m.group(1) != "---" else None
        if body.startswith("-"):
            verb = comment.strip().split()[0] if comment.strip() else None
            toks = re.sub(r"\[.*?\]", "", body[1:])
            toks = re.sub(r"[{}()*%$^=]", " ", toks).split()
            elems: list[set[str]] = []
            for t in toks:
                t = t.strip("+").rstrip("_")
                if not t or t == "-":
                    continue
                if t.startswith("&"):
                    syn = synsets.get(t)
                    if syn:
                        elems.append(syn)
                elif re.fullmatch(r"[A-Z][A-Z'_-]*", t) and len(t) > 1:
                    elems.append({t.lower().replace("_", " ")})
            if code is None or not elems:
                continue
            targets = [block[verb]] if verb and verb in block else list(block.values())
            for e in targets:
                e.patterns.append((elems, code))
        elif block is not None and not line.startswith(" "):
            m = re.match(r"^\+?([A-Z][A-Z_'-]*)\s*(\{[^}]*\})?", body)
            if not m:
                continue
            irregular = m.group(2)[1:-1].split() if m.group(2) else []
            e = VerbEntry(_forms(m.group(1), irregular), code)
            block[m.group(1).lstrip("+")] = e
            entries.append(e)
    return entries


def _has(text: str, phrase: str) -> bool:
    """Whole-word (optionally plural) occurrence; ``text`` is padded with spaces."""
    return f" {phrase} " in text or f" {phrase}s " in text or f" {phrase}es " in text


def cameo_codes(sentence: str) -> list[tuple[str, int]]:
    """Applicable CAMEO codes with their specificity (number of matched pattern elements)."""
    text = " " + " ".join(re.findall(r"[a-z0-9']+", sentence.lower())) + " "
    words = set(text.split())
    out: list[tuple[str, int]] = []
    for e in verb_dictionary():
        if not any((f in words) if " " not in f else _has(text, f) for f in e.forms):
            continue
        if e.code:
            out.append((e.code, 0))
        for elems, code in e.patterns:
            if all(any(_has(text, w) for w in alt) for alt in elems):
                out.append((code, len(elems)))
    return out


def weak_type(sentence: str, quad: int) -> str | None:
    """PLOVER type for a sentence with gold quad class ``quad`` (1-4), or None if no
    quad-consistent CAMEO pattern applies."""
    best: tuple[int, int, str] | None = None
    for code, spec in cameo_codes(sentence):
        if cameo_quad(code) != quad:
            continue
        t = plover_of(code)
        if t is None:
            continue
        key = (spec, len(code), t)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


if __name__ == "__main__":
    import sys
    from collections import Counter

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_event_model import load_pentaclass

    X, y = load_pentaclass()
    c: Counter[tuple[int, str | None]] = Counter()
    for x, q in zip(X, y):
        if q:
            c[(int(q), weak_type(x, int(q)))] += 1
    for k, v in sorted(c.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(k, v)


#: Keyword cues per quad class, in priority order, following labels/GUIDE.md (PLOVER manual
#: draft 2.0 decision rules); matched on lower-cased text, word-initial.
GUIDE_CUES: dict[int, list[tuple[str, str]]] = {
    1: [
        ("REQUEST", r"call(s|ed|ing)? (on|for|upon)|urg(e|es|ed|ing)|appeal|ask(s|ed)? for|request"),
        ("CONSULT", r"met\b|meet(s|ing)?\b|talks|visit|summit|discuss|consult|telephone|phone"),
        ("SUPPORT", r"prais|welcom|support|endors|congratulat|hail|back(s|ed)\b|sign(s|ed)"),
        ("AGREE", r"agree|pledg|promis|offer|vow|will\b|plan(s|ned)? to|ready to|willing"),
    ],
    2: [
        ("RETREAT", r"resign|step(ped|s)? down|withdr[ae]w|releas|freed|free[sd]?\b|ceasefire|cease-fire"
                    r"|truce|surrender|evacuat|pull(ed|s)? out|hand(ed)? over"),
        ("CONCEDE", r"lift(ed|s)?\b|eas(e|ed|es|ing)\b|pardon|apolog|amnesty|regret|concession|conced"),
        ("AID", r"\baid|donat|assist|rescu|grant|loan|humanitarian|relief|provid|deliver"),
        ("COOPERATE", r"cooperat|co-operat|joint|exchang|extradit|coordinat|partner|trade"),
    ],
    3: [
        ("THREATEN", r"threat|warn|ultimatum"),
        ("REQUEST", r"demand|call(s|ed|ing)? (on|for|upon)|urg(e|es|ed|ing)|insist"),
        ("REJECT", r"reject|refus|veto|den(y|ied|ies)|oppos|cancel|declin|dismiss|ruled out|boycott"),
        ("ACCUSE", r"accus|critici|condemn|blam|investigat|charg|sue[sd]?\b|denounc|alleg|probe|lawsuit"),
    ],
    4: [
        ("PROTEST", r"protest|demonstrat|rall(y|ies|ied)|march|strike(s|rs)?\b|riot|boycott|sit-in"),
        ("SANCTION", r"sanction|expel|embargo|sentenc|convict|sever|suspend|recall(ed)? (its )?ambassador"),
        ("MOBILIZE", r"deploy|mobili|alert|warship|reinforc|massed|troops (were )?sent"),
        ("COERCE", r"arrest|detain|seiz|raid|jail|imprison|ban(s|ned)?\b|curfew|censor|deport|custody"),
        ("ASSAULT", r"kill|attack|bomb|shot|shoot|fir(e|ed|ing) (on|at)|clash|wound|strik|shell|stab"
                    r"|missile|airstrike|air strike|assassinat|kidnap|abduct|explo"),
    ],
}
_CUE_RX = {q: [(t, re.compile(r"\b(" + rx + ")")) for t, rx in cues] for q, cues in GUIDE_CUES.items()}
_REQUEST_CUE = re.compile(r"\b(call(s|ed|ing)? (on|for|upon)|urg(e|es|ed|ing)|appeal|demand|ask(s|ed)? for)")


def guide_type(sentence: str, quad: int) -> str | None:
    """Weak PLOVER type for a sentence with gold quad class 1-4: the guide's keyword cues
    (in priority order) first, then the CAMEO verb patterns (:func:`weak_type`)."""
    text = sentence.lower()
    for t, rx in _CUE_RX.get(quad, []):
        if rx.search(text):
            return t
    return weak_type(sentence, quad)


def has_request_cue(sentence: str) -> bool:
    """True for appeal/demand wording, which the pentaclass data often labels neutral (0)."""
    return _REQUEST_CUE.search(sentence.lower()) is not None
