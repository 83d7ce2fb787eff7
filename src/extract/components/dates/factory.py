"""Registration of the `extract_dates` component."""

from __future__ import annotations

from spacy.language import Language

from extract.components.dates.matcher import DatesMatcher
from extract.extensions import DATES_KEY


@Language.factory(
    "extract_dates",
    assigns=["doc.spans", "span._.date", "doc._.warnings"],
    # POS, lemmas and verb morphology tell the tense that resolves "mardi" past or future.
    requires=["token.pos", "token.lemma", "token.morph"],
    default_config={"spans_key": DATES_KEY},
)
def make_dates(nlp: Language, name: str, spans_key: str) -> DatesMatcher:
    return DatesMatcher(nlp, name, spans_key=spans_key)
