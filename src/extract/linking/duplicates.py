"""Reprinted dispatches: `duplicate_of` from MinHash signatures of the article texts.

An agency dispatch reprinted by several outlets keeps its body and changes its edges: a new
headline, a lede of the outlet's own, a byline, "Lire aussi" links, a fixed typo, a cut last
paragraph. The text is cut into overlapping runs of `SHINGLE_WORDS` folded words; two
articles are the same dispatch when the Jaccard similarity of their runs is at least
`THRESHOLD`, which was measured on built reprints and same-topic articles
(`tools/measure_reprints.py`, docs/linking.md). datasketch's MinHash estimates the
similarity from a fixed-size signature, and its LSH index finds the candidate pairs without
comparing every pair of a large batch.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Sequence

import numpy as np
import regex
from datasketch import MinHash, MinHashLSH

from extract.wordtables import fold

#: words per shingle: runs of 5 words rarely recur between two articles on one topic
SHINGLE_WORDS = 5
#: permutations of the MinHash: the estimate's standard error is about 1/sqrt(128) = 0.09
NUM_PERM = 128
#: fixed, so that signatures stored by one run compare with those of the next
SEED = 1
#: datasketch's permutation scheme (2.0): signatures of two schemes do not compare
SCHEME = "affine32"
#: names the settings above; a stored signature made with others is computed again
SIGNATURE_VERSION = f"minhash-{SCHEME}-crc32-{NUM_PERM}-{SEED}-w{SHINGLE_WORDS}"
#: Jaccard similarity of shingles from which an article is a reprint. Measured (docs/measurements.md): built
#: reprints 0.42-1.00, an article quoting one paragraph of another 0.05-0.20, distinct
#: articles on one topic 0.00-0.01; 0.3 sits in the middle of the gap
THRESHOLD = 0.3
#: the LSH index only proposes candidates, each then checked against THRESHOLD. Set at the
#: threshold itself, it missed 6 % of the pairs at 0.42 (37 bands of 3 rows); at half of it
#: (51 bands of 2), 0.01 % at 0.42 and 1 % at 0.3
CANDIDATE_THRESHOLD = THRESHOLD / 2
#: fewer words than this are no article of their own (an empty or one-line input)
MIN_WORDS = 30

_WORD = regex.compile(r"[\p{L}\p{N}]+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of runs of `size` consecutive folded words of a text.

    >>> sorted(shingles("Le Port de Tanger-Med a traité", 4))
    ['de tanger med a', 'le port de tanger', 'port de tanger med', 'tanger med a traite']
    """
    # word by word: `fold` keeps a cache of the words it has seen, not of whole articles
    words = [fold(word) for word in _WORD.findall(text)]
    return {" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))} if words else set()


def signature(text: str) -> MinHash | None:
    """The MinHash of a text's shingles; None for a text too short to be an article."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=_hash)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return minhash


def _hash(shingle: bytes) -> int:
    # CRC-32 is stable across runs and processes, and 2.5 times faster here than datasketch's
    # default SHA-1; 32 bits is what the affine32 scheme keeps of a hash anyway.
    return zlib.crc32(shingle)


def encode(minhash: MinHash) -> str:
    """A signature as text, for the index kept beside the records."""
    return base64.b64encode(minhash.hashvalues.astype("<u4").tobytes()).decode("ascii")


def decode(text: str) -> MinHash:
    values = np.frombuffer(base64.b64decode(text), dtype="<u4").copy()
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME, hashfunc=_hash)


def find_duplicates(signatures: Sequence[MinHash | None], threshold: float = THRESHOLD) -> list[int | None]:
    """For each text in batch order, the index of the earlier text it reprints, or None.

    The earlier text is the first one at least `threshold` similar; when that one is itself
    a reprint, the original it reprints, so that five reprints all point to one record.
    """
    lsh = MinHashLSH(threshold=min(threshold, CANDIDATE_THRESHOLD), num_perm=NUM_PERM)
    found: list[int | None] = []
    for number, minhash in enumerate(signatures):
        if minhash is None:
            found.append(None)
            continue
        earlier = sorted(
            int(key) for key in lsh.query(minhash) if minhash.jaccard(_at(signatures, key)) >= threshold
        )
        match = earlier[0] if earlier else None
        found.append(match if match is None or found[match] is None else found[match])
        lsh.insert(str(number), minhash)
    return found


def _at(signatures: Sequence[MinHash | None], key: str) -> MinHash:
    minhash = signatures[int(key)]
    assert minhash is not None  # only signatures are inserted in the index
    return minhash
