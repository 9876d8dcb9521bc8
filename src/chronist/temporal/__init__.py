"""Temporal stage (placeholder docstring, replaced below)."""

from .governing import governing_timex, is_historical
from .tagger import Timex, TimexTagger

__all__ = ["Timex", "TimexTagger", "governing_timex", "is_historical"]
