"""Input readers and output writers (stage 1 and the last stage of the pipeline)."""

from chronist.io._article import Article, ReadError
from chronist.io._readers import parse_date, parse_header_text, read_inputs

__all__ = ["Article", "ReadError", "parse_date", "parse_header_text", "read_inputs"]
