"""Registration of the `extract_figures` component."""

from __future__ import annotations

from spacy.language import Language

from extract.components.figures.matcher import FiguresMatcher


@Language.factory(
    "extract_figures",
    assigns=["doc.spans", "span._.figure"],
    requires=["token.pos", "token.lemma", "token.dep"],
    default_config={"spans_key": "figures", "date_relations": ["by"]},
)
def make_figures(nlp: Language, name: str, spans_key: str, date_relations: list[str]) -> FiguresMatcher:
    return FiguresMatcher(nlp, name, spans_key=spans_key, date_relations=date_relations)
