"""Registration of the `extract_figures` component."""

from __future__ import annotations

from spacy.language import Language

from extract.components.figures.matcher import FiguresMatcher
from extract.extensions import DATES_KEY, FIGURES_KEY


@Language.factory(
    "extract_figures",
    # It drops the entities inside an amount, and splits tokens ("-10", "Md€.") so that
    # a figure can start or end inside them.
    assigns=["doc.spans", "span._.figure", "doc.ents"],
    retokenizes=True,
    # The dates (target dates, and numbers that are dates), and the tok2vec rows that the
    # parser of the figures' sentences reads.
    requires=["token.pos", "token.lemma", "doc.spans", "span._.date", "doc.tensor"],
    default_config={
        "spans_key": FIGURES_KEY,
        "dates_key": DATES_KEY,
        "date_relations": ["by"],
        "parser": "parser",
    },
)
def make_figures(
    nlp: Language,
    name: str,
    spans_key: str,
    dates_key: str,
    date_relations: list[str],
    parser: str | None,
) -> FiguresMatcher:
    """`parser` names the base pipeline's dependency parser, run here on the sentences that
    hold a figure when the pipeline itself does not run it; None (or a pipeline without
    it) leaves figures without subjects. `dates_key` is the dates component's span group."""
    sentence_parser = nlp.get_pipe(parser) if parser and parser in nlp.component_names else None
    return FiguresMatcher(
        nlp,
        name,
        spans_key=spans_key,
        dates_key=dates_key,
        date_relations=date_relations,
        parser=sentence_parser,
    )
