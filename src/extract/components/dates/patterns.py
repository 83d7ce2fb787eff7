"""Regular expressions of French date mentions, composed from `extract.lang.fr` data.

Each pattern finds one kind of mention; its named groups carry the parts of the value
(`day`, `month`, `year`, `next`/`last`/`this`, `unit`, `n`...), which `parse.py` turns into
a `DateValue`. The `regex` module is used because it allows one group name in several
branches, so every branch of a pattern feeds the same parser.
No French word is written here: the words come from the data modules.
"""

from __future__ import annotations

import re

import regex

from extract import wordtables
from extract.lang.fr import articles, calendar, holidays, places, punctuation, ranges, references
from extract.lang.fr import relative_dates as rel
from extract.wordtables import folded, loose, words  # table keys hold no dot

FLAGS = regex.IGNORECASE | regex.UNICODE


def _after(alternation: str) -> str:
    """An alternation followed by blanks, unless it ends with an apostrophe or hyphen."""
    return rf"{alternation}(?:(?<=['’\-])|\s+)"


# -- atoms -----------------------------------------------------------------------------
B = r"(?<!\w)"  # word start ("d'août 99": an elided article may precede)
CUE_B = r"(?<![\w'’])"  # a cue starts a word ("d'ici" is one cue, not "ici")
E = r"(?![\w])"  # word end
MONTH_FULL = words(calendar.MONTH_FULL_SPELLINGS)
# Only an abbreviation takes a dot ("janv."): after a full name it ends the sentence.
MONTH = rf"(?:{MONTH_FULL}|{words(calendar.MONTH_ABBREVIATIONS)}\.?)"
WEEKDAY = words(calendar.WEEKDAYS)
WEEKDAY_ANY = rf"(?:{WEEKDAY}|{words(calendar.WEEKDAY_ABBREVIATIONS)}\.?)"
FIRST = words(calendar.FIRST_DAY_SUFFIXES)
DAY_NUMBER = rf"(?:0?[1-9]|[12]\d|3[01])(?:{FIRST})?(?!\d)"
DAY = rf"(?:{DAY_NUMBER}|{words(calendar.DAY_WORDS)}|{words(calendar.ORDINAL_DAY_WORDS)})"
YEAR4 = r"(?:1[89]\d\d|20\d\d)(?!\d)"
# A two-digit year must not be the count of something that follows ("le 3 mars 15 ans").
YEAR2 = r"'?\d\d(?!\d)(?!\s*(?:[^\W\d_]{2,}|%|h\b))"
# "deux mille sept", "dix-neuf cent dix-huit", "mil neuf cent quatre-vingt-dix": a year in
# words opens with its thousands or its hundreds of hundreds; text2num values it.
_YEAR_WORD = words(rel.YEAR_WORDS)
YEAR_WORDS = (
    rf"(?:{words(rel.YEAR_WORD_OPENERS)})(?:[\s\-]+(?:{_YEAR_WORD}))*{E}"
)
YEAR = rf"(?:{YEAR4}|{YEAR_WORDS}|{YEAR2})"
NEXT = words(rel.NEXT_WORDS)
LAST = words(rel.LAST_WORDS)
THIS = words(rel.THIS_WORDS)
OF = _after(words(rel.OF_WORDS))
MONTH_NOUN = words(rel.MONTH_NOUNS)
DIRECTION = rf"(?:\s+(?:(?P<next>{NEXT})|(?P<last>{LAST})){E})"
# "ce mois", "de ce mois", "cette mois", "le mois prochain", "du mois dernier"
REL_MONTH = (
    rf"(?:(?:{OF})?(?P<rm_this>{THIS})\s+{MONTH_NOUN}(?:{loose(rel.THIS_SUFFIX)})?"
    rf"|(?:{_after(words(rel.PERIOD_ARTICLES))})?{MONTH_NOUN}\s+(?:(?P<rm_next>{NEXT})|(?P<rm_last>{LAST})))"
)
COUNT = rf"(?:\d{{1,3}}|{words(rel.COUNT_WORDS)}(?:[\s\-]+{words(rel.COUNT_WORDS)})*)"
UNIT = words(rel.UNITS)
ORDINAL = words(calendar.ORDINALS)

