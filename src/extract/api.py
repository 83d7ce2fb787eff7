"""The library API: `load()` once, then `Extractor.extract(text)` or `extract_many(...)`.

A notebook, a Spark job and the CLI all go through this module:

>>> import extract                                                  # doctest: +SKIP
>>> extractor = extract.load()                                      # doctest: +SKIP
>>> record = extractor.extract("Le 16 octobre prochain, ...", doc_id="a1")  # doctest: +SKIP
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.assemble import ArticleMeta, DocPart, assemble_record
from extract.diagnostics import W, warning
from extract.extensions import SpanKeys
from extract.header import Header, parse_header
from extract.lineage import base_lineage, text_sha256, with_options
from extract.matmul import Matmul, one_blas_thread, set_matmul
from extract.pipeline import build_nlp, config_text, load_pipeline_config
from extract.readers import Document, InputError
from extract.readers.language import FRENCH, identify, load_identifier
from extract.runs import make_doc
from extract.schema import ExtractorInfo, Record, ReferenceDateSource

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A document ready for the pipeline: itself, its record's metadata, its (offset, Doc) parts.
Prepared = tuple[Document, ArticleMeta, list[tuple[int, Doc]]]


#: The longest part of a document run through the pipeline at once: the parser's and the
#: rule components' memory grows with a part (a 2 MB line took 7.8 GB whole), so a long
#: document runs in parts of this size, cut on paragraph (else line) boundaries, with
#: every offset kept. News articles are far shorter; only a runaway input is cut.
MAX_PART_CHARS = 100_000


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut a text into parts of at most `max_chars`, on paragraph (else line) boundaries.

    Returns (offset, part) pairs whose parts, put back together, are the text.

    >>> split_text("un\\n\\ndeux\\n\\ntrois", 8)
    [(0, 'un\\n\\n'), (4, 'deux\\n\\n'), (10, 'trois')]
    >>> split_text("court", 100)
    [(0, 'court')]
    """
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(window)] or [
            i + 1 for i, ch in enumerate(window) if ch == "\n"
        ]
        cut = start + (breaks[-1] if breaks and breaks[-1] > 0 else max_chars)
        parts.append((start, text[start:cut]))
        start = cut
    parts.append((start, text[start:]))
    return parts


