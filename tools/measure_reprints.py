"""Measure the reprint threshold of `extract.linking.duplicates` on French articles.

Reprints are built from each original the way outlets reprint an agency dispatch: another
headline, a lede and byline of their own, "Lire aussi" links and a copyright line, a few
typos fixed, the last paragraph (or two) cut, and all of these at once. Non-duplicates are
every pair of distinct originals, among them articles on one topic (one trade fair, one
company), and each pair again with one article quoting the other's longest paragraph.
Prints the Jaccard similarity of 5-word shingles (exact, and as MinHash estimates it) for
each kind of pair, and the margin around `THRESHOLD`.

    PYTHONPATH=src python -m tools.measure_reprints data/raw tests/fixtures/linking
"""

from __future__ import annotations

import random
import statistics
import sys
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

from extract.linking import duplicates

# An outlet's own additions: invented here, in the style of Moroccan and West African sites.
_HEADLINE = "Ce qu'il faut retenir de l'annonce de la semaine"
_LEDE = (
    "Par notre correspondant | Mis à jour le 14 mars à 10h32\n\n"
    "Une annonce très attendue par les professionnels du secteur, qui suivent le dossier depuis des mois."
)
_READ_ALSO = "Lire aussi : Le gouvernement dévoile sa feuille de route pour l'investissement"
_FOOTER = "© Agence de presse. Tous droits réservés. Reproduction interdite sans autorisation."
_HAND_MADE = {("a1_hydrogene_dakhla", "a6_reprise_hydrogene")}  # reprint written by hand


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def new_headline(text: str) -> str:
    return "\n".join([_HEADLINE, *_paragraphs(text)[1:]])


def own_lede(text: str) -> str:
    paragraphs = _paragraphs(text)
    return "\n".join([paragraphs[0], _LEDE, *paragraphs[1:]])


def boilerplate(text: str) -> str:
    paragraphs = _paragraphs(text)
    middle = len(paragraphs) // 2
    return "\n".join([*paragraphs[:middle], _READ_ALSO, *paragraphs[middle:], _FOOTER])


def typos_fixed(text: str, count: int = 6) -> str:
    words = text.split(" ")
    rng = random.Random(len(text))
    for index in rng.sample(range(len(words)), min(count, len(words))):
        word = words[index]
        if len(word) > 3:
            words[index] = word[0] + word[2] + word[1] + word[3:]
    return " ".join(words)


def cut_last(text: str, paragraphs_cut: int = 1) -> str:
    paragraphs = _paragraphs(text)
    return "\n".join(paragraphs[: max(2, len(paragraphs) - paragraphs_cut)])


def all_at_once(text: str) -> str:
    return typos_fixed(boilerplate(own_lede(new_headline(cut_last(text)))))


def cut_two_and_headline(text: str) -> str:
    return new_headline(cut_last(text, 2))


def quote_paragraph(source: str, other: str) -> str:
    """Another article that quotes the longest paragraph of `source` (a press release)."""
    quoted = max(_paragraphs(source)[1:] or _paragraphs(source), key=len)
    paragraphs = _paragraphs(other)
    return "\n".join([*paragraphs[:2], quoted, *paragraphs[2:]])


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "new headline": new_headline,
    "own lede and byline": own_lede,
    "'Lire aussi' and footer": boilerplate,
    "6 typos fixed": typos_fixed,
    "last paragraph cut": cut_last,
    "all five at once": all_at_once,
    "headline, two last paragraphs cut": cut_two_and_headline,
}


def jaccard(a: str, b: str) -> tuple[float, float]:
    """Exact Jaccard of the shingle sets, and the MinHash estimate."""
    sa, sb = duplicates.shingles(a), duplicates.shingles(b)
    exact = len(sa & sb) / len(sa | sb) if sa | sb else 0.0
    ma, mb = duplicates.signature(a), duplicates.signature(b)
    estimate = ma.jaccard(mb) if ma is not None and mb is not None else 0.0
    return exact, estimate


def _row(label: str, values: list[tuple[float, float]]) -> str:
    exact = [v[0] for v in values]
    estimate = [v[1] for v in values]
    return (
        f"| {label} | {len(values)} | {min(exact):.2f} / {statistics.median(exact):.2f} / {max(exact):.2f} "
        f"| {min(estimate):.2f} / {statistics.median(estimate):.2f} / {max(estimate):.2f} |"
    )


def main(folders: list[str]) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for f in folders for p in sorted(Path(f).glob("*.txt"))}
    reprinted = {b for _, b in _HAND_MADE}
    originals = {k: v for k, v in texts.items() if k not in reprinted}
    print(f"{len(originals)} originals, threshold {duplicates.THRESHOLD}\n")
    print("| pairs | n | Jaccard exact min / median / max | MinHash estimate min / median / max |")
    print("| --- | --- | --- | --- |")
    reprints: list[tuple[float, float]] = []
    for label, transform in TRANSFORMS.items():
        values = [jaccard(text, transform(text)) for text in originals.values()]
        reprints += values
        print(_row(f"reprint: {label}", values))
    hand = [jaccard(texts[a], texts[b]) for a, b in _HAND_MADE if a in texts and b in texts]
    if hand:
        print(_row("reprint written by hand", hand))
    pairs = list(combinations(sorted(originals), 2))
    others = [jaccard(originals[a], originals[b]) for a, b in pairs]
    print(_row("different articles (all pairs)", others))
    quoting = [jaccard(originals[a], quote_paragraph(originals[a], originals[b])) for a, b in pairs]
    print(_row("different article quoting a paragraph of the other", quoting))
    others += quoting
    lowest = min(v[1] for v in reprints + hand)
    highest = max(v[1] for v in others)
    print(f"\nlowest reprint estimate {lowest:.2f}, highest non-duplicate estimate {highest:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["data/raw", "tests/fixtures/linking"])