# -- calendar points -------------------------------------------------------------------
# "Jeudi 22 Janvier 2026", "1er mars", "le 4 de ce mois", "23/Sep/2020", "16 octobre prochain"
# A day in words takes a month in full (rule `number_words_not_month`): in "dix-sept",
# "vingt-sept pays", "sept" is a number word, not September's abbreviation.
_DAY_IN_WORDS = rf"(?:{words(calendar.DAY_WORDS)}|{words(calendar.ORDINAL_DAY_WORDS)})"
_DMY = (
    rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:{_after(words(rel.DAY_ARTICLES))})?"
    rf"(?:(?P<day>{DAY_NUMBER})|(?P<day>{_DAY_IN_WORDS})(?P<day_words>))"
    rf"\s*[/\-]?\s*(?:{OF})?(?:(?P<month>(?(day_words){MONTH_FULL}|{MONTH}))|{REL_MONTH})"
    rf"(?:\s*[,/\-]?\s*(?:{OF})?(?P<year>{YEAR})|{DIRECTION})?"
)
_RANGE_WORDS = words(rel.RANGE_SEPARATORS + rel.BETWEEN_SEPARATORS)
# "Oct. 2", "Sep-23-2020", "novembre 23 de 1987", "Mai vingt-neuf": the day must end the
# phrase, else "en mars 15 entreprises" would be a date.
_MDY = (
    rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<month>{MONTH})\.?\s*[\s/\-]\s*(?P<day>{DAY})"
    rf"(?:(?:\s*[,\-]\s*|\s+(?:{OF})?)(?P<year>{YEAR4})|(?!\s*(?:(?!{_RANGE_WORDS}\s)[^\W\d_]{{2,}}|\d|%)|[\-/.]\d))"
)
# "ce mois de janvier", "janvier 2026", "octobre prochain", "prochain juin", "juillet 98"
_MY = (
    rf"(?:(?P<this>{words(rel.MONTH_LEADS_THIS)})\s*|(?P<next>{NEXT})\s+|{_after(words(rel.MONTH_LEADS))})?"
    rf"(?:(?P<month>{MONTH})\s*[\s,/\-]\s*(?:{OF})?(?P<year>{YEAR})"
    rf"|(?P<month>{MONTH_FULL}){DIRECTION}?)"
)
POINT = rf"(?:{_DMY}|{_MDY}|{_MY})"
# Day, month name and year glued by slashes or dashes in another order, as forms and logs
# write them: "2020/Sep/23", "2020/23/Sep", "septembre-2020-23", "23-2020-septembre".
_GLUE = r"\s*[/\-.]\s*"
COMPACT = (
    rf"(?P<year>{YEAR4}){_GLUE}(?:(?P<month>{MONTH}){_GLUE}(?P<day>{DAY_NUMBER})"
    rf"|(?P<day>{DAY_NUMBER}){_GLUE}(?P<month>{MONTH}))"
    rf"|(?P<month>{MONTH_FULL}){_GLUE}(?P<year>{YEAR4}){_GLUE}(?P<day>{DAY_NUMBER})"
    rf"|(?P<day>{DAY_NUMBER}){_GLUE}(?P<year>{YEAR4}){_GLUE}(?P<month>{MONTH_FULL})"
)

# Numeric dates: day/month/year (month/day/year when the day cannot be a month),
# year/month/day, month/year, year-month, day/month. The separators are ours to check:
# "12/08,2015" and "02 04 2009" occur; phone numbers and references are kept out by
# the guards and the numbering cues.
_N_DMY = (
    r"(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>\d{1,2})(?:(?P=sep)|,)(?P<year>\d{4}|\d{2})(?!\d)"
    r"|(?P<day>\d{1,2}) (?P<month>\d{1,2}) (?P<year>\d{4}|\d{2})(?!\d)(?! ?\d)"
)
_N_YMD = r"(?P<year>\d{4})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
_N_MY = (
    rf"(?P<month>\d{{1,2}})\s*[/\-]\s*(?P<year>{YEAR4})"
    rf"|(?P<year>{YEAR4})\s*(?:[/\-]\s*|\.)(?P<month>\d{{1,2}})(?!\d)"
)
_N_DM = r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?!\d)"
NUMERIC = rf"(?:{_N_DMY}|{_N_YMD}|{_N_MY}|{_N_DM})"

# A number is not a date when it is glued to other figures ("4.0", "13-09-2", "1,5").
_NUM_START = r"(?<![\w.,/\-])"
_NUM_END = r"(?![\w/]|[.,\-]\d)"