def _iso(value: str | date | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


@dataclass(frozen=True)
class Failure:
    """A document whose extraction failed; the others are unaffected.

    `error_type` and `traceback` keep what a developer needs to find the cause (they end up
    in `errors.jsonl`); `error_type` is "WorkerDied" when the process itself was killed.
    """

    document: Document
    error: str
    error_type: str | None = None
    traceback: str | None = None

    @classmethod
    def from_exception(cls, document: Document, exc: BaseException) -> Failure:
        return cls(
            document,
            f"{type(exc).__name__}: {exc}",
            error_type=type(exc).__name__,
            traceback="".join(traceback.format_exception(exc)),
        )

    def as_input_error(self) -> InputError:
        return InputError(
            doc_id=self.document.doc_id,
            source=self.document.source,
            error=self.error,
            error_type=self.error_type,
            traceback=self.traceback,
        )


def _document_of(item: object, number: int) -> Document | Failure:
    """The Document of one input of `results`, or the Failure of an input that has no text."""
    if isinstance(item, Document) and isinstance(item.text, str):
        return item
    if isinstance(item, str):
        return Document.from_text(item, doc_id=f"doc{number}")
    text = item.text if isinstance(item, Document) else item
    placeholder = item if isinstance(item, Document) else Document.from_text("", doc_id=f"doc{number}")
    error = f"TypeError: the text is {text!r} ({type(text).__name__}), not a string"
    return Failure(placeholder, error, error_type="TypeError")


class Extractor:
    """Owns the spaCy pipeline; turns documents into records.

    Build it once (`extract.load()`): loading the French model takes seconds, extracting
    an article milliseconds.
    """

    def __init__(
        self,
        nlp: Language,
        *,
        batch_size: int = 32,
        max_part_chars: int | None = None,
        config_sha256: str | None = None,
        any_language: bool = False,
        explain: bool = False,
    ):
        self.nlp = nlp
        # A document identified as not French is extracted with the French rules only if asked.
        self.any_language = any_language
        # Records carry the `evidence` of their people, organisations, places and events.
        self.explain = explain
        self.base_lineage = base_lineage(nlp, config_sha256)
        self.batch_size = batch_size
        self.max_part_chars = max_part_chars or min(nlp.max_length, MAX_PART_CHARS)
        # Distinct words tokenised outside a memory zone, while the tokenizer cache fills.
        self._words_seen: set[str] | None = set()
        # The language check's model, loaded with the pipeline rather than at the first document.
        load_identifier()

    # -- one document -------------------------------------------------------------------
    def extract(
        self,
        text: str,
        *,
        doc_id: str = "doc",
        source: str | None = None,
        reference_date: str | date | None = None,
        published: str | date | None = None,
        title: str | None = None,
    ) -> Record:
        """Extract one text. `reference_date` resolves relative dates ("mardi dernier")."""
        document = Document.from_text(
            text,
            doc_id=doc_id,
            source=source or doc_id,
            reference_date=_iso(reference_date),
            published=_iso(published),
            title=title,
        )
        result = next(self.results([document]))
        if isinstance(result, Failure):
            raise RuntimeError(f"extraction failed for {doc_id}: {result.error}")
        return result

    def lineage(self, document: Document | None = None) -> ExtractorInfo:
        """What a record of this extractor says produced it, for `document` with the dates
        given to it as options (see `extract.lineage`)."""
        return with_options(
            self.base_lineage,
            reference_date=document.reference_date if document else None,
            default_reference_date=document.default_reference_date if document else None,
            any_language=self.any_language,
            explain=self.explain,
        )

    # -- many documents -----------------------------------------------------------------
    def extract_many(self, documents: Iterable[Document | str]) -> Iterator[Record]:
        """Records of many documents, streamed in input order; failed ones are skipped.

        Use `results()` to receive failures too.
        """
        for result in self.results(documents):
            if isinstance(result, Record):
                yield result

    def results(self, documents: Iterable[Document | str]) -> Iterator[Record | Failure]:
        """A record, or a Failure, for each document, in input order: a text that is not a
        string (None, a NaN from a DataFrame, bytes) is a Failure, never an exception."""
        batch: list[Document | Failure] = []
        for number, item in enumerate(documents):
            batch.append(_document_of(item, number))
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _prepare(self, document: Document) -> tuple[ArticleMeta, list[tuple[int, Doc]]]:
        lang = document.lang or identify(document.text)
        warnings = list(document.warnings)
        if lang != FRENCH:
            warnings.append(warning(W.NOT_FRENCH, lang=lang))
            if not self.any_language:
                return self._meta(document, None, lang, warnings), []
        header = parse_header(document.text)
        meta = self._meta(document, header, lang, warnings)
        docs = []
        if self._words_seen is not None:
            self._words_seen.update(document.text.split())
        for offset, part in split_text(document.text, self.max_part_chars):
            doc = make_doc(self.nlp, part)
            doc._.reference_date = meta.reference_date
            docs.append((offset, doc))
        return meta, docs

    @staticmethod
    def _meta(document: Document, header: Header | None, lang: str, warnings: list[str]) -> ArticleMeta:
        """What the record says of the article; the source's own metadata wins over its header's.

        The reference date: `--reference-date` (the document's `reference_date`) wins; then
        the date the article states (its source's, else its header's); then
        `--default-reference-date`, for documents with no date of their own.
        """
        published = document.published or (_iso(header.published) if header else None)
        reference, reference_source = None, None
        if document.reference_date:
            reference, reference_source = document.reference_date, ReferenceDateSource.OPTION
        elif published:
            reference, reference_source = published, ReferenceDateSource.PUBLISHED
        elif document.default_reference_date:
            reference, reference_source = document.default_reference_date, ReferenceDateSource.OPTION
        return ArticleMeta(
            doc_id=document.doc_id,
            source=document.source,
            sha256=document.sha256,
            title=document.title or (header.title if header else None),
            author=document.author or (header.author if header else None),
            published=published,
            reference_date=reference,
            reference_date_source=reference_source,
            warnings=tuple(warnings),
            lang=lang,
            url=document.url,
            site=document.site,
        )

    def _run_batch(self, documents: list[Document | Failure]) -> Iterator[Record | Failure]:
        # A memory zone frees the strings and lexemes a batch added to the vocabulary once
        # its records are built: without it a long run of real news grows without bound.
        # But spaCy's tokenizer caches nothing inside a zone, and tokenising every word
        # from scratch cost 2.5 times as much: so the first batches are tokenised outside
        # it, until the tokenizer's cache (a fixed number of entries) is full of the
        # corpus's common words. That keeps a bounded set of lexemes, once.
        if self._tokenizer_cache_filling():
            prepared = self._prepare_all(documents)
            with self.nlp.memory_zone():
                yield from self._run_prepared(prepared)
            return
        with self.nlp.memory_zone():
            yield from self._run_prepared(self._prepare_all(documents))

    def _tokenizer_cache_filling(self) -> bool:
        if self._words_seen is None:
            return False
        if len(self._words_seen) < self.nlp.tokenizer.max_cache_size:
            return True
        self._words_seen = None
        return False

    def _prepare_all(self, documents: list[Document | Failure]) -> list[Prepared | Failure]:
        prepared: list[Prepared | Failure] = []
        for document in documents:
            if isinstance(document, Failure):
                prepared.append(document)
                continue
            try:
                prepared.append((document, *self._prepare(document)))
            except Exception as exc:  # one bad document must not cost the others
                prepared.append(Failure.from_exception(document, exc))
        return prepared

    def _run_prepared(self, prepared: list[Prepared | Failure]) -> Iterator[Record | Failure]:
        all_docs = [doc for item in prepared if not isinstance(item, Failure) for _, doc in item[2]]
        processed = self._pipe(all_docs)
        keys = SpanKeys.of(self.nlp)
        for item in prepared:
            if isinstance(item, Failure):
                yield item
                continue
            document, meta, docs = item
            outcomes = [processed[id(doc)] for _, doc in docs]
            errors = [o for o in outcomes if isinstance(o, Exception)]
            if errors:
                yield Failure.from_exception(document, errors[0])
                continue
            parts = [DocPart(doc=o, offset=offset) for (offset, _), o in zip(docs, outcomes, strict=True)]
            try:
                record = assemble_record(parts, meta, keys, explain=self.explain)
                yield record.model_copy(update={"extractor": self.lineage(document)})
            except Exception as exc:
                yield Failure.from_exception(document, exc)

    def _pipe(self, docs: list[Doc]) -> dict[int, Doc | Exception]:
        """Run the pipeline over Docs; map each input Doc's id to its result or its error.

        The batch goes through `nlp.pipe` at once; if anything in it fails, each Doc is
        run again on its own so that only the faulty one is lost.
        """
        with one_blas_thread():
            try:
                done = list(self.nlp.pipe(docs, batch_size=self.batch_size))
                return {id(src): out for src, out in zip(docs, done, strict=True)}
            except Exception:
                return self._pipe_one_by_one(docs)

    def _pipe_one_by_one(self, docs: list[Doc]) -> dict[int, Doc | Exception]:
        results: dict[int, Doc | Exception] = {}
        for doc in docs:
            fresh = make_doc(self.nlp, doc.text)
            fresh._.reference_date = doc._.reference_date
            try:
                results[id(doc)] = self.nlp(fresh)
            except Exception as exc:
                results[id(doc)] = exc
        return results


def load(
    config_path: str | Path | None = None,
    *,
    batch_size: int | None = None,
    matmul: Matmul | str | None = None,
    any_language: bool = False,
    explain: bool = False,
) -> Extractor:
    """Build the Extractor: the French model plus our components, from the pipeline config.

    The config is `config_path`, else `$EXTRACT_MODELS_DIR/extract.cfg`, else the default
    that ships with the package (`extract config` prints it). `batch_size` and `matmul`
    ("numpy" or "blis", see `extract.matmul`) override its `[nlp] batch_size` and
    `[extract] matmul`. `any_language` extracts documents that are not French too (their
    warning stays). With `explain`, records say which rules decided each person,
    organisation, place and event (`evidence`, see docs/entities.md).
    """
    path = Path(config_path) if config_path else None
    config = load_pipeline_config(path)
    nlp = build_nlp(config)
    set_matmul(nlp, matmul or config.get("extract", {}).get("matmul", Matmul.NUMPY))
    digest = text_sha256(config_text(path))
    return Extractor(
        nlp,
        batch_size=batch_size or nlp.batch_size,
        config_sha256=digest,
        any_language=any_language,
        explain=explain,
    )
