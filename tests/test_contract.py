"""The contract between components (`extract.extensions`): span keys and what factories declare.

A writer's span group is a config setting; its readers take theirs from config too, and the
record follows whatever the loaded pipeline's writers were given. The pipelines with other
keys share the session pipeline's vocabulary and trained components (spaCy's `source`),
so that they cost milliseconds; only our rule components are built anew.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from extract.assemble import ArticleMeta, DocPart, assemble_record
from extract.extensions import DATES_KEY, FIGURES_KEY, SpanKeys, check_span_keys

TEXT = (
    "Le Salon régional de la logistique se tiendra du 3 au 5 mars 2026 à Tanger. "
    "Plus de 300 exposants sont attendus. "
    "Le groupe Valmont investira plus de 2,5 milliards de dirhams d'ici 2030."
)
# The settings naming a span group, by factory: (the group it writes, the groups it reads).
KEY_SETTINGS = {
    "extract_dates": {"spans_key": "dates"},
    "extract_figures": {"spans_key": "figures", "dates_key": "dates"},
    "extract_events": {"dates_key": "dates", "figures_key": "figures"},
}


def _with_keys(nlp: Language, keys: dict[str, str]) -> Language:
    """The session pipeline again, with each span group renamed as `keys` says."""
    other = spacy.blank("fr", vocab=nlp.vocab)
    for name in nlp.component_names:
        factory = nlp.get_pipe_meta(name).factory
        if factory not in KEY_SETTINGS:
            other.add_pipe(name, source=nlp)
            continue
        config = dict(nlp.get_pipe_config(name))
        config.pop("factory")
        config.update({setting: keys[group] for setting, group in KEY_SETTINGS[factory].items()})
        other.add_pipe(factory, name=name, config=config)
    for name in nlp.disabled:
        other.disable_pipe(name)
    return other


def _record_json(nlp: Language) -> str:
    doc = nlp.make_doc(TEXT)
    doc._.reference_date = "2026-01-22"
    meta = ArticleMeta(doc_id="d", source="d", sha256="")
    record = assemble_record([DocPart(nlp(doc))], meta, SpanKeys.of(nlp))
    return record.model_dump_json()


def test_span_keys_of_a_pipeline_are_its_writers_settings(nlp: Language) -> None:
    assert SpanKeys.of(nlp) == SpanKeys(dates=DATES_KEY, figures=FIGURES_KEY)
    renamed = _with_keys(nlp, {"dates": "dated", "figures": "numbers"})
    assert SpanKeys.of(renamed) == SpanKeys(dates="dated", figures="numbers")


def test_renamed_span_groups_give_the_same_record(nlp: Language) -> None:
    default = _record_json(nlp)
    # The record has what every reader takes from the groups: the figure's target date,
    # the event's dates and its count of exhibitors.
    assert '"date":"2030"' in default and '"start":"2026-03-03"' in default
    assert '"participants":[0]' in default
    assert _record_json(_with_keys(nlp, {"dates": "dated", "figures": "numbers"})) == default


def test_a_reader_of_a_group_nobody_writes_fails_at_load() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("extract_dates", config={"spans_key": "dated"})
    nlp.add_pipe("extract_figures", config={"dates_key": DATES_KEY})
    with pytest.raises(ValueError, match="'extract_figures' reads doc.spans\\['dates'\\] \\(dates_key\\)"):
        check_span_keys(nlp)


def test_every_component_finds_what_it_requires_before_it(nlp: Language) -> None:
    """spaCy's own check of the factories' declarations (`requires` met by an earlier
    component's `assigns`) over the pipeline as it runs."""
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert {name: found for name, found in problems.items() if found} == {}


@pytest.mark.parametrize(
    ("component", "attribute"),
    [
        ("extract_figures", "doc.ents"),
        ("extract_figures", "span._.figure"),
        ("extract_dates", "span._.date"),
        ("extract_events", "doc._.events"),
    ],
    ids=["figures-drop-ents-in-amounts", "figures-values", "dates-values", "events-values"],
)
def test_what_a_component_writes_is_declared(nlp: Language, component: str, attribute: str) -> None:
    assert attribute in nlp.get_pipe_meta(component).assigns


def test_the_figures_component_declares_that_it_splits_tokens(nlp: Language) -> None:
    assert nlp.get_pipe_meta("extract_figures").retokenizes
