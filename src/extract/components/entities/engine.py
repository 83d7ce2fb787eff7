"""The small engine of the entities component: tables of named rules run in order.

A rule is a name, an action (what kind of decision it takes) and a function over a state
(the candidate being judged, or the document's candidates) that checks its condition and,
when it holds, acts and returns True. A row of a table is one rule, or `FirstOf` several
rules of which only the first that fires acts (an "if … elif …" of the old code). A state
that sets `done` stops its table: the rest does not run.

The rule's docstring says what it decides; `docs/entities.md` lists the tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Literal, Protocol, TypeVar

#: What a rule decides: `find` adds names the model missed, `type` sets a label, `boundary`
#: moves a name's edges, `role` reads a person's function, `drop` removes a candidate,
#: `vote` chooses between the labels already given.
Action = Literal["find", "type", "boundary", "role", "drop", "vote"]


class State(Protocol):
    done: bool


S = TypeVar("S", bound=State)


@dataclass(frozen=True)
class Rule(Generic[S]):
    """One named rule: `run(state)` acts when its condition holds and says whether it did."""

    name: str
    action: Action
    run: Callable[[S], bool]

    @property
    def decides(self) -> str:
        """The first line of the rule's docstring: what it decides."""
        return (self.run.__doc__ or "").strip().splitlines()[0] if self.run.__doc__ else ""


@dataclass(frozen=True)
class FirstOf(Generic[S]):
    """Rules tried in order, of which the first that fires is the only one to act."""

    rules: tuple[Rule[S], ...]


Row = Rule[S] | FirstOf[S]


def rules_of(table: Sequence[Row[S]]) -> list[Rule[S]]:
    """Every rule of a table, in order."""
    return [r for row in table for r in (row.rules if isinstance(row, FirstOf) else (row,))]


def run_table(table: Sequence[Row[S]], state: S) -> S:
    """Run the rows of `table` over `state` in order, until one sets `state.done`."""
    for row in table:
        for rule in row.rules if isinstance(row, FirstOf) else (row,):
            if rule.run(state):
                break
        if state.done:
            break
    return state
