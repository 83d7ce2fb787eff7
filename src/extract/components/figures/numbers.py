"""Find numbers in plain French text and value them exactly (Decimal).

Digits as French writes them ("1 500" with any no-break space, "1.500.000", "2,5",
"1 234 567,89"), number words (valued by text2num), and both mixed with scale words
("1,5 milliard", "un million et demi"). text2num's `alpha2digit` does not combine digits
with a following scale word ("10 milliards" -> "10 1000000000"), so this module reads the
scale words itself and multiplies; text2num values the runs of number words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal

from text_to_num import text2num

from extract.components.figures import patterns
from extract.lang.fr import currencies
from extract.lang.fr import numbers as words
from extract.lang.fr.punctuation import APOSTROPHES
from extract.schema import FIGURE_MAX_DECIMAL_DIGITS, FIGURE_MAX_INTEGER_DIGITS, figure_value_problem

_APPROX_VALUES: dict[str, int] = {
    noun: text2num(base, "fr") for noun, base in words.APPROX_NOUN_BASES.items()
}
_WORD_RE = re.compile(r"[^\s\u00a0\u202f\u2009-]+")
_ENGLISH_RE = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_SCALES = {**words.SCALE_WORDS, **words.THOUSANDS_NOUNS}


@dataclass(frozen=True)
class NumberMatch:
    """A number found in a text: where it is, its exact value, and how it was written."""

    start: int
    end: int
    value: Decimal
    scale: int = 1  # multiplier from scale words ("milliards"): 1 when none
    approx: bool = False  # an approximate noun ("une trentaine")
    in_words: bool = False  # written in words only ("cinq", "un million")
    grouped: bool = False  # digits with a thousands separator ("1 500")
    # Why the number cannot be a figure's value (`schema.figure_value_problem`), if so.
    out_of_range: str | None = None

    @property
    def is_article(self) -> bool:
        """A lone "un"/"une": an indefinite article more often than the number one."""
        return self.in_words and self.value == 1 and self.scale == 1 and not self.approx


def parse_digits(text: str) -> Decimal:
    """The value of digits written the French way.

    A comma is the decimal mark; a dot followed by exactly three digits groups thousands,
    any other dot is a decimal mark (as some press agencies write "2.5 milliards"); an
    apostrophe groups thousands (Swiss usage); commas in groups of three before a decimal
    dot group thousands (English usage, "$4,750.00").

    >>> parse_digits("1 234 567,89")
    Decimal('1234567.89')
    >>> parse_digits("1\u202f500"), parse_digits("1.500.000"), parse_digits("2.5")
    (Decimal('1500'), Decimal('1500000'), Decimal('2.5'))
    >>> parse_digits("125.000,50"), parse_digits(",08")
    (Decimal('125000.50'), Decimal('0.08'))

    Digits written the English way (commas group thousands before a decimal dot) and the
    Swiss way (apostrophes group them) keep their scale:

    >>> parse_digits("4,750.00"), parse_digits("2'380,50"), parse_digits("1’250.75")
    (Decimal('4750.00'), Decimal('2380.50'), Decimal('1250.75'))
    """
    compact = re.sub(rf"[\s\u00a0\u202f\u2009{re.escape(APOSTROPHES)}]", "", text)
    if _ENGLISH_RE.fullmatch(compact):
        return Decimal(compact.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", compact):
        compact = compact.replace(".", "")
    return Decimal(compact.replace(",", ".") or "0")


def plain(value: Decimal) -> Decimal:
    """The value without trailing zeros or exponent, so that str() reads naturally.

    >>> plain(Decimal("1500000.0")), plain(Decimal("2.50")), plain(Decimal("1E+3"))
    (Decimal('1500000'), Decimal('2.5'), Decimal('1000'))
    """
    if value == value.to_integral_value():
        # The default precision (28 digits) cannot hold a longer integer: a run of 29 digits
        # in a text made quantize() raise and the whole document fail.
        return value.quantize(Decimal(1), context=Context(prec=max(28, value.adjusted() + 1)))
    return value.normalize()


# An exponent longer than this is out of any figure's range whatever its base; reading it
# as an int could meet Python's 4,300-digit limit, and Decimal's power its overflow trap.
_MAX_EXPONENT_DIGITS = 3


def _exponent(base: Decimal, text: str) -> Decimal | None:
    """`base` raised as the exponent says ("e6", "^-3"); None when beyond any figure."""
    power = text[1:] if text[0] in "eE" else text.lstrip("^")
    sign = -1 if power.count("-") % 2 else 1
    digits = power.lstrip("+-")
    if len(digits.lstrip("0")) > _MAX_EXPONENT_DIGITS:
        return None
    if text[0] in "eE":
        return base.scaleb(sign * int(digits))
    power = base ** (sign * int(digits))
    if power == power.to_integral_value():
        return power
    # A computed power ("1,1^23" = 8.954302432552…) has no exact decimal form that the text
    # gave: it is rounded to the digits a JSON float keeps, never refused as over-precise
    # (digits the text writes itself are never rounded: they are refused with a warning).
    return Context(prec=FIGURE_MAX_DECIMAL_DIGITS).plus(power)


def _words_value(run: str) -> Decimal | None:
    """text2num's value of a run of number words; long scales it lacks are multiplied here.

    >>> _words_value("quatre-vingt-dix"), _words_value("deux cent mille"), _words_value("un billion")
    (Decimal('90'), Decimal('200000'), Decimal('1000000000000'))
    >>> _words_value("trois trois") is None
    True
    """
    try:
        return Decimal(text2num(run, "fr"))
    except ValueError:
        pass
    head, _, last = run.lower().rpartition(" ")
    if last in words.SCALE_WORDS:
        base = _words_value(head) if head else Decimal(1)
        return None if base is None else base * words.SCALE_WORDS[last]
    return None


def _split_run(run: str, offset: int) -> list[tuple[int, int, Decimal]]:
    """Cut a run of number words into numbers: the longest prefix text2num accepts, repeatedly.

    >>> [(s, e, int(v)) for s, e, v in _split_run("vingt et un deux", 0)]
    [(0, 11, 21), (12, 16, 2)]
    """
    tokens = [(m.start(), m.end()) for m in _WORD_RE.finditer(run)]
    found: list[tuple[int, int, Decimal]] = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            if run[tokens[j - 1][0] : tokens[j - 1][1]].lower() == words.NUMBER_JOINER:
                continue
            value = _words_value(run[tokens[i][0] : tokens[j - 1][1]])
            if value is not None:
                found.append((offset + tokens[i][0], offset + tokens[j - 1][1], value))
                i = j
                break
        else:
            i += 1
    return found


def _scale_of(text: str | None) -> int:
    scale = 1
    for word in (text or "").lower().split():
        scale *= _SCALES[word]
    return scale


def _fraction(match: re.Match[str]) -> Decimal:
    if not match.group("fraction"):
        return Decimal(0)
    numerator = _words_value(match.group("numerator")) if match.group("numerator") else Decimal(1)
    return (numerator or Decimal(1)) / words.FRACTION_WORDS[match.group("fraction").lower()]


def _trailing_scale(match: re.Match[str]) -> int:
    """The scale a fraction counts in when the words carry it: "un million et demi"."""
    if match.group("scales") or not match.group("words"):
        return 1
    last = _WORD_RE.findall(match.group("words").lower())[-1]  # "trois-millions": "millions"
    return words.SCALE_WORDS.get(last, 1)


def _blocked(text: str) -> list[tuple[int, int]]:
    """Spans of digits that are no figure, but digits glued to a currency code ("EUR12,50")."""
    glued = patterns.GLUED_CODE_RE.finditer(text)
    codes = {m.end() - 1 for m in glued if m["code"] in currencies.PREFIX_CODES}
    return [
        m.span()
        for regex in patterns.BLOCKED_RES
        for m in regex.finditer(text)
        if not (regex is patterns.GLUED_LETTERS_RE and m.start() + 1 in codes)
    ]


def _is_excluded(text: str, match: re.Match[str], blocked: list[tuple[int, int]]) -> bool:
    start, end = match.span("digits") if match.group("digits") else match.span()
    if any(a <= start < b or a < end <= b for a, b in blocked):
        return True
    if match.group("digits") and not match.group("scales") and not match.group("exponent"):
        after = text[end:]
        if patterns.ORDINAL_AFTER_RE.match(after) or patterns.HOUR_AFTER_RE.match(after):
            return True
        # "Industrie 4.0", "Web 2.0": a dot decimal ending in zero is a version number.
        return bool(re.fullmatch(r"\d+\.0", match.group("digits")))
    return False


def _from_match(text: str, match: re.Match[str], signed: bool) -> list[NumberMatch]:
    scale = _scale_of(match.group("scales"))
    approx = match.group("approx")
    start = match.start("digits") if match.group("digits") else match.start()
    leading: list[NumberMatch] = []
    if match.group("half"):
        base, in_words = Decimal(1) / 2 * words.SCALE_WORDS[match.group("half").lower()], True
        start = match.start()
    elif match.group("digits"):
        base, in_words = parse_digits(match.group("digits")), False
        if match.group("exponent"):
            powered = _exponent(base, match.group("exponent"))
            if powered is None:
                return [_out_of_range(match, start)]
            base = powered
    else:
        pieces = _split_run(match.group("words"), match.start("words"))
        if not pieces:
            return []
        leading = [NumberMatch(s, e, v, in_words=True) for s, e, v in pieces[:-1]]
        start, base, in_words = pieces[-1][0], pieces[-1][2], True
        if match.group("decimals"):
            decimals = _words_value(match.group("decimals")) or Decimal(0)
            base += Decimal(f"0.{int(decimals)}")
    if approx:
        base *= _APPROX_VALUES[approx.lower()]
        scale *= _scale_of(match.group("approx_scale"))
    value = (base + _fraction(match) * _trailing_scale(match)) * scale
    if figure_value_problem(value):
        return [*leading, _out_of_range(match, start, value)]
    if signed and match.group("sign"):
        value, start = -value, match.start("sign")
    grouped = bool(
        match.group("digits") and re.search(r"\d[\s\u00a0\u202f\u2009.]\d{3}", match.group("digits"))
    )
    number = NumberMatch(
        start, match.end(), plain(value), scale * _trailing_scale(match), bool(approx), in_words, grouped
    )
    return [*leading, number]


def _out_of_range(match: re.Match[str], start: int, value: Decimal | None = None) -> NumberMatch:
    """A number too large (or too long) to be a figure: kept, so that the matcher can say so."""
    problem = figure_value_problem(value) if value is not None else None
    problem = problem or f"more than {FIGURE_MAX_INTEGER_DIGITS} integer digits"
    return NumberMatch(start, match.end(), Decimal(0), out_of_range=problem)


def find_numbers(text: str, *, signed: bool = False) -> list[NumberMatch]:
    """Every number in `text`, in order, with its exact value.

    With `signed`, a minus sign or dash right before digits makes them negative; figures
    leave it off, because news prose uses a dash as punctuation ("social -10 milliards").
    Years, ordinals, hours, phone numbers and identifiers ("loi 13-09") are left out
    except years, which only context (`matcher`) can tell.

    >>> [(text[n.start:n.end], str(n.value)) for text in ["Il y a un million et demi de possibilités"]
    ...  for n in find_numbers(text)]
    [('un million et demi', '1500000')]
    >>> [str(n.value) for n in find_numbers("10 milliards de dollars, 1,5 milliard et 2 500 postes")]
    ['10000000000', '1500000000', '2500']
    >>> [str(n.value) for n in find_numbers("quatre-vingt-dix élèves, une trentaine de villes")]
    ['90', '30']
    >>> [str(n.value) for n in find_numbers("la 3e édition, la loi 13-09, le COVID-19, à 14h30")]
    []
    >>> [str(n.value) for n in find_numbers("-9,5 et −2", signed=True)]
    ['-9.5', '-2']
    """
    blocked = _blocked(text)
    found: list[NumberMatch] = []
    for match in patterns.NUMBER_RE.finditer(text):
        if not _is_excluded(text, match, blocked):
            found.extend(_from_match(text, match, signed))
    return found
