"""A countdown for workshop sequences, without Qt, with an injectable clock.

The clock is any callable returning seconds (time.monotonic by default); tests pass a fake
one. The countdown never goes below zero: `finished` is true once the time is up, until it
is reset or given more time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MAX_MINUTES = 180


class Countdown:
    def __init__(self, minutes: float = 10, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.duration = 0.0
        self._elapsed = 0.0  # while paused
        self._started_at: float | None = None
        self.set_minutes(minutes)

    # -- setting -----------------------------------------------------------------------------
    def set_minutes(self, minutes: float) -> None:
        """Set the sequence length and go back to its start (paused)."""
        self.duration = float(min(max(minutes, 0), MAX_MINUTES)) * 60
        self.reset()

    @property
    def minutes(self) -> int:
        return round(self.duration / 60)

    def add_minutes(self, delta: int) -> None:
        """Lengthen or shorten the sequence, keeping the time already spent."""
        elapsed = self.elapsed
        self.duration = float(min(max(self.duration + delta * 60, 60), MAX_MINUTES * 60))
        self._set_elapsed(min(elapsed, self.duration))

    # -- running -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._started_at is not None

    def start(self) -> None:
        if not self.running and not self.finished:
            self._started_at = self.clock() - self._elapsed

    def pause(self) -> None:
        if self.running:
            self._elapsed = self.elapsed
            self._started_at = None

    def toggle(self) -> None:
        """Start or pause; a finished countdown starts again from the top."""
        if self.finished:
            self.reset()
            self.start()
        elif self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        self._started_at = None
        self._elapsed = 0.0

    def _set_elapsed(self, elapsed: float) -> None:
        if self.running:
            self._started_at = self.clock() - elapsed
        else:
            self._elapsed = elapsed

    # -- reading -----------------------------------------------------------------------------
    @property
    def elapsed(self) -> float:
        if self._started_at is None:
            return self._elapsed
        return min(self.clock() - self._started_at, self.duration)

    @property
    def remaining(self) -> float:
        return max(self.duration - self.elapsed, 0.0)

    @property
    def finished(self) -> bool:
        return self.duration > 0 and self.remaining <= 0

    @property
    def fraction_left(self) -> float:
        return self.remaining / self.duration if self.duration else 0.0

    def text(self) -> str:
        """'MM:SS' of the time left, rounded up (a started 10:00 shows 10:00 then 09:59)."""
        return format_seconds(self.remaining)


def format_seconds(seconds: float) -> str:
    whole = int(-(-seconds // 1))  # ceiling
    minutes, secs = divmod(max(whole, 0), 60)
    return f"{minutes:02d}:{secs:02d}"
