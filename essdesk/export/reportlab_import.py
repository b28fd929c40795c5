"""Import reportlab's Paragraph without paying for a regex it compiles and we never use.

`reportlab.platypus.paragraph` compiles a URL pattern at import time (`uri_pat`, derived from
Django's URL validator, case-insensitive over the range U+00A1-U+FFFF). Python's `re` expands
that case folding character by character: ~50-65 ms here, about a tenth of a whole
`essdesk export --pdf` of the demo (issue 6). reportlab uses the pattern only to hyphenate
URLs, which essdesk's styles never ask for.

Importing this module imports that module with such patterns compiled on first use instead
(`import_paragraph()`); essdesk/export/pdf.py and minutes.py import it before reportlab.
Only a pattern that is case-insensitive and contains that exact range is deferred; every
other `re.compile` call is passed through, and the original function is restored at once.
A newer reportlab that drops or changes the pattern simply gets no deferral. To remove when
reportlab compiles it lazily itself.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

_EXPENSIVE_RANGE = "\xa1-\uffff"
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


def import_paragraph() -> None:
    """Import reportlab.platypus (paragraph included) with the URL pattern deferred."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _lock:  # two exports starting together must not save each other's patch
        if "reportlab.platypus.paragraph" in sys.modules:
            return
        real = re.compile

        def compile_deferring(pattern: Any, flags: int = 0) -> Any:
            if (isinstance(pattern, str) and flags & re.IGNORECASE
                    and _EXPENSIVE_RANGE in pattern):
                return LazyPattern(real, pattern, flags)
            return real(pattern, flags)

        re.compile = compile_deferring  # type: ignore[assignment]
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = real


import_paragraph()
