"""French names, symbols and abbreviations of currencies, mapped to ISO 4217 codes.

Source: ISO 4217 and CLDR through babel (the currencies in use in some territory today, their
French names in the singular and plural, their symbols in the French and English locales),
and, written here, the forms the French, Moroccan and West/Central African press print:
"DH", "Dhs", "MAD" for the dirham; "FCFA", "F CFA" for the CFA franc, whose code depends on
the zone (XOF for the UEMOA, XAF for the CEMAC). A generic "$" or "dollar" is the US
dollar, a bare "livres" (after "millions de") the pound sterling, by press convention.

Fields: each table maps a lower-case written form to a code; forms that are case-sensitive
(symbols, upper-case abbreviations) are in CURRENCY_SYMBOLS and matched as written. The
tables written here win over CLDR's where both give a form ("$" is the US dollar).
"""

from __future__ import annotations

from datetime import date

from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

# Written names (matched case-insensitively, singular and plural forms listed). Longer
# names must win over their prefixes ("dollars canadiens" over "dollars"); patterns sort
# by length, so the order here does not matter.
CURRENCY_NAMES: dict[str, str] = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "dollar américain": "USD",
    "dollars américains": "USD",
    "dollars us": "USD",
    "dollar canadien": "CAD",
    "dollars canadiens": "CAD",
    "dollar australien": "AUD",
    "dollars australiens": "AUD",
    "dollars néo-zélandais": "NZD",
    "dollars de hong kong": "HKD",
    "dollars de singapour": "SGD",
    "dirham": "MAD",
    "dirhams": "MAD",
    "dirham marocain": "MAD",
    "dirhams marocains": "MAD",
    "dirhams émiratis": "AED",
    "dirham émirati": "AED",
    "livre sterling": "GBP",
    "livres sterling": "GBP",
    "livre égyptienne": "EGP",
    "livres égyptiennes": "EGP",
    "livres turques": "TRY",
    "livre turque": "TRY",
    "livres libanaises": "LBP",
    "livre libanaise": "LBP",
    "franc suisse": "CHF",
    "francs suisses": "CHF",
    "yuan": "CNY",
    "yuans": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "yens": "JPY",
    "dinar algérien": "DZD",
    "dinars algériens": "DZD",
    "dinar tunisien": "TND",
    "dinars tunisiens": "TND",
    "dinar libyen": "LYD",
    "dinars libyens": "LYD",
    "dinar koweïtien": "KWD",
    "dinars koweïtiens": "KWD",
    "dinar jordanien": "JOD",
    "dinars jordaniens": "JOD",
    "dinars irakiens": "IQD",
    "riyal saoudien": "SAR",
    "riyals saoudiens": "SAR",
    "riyal": "SAR",
    "riyals": "SAR",
    "rial qatari": "QAR",
    "riyals qataris": "QAR",
    "ouguiya": "MRU",
    "ouguiyas": "MRU",
    "naira": "NGN",
    "nairas": "NGN",
    "rand": "ZAR",
    "rands": "ZAR",
    "cedi": "GHS",
    "cedis": "GHS",
    "rouble": "RUB",
    "roubles": "RUB",
    "roupie indienne": "INR",
    "roupies indiennes": "INR",
    "couronne suédoise": "SEK",
    "couronnes suédoises": "SEK",
    "couronnes norvégiennes": "NOK",
    "couronnes danoises": "DKK",
    "won": "KRW",
    "wons": "KRW",
    "real brésilien": "BRL",
    "reais": "BRL",
    "réals": "BRL",
    "peso mexicain": "MXN",
    "pesos mexicains": "MXN",
    "mark finlandais": "FIM",
    "marks finlandais": "FIM",
    "florin hollandais": "NLG",
    "florins hollandais": "NLG",
    # English names the French press quotes: "45 millions de pounds".
    "pound": "GBP",
    "pounds": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "laris": "GEL",  # CLDR's plural is "lari géorgiens"; the press writes "20 millions de laris"
}

# Names whose code depends on the country the text is about; resolved with
# COUNTRY_CURRENCY, else the default code given here.
AMBIGUOUS_NAMES: dict[str, str] = {
    "dinar": "DZD",
    "dinars": "DZD",
    "franc cfa": "XOF",
    "francs cfa": "XOF",
    "fcfa": "XOF",
    "f cfa": "XOF",
    "cfa": "XOF",
}

# Names that are also common nouns ("500 livres" are books): money only after a scale
# word and "de" ("3 millions de livres").
NAMES_AFTER_SCALE: dict[str, str] = {"livre": "GBP", "livres": "GBP"}

