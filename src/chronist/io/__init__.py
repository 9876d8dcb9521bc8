"""Input readers and output writers (the first and last stages of the pipeline)."""

from chronist.io._article import Article, ReadError
from chronist.io._readers import parse_date, parse_header_text, read_inputs
from chronist.io._writers import FLAT_COLUMNS, FORMATS, atomic_path, flatten_record, write_records

__all__ = ["Article", "FLAT_COLUMNS", "FORMATS", "ReadError", "atomic_path", "flatten_record",
           "parse_date", "parse_header_text", "read_inputs", "write_records"]
