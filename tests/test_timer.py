from essdesk.domain.timer import Countdown, format_seconds


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_start_pause_resume_reset():
    clock = FakeClock()
    c = Countdown(10, clock)
    assert c.text() == "10:00" and not c.running and not c.finished
    c.start()
    clock.advance(0.5)
    assert c.text() == "10:00"  # rounded up
    clock.advance(60)
    assert c.text() == "09:00"
    c.pause()
    clock.advance(300)  # paused: time does not run
    assert c.remaining == 600 - 60.5 and not c.running
    c.start()
    clock.advance(39.5)
    assert c.remaining == 500
    c.reset()
    assert c.remaining == 600 and not c.running


def test_finishes_and_never_goes_below_zero():
    clock = FakeClock()
    c = Countdown(1, clock)
    c.start()
    clock.advance(59)
    assert not c.finished and c.text() == "00:01"
    clock.advance(5)
    assert c.finished and c.remaining == 0 and c.text() == "00:00" and c.fraction_left == 0
    c.toggle()  # a finished countdown starts again from the top
    assert c.running and c.remaining == 60


def test_set_and_adjust_minutes():
    clock = FakeClock()
    c = Countdown(5, clock)
    c.start()
    clock.advance(120)
    c.add_minutes(+2)
    assert c.minutes == 7 and c.remaining == 300
    c.add_minutes(-10)  # never below one minute
    assert c.duration == 60 and c.finished
    c.set_minutes(3)
    assert c.remaining == 180 and not c.running
    c.set_minutes(-4)
    assert c.duration == 0 and not c.finished
    c.set_minutes(10_000)
    assert c.minutes == 180


def test_format_seconds():
    assert format_seconds(0) == "00:00"
    assert format_seconds(59.01) == "01:00"
    assert format_seconds(3599) == "59:59"