# Symbols and abbreviations, matched as written (case matters: "DH" yes, "dh" rarely).
CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR",
    "EUR": "EUR",
    "Eur": "EUR",
    "$": "USD",
    "US$": "USD",
    "$US": "USD",
    "$ US": "USD",
    "USD": "USD",
    "$ usd": "USD",
    "usd$": "USD",
    "USD$": "USD",
    "$ c": "CAD",
    "$CAD": "CAD",
    "$ CAD": "CAD",
    "cad$": "CAD",
    "CAD$": "CAD",
    "CAD": "CAD",
    "aud$": "AUD",
    "AUD$": "AUD",
    "AUD": "AUD",
    "A$": "AUD",
    "nzd$": "NZD",
    "NZD$": "NZD",
    "NZD": "NZD",
    "mxn$": "MXN",
    "MXN$": "MXN",
    "MXN": "MXN",
    "$ hk": "HKD",
    "HK$": "HKD",
    "HKD": "HKD",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "CHF": "CHF",
    "FS": "CHF",
    "DH": "MAD",
    "Dh": "MAD",
    "DHS": "MAD",
    "Dhs": "MAD",
    "dhs": "MAD",
    "MAD": "MAD",
    "AED": "AED",
    "SAR": "SAR",
    "QAR": "QAR",
    "DZD": "DZD",
    "DA": "DZD",
    "TND": "TND",
    "DT": "TND",
    "XOF": "XOF",
    "XAF": "XAF",
    "FCFA": "XOF",
    "F CFA": "XOF",
    "F.CFA": "XOF",
    "MRU": "MRU",
    "NGN": "NGN",
    "ZAR": "ZAR",
    "EGP": "EGP",
    "INR": "INR",
    # The Canadian and Australian dollars as written in English and French copy.
    "C$": "CAD",
    "CA$": "CAD",
    "CA $": "CAD",
    "AU$": "AUD",
    "AU $": "AUD",
    "$ AU": "AUD",
}

# Symbols that may come before the amount ("$ 75 millions", "€1000", "EUR 1000").
PREFIX_SYMBOLS: tuple[str, ...] = (
    "€",
    "$",
    "£",
    "¥",
    "US$",
    "EUR",
    "USD",
    "GBP",
    "CHF",
    "MAD",
    "usd$",
    "USD$",
    "cad$",
    "CAD$",
    "aud$",
    "AUD$",
    "A$",
    "nzd$",
    "NZD$",
    "mxn$",
    "MXN$",
    "HK$",
    "C$",
    "CA$",
    "CA $",
    "AU$",
    "AU $",
)

# Countries, their adjectives and zone names, by the code of their currency. They decide the
# code of an ambiguous name: "FCFA" in an article about Cameroon is XAF.
_COUNTRIES_BY_CODE: dict[str, str] = {
    "XOF": """sénégal sénégalais sénégalaise côte-d'ivoire ivoirien ivoirienne mali malien
        malienne burkina burkinabè niger nigérien nigérienne togo togolais togolaise bénin
        béninois béninoise guinée-bissau uemoa bceao""",
    "XAF": """cameroun camerounais camerounaise gabon gabonais gabonaise congo congolais
        congolaise tchad tchadien tchadienne centrafrique centrafricain centrafricaine
        guinée-équatoriale équato-guinéen cemac beac""",
    "DZD": "algérie algérien algérienne alger",
    "TND": "tunisie tunisien tunisienne tunis",
    "LYD": "libye libyen libyenne tripoli",
    "KWD": "koweït koweïtien koweïtienne",
    "JOD": "jordanie jordanien jordanienne amman",
    "IQD": "irak irakien irakienne bagdad",
    "BHD": "bahreïn bahreïni",
    "CHF": "suisse helvétique genève berne zurich lausanne bâle",
}

#: country word (lower case; multi-word names are written with hyphens, matched with
#: a space or a hyphen) -> currency code
COUNTRY_CURRENCY: dict[str, str] = {
    word: code for code, words in _COUNTRIES_BY_CODE.items() for word in words.split()
}

# Currencies whose name is ambiguous: default code -> the codes a country can select.
AMBIGUOUS_CANDIDATES: dict[str, tuple[str, ...]] = {
    "XOF": ("XOF", "XAF"),
    "DZD": ("DZD", "TND", "LYD", "KWD", "JOD", "IQD", "BHD"),
    "CHF": ("CHF", "XOF", "XAF"),
}

# Sub-units counted in hundredths after the main unit: "15 dollars et 15 cents".
SUBUNIT_WORDS: tuple[str, ...] = ("cent", "cents", "centime", "centimes")


