"""What a mark's tooltip and the record's lists say about an item, as plain text.

Plain strings only: the templates escape them (Jinja2 autoescape), and the page's script
puts them into the tooltip as text, never as markup.
"""

from __future__ import annotations

from decimal import Decimal

from extract.schema import DateMention, Event, Figure, Location, Organisation, Person, Role

_ROLES_IN_TIP = 5


def number(value: Decimal | None) -> str:
    r"""A normalised value as the record holds it, digits grouped by thin spaces.

    >>> number(Decimal("10000000000"))
    '10\u202f000\u202f000\u202f000'
    >>> number(Decimal("3.5"))
    '3.5'
    >>> number(Decimal("-1250.75"))
    '-1\u202f250.75'
    """
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    whole, _, fraction = format(abs(value).normalize(), "f").partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u202f")
    return f"{sign}{grouped}.{fraction}" if fraction else f"{sign}{grouped}"


def figure_amount(figure: Figure) -> str:
    """The scaled value, or its range: '5 000 000–10 000 000' (thin spaces)."""
    value = number(figure.value)
    return f"{value}–{number(figure.value_max)}" if figure.value_max is not None else value


def figure_value(figure: Figure) -> str:
    """The scaled value with its unit: '10 000 000 000 USD' (thin spaces)."""
    return f"{figure_amount(figure)} {figure.unit}" if figure.unit else figure_amount(figure)


def _lines(*pairs: tuple[str, object]) -> str:
    return "\n".join(f"{label}: {value}" for label, value in pairs if value not in (None, "", []))


def distinct_roles(person: Person) -> list[tuple[int, str]]:
    """Each different role once, with the index of its first mention: a person named 500
    times as "directeur général" would otherwise repeat it in each of their 500 tooltips."""
    first: dict[str, int] = {}
    for index, role in enumerate(person.roles):
        first.setdefault(role_text(role), index)
    return [(index, text) for text, index in first.items()]


def _evidence(item: Person | Organisation | Location | Event) -> tuple[str, str]:
    """The rules that decided the item, when the record was written with `--explain`."""
    return ("rules", ", ".join(item.evidence or []))


def person_tip(person: Person) -> str:
    roles = [text for _, text in distinct_roles(person)]
    shown = "; ".join(roles[:_ROLES_IN_TIP])
    if len(roles) > _ROLES_IN_TIP:
        shown += f"; … {len(roles) - _ROLES_IN_TIP} more"
    return _lines(("Person", person.name), ("roles", shown), ("key", person.key), _evidence(person))


def role_text(role: Role) -> str:
    """'directeur général — Banque Atlas' (either side may be missing)."""
    return " — ".join(part for part in (role.title, role.organisation) if part) or role.text


def role_tip(person: Person, role: Role) -> str:
    return _lines(("Role of", person.name), ("title", role.title), ("organisation", role.organisation))


def organisation_tip(organisation: Organisation) -> str:
    return _lines(
        ("Organisation", organisation.name),
        ("acronym", organisation.acronym),
        ("aliases", ", ".join(organisation.aliases)),
        ("key", organisation.key),
        _evidence(organisation),
    )


def location_tip(location: Location) -> str:
    return _lines(("Place", location.name), ("key", location.key), _evidence(location))


def date_tip(mention: DateMention) -> str:
    return _lines(
        ("Date", mention.value), ("granularity", mention.granularity), ("relation", mention.relation)
    )


def figure_tip(figure: Figure) -> str:
    return _lines(
        ("Figure", figure_value(figure)),
        ("kind", figure.kind),
        ("qualifier", figure.qualifier),
        ("target date", figure.date),
        ("subject", figure.subject),
    )


def event_dates(event: Event) -> str:
    """'2026-02-10 → 2026-02-12', one date alone, or ''."""
    return " → ".join(part for part in (event.start, event.end) if part)


def event_tip(event: Event) -> str:
    return _lines(
        ("Event", event.name),
        ("acronym", event.acronym),
        ("edition", event.edition),
        ("dates", event_dates(event)),
        ("place", event.location),
        ("venue", event.venue),
        ("organisers", ", ".join(event.organisers)),
        ("key", event.key),
        _evidence(event),
    )
