"""French name particles: lower-case words that belong inside a person's name.

Source: French and international onomastics ("Charles de Gaulle", "Ursula von der
Leyen", "Ahmed Ben Salah", "Ibn Khaldoun"): a particle between capitalised words does
not end the name.
"""

from __future__ import annotations

PARTICLES: frozenset[str] = frozenset(
    "de du des d' d’ van von der den di da del dos ben bin ibn el al".split()
)
