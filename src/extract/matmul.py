"""Which library multiplies the models' matrices: numpy's BLAS (default) or blis.

thinc's `NumpyOps` multiplies with blis unless built with `use_blis=False`, a documented
option, in which case it calls numpy's BLAS. The blis wheels carry kernels for a list of
CPUs and fall back to slow generic C on any other: on the AMD EPYC (Zen 3) machines this
project is measured on, blis runs the tok2vec and ner layers at half the speed numpy does.
numpy's BLAS picks its kernels at run time and is at least as fast where blis is tuned.

Both give the same records (the benchmark corpus and a test check it); `matmul = "blis"`
in the pipeline config's `[extract]` or `extract run --matmul blis` brings blis back.

numpy's BLAS would start a thread per core. The extractor caps it at one thread while it
runs the pipeline (see `one_blas_thread`): a second thread bought 10 % speed for 50 % more
CPU, and `--workers` already fills the cores, one process each.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import cache

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController


class Matmul(StrEnum):
    """The library behind the models' matrix multiply."""

    NUMPY = "numpy"
    BLIS = "blis"


def set_matmul(nlp: Language, matmul: Matmul | str) -> int:
    """Give every thinc model node of the pipeline the chosen ops; return how many nodes.

    Each thinc `Model` holds its own `ops` (documented: models may delegate to different
    libraries), so the choice can be made after loading, and undone.
    """
    ops = NumpyOps(use_blis=Matmul(matmul) is Matmul.BLIS)
    count = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
            count += 1
    return count


@cache
def _controller() -> ThreadpoolController:
    # Scanning the loaded libraries takes milliseconds: once per process is enough.
    return ThreadpoolController()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with numpy's BLAS on one thread (and restore it afterwards)."""
    with _controller().limit(limits=1, user_api="blas"):
        yield
