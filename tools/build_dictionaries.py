"""Compile the reference dictionaries in ../shared into compact package data.

Sources (MIT, Open Event Data Alliance; CC BY-SA 4.0 for the PLOVER crosswalk), credited in
src/chronist/data/NOTICE.md:
- petrarch2-dictionaries/Phoenix.agents.txt          -> data/agents.json     {noun phrase: sector}
- petrarch2-dictionaries/Phoenix.Countries.actors.txt,
  Phoenix.International.actors.txt,
  Phoenix.MilNonState.actors.txt                     -> data/actors.json.gz  {phrase: [canonical, [[code, start, end], ...]]}
- plover/CAMEO2PLOVER-2021.txt                       -> data/CAMEO2PLOVER-2021.txt (copied verbatim)

Run: python tools/build_dictionaries.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "chronist" / "data"


def _phrase(token: str) -> str:
    return re.sub(r"\s+", " ", token.replace("_", " ").strip().lower()).strip()


def build_agents(path: Path) -> dict[str, str]:
    macros: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"(!\w+!)\s*=\s*(.+)", line)
        if m:
            macros[m[1]] = [w.strip() for w in m[2].split(",")]
            continue
        m = re.match(r"(.+?)\s*\[~?([A-Z]{3})[A-Z]*\]", line)
        if not m:
            continue
        phrase, sector = m[1], m[2]
        variants = [phrase]
        for macro, words in macros.items():
            if macro in phrase:
                variants = [v.replace(macro, w) for v in variants for w in words]
        for v in variants:
            if "!" in v:
                continue
            p = _phrase(v)
            agents.setdefault(p, sector)
            # regular plurals (PETRARCH 0.5 generates them)
            if not p.endswith("s"):
                agents.setdefault(p + "s", sector)
    return agents


def _date(s: str) -> str:
    s = s.strip()
    if not re.fullmatch(r"\d{6}", s):
        return ""
    yy = int(s[:2])
    century = 1900 if yy > 30 else 2000
    return f"{century + yy:04d}-{s[2:4]}-{s[4:6]}"


def build_actors(paths: list[Path]) -> dict[str, list]:
    actors: dict[str, list] = {}
    for path in paths:
        canonical: str | None = None
        names: list[str] = []
        codes: list[list[str]] = []

        def flush() -> None:
            if canonical and codes:
                for n in names:
                    if len(n) >= 3:
                        actors.setdefault(n, [canonical, codes])

        for raw in path.read_text(encoding="latin-1").splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            stripped = line.strip()
            if stripped.startswith("["):
                for m in re.finditer(r"\[([A-Z0-9]{3,}[A-Z]*)\s*([^\]]*)\]", stripped):
                    code, rng = m[1], m[2].strip()
                    start = end = ""
                    if rng.startswith(">"):
                        start = _date(rng[1:])
                    elif rng.startswith("<"):
                        end = _date(rng[1:])
                    elif "-" in rng:
                        a, b = rng.split("-", 1)
                        start, end = _date(a), _date(b)
                    codes.append([code, start, end])
                continue
            if stripped.startswith("+"):
                names.append(_phrase(stripped[1:]))
                continue
            # a new entry: NAME [CODE] on one line, or NAME alone with codes below
            flush()
            m = re.match(r"(\S+)\s*(\[.*\])?", stripped)
            canonical = _phrase(m[1]).title() if m else None
            names = [_phrase(m[1])] if m else []
            codes = []
            if m and m[2]:
                for mm in re.finditer(r"\[([A-Z0-9]{3,}[A-Z]*)\s*([^\]]*)\]", m[2]):
                    codes.append([mm[1], "", ""])
        flush()
    return actors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    ref = Path(args.shared) / "reference"
    pd = ref / "petrarch2-dictionaries"
    OUT.mkdir(parents=True, exist_ok=True)
    agents = build_agents(pd / "Phoenix.agents.txt")
    (OUT / "agents.json").write_text(json.dumps(agents, sort_keys=True, indent=0))
    actors = build_actors([pd / "Phoenix.Countries.actors.txt", pd / "Phoenix.International.actors.txt",
                           pd / "Phoenix.MilNonState.actors.txt"])
    with gzip.open(OUT / "actors.json.gz", "wt", compresslevel=9) as fh:
        json.dump(actors, fh, sort_keys=True, separators=(",", ":"))
    shutil.copyfile(ref / "plover" / "CAMEO2PLOVER-2021.txt", OUT / "CAMEO2PLOVER-2021.txt")
    print(f"agents {len(agents)}, actors {len(actors)}")


if __name__ == "__main__":
    main()
