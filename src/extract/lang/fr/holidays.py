"""French names of holidays and observances that fix a calendar date.

Source: the French and Moroccan public-holiday calendars (Légifrance, Code du travail
art. L3133-1; Moroccan civil holidays) and widely observed international days; only
holidays on a fixed Gregorian date or a fixed weekday rule are listed (Easter and the
Islamic calendar's holidays move and are not resolved here). Spellings are matched
loosely (accents optional).

FIXED_HOLIDAYS: name -> (month, day).
WEEKDAY_HOLIDAYS: name -> (month, weekday with Monday = 0, rank; -1 = last of the month).
"""

from __future__ import annotations

FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "jour de l'an": (1, 1),
    "nouvel an": (1, 1),
    "saint-valentin": (2, 14),
    "journée internationale des droits des femmes": (3, 8),
    "journée internationale de la femme": (3, 8),
    "fête du travail": (5, 1),
    "fête de la musique": (6, 21),
    "fête du trône": (7, 30),
    "assomption": (8, 15),
    "toussaint": (11, 1),
    "armistice": (11, 11),
    "veille de noël": (12, 24),
    "réveillon de noël": (12, 24),
    "noël": (12, 25),
    "saint-sylvestre": (12, 31),
    "réveillon du nouvel an": (12, 31),
    "réveillon de nouvel an": (12, 31),
    "réveillon de la saint-sylvestre": (12, 31),
}

WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    # France: the last Sunday of May (moved when it falls on Pentecost; not handled).
    "fête des mères": (5, 6, -1),
    # France and most of the world: the third Sunday of June.
    "fête des pères": (6, 6, 3),
    # United States: the fourth Thursday of November; French press writes it as one word
    # or two.
    "thanksgiving": (11, 3, 4),
    "thanks giving": (11, 3, 4),
}