REL_DAY = rf"(?P<offset>{words(rel.DAY_OFFSETS)})"
# "de demain" (the future) is figurative: the lead-in must not stand right before the word.
_NOT_FIGURATIVE = rf"(?<!{CUE_B}{_after(words(rel.FIGURATIVE_DAY_LEAD_INS))})"
# A bare day, allowed only as one end of a range ("du 3 au 5 mars", "du 3e au 6 juin",
# "vendredi 5 au dimanche 7 mai"); a day in words opens no range window, and is not read.
BARE_DAY = (
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<day>(?:{DAY_NUMBER})(?:{words(calendar.DAY_ORDINAL_SUFFIXES)})?)"
)
# The ends of a range, in the order they are tried.
RANGE_END = rf"(?:{POINT}|{NUMERIC}|(?P<year>{YEAR4})|{REL_DAY}|{BARE_DAY})"
_OPEN = rf"(?P<open>(?P<between>{words(ranges.BETWEEN_OPENERS)})|{words(ranges.RANGE_OPENERS)})"
_ARTICLE = rf"(?:{_after(words(rel.RANGE_ARTICLES))})?"
_DASHES = [w for w in rel.RANGE_SEPARATORS if not any(c.isalpha() for c in w)]
_WORD_SEPARATORS = [w for w in rel.RANGE_SEPARATORS if w not in _DASHES]
# Dashes may touch the ends ("2025-2030"); words need blanks ("3 au 5", "1 Jan jusqu'a 22").
_SEP = (
    rf"(?:\s*[{regex.escape(''.join(_DASHES))}]\s*|\s+{_after(words(_WORD_SEPARATORS))}"
    rf"|\s+(?P<and>{words(rel.BETWEEN_SEPARATORS)})\s+)"
)
# "novembre entre 19 et 20" (rule `month_then_day_range`): a month name right before a range
# of days opened by "entre" is their month, one mention; the articles of the ends are kept
# apart: "entre le 19 et le 22" are days (rule `between_days`), "entre 19 et 22" numbers.
_LEAD_MONTH = rf"(?:(?P<lead_month>{MONTH_FULL})\s+(?={words(ranges.BETWEEN_OPENERS)}\s))?"
# Rule `glued_numbers`: a date does not start inside a run of numbers glued by punctuation
# ("+86 138-2010-2015" is a phone number, "6,107,31 août" a number's groups; "les 2,3 et 4
# mars" is a list of days).
_NOT_GLUED = r"(?<!\d[./\-])(?<!\d\d\d,)"
RANGE = (
    rf"{B}{_NOT_GLUED}{_LEAD_MONTH}(?:{_OPEN}(?:(?<=['’])|\s+)(?P<left_article>{_ARTICLE}))?(?P<left>{RANGE_END})"
    rf"{_SEP}{_ARTICLE}(?P<right>{RANGE_END}){_NUM_END}"
    # "dimanche 12 mars à 15 h": a day and its hour, never the days 12 to 15
    rf"(?!\s*{words(rel.HOUR_WORDS)}{E})"
)

