"""extract: French news articles in, schema-1.2 JSON records out.

Public API: `load()` builds an `Extractor` once; `Extractor.extract(text) -> Record`;
`Extractor.extract_many(documents)` streams records; `extract_many()` does both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extract.api import Extractor, Failure, load
from extract.readers import Document
from extract.schema import SCHEMA_VERSION, Record
from extract.version import __version__

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "Extractor",
    "Failure",
    "Record",
    "__version__",
    "extract_many",
    "load",
]


def extract_many(documents: Iterable[Document | str], extractor: Extractor | None = None) -> Iterator[Record]:
    """Records of many documents with a pipeline loaded for the purpose (or the one given)."""
    return (extractor or load()).extract_many(documents)
