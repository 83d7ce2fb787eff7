"""Word tables compiled by `extract.wordtables.words`, and the `fold` key of what they match.

Each row is a spelling of the table and a way copy writes it: every variant the compiler
accepts must fold to the key of the spelling, so that the matched word is found in the
table it came from.
"""

from __future__ import annotations

import re

import pytest

from extract.wordtables import fold, folded, words

# table spelling, text as copy writes it, whether the compiled table matches it
SPELLINGS = [
    pytest.param("février", "février", True, id="as-written"),
    pytest.param("février", "fevrier", True, id="accent-dropped"),
    pytest.param("fevrier", "février", True, id="accent-added"),
    pytest.param("février", "FÉVRIER", True, id="capitals"),
    pytest.param("février", "Fevrier", True, id="capital-no-accent"),
    pytest.param("août", "aout", True, id="circumflex"),
    pytest.param("noël", "Noel", True, id="diaeresis"),
    pytest.param("français", "francais", True, id="cedilla"),
    pytest.param("jusqu'à", "jusqu’à", True, id="right-quote"),
    pytest.param("jusqu’à", "jusqu'à", True, id="ascii-from-right-quote"),
    pytest.param("jusqu'à", "jusquʼà", True, id="modifier-letter-apostrophe"),
    pytest.param("jusqu'à", "jusqu' à", True, id="blank-after-apostrophe"),
    pytest.param("d'ici", "d＇ici", True, id="full-width-apostrophe"),
    pytest.param("cœur", "CŒUR", True, id="ligature-capital"),
    # "œ" is a letter of its own, for `fold` too (the duplicate detector's words keep it)
    pytest.param("cœur", "coeur", False, id="ligature-is-a-letter"),
    pytest.param("au-delà de", "au delà de", True, id="hyphen-as-blank"),
    pytest.param("au-delà de", "au‑delà de", True, id="non-breaking-hyphen"),
    pytest.param("mis à jour le", "mis\u00a0à\u00a0jour le", True, id="no-break-spaces"),
    pytest.param("mis à jour le", "mis  à jour\u202fle", True, id="blank-runs-narrow-space"),
    pytest.param("rédigé par", "Rédigé par", True, id="sentence-capital"),
    pytest.param("février", "févr", False, id="prefix-is-not-the-word"),
    pytest.param("mai", "maïs", False, id="longer-word"),
    pytest.param("à", "á", False, id="acute-a-is-not-french"),
    pytest.param("jusqu'à", "jusqu à", False, id="apostrophe-needed"),
]


@pytest.mark.parametrize(("spelling", "text", "matches"), SPELLINGS)
def test_compiled_table_accepts_the_variants_copy_writes(spelling: str, text: str, matches: bool) -> None:
    pattern = re.compile(words([spelling]), re.IGNORECASE)
    assert bool(pattern.fullmatch(text)) is matches
    if matches:
        assert fold(text) == fold(spelling)


def test_longest_spelling_wins() -> None:
    pattern = re.compile(words(["de", "de la", "de l'ordre de", "mar", "mars"]), re.IGNORECASE)
    assert pattern.match("de l’ordre de 5").group() == "de l’ordre de"
    assert pattern.match("de la veille").group() == "de la"
    assert pattern.match("mars 2026").group() == "mars"


def test_punctuation_alone_is_itself() -> None:
    # a hyphen between letters may be dropped; a hyphen that is the whole spelling may not
    pattern = re.compile(rf"^(?:{words(['-', '–', 'et'])})$")
    assert [bool(pattern.match(t)) for t in ["-", "–", "et", "", " "]] == [True, True, True, False, False]


def test_case_kept_for_symbols() -> None:
    pattern = re.compile(rf"(?:{words(['M', 'Md', 'kW'], ignore_case=False, accents=False)})$")
    assert [bool(pattern.match(t)) for t in ["M", "Md", "kW", "m", "KW"]] == [True, True, True, False, False]


def test_without_accents_letters_are_as_written() -> None:
    pattern = re.compile(rf"(?:{words(['mètre'], accents=False)})$", re.IGNORECASE)
    assert [bool(pattern.match(t)) for t in ["mètre", "MÈTRE", "metre"]] == [True, True, False]


FOLDS = [
    pytest.param("États-Unis", "etats unis", id="capital-accent-hyphen"),
    pytest.param("ETATS UNIS", "etats unis", id="capitals-blank"),
    pytest.param("Asie de l’Est", "asie de l'est", id="right-quote"),
    pytest.param("l' Est", "l'est", id="blank-after-apostrophe"),
    pytest.param("Maroc.", "maroc.", id="punctuation-kept"),
    pytest.param("Œuvre", "œuvre", id="ligature-kept"),
    pytest.param("dix\u00a0huit", "dix huit", id="no-break-space"),
    pytest.param("  vingt-\u2011et un ", "vingt et un", id="blank-and-hyphen-runs"),
    pytest.param("Straße", "strasse", id="casefold"),
]


@pytest.mark.parametrize(("text", "key"), FOLDS)
def test_fold(text: str, key: str) -> None:
    assert fold(text) == key


def test_folded_table() -> None:
    assert folded({"Après-demain": 2, "aujourd’hui": 0}) == {"apres demain": 2, "aujourd'hui": 0}
