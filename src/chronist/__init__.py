"""Chronist: dated news text to PLOVER political event data (who did what to whom, when, where).

Public API: :func:`code`, :class:`Pipeline`, :class:`Article`, :func:`read_inputs`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Article", "Pipeline", "ReadError", "code", "read_inputs", "__version__"]

if TYPE_CHECKING:
    from chronist.io import Article, ReadError, read_inputs
    from chronist.pipeline import Pipeline, code


def __getattr__(name: str) -> Any:
    # lazy imports: `import chronist` stays cheap (no spaCy until needed)
    if name in ("Pipeline", "code"):
        from chronist import pipeline
        return getattr(pipeline, name)
    if name in ("Article", "ReadError", "read_inputs"):
        from chronist import io
        return getattr(io, name)
    raise AttributeError(f"module 'chronist' has no attribute {name!r}")