# -- relative dates --------------------------------------------------------------------
PERIOD = (
    rf"(?:(?P<this>{THIS})\s+|(?P<this>{_after(words(rel.WITHIN_PERIOD_LEADS))})"
    rf"|{_after(words(rel.PERIOD_ARTICLES))})?(?P<unit>{UNIT})"
    rf"(?:(?P<this>{loose(rel.THIS_SUFFIX)})|\s+(?:(?P<next>{NEXT})|(?P<last>{LAST})|(?P<this>{words(rel.CURRENT_WORDS)})))?"
)
_WEEK = (
    rf"(?:\s+(?:{OF})?(?:(?:(?P<wk_this>{THIS})\s+{words(rel.WEEK_NOUNS)})"
    rf"|(?:{_after(words(rel.PERIOD_ARTICLES))})?{words(rel.WEEK_NOUNS)}\s+(?:(?P<wk_next>{NEXT})|(?P<wk_last>{LAST}))))"
)
WEEKDAY_REL = (
    rf"(?:(?P<this>{THIS})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?:(?P<next>{NEXT})|(?P<last>{LAST})))?{_WEEK}?"
)
OFFSET = (
    rf"(?:(?P<ago>{words(rel.AGO_WORDS)})|(?P<within>{words(rel.WITHIN_WORDS)})|(?P<in>{words(rel.IN_WORDS)}))"
    rf"(?:\s+{words(rel.APPROX_WORDS)})?\s+(?P<n>{COUNT})\s+(?P<unit>{UNIT})"
    rf"(?:\s+{words(rel.OFFSET_JOINER)}\s+(?P<n2>{COUNT})\s+(?P<unit2>{UNIT}))?"
    rf"(?:\s+(?P<suffix>{words(rel.WITHIN_SUFFIXES)}))?"
)
SPAN = (
    rf"(?:{_after(words(rel.SPAN_LEADS))})?(?:(?P<n>{COUNT})\s+(?:(?P<next>{NEXT})|(?P<last>{LAST}))"
    rf"|(?:(?P<next>{NEXT})|(?P<last>{LAST}))\s+(?P<n>{COUNT}))\s+(?P<unit>{UNIT})"
)
DECADE = (
    rf"(?:{_after(words(rel.DECADE_LEADS))})?{words(rel.DECADE_NOUNS)}\s+(?P<decade>(?:1[89]|20)?\d0)(?:['’]?s)?"
)
# "12e", "40ème": an ordinal in digits, for the weeks of a year ("la 12e semaine de l'année")
NUMERIC_ORDINAL = rf"(?:[1-9]|[1-4]\d|5[0-3])(?:{words(calendar.DAY_ORDINAL_SUFFIXES)})(?!\w)"
ORDINAL_PART = (
    rf"(?:{_after(words(rel.RANGE_ARTICLES + rel.DAY_ARTICLES))})?"
    rf"(?P<ord>{ORDINAL}|{NUMERIC_ORDINAL})\s+"
    rf"(?:(?P<unit>{words(rel.PART_UNITS)})|(?P<wd>{WEEKDAY}))"
    rf"(?:\s+(?:{OF})?(?:(?P<year>{YEAR4})|(?P<this_year>{words(rel.YEAR_NOUNS)})"
    rf"|(?P<month>{MONTH})(?:\s+(?P<year>{YEAR4}))?|{REL_MONTH}))?"
)
_HOLIDAY_NAMES = [
    *holidays.FIXED_HOLIDAYS,
    *holidays.WEEKDAY_HOLIDAYS,
    *holidays.EASTER_HOLIDAYS,
    *holidays.HIJRI_HOLIDAYS,
]
# "le 1er ramadan 1446", "ramadan": a day of a Hijri month, or the month; its year (AH) is
# written with four digits from 1300.
HIJRI = (
    rf"(?:(?P<day>{DAY})\s+)?(?P<hmonth>{words(holidays.HIJRI_MONTHS)})"
    r"(?:\s+(?P<hyear>1[34]\d\d))?"
)
HOLIDAY = (
    rf"(?P<holiday>{words(_HOLIDAY_NAMES)})"
    rf"(?:\s+(?:{OF})?(?P<year>{YEAR4}))?"
)
YEAR_ALONE = rf"(?P<year>{YEAR4})"
# A season is read after its article only: "été" alone is mostly the participle ("a été").
_SEASON_LEAD = _after(words(rel.SEASON_ARTICLES))
SEASON = (
    rf"(?:(?P<this>{THIS})\s+|{_SEASON_LEAD})(?P<season>{words(rel.SEASONS)})"
    rf"(?:\s+(?:(?P<next>{NEXT})|(?P<last>{LAST}))|\s+(?:{OF})?(?P<year>{YEAR4}))?"
)
# Years, months counted from a date of the text: "l'année précédente", "le mois suivant".
ANAPHORIC_PERIOD = regex.compile(
    rf"(?:{_after(words(rel.PERIOD_ARTICLES))})?(?P<unit>{UNIT})\s+"
    rf"(?:(?P<last>{words(rel.ANAPHORIC_LAST_WORDS)})|(?P<next>{words(rel.ANAPHORIC_NEXT_WORDS)}))",
    FLAGS,
)

MONTHS_OF_YEAR = (
    rf"(?:{_after(words(rel.MONTHS_OF_YEAR_LEADS))})?(?P<n>{COUNT})\s+"
    rf"(?:(?P<first>{words(rel.FIRST_MONTHS_WORDS)})|(?P<final>{words(rel.LAST_MONTHS_WORDS)}))\s+"
    rf"{MONTH_NOUN}\s+{_after(words(rel.MONTHS_OF_YEAR_JOINERS))}(?P<year>{YEAR4})"
)

