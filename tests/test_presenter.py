import pytest

from essdesk.domain.presenter import STATUS_KEYS, Presenter, Slide, key_for_status, status_for_key
from essdesk.models.enums import LeverStatus

STEPS = [(1, [(11, "1.1"), (12, "1.2")]), (2, [(21, "2.1")]), (3, [])]


def test_sequence_is_step_title_then_its_levers():
    p = Presenter(STEPS)
    assert p.slides == [Slide(1), Slide(1, 11, "1.1"), Slide(1, 12, "1.2"), Slide(2),
                        Slide(2, 21, "2.1"), Slide(3)]
    assert p.current.is_step and p.lever_id is None and p.position() == (0, 2)


def test_next_previous_stop_at_the_ends():
    p = Presenter(STEPS)
    assert not p.previous()
    assert p.next() and p.lever_id == 11 and p.position() == (1, 2)
    for _ in range(10):
        p.next()
    assert p.at_end and p.current == Slide(3) and not p.next()
    assert p.previous() and p.lever_id == 21
    assert p.first() and p.at_start and not p.first()
    assert p.last() and p.step == 3


def test_jumps():
    p = Presenter(STEPS, start_step=2)
    assert p.current == Slide(2)
    assert p.jump_to_lever(12) and p.step == 1 and p.position() == (2, 2)
    assert not p.jump_to_lever(999)
    assert p.next_step() and p.current == Slide(2)
    assert p.previous_step() and p.current == Slide(1)  # already on a title: previous step
    p.jump_to_lever(21)
    assert p.previous_step() and p.current == Slide(2)  # on a lever: its own title
    assert not p.jump_to_step(9)
    assert p.steps() == [1, 2, 3]
    assert [s.lever_id for s in p.step_levers(1)] == [11, 12]


def test_rebuild_keeps_the_current_slide():
    p = Presenter(STEPS)
    p.jump_to_lever(21)
    p.set_steps([(1, [(11, "1.1"), (12, "1.2"), (13, "1.3")]), (2, [(21, "2.1")])])
    assert p.lever_id == 21
    p.set_steps([(1, [(11, "1.1")])])
    assert p.index == 0
    with pytest.raises(ValueError):
        p.set_steps([])


def test_number_keys_follow_the_status_order():
    assert [STATUS_KEYS[n] for n in range(1, 7)] == list(LeverStatus)
    assert status_for_key(1) is LeverStatus.NOT_ASSESSED
    assert status_for_key(5) is LeverStatus.DONE
    assert status_for_key(0) is None and status_for_key(7) is None
    assert key_for_status(LeverStatus.NOT_APPLICABLE) == 6


def test_presenter_is_qt_free():
    from pathlib import Path

    import essdesk.domain.presenter as m
    import essdesk.domain.timer as t

    for module in (m, t):
        assert "PySide6" not in Path(module.__file__).read_text(encoding="utf-8")
