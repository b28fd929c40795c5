"""The slides of workshop mode, without Qt: a title slide per step, then one per lever.

The presenter knows the order of the slides, which one is current and how keys map to a
lever status; the projector widget only draws what it says. Levers are given as plain
(id, code) pairs so the sequence can be rebuilt cheaply when a custom lever is added.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from essdesk.models.enums import LeverStatus

#: Number keys 1–6 set the statuses in the order the step view shows them.
STATUS_KEYS: dict[int, LeverStatus] = {n: status for n, status in enumerate(LeverStatus, start=1)}


def status_for_key(digit: int) -> LeverStatus | None:
    """The status a number key sets (1 = first status of LeverStatus), or None."""
    return STATUS_KEYS.get(digit)


def key_for_status(status: LeverStatus) -> int:
    return next(n for n, s in STATUS_KEYS.items() if s is status)


@dataclass(frozen=True, slots=True)
class Slide:
    """A step title slide (lever_id None) or a lever slide."""

    step: int
    lever_id: int | None = None
    code: str = ""

    @property
    def is_step(self) -> bool:
        return self.lever_id is None


class Presenter:
    """The sequence of slides and the current position in it."""

    def __init__(self, steps: Iterable[tuple[int, Sequence[tuple[int, str]]]], start_step: int | None = None):
        self.slides: list[Slide] = []
        self.set_steps(steps)
        self.index = 0
        if start_step is not None:
            self.jump_to_step(start_step)

    def set_steps(self, steps: Iterable[tuple[int, Sequence[tuple[int, str]]]]) -> None:
        """Rebuild the slides, staying on the same slide when it still exists."""
        current = self.slides[self.index] if self.slides else None
        self.slides = []
        for number, levers in steps:
            self.slides.append(Slide(number))
            self.slides += [Slide(number, lever_id, code) for lever_id, code in levers]
        if not self.slides:
            raise ValueError("no slide")
        self.index = self.slides.index(current) if current in self.slides else 0

    # -- where we are ------------------------------------------------------------------------
    @property
    def current(self) -> Slide:
        return self.slides[self.index]

    @property
    def lever_id(self) -> int | None:
        return self.current.lever_id

    @property
    def step(self) -> int:
        return self.current.step

    @property
    def at_start(self) -> bool:
        return self.index == 0

    @property
    def at_end(self) -> bool:
        return self.index == len(self.slides) - 1

    def step_levers(self, number: int | None = None) -> list[Slide]:
        number = self.step if number is None else number
        return [s for s in self.slides if s.step == number and not s.is_step]

    def position(self) -> tuple[int, int]:
        """(n, count) of the current lever within its step; (0, count) on the title slide."""
        levers = self.step_levers()
        n = levers.index(self.current) + 1 if not self.current.is_step else 0
        return n, len(levers)

    def steps(self) -> list[int]:
        return list(dict.fromkeys(s.step for s in self.slides))

    # -- moving ------------------------------------------------------------------------------
    def next(self) -> bool:
        if self.at_end:
            return False
        self.index += 1
        return True

    def previous(self) -> bool:
        if self.at_start:
            return False
        self.index -= 1
        return True

    def first(self) -> bool:
        changed, self.index = self.index != 0, 0
        return changed

    def last(self) -> bool:
        end = len(self.slides) - 1
        changed, self.index = self.index != end, end
        return changed

    def jump_to_step(self, number: int) -> bool:
        for i, s in enumerate(self.slides):
            if s.step == number and s.is_step:
                changed, self.index = self.index != i, i
                return changed
        return False

    def jump_to_lever(self, lever_id: int) -> bool:
        for i, s in enumerate(self.slides):
            if s.lever_id == lever_id:
                changed, self.index = self.index != i, i
                return changed
        return False

    def next_step(self) -> bool:
        steps = self.steps()
        i = steps.index(self.step)
        return i + 1 < len(steps) and self.jump_to_step(steps[i + 1])

    def previous_step(self) -> bool:
        """To the title of the current step, or of the previous one when already there."""
        if not self.current.is_step:
            return self.jump_to_step(self.step)
        steps = self.steps()
        i = steps.index(self.step)
        return i > 0 and self.jump_to_step(steps[i - 1])