# "en '98", "en 89" (kind `short_year`)
# (read from the digits or the apostrophe, the fast way; the "en" joins the mention as its
# governing preposition)
SHORT_YEAR = (
    rf"['’](?P<yy>\d\d)(?![\d,.]\d|\d)"
    rf"|(?P<yy>[3-9]\d)(?<={CUE_B}{words(rel.SHORT_YEAR_LEADS)}\s+\d\d)"
    rf"(?!\d|[.,]\d|\s*(?:%|{words(rel.HOUR_WORDS)}{E}))"
)
# "au T3 2025", "S1 2024" (kind `part_code`): the capital letter written as it is
PART_CODE = (
    rf"(?<![\w\-])(?-i:(?P<code>{'|'.join(rel.PART_CODES)}))(?P<rank>[1-4])(?:\s*-\s*|\s+)(?P<year>{YEAR4})"
)
# "le XXe siècle", "du 19e siècle" (kind `century`)
CENTURY = (
    rf"(?:{_after(words(rel.CENTURY_LEADS))})?(?P<century>[ivxl]{{1,6}}|\d{{1,2}})"
    rf"(?:{words(calendar.DAY_ORDINAL_SUFFIXES)})\s+{words(rel.CENTURY_NOUNS)}"
)

#: kind -> compiled pattern, in order of preference when two mentions have one length
PATTERNS: dict[str, regex.Pattern[str]] = {
    kind: regex.compile(pattern, FLAGS)
    for kind, pattern in {
        "range": RANGE,
        "ordinal": rf"{B}{ORDINAL_PART}{E}",
        "holiday": rf"{B}{HOLIDAY}{E}",
        "hijri": rf"{B}{HIJRI}{E}",
        "compact": rf"{_NUM_START}(?:{COMPACT}){E}",
        "point": rf"{B}{_NOT_GLUED}{POINT}{E}",
        "numeric": rf"{_NUM_START}{NUMERIC}{_NUM_END}",
        "decade": rf"{B}{DECADE}{E}",
        "offset": rf"{B}{OFFSET}{E}",
        "span": rf"{B}{SPAN}{E}",
        "weekday": rf"{B}{WEEKDAY_REL}{E}",
        "period": rf"{B}{PERIOD}{E}",
        # "aujourd'hui lundi": one mention, the weekday names the same day
        "relday": rf"{B}{_NOT_FIGURATIVE}{REL_DAY}(?:\s+{WEEKDAY})?{E}",
        "season": rf"{B}{SEASON}{E}",
        "months_of_year": rf"{B}{MONTHS_OF_YEAR}{E}",
        "from_now": rf"{B}{words(rel.FROM_NOW_WORDS)}{E}",
        "century": rf"{B}{CENTURY}{E}",
        "part_code": rf"(?-i:(?=[{''.join(rel.PART_CODES)}]))(?:{PART_CODE}){_NUM_END}",
        # (the lookahead lets the engine skip to an apostrophe or a digit: 5x faster)
        "short_year": rf"(?=['’3-9])(?:{SHORT_YEAR}){E}",
        # "mi-2027": the one hyphen a year may follow
        "year": rf"(?:(?<={B}{words(rel.HYPHENED_YEAR_CUES)}-)|{_NUM_START}){YEAR_ALONE}{_NUM_END}",
    }.items()
}

# Most patterns are searched only near a word that every one of their matches holds,
# their trigger: a month name or "mois" for a point, a period noun for "l'an dernier", a
# weekday, an ordinal, a holiday, a day word ("demain"); a run of digits or any of these
# for a range. Scanning the text once for every trigger costs a tenth of running each
# pattern over all of it. A match starts at most TRIGGER_REACH characters before its
# trigger and ends at most that far after it. Numeric dates and bare years are searched
# everywhere: their patterns start with a digit and cost nothing.
_NO_LETTER_BEFORE = r"(?<![^\W\d_])"  # "23sept2020" holds "sept"; "marché" holds no "mar"
_NO_LETTER_AFTER = r"(?![^\W\d_])"
_TRIGGER_WORDS = words(
    [
        *rel.UNITS,
        *rel.DAY_OFFSETS,
        *rel.DECADE_NOUNS,
        *calendar.WEEKDAYS,
        *calendar.ORDINALS,
        *_HOLIDAY_NAMES,
        *holidays.HIJRI_MONTHS,
    ]
)
# One group per family of trigger; a word of two families ("mois": a month noun and a
# period noun) is found as the first, so a kind lists every family its trigger is in.
# The standard `re` engine scans it in two thirds of `regex`'s time (it needs no repeated
# group name).
TRIGGER = re.compile(
    rf"{_NO_LETTER_BEFORE}(?:(?P<month>{MONTH}|{MONTH_NOUN})|(?P<word>{_TRIGGER_WORDS})"
    rf"|(?P<season>{_SEASON_LEAD}{words(rel.SEASONS)})"
    # the rarer words of centuries and of the first or last months of a year
    rf"|(?P<part>{words([*rel.CENTURY_NOUNS, *rel.FIRST_MONTHS_WORDS, *rel.LAST_MONTHS_WORDS])}))"
    rf"{_NO_LETTER_AFTER}"
    r"|(?P<digits>\d+)",
    re.IGNORECASE,
)
#: kind -> the trigger families near which it is searched (a range: near any trigger)
TRIGGERS_OF_KIND: dict[str, frozenset[str]] = {
    "range": frozenset({"month", "word", "digits"}),
    "point": frozenset({"month"}),
    "compact": frozenset({"month"}),
    "ordinal": frozenset({"word"}),
    "holiday": frozenset({"word"}),
    "hijri": frozenset({"word"}),
    "decade": frozenset({"word"}),
    "offset": frozenset({"month", "word"}),
    "span": frozenset({"month", "word"}),
    "weekday": frozenset({"word"}),
    "period": frozenset({"month", "word"}),
    "relday": frozenset({"word"}),
    # seasons have a family of their own: rare words, so the pattern is seldom tried
    "season": frozenset({"season"}),
    "months_of_year": frozenset({"part"}),
    "century": frozenset({"part"}),
}
TRIGGER_REACH = 150
# Each end of a range holds a trigger, and the separator stands between the last trigger
# of the left end and the first of the right one, which are next to each other: a range is
# searched only around two neighbouring triggers with a separator between them. At most
# RANGE_GAP characters part them: what follows a left end's last trigger ("1er") and what
# precedes a right end's first ("jusqu'au mercredi vingt-trois mars") is under 50.
RANGE_SEPARATOR = regex.compile(_SEP, FLAGS)
RANGE_GAP = 80

