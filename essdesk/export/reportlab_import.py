"""Import reportlab without paying for what it loads at import time and essdesk never uses.

Importing `reportlab.platypus` costs 80-140 ms here, a third of a whole `essdesk export --pdf`
of the demo (issue 6). Three parts of it serve features essdesk's reports do not have:

- `reportlab.platypus.paragraph` compiles a URL pattern (`uri_pat`, from Django's URL
  validator, case-insensitive over U+00A1-U+FFFF) that Python's `re` expands character by
  character: 50-65 ms. reportlab uses it only to hyphenate URLs; essdesk's styles never ask.
- `reportlab.lib.textsplit` compiles a pattern over U+2E80-U+FFFF (~7 ms) that only its
  `cjkwrap` helper uses (and that helper fails in reportlab 5.1: `reduce` is not imported).
- `reportlab.lib.utils` imports Pillow's `PIL.Image` (13-18 ms) for bitmap images; the
  reports draw text, tables and vector charts only.

Importing this module imports reportlab with those two patterns compiled on first use and
`PIL.Image` loaded on first use (`importlib.util.LazyLoader`), so nothing changes for code
that does use them. Only patterns containing those exact ranges are deferred; every other
`re.compile` call is passed through, and the original function is restored at once. A newer
reportlab that drops or changes a pattern simply gets no deferral. essdesk/export/pdf.py
and minutes.py import this module before reportlab; tests/test_reportlab_import.py checks
the three deferrals still apply.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
from typing import Any

#: Character classes whose compilation is the expensive part of an unused pattern.
_EXPENSIVE_RANGES = ("\xa1-\uffff", "\u2e80-\uffff")
_LAZY_MODULES = ("PIL.Image",)
_lock = threading.Lock()


class LazyPattern:
    """Behaves as the compiled pattern; compiles it on first use."""

    def __init__(self, compile_now: Any, pattern: str, flags: int) -> None:
        self._compile_now, self._pattern, self._flags = compile_now, pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = self._compile_now(self._pattern, self._flags)
        return getattr(self._compiled, name)


def import_lazily(name: str) -> None:
    """Put `name` in sys.modules as a module that runs its code on first attribute access."""
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:  # its package is absent: the importer reports it as usual
        return
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def _deferred(pattern: Any) -> bool:
    return isinstance(pattern, str) and any(r in pattern for r in _EXPENSIVE_RANGES)


def import_paragraph() -> None:
    """Import reportlab.platypus (paragraph included) with the deferrals above."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _lock:  # two exports starting together must not save each other's patch
        if "reportlab.platypus.paragraph" in sys.modules:
            return
        for name in _LAZY_MODULES:
            import_lazily(name)
        real = re.compile

        def compile_deferring(pattern: Any, flags: int = 0) -> Any:
            if _deferred(pattern):
                return LazyPattern(real, pattern, flags)
            return real(pattern, flags)

        re.compile = compile_deferring  # type: ignore[assignment]
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = real


import_paragraph()
