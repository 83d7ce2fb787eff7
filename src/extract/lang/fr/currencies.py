"""French names, symbols and abbreviations of currencies, mapped to ISO 4217 codes.

Source: ISO 4217 (babel's list, checked by tests/lang/test_figures_data.py), CLDR French
currency names, and the forms the French, Moroccan and West/Central African press print:
"DH", "Dhs", "MAD" for the dirham; "FCFA", "F CFA" for the CFA franc, whose code depends on
the zone (XOF for the UEMOA, XAF for the CEMAC). A generic "$" or "dollar" is the US
dollar, a bare "livres" (after "millions de") the pound sterling, by press convention.

Fields: each table maps a lower-case written form to a code; forms that are case-sensitive
(symbols, upper-case abbreviations) are in CURRENCY_SYMBOLS and matched as written.
"""

from __future__ import annotations

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
}

# Sub-units counted in hundredths after the main unit: "15 dollars et 15 cents".
SUBUNIT_WORDS: tuple[str, ...] = ("cent", "cents", "centime", "centimes")