#: the ends of a range are read again, alone, with these
END_PATTERNS: dict[str, regex.Pattern[str]] = {
    "point": regex.compile(POINT, FLAGS),
    "numeric": regex.compile(NUMERIC, FLAGS),
    "year": regex.compile(YEAR_ALONE, FLAGS),
    "relday": regex.compile(REL_DAY, FLAGS),
    "day": regex.compile(BARE_DAY, FLAGS),
}

# A cue right before a mention sets its relation; the group name carries the value. A
# demonstrative may stand between them ("jusqu'à ce vendredi 29 avril", "depuis ce lundi").
RELATION_CUE = regex.compile(
    CUE_B + "(?:" + "|".join(
        rf"(?P<rel_{relation}>{words(cues)})" for relation, cues in rel.RELATION_CUES.items()
    ) + rf")(?:\s+|-|(?<=['’]))(?:{THIS}\s+)?$",
    FLAGS,
)
# A number right after one of these is a reference ("loi 13-09", "n° 2019-05").
NUMBERING_CUE = regex.compile(rf"{B}{words(references.NUMBERING_CUES)}\s*$", FLAGS)
#: a year that labels the noun before it: "l'édition 2024" (named rule `year_label`)
YEAR_LABEL_BEFORE = regex.compile(rf"{B}{words(calendar.YEAR_LABEL_NOUNS)}\s+$", FLAGS)
#: a holiday's word inside a name: "Marie-Noël" (a hyphen after a capitalised word), "rue
#: de Pâques" (a street noun before it); named rule `holiday_in_name`
_STREET_LINKS = "|".join(
    r"\s+".join(regex.escape(w) for w in link.split()) + r"\s+" for link in places.STREET_NAME_LINKS
)
HOLIDAY_IN_NAME_BEFORE = regex.compile(
    rf"(?:\p{{Lu}}\p{{Ll}}+-|{B}{words(places.STREET_NOUNS)}\s+(?:{_STREET_LINKS})?)$", FLAGS
)
#: a weekday written inside a mention ("mardi 25 avril")
WEEKDAY_IN_TEXT = regex.compile(rf"{B}{WEEKDAY}{E}", FLAGS)
#: how many characters before a mention the cues are looked for
CUE_WINDOW = 40


_APOSTROPHES = re.compile(f"[{re.escape(punctuation.APOSTROPHES[1:])}]")


def plain_apostrophes(text: str) -> str:
    """`text` with each apostrophe look-alike replaced by "'", offsets unchanged.

    >>> plain_apostrophes("jusquʼau d＇ici aujourd′hui")
    "jusqu'au d'ici aujourd'hui"
    """
    return _APOSTROPHES.sub("'", text)  # one C pass; str.translate looks up every character


def fold(text: str) -> str:
    """The key `parse.py` and `matcher.py` look a matched word up under: `wordtables.fold`
    without the dot of an abbreviation, which the month and weekday groups hold ("févr.").

    >>> fold("Févr."), fold("après-demain")
    ('fevr', 'apres demain')
    """
    return wordtables.fold(text.rstrip("."))


