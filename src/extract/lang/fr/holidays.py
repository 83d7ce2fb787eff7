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

#: Morocco's national days on a fixed date (Moroccan civil calendar, Dahir of 1977 and later
#: decrees). "fête de l'Indépendance" is left out: Morocco keeps 18 November, Algeria 5 July.
FIXED_HOLIDAYS.update(
    {
        "marche verte": (11, 6),
        "fête de la marche verte": (11, 6),
        "révolution du roi et du peuple": (8, 20),
        "manifeste de l'indépendance": (1, 11),
    }
)

#: Christian holidays that move with Easter: name -> days after Easter Sunday (Gregorian
#: computus, `dateutil.easter`)
EASTER_HOLIDAYS: dict[str, int] = {
    "pâques": 0,
    "dimanche de pâques": 0,
    "lundi de pâques": 1,
    "vendredi saint": -2,
    "ascension": 39,
    "jeudi de l'ascension": 39,
    "pentecôte": 49,
    "lundi de pentecôte": 50,
}

#: Islamic holidays: name -> (Hijri month, day), converted by the Umm al-Qura calendar
#: (`hijridate`); the press's spellings of the Arabic names, each written once (the word
#: tables accept a blank for a hyphen and no accents)
HIJRI_HOLIDAYS: dict[str, tuple[int, int]] = {
    "aïd al-fitr": (10, 1),
    "aïd el-fitr": (10, 1),
    "aïd es-seghir": (10, 1),
    "aïd al-adha": (12, 10),
    "aïd el-adha": (12, 10),
    "aïd el-kébir": (12, 10),
    "aïd al-kabir": (12, 10),
    "achoura": (1, 10),
    "achura": (1, 10),
    "aïd al-mawlid": (3, 12),
    "aïd el-mawlid": (3, 12),
    "mawlid": (3, 12),
    "mouloud": (3, 12),
    "nouvel an hégirien": (1, 1),
    "nouvel an de l'hégire": (1, 1),
}

#: Hijri month names as the French press spells them -> month number
HIJRI_MONTHS: dict[str, int] = {
    "mouharram": 1,
    "moharram": 1,
    "muharram": 1,
    "safar": 2,
    "rabia al-awal": 3,
    "rabii al-awal": 3,
    "rabia al-thani": 4,
    "joumada al-oula": 5,
    "joumada al-akhira": 6,
    "rajab": 7,
    "chaabane": 8,
    "chaâbane": 8,
    "ramadan": 9,
    "ramadhan": 9,
    "chawwal": 10,
    "chaoual": 10,
    "dhou al-qi'da": 11,
    "dhou al-hijja": 12,
}

#: National days whose date depends on the country (named rule `holiday_of_country`): name
#: -> {country: (month, day)}. The country is the one the sentence names, else the only one
#: the article names (`COUNTRY_WORDS`); with none or several, the day is left. Sources: the
#: countries' public-holiday laws (Algeria: 5 July independence and youth, 1 November
#: revolution, 19 March victory; Morocco: 18 November independence, 21 August youth;
#: Tunisia: 20 March independence, 14 January revolution; Senegal 4 April; Côte d'Ivoire
#: 7 August).
COUNTRY_HOLIDAYS: dict[str, dict[str, tuple[int, int]]] = {
    "fête de l'indépendance": {"DZ": (7, 5), "MA": (11, 18), "TN": (3, 20), "SN": (4, 4), "CI": (8, 7)},
    "jour de l'indépendance": {"DZ": (7, 5), "MA": (11, 18), "TN": (3, 20), "SN": (4, 4), "CI": (8, 7)},
    "fête de l'indépendance et de la jeunesse": {"DZ": (7, 5)},
    "fête de la jeunesse": {"DZ": (7, 5), "MA": (8, 21)},
    "fête de la révolution": {"DZ": (11, 1), "TN": (1, 14)},
    "anniversaire du déclenchement de la révolution": {"DZ": (11, 1)},
    "fête de la victoire": {"DZ": (3, 19)},
}
#: the words that name each country of `COUNTRY_HOLIDAYS` (its name, people, capital)
COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "DZ": ("algérie", "algérien", "algérienne", "algériens", "algériennes", "alger"),
    "MA": ("maroc", "marocain", "marocaine", "marocains", "marocaines", "rabat", "royaume"),
    "TN": ("tunisie", "tunisien", "tunisienne", "tunisiens", "tunisiennes", "tunis"),
    "SN": ("sénégal", "sénégalais", "sénégalaise", "sénégalaises", "dakar"),
    "CI": ("côte d'ivoire", "ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes", "abidjan", "yamoussoukro"),
}
