"""Timelines: event counts per day/week/month by type or quad class, and top dyads; charts."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import html
import io
import math
from pathlib import Path

import pandas as pd

from chronist.store._errors import S, StoreError
from chronist.store._query import Filters
from chronist.store._store import Store

FREQS = ("day", "week", "month")
GROUPS = ("type", "quad")
#: Actor texts that name nobody (unresolved pronouns, determiners): not drawn as dyad nodes.
UNRESOLVED = frozenset(
    ["i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "this", "that", "these", "those", "who", "which", "one", "someone", "somebody", "people"]
)
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
#: Diverging colours for quad classes (cooperation blue, conflict red; ColorBrewer RdBu).
QUAD_COLORS = {1: "#92c5de", 2: "#2166ac", 3: "#f4a582", 4: "#b2182b"}


def _check(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise StoreError(S.S709.format(name=name, reason=f"expected one of {allowed}", value=value))


def reporting_window(store: Store, *, margin_days: int = 31) -> tuple[dt.date, dt.date] | None:
    """``(first, last)`` publication date of the stored articles, widened by ``margin_days``."""
    row = store.sql("SELECT min(pub_date), max(pub_date) FROM articles").fetchone()
    if not row or row[0] is None:
        return None
    pad = dt.timedelta(days=margin_days)
    return row[0] - pad, row[1] + pad


def timeline_counts(
    store: Store,
    *,
    filters: Filters | None = None,
    freq: str = "week",
    by: str = "type",
    clip: bool = True,
) -> pd.DataFrame:
    """Event counts per period and group.

    Parameters
    ----------
    freq : {"day", "week", "month"}
        Period of ``event_date`` (weeks start on Monday, ISO 8601).
    by : {"type", "quad"}
        Group by PLOVER ``event_type`` or CAMEO ``quad_class``.
    clip : bool, default True
        Leave out events dated outside the reporting period (:func:`reporting_window`):
        background mentions of past events ("the 1905 revolution") would stretch the axis
        over a century. Explicit ``date_from``/``date_to`` filters win over clipping.

    Returns
    -------
    pandas.DataFrame, shape (n_periods, n_groups)
        Index: period start dates; columns: groups (most frequent first); values: counts.
    """
    _check("freq", freq, FREQS)
    _check("by", by, GROUPS)
    filters = filters or Filters()
    window = reporting_window(store) if clip else None
    if window is not None:
        filters = dataclasses.replace(
            filters, date_from=filters.date_from or window[0], date_to=filters.date_to or window[1]
        )
    where, params = filters.where()
    col = "e.event_type" if by == "type" else "e.quad_class"
    df = store.sql(
        f"SELECT date_trunc('{freq}', e.event_date)::DATE AS period, {col} AS grp, count(*) AS n "
        f"FROM events_flat e{where} GROUP BY ALL ORDER BY 1",
        params,
    ).df()
    if df.empty:
        return pd.DataFrame()
    wide = df.pivot_table(index="period", columns="grp", values="n", aggfunc="sum", fill_value=0)
    wide = wide[wide.sum().sort_values(ascending=False).index]
    full = pd.date_range(wide.index.min(), wide.index.max(),
                         freq={"day": "D", "week": "W-MON", "month": "MS"}[freq])
    wide.index = pd.to_datetime(wide.index)
    return wide.reindex(full, fill_value=0)


def top_dyads(store: Store, *, filters: Filters | None = None, n: int = 15) -> pd.DataFrame:
    """The ``n`` most frequent actor -> recipient pairs.

    An actor is labelled by its country code (ISO 3166 alpha-3) with its sector when known,
    else by its name; unresolved pronouns and determiners (``UNRESOLVED``) are left out.
    Returns columns ``source``, ``target``, ``events``, ``mean_quad``
    (1-4) and ``conflict_share`` (share of quad classes 3-4).
    """
    where, params = (filters or Filters()).where()
    label = ("coalesce(a.country || coalesce('-' || a.sector, ''), a.sector, "
             "CASE WHEN lower(coalesce(a.name, a.text)) IN ("
             + ", ".join(f"'{w}'" for w in sorted(UNRESOLVED)) + ") THEN NULL "
             "ELSE coalesce(a.name, a.text) END)")
    return store.sql(
        f"""
        WITH ev AS (SELECT e.event_id, e.quad_class FROM events_flat e{where}),
        s AS (SELECT event_id, {label} AS lab FROM event_actors a WHERE role = 'actor'),
        t AS (SELECT event_id, {label} AS lab FROM event_actors a WHERE role = 'recipient')
        SELECT s.lab AS source, t.lab AS target, count(DISTINCT ev.event_id) AS events,
               avg(ev.quad_class) AS mean_quad,
               avg(CASE WHEN ev.quad_class >= 3 THEN 1.0 ELSE 0.0 END) AS conflict_share
        FROM ev JOIN s USING (event_id) JOIN t USING (event_id)
        WHERE s.lab IS NOT NULL AND t.lab IS NOT NULL AND s.lab <> t.lab
        GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""",
        [*params, n],
    ).df()


#: PLOVER type colours grouped by quad class (PLOVER manual 2.0, "Quad categories"):
#: verbal cooperation blues, material cooperation greens, verbal conflict oranges,
#: material conflict reds (ColorBrewer Blues, Greens, Oranges, Reds).
TYPE_COLORS = {
    "CONSULT": "#08519c", "AGREE": "#3182bd", "SUPPORT": "#6baed6", "CONCEDE": "#bdd7e7",
    "COOPERATE": "#006d2c", "AID": "#31a354", "RETREAT": "#74c476",
    "ACCUSE": "#d94801", "REQUEST": "#fd8d3c", "REJECT": "#fdae6b", "THREATEN": "#a63603",
    "SANCTION": "#fdd0a2",
    "ASSAULT": "#a50f15", "PROTEST": "#ef3b2c", "COERCE": "#fc9272", "MOBILIZE": "#67000d",
}


def _palette(groups: list) -> dict:
    import matplotlib

    if all(isinstance(g, (int, float)) and g in QUAD_COLORS for g in groups):
        return {g: QUAD_COLORS[int(g)] for g in groups}
    cmap = matplotlib.colormaps["tab20"]
    return {g: TYPE_COLORS.get(str(g), cmap(i % 20)) for i, g in enumerate(groups)}


def _draw_counts(ax, counts: pd.DataFrame, *, by: str, freq: str, top: int = 8) -> None:
    if counts.shape[1] > top:
        other = counts.iloc[:, top:].sum(axis=1)
        counts = counts.iloc[:, :top].copy()
        counts["other"] = other
    order = list(TYPE_COLORS)
    groups = sorted(counts.columns, key=lambda g: order.index(g) if g in order else len(order))
    colors = _palette(groups)
    if "other" in colors:
        colors["other"] = "#bbbbbb"
    x = counts.index
    width = {"day": 0.9, "week": 6, "month": 25}[freq]
    bottom = pd.Series(0, index=x)
    for g in groups:
        label = QUAD_NAMES.get(g, str(g)) if by == "quad" else str(g)
        ax.bar(x, counts[g], width=width, bottom=bottom, color=colors[g], label=label,
               linewidth=0, align="edge")
        bottom = bottom + counts[g]
    ax.set_ylabel(f"events per {freq}")
    ax.set_title(f"Events per {freq} by {'PLOVER type' if by == 'type' else 'quad class'}",
                 loc="left", fontsize=13, fontweight="bold")
    ax.legend(ncol=min(5, len(groups)), fontsize=8, frameon=False, loc="upper left",
              bbox_to_anchor=(0, -0.12))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)


def _draw_network(ax, dyads: pd.DataFrame) -> None:
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch

    ax.set_title("Top actor → recipient dyads", loc="left", fontsize=13, fontweight="bold")
    ax.set_axis_off()
    if dyads.empty:
        ax.text(0.5, 0.5, "no dyads (no event has both actor and recipient)",
                ha="center", va="center", color="#777777", transform=ax.transAxes)
        return
    weight: dict[str, float] = {}
    for r in dyads.itertuples():
        weight[r.source] = weight.get(r.source, 0) + r.events
        weight[r.target] = weight.get(r.target, 0) + r.events
    nodes = sorted(weight, key=lambda k: -weight[k])
    pos = {n: (math.cos(2 * math.pi * i / len(nodes) + math.pi / 2),
               math.sin(2 * math.pi * i / len(nodes) + math.pi / 2)) for i, n in enumerate(nodes)}
    cmap = plt.get_cmap("RdBu_r")
    top = dyads["events"].max()
    for r in dyads.itertuples():
        color = cmap(0.15 + 0.7 * (r.mean_quad - 1) / 3)
        ax.add_patch(FancyArrowPatch(
            pos[r.source], pos[r.target], arrowstyle="-|>", mutation_scale=12,
            connectionstyle="arc3,rad=0.15", color=color, alpha=0.85,
            linewidth=0.8 + 5 * r.events / top, shrinkA=14, shrinkB=14, zorder=1))
    wmax = max(weight.values())
    for n, (x, y) in pos.items():
        ax.scatter([x], [y], s=250 + 1200 * weight[n] / wmax, color="#f7f7f7",
                   edgecolor="#444444", linewidth=1.0, zorder=2)
        ax.text(x * 1.22, y * 1.22, n, ha="center", va="center", fontsize=8, zorder=3)
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.4, 1.4)
    ax.set_aspect("equal")
    sm = plt.cm.ScalarMappable(cmap=cmap, norm=plt.Normalize(1, 4))
    cb = plt.colorbar(sm, ax=ax, fraction=0.04, pad=0.02)
    cb.set_label("mean quad class (1 coop. … 4 conflict)", fontsize=8)


def _draw_dyad_bars(ax, dyads: pd.DataFrame) -> None:
    import matplotlib.pyplot as plt

    ax.set_title("Dyads by number of events", loc="left", fontsize=13, fontweight="bold")
    if dyads.empty:
        ax.set_axis_off()
        return
    d = dyads.iloc[::-1]
    cmap = plt.get_cmap("RdBu_r")
    ax.barh([f"{s} → {t}" for s, t in zip(d.source, d.target)], d.events,
            color=[cmap(0.15 + 0.7 * (q - 1) / 3) for q in d.mean_quad])
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlabel("events")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def render_timeline(
    store: Store,
    out: str | Path,
    *,
    filters: Filters | None = None,
    freq: str = "week",
    by: str = "type",
    n_dyads: int = 12,
    title: str | None = None,
) -> Path:
    """Draw the timeline and dyad network to ``out`` (``.png``, ``.svg`` or ``.html``).

    The figure (matplotlib) has the stacked counts per period on top, the dyad network and
    the top-dyad bars below. An ``.html`` file embeds the figure (SVG) and both tables.
    Returns the path written.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(out)
    suffix = out.suffix.lower()
    _check("output suffix", suffix, (".png", ".svg", ".html"))
    counts = timeline_counts(store, filters=filters, freq=freq, by=by)
    everything = timeline_counts(store, filters=filters, freq=freq, by=by, clip=False)
    n_out = int(everything.values.sum() - counts.values.sum()) if not everything.empty else 0
    dyads = top_dyads(store, filters=filters, n=n_dyads)
    with plt.rc_context({"font.family": "DejaVu Sans", "axes.titlepad": 10}):
        fig = plt.figure(figsize=(14, 10), dpi=110, layout="constrained")
        grid = fig.add_gridspec(2, 2, height_ratios=[1, 1.15])
        ax_t = fig.add_subplot(grid[0, :])
        if counts.empty:
            ax_t.text(0.5, 0.5, "no events match", ha="center", va="center",
                      transform=ax_t.transAxes)
            ax_t.set_axis_off()
        else:
            _draw_counts(ax_t, counts, by=by, freq=freq)
        _draw_network(fig.add_subplot(grid[1, 0]), dyads)
        _draw_dyad_bars(fig.add_subplot(grid[1, 1]), dyads)
        total = int(counts.values.sum()) if not counts.empty else 0
        note = f"; {n_out} dated outside the reporting period not shown" if n_out else ""
        fig.suptitle(title or f"Chronist events ({total} reports{note})", fontsize=15, x=0.01,
                     ha="left")
        from chronist.io import atomic_path  # written whole or not at all; parents created

        with atomic_path(out) as tmp:
            if suffix == ".html":
                buf = io.StringIO()
                fig.savefig(buf, format="svg")
                _write_html(tmp, buf.getvalue(), counts, dyads, title or "Chronist timeline")
            else:
                fig.savefig(tmp, facecolor="white", format=suffix.lstrip("."))
        plt.close(fig)
    return out


def _write_html(out: Path, svg: str, counts: pd.DataFrame, dyads: pd.DataFrame, title: str) -> None:
    img = base64.b64encode(svg.encode()).decode()
    t = html.escape(title)
    counts_html = counts.to_html(border=0) if not counts.empty else "<p>no events</p>"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em;color:#222}}
table{{border-collapse:collapse;font-size:12px}}td,th{{padding:2px 8px;text-align:right}}
tr:nth-child(even){{background:#f4f4f4}}</style></head><body><h1>{t}</h1>
<img alt="timeline" style="max-width:100%" src="data:image/svg+xml;base64,{img}">
<h2>Top dyads</h2>{dyads.to_html(index=False, border=0)}
<h2>Counts per period</h2>{counts_html}</body></html>"""
    out.write_text(page, encoding="utf-8")