# "le lendemain", "la veille": a day counted from the date the text gave just before; not
# when "de" follows ("le lendemain de l'élection" counts from an event).
# "jusqu'au lendemain", "jusqu'à la veille" (rule `until_anchored_day`): the same day, until;
# "il reviendra lendemain" (rule `unarticled_anchored_day`, `bare`): a noun-only anchored
# day without its article, which the matcher reads right after a verb only.
_ANCHORED_ARTICLE = _after(words(rel.ANCHORED_DAY_ARTICLES))
_ANCHORED_UNTIL = rf"(?P<until>{words(rel.ANCHORED_DAY_UNTIL_CUES)})\s+"
_UNARTICLED = words(rel.UNARTICLED_ANCHORED_DAYS)
ANCHORED_DAY = regex.compile(
    rf"{B}(?:(?:{_ANCHORED_UNTIL})?{_ANCHORED_ARTICLE}(?P<anchored>{words(rel.ANCHORED_DAY_OFFSETS)})"
    rf"|{_ANCHORED_UNTIL}(?P<anchored>{_UNARTICLED})|(?P<bare>)(?P<anchored>{_UNARTICLED})){E}"
    rf"(?!\s+{words(articles.OF_UNELIDED)}{E}|\s*{articles.OF_ELISION}['’])",
    FLAGS,
)
ANCHORED_OFFSETS = folded(rel.ANCHORED_DAY_OFFSETS)
# "Trois jours plus tard", "une semaine après,": counted from the date the text gave before.
COUNTED_FROM_TEXT = regex.compile(
    rf"{B}(?P<n>{COUNT})\s+(?P<unit>{UNIT})\s+(?:(?P<way>{words(rel.COUNTED_FROM_TEXT_DATE)}){E}"
    rf"|(?P<way_end>{words(rel.COUNTED_FROM_TEXT_DATE_AT_END)}){E}(?=\s*[,.;:!?)]|\s*$))",
    FLAGS,
)
COUNTED_FROM_TEXT_WAYS = folded({**rel.COUNTED_FROM_TEXT_DATE, **rel.COUNTED_FROM_TEXT_DATE_AT_END})
# "3 jours après mardi dernier": days or weeks counted from the date that follows.
COUNTED_BEFORE_DATE = regex.compile(
    rf"{B}(?P<n>{COUNT})\s+(?P<unit>{UNIT})\s+(?:(?P<way>{words(rel.COUNTED_FROM_DATE)})\s+)?$", FLAGS
)
# The same words opening a mention, as a cue ("après mardi dernier").
COUNTED_WAY_FIRST = regex.compile(rf"(?P<way>{words(rel.COUNTED_FROM_DATE)}){E}", FLAGS)
COUNTED_FROM_DATE = folded(rel.COUNTED_FROM_DATE)
# "la veille du 8 mai", "le lendemain de l'élection du 3 mars": the day counted from the
# date that follows; searched right before a date mention.
ANCHORED_BEFORE_DATE = regex.compile(
    rf"{B}(?:{_after(words(rel.ANCHORED_DAY_ARTICLES))})(?P<anchored>{words(rel.ANCHORED_DAY_OFFSETS)})"
    rf"\s+(?:{words(rel.ANCHORED_DATE_LINKS)}\s+|{articles.OF_ELISION}')?$",
    FLAGS,
)
# "le samedi 30", "jusqu'au 12": a day written without its month, which a date written
# just before (or after: "mardi 3 et mercredi 4 mars", or the reference date) gives; the
# matcher reads these once the other mentions are found. The day must end the mention: not
# a day with its month (a point), an hour ("samedi 10 h"), a share or another figure.
MONTHLESS_DAY = regex.compile(
    rf"{B}(?:(?P<wd>{WEEKDAY})\s+|(?P<until>{words(rel.MONTHLESS_DAY_CUES)})\s*)(?P<day>{DAY_NUMBER}){E}"
    rf"(?!\s*(?:{MONTH}{E}|(?:{OF})?{REL_MONTH}|\d|%|[.,:/\-]\d|{words(rel.HOUR_WORDS)}{E}))",
    FLAGS,
)
# "le 12 jeudi", "le douze jeudi" (rule `weekday_after_day`): a monthless day whose
# weekday follows it; found from the weekday back (`DAY_BEFORE_WEEKDAY`), then read whole.
# No first day: "le 1er mardi", "le premier mardi" are the first Tuesday of a month.
_DAY_NOT_FIRST = words([w for w, day in calendar.DAY_WORDS.items() if day > 1])
_DAY_BEFORE_WEEKDAY = (
    rf"{B}{words(rel.WEEKDAY_AFTER_DAY_ARTICLES)}\s+(?P<day>(?:0?[2-9]|[12]\d|3[01])(?!\d)|{_DAY_NOT_FIRST})\s+"
)
DAY_BEFORE_WEEKDAY = regex.compile(rf"{_DAY_BEFORE_WEEKDAY}$", FLAGS)
WEEKDAY_AFTER_DAY = regex.compile(
    rf"{_DAY_BEFORE_WEEKDAY}(?P<wd>{WEEKDAY}){E}"
    rf"(?!\s*(?:{MONTH}{E}|(?:{OF})?{REL_MONTH}|{NEXT}|{LAST}|\d|{OF}))",
    FLAGS,
)
#: what may stand between a monthless day and the date after it that gives its month
MONTHLESS_DAY_JOINER = regex.compile(
    rf"\s*(?:,|{words(rel.BETWEEN_SEPARATORS)}|{words(rel.MONTHLESS_DAY_JOINERS)})?\s*", FLAGS
)

