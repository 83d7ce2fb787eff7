"""Opt-in: route thinc's matrix multiply to numpy instead of blis.

On CPUs where blis falls back to its generic kernels, numpy's BLAS multiplies the
pipeline's matrices about twice as fast, with the same results (the same entities, tags
and parses were measured on every document of the benchmark corpus; a test checks it).
It replaces the `ops` object of every thinc model node in the pipeline, which is thinc's
internal API: that is why it is off by default (`[pipeline] numpy_matmul` in
`models/extract.cfg`, `extract run --numpy-matmul`, `extract.load(numpy_matmul=True)`).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps
from thinc.backends.ops import Ops


class NumpyMatmulOps(NumpyOps):  # type: ignore[misc]
    """NumpyOps whose `gemm` is numpy's `dot` (thinc's generic implementation)."""

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)


def set_numpy_matmul(nlp: Language, enabled: bool = True) -> int:
    """Give every model node of the pipeline numpy (or back blis) matmul; return how many."""
    ops = NumpyMatmulOps() if enabled else NumpyOps()
    count = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
            count += 1
    return count
