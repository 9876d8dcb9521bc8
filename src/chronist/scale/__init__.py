"""Speed and scale (issue 8): the Ray engine and resumable partitioned Parquet output.

>>> from chronist.scale import code_with_ray, code_to_parquet
>>> for rec in code_with_ray(articles): ...                     # local 2-CPU Ray cluster
>>> code_to_parquet(["news/"], "out/", engine="ray", address="auto")   # resumable

See ``docs/scale.md`` for running on a cluster and ``docs/performance.md`` for measurements.
"""

from chronist.scale._coding import PARTITIONS, Chunk, code_rows, make_chunk, write_chunk
from chronist.scale._parallel import code_parallel
from chronist.scale._parquet import ENGINES, ParquetRun, code_to_parquet, code_to_parquet_with_ray
from chronist.scale._ray import code_with_ray, init_ray
from chronist.scale._rows import article_to_row, row_to_article

__all__ = ["ENGINES", "PARTITIONS", "Chunk", "ParquetRun", "article_to_row", "code_parallel",
           "code_rows", "code_to_parquet", "code_to_parquet_with_ray", "code_with_ray", "init_ray",
           "make_chunk", "row_to_article", "write_chunk"]