# -- leads of a mention (matcher `_with_leads`) ------------------------------------------
#: "l'année 2023", "la période 2025-2027": a period noun before a year (rule `period_noun`)
PERIOD_NOUN_BEFORE = regex.compile(
    rf"{CUE_B}{_after(words(rel.PERIOD_NOUN_ARTICLES))}{words(rel.PERIOD_NOUNS_OF_YEARS)}\s+$", FLAGS
)
#: "en 2023", "pour 2025", "en février" (rule `governing_preposition`)
YEAR_PREPOSITION_BEFORE = regex.compile(rf"{CUE_B}{words(rel.YEAR_PREPOSITIONS)}\s+$", FLAGS)
MONTH_PREPOSITION_BEFORE = regex.compile(rf"{CUE_B}{words(rel.MONTH_PREPOSITIONS)}\s+$", FLAGS)
#: a month name opening a mention ("février", "mars 2020")
MONTH_FIRST = regex.compile(rf"{MONTH_FULL}{E}", FLAGS)
#: an article of "de" opening a mention ("de l'an prochain", "du 1er novembre"): a cue may
#: end with it ("à compter de", "à partir du")
OF_ARTICLE_FIRST = regex.compile(r"(?P<of>de\s+|du\s+|d')(?:l'|la\s+)?", FLAGS)
#: "vendredi matin", "la journée de mardi" (rule `day_part`)
DAY_PART_AFTER = regex.compile(rf"\s+{words(rel.DAY_PARTS_AFTER)}{E}", FLAGS)
DAY_PART_BEFORE = regex.compile(rf"{CUE_B}{words(rel.DAY_PARTS_BEFORE)}\s+$", FLAGS)
#: the cues that make a bare year its last month (rule `year_edge_month`)
YEAR_END_CUES = frozenset(fold(w) for w in rel.YEAR_END_CUES)
#: a month name anywhere in a mention
MONTH_WRITTEN = regex.compile(rf"{B}{MONTH_FULL}{E}", FLAGS)
#: "du 4 au 6": a range of days written without their month (rule `bare_day_range_month`)
BARE_DAY_RANGE = regex.compile(
    rf"{B}(?:{_OPEN}(?:(?<=['’])|\s+){_ARTICLE})?{BARE_DAY}{_SEP}{_ARTICLE}{BARE_DAY}$", FLAGS
)
#: a national day whose date is the country's (rule `holiday_of_country`)
COUNTRY_HOLIDAY = regex.compile(
    rf"{B}(?:{_after(words(('la', 'le', 'l')))})?(?P<holiday>{words(holidays.COUNTRY_HOLIDAYS)})"
    rf"(?:\s+(?:{OF})?(?P<year>{YEAR4}))?{E}",
    FLAGS,
)
#: country code -> the words that name it
COUNTRY_WORDS = {
    code: regex.compile(rf"{B}{words(names)}{E}", FLAGS) for code, names in holidays.COUNTRY_WORDS.items()
}
COUNTRY_HOLIDAYS = folded(holidays.COUNTRY_HOLIDAYS)
#: "passé de 12 en 35": a number's progression, not a year (kind `short_year`)
NUMBER_PROGRESSION_BEFORE = regex.compile(r"(?<!\w)d[e']\s*\d[\d\s,.]*(?:en\s+)?$", FLAGS)