# -- CLDR (through babel) ------------------------------------------------------------------
# Codes that are also words or acronyms of French or English copy ("ALL", "TOP", "SOS", "BAM"
# for Bank Al-Maghrib, "GIP" for a groupement d'intérêt public, "PHP 8", "CVE-2024-…"): not
# read as currencies; their names still are.
_CODES_NOT_READ: frozenset[str] = frozenset(
    "ALL AMD BAM BOB CUP CVE GIP MOP PEN PHP SOS TOP TRY".split()
)
# Head nouns of CLDR names that are French words or names too ("sol", "gourde", "mark",
# "leone"): only the full name ("sol péruvien") is read.
_HEADS_NOT_READ: frozenset[str] = frozenset(
    """sol sols gourde gourdes mark marks sum sums som soms afghani afghanis leone leones
    balboa balboas""".split()
)
# Symbols CLDR gives several currencies, or that stand for a family ("Rs" for rupees).
_SYMBOLS_NOT_READ: frozenset[str] = frozenset({"$", "Rs"})
_SYMBOL_LOCALES: tuple[str, ...] = ("fr", "fr_CA", "fr_CH", "fr_BE", "en", "en_CA", "en_AU", "en_GB")
_NEW = frozenset({"nouveau", "nouveaux", "nouvelle", "nouvelles"})


def _codes_in_use(today: date) -> frozenset[str]:
    """ISO 4217 codes of the currencies some territory uses at `today` (CLDR)."""
    return frozenset(
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, today)
    )


def _cldr_names(codes: frozenset[str]) -> dict[str, str]:
    """French names of each currency (singular and plural), and the head noun of a name
    when no other currency shares it ("zlotys" for "zlotys polonais", "shekels" for
    "nouveaux shekels israéliens")."""
    fr = Locale("fr")
    names: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for code in sorted(codes):
        written = fr.currencies.get(code) or ""
        for name in {written, get_currency_name(code, 1, "fr"), get_currency_name(code, 2, "fr")}:
            if not name or "(" in name or name == code:
                continue
            names[name.lower()] = code
            words = name.lower().split()
            head = words[1] if words[0] in _NEW and len(words) > 1 else words[0]
            heads.setdefault(head, set()).add(code)
    for head, found in heads.items():
        if len(found) == 1 and head not in _HEADS_NOT_READ and head.isalpha():
            names.setdefault(head, next(iter(found)))
    return names


def _cldr_symbols(codes: frozenset[str]) -> dict[str, str]:
    """Symbols of each currency in French and English locales ("$CA", "CA$", "₩", "₪"),
    when every locale gives the symbol to one currency only; blanks inside are spaces."""
    found: dict[str, set[str]] = {}
    for name in _SYMBOL_LOCALES:
        for code, symbol in Locale.parse(name).currency_symbols.items():
            symbol = " ".join(symbol.replace("\u00a0", " ").replace("\u202f", " ").split())
            if code in codes and symbol != code and symbol not in _SYMBOLS_NOT_READ:
                found.setdefault(symbol, set()).add(code)
    return {symbol: next(iter(c)) for symbol, c in found.items() if len(c) == 1}


_IN_USE = _codes_in_use(date.today())
_ISO_CODES = sorted(_IN_USE - _CODES_NOT_READ)
_CLDR_SYMBOLS = _cldr_symbols(_IN_USE)
_AMBIGUOUS_FOLDED = {name.replace(" ", "") for name in AMBIGUOUS_NAMES}

CURRENCY_NAMES = {
    name: code
    for name, code in _cldr_names(_IN_USE).items()
    if name not in AMBIGUOUS_NAMES and name not in NAMES_AFTER_SCALE
} | CURRENCY_NAMES
CURRENCY_SYMBOLS = (
    {code: code for code in _ISO_CODES}
    | {
        symbol: code
        for symbol, code in _CLDR_SYMBOLS.items()
        if symbol.lower().replace(" ", "") not in _AMBIGUOUS_FOLDED
    }
    | CURRENCY_SYMBOLS
)
# Before the amount: every code ("PLN 120", "EUR12,50") and every symbol holding a sign
# ("$CA 40", "₩5000"); symbols made of letters only ("FCFA") come after it.
PREFIX_SYMBOLS = tuple(
    dict.fromkeys(
        [
            *PREFIX_SYMBOLS,
            *_ISO_CODES,
            *(s for s in _CLDR_SYMBOLS if s in CURRENCY_SYMBOLS and not s.replace(" ", "").isalpha()),
        ]
    )
)
#: codes written before the amount, glued to it or not ("EUR12,50", "USD 3,99")
PREFIX_CODES: frozenset[str] = frozenset(s for s in PREFIX_SYMBOLS if s.isalpha() and s.isupper())


# "francs" alone: the Swiss franc in an article about Switzerland, the CFA franc in one
# about its zone; in an article that names neither (old French francs, Belgian francs…)
# no currency is chosen and the figure stays a count (named rule `franc_of_country`).
AMBIGUOUS_NAMES.update({"franc": "CHF", "francs": "CHF"})
NAMES_NEEDING_COUNTRY: frozenset[str] = frozenset({"franc", "francs"})
