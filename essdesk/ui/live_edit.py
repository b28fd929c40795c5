"""Fields committed to the working copy as the user types, not when a button is pressed.

A `LiveField` watches one widget: a short pause in typing, leaving the field or an explicit
`flush()` commits its value through a callback that runs an undoable command. The commands
of one stay in the field (until it loses focus) share a merge key, so QUndoStack turns
them into one undo step. `commit_focused()` is what the window calls before it saves,
switches view or closes: the field being edited commits first, whatever it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: Pause in typing after which the text is committed (ms): short enough that a crash loses
#: at most a word, long enough that each keystroke is not a database commit.
DEBOUNCE_MS = 400

#: commit(new value, old value, merge key) -> True when the command ran.
Commit = Callable[[Any, Any, object], bool]


class LiveField(QObject):
    def __init__(
        self,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        changed,
        commit: Commit,
        delay_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(widget)
        self.widget, self._read, self._write, self._commit = widget, read, write, commit
        self.committed: Any = read()
        self._session = 0  # bumped when the field loses focus: a new undo step next time
        self._loading = False
        self._dirty = False  # typed since the last commit (or refused by the last commit)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        changed.connect(self._changed)
        widget.installEventFilter(self)

    @property
    def pending(self) -> bool:
        """Typed and not yet committed."""
        return self._dirty and self._read() != self.committed

    def load(self, value: Any) -> None:
        """The stored value changed (or another object is shown): show it, unless the user
        has typed something not yet committed, which the next commit will store."""
        self.committed = value
        if self._read() != value and not self._dirty:
            self._loading = True
            try:
                self._write(value)
            finally:
                self._loading = False

    def reset(self, value: Any) -> None:
        """Show another object's value: nothing pending carries over."""
        self.timer.stop()
        self._session += 1
        self._dirty = False
        self.load(value)

    def flush(self) -> bool:
        """Commit what was typed now; False when the edit was refused (the text stays)."""
        self.timer.stop()
        value = self._read()
        if value != self.committed:
            if not self._commit(value, self.committed, (id(self), self._session)):
                return False
            self.committed = value
        self._dirty = False
        return True

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._dirty = True
            self.timer.start()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
            self._session += 1
        return False


def commit_focused(root: QWidget | None = None) -> None:
    """Make the field with the keyboard focus (inside `root`, if given) commit its edit.

    Fields commit when they lose focus (line edits, notes, table cell editors): the focus is
    taken away and, when the field is still shown, given back, so typing can go on.
    """
    focused = QApplication.focusWidget()
    if focused is None or (
        root is not None and focused is not root and not root.isAncestorOf(focused)
    ):
        return
    focused.clearFocus()
    if focused.isVisible():
        focused.setFocus()
