"""Import reportlab without paying for what it loads at import time and essdesk never uses.

Importing `reportlab.platypus` costs 80-140 ms here, a third of a whole `essdesk export --pdf`
of the demo (issue 6). Four parts of it serve features essdesk's reports do not have:

- `reportlab.platypus.paragraph` compiles a URL pattern (`uri_pat`, from Django's URL
  validator, case-insensitive over U+00A1-U+FFFF) that Python's `re` expands character by
  character: 50-65 ms. reportlab uses it only to hyphenate URLs; essdesk's styles never ask.
- `reportlab.lib.textsplit` compiles a pattern over U+2E80-U+FFFF (~7 ms) that only its
  `cjkwrap` helper uses (and that helper fails in reportlab 5.1: `reduce` is not imported).
- `reportlab.lib.utils` imports Pillow's `PIL.Image` (13-18 ms) for bitmap images; the
  reports draw text, tables and vector charts only. Likewise `reportlab.lib.PyFontify`
  (~2.5 ms with its regex), which colours Python source in `PythonPreformatted`.
- `reportlab.lib.rl_safe_eval` (a sandboxed `eval`, with `inspect`, `dis` and a large
  regex: 8-17 ms) serves document-template macros and colour expressions such as
  "Blacker(red, 0.5)"; essdesk's colours are `Color` objects or '#RRGGBB'.

Importing this module imports reportlab with those two patterns compiled on first use,
`PIL.Image` and `PyFontify` loaded on first use (`importlib.util.LazyLoader`) and `rl_safe_eval` loaded on
the first call of one of its functions (`import_on_call`: `reportlab.lib.utils` imports
names from it, which a lazy module would execute at once), so nothing changes for code that
does use them. Only patterns containing those exact ranges are deferred; every other
`re.compile` call is passed through, and the original function is restored at once. A newer
reportlab that drops or changes a pattern simply gets no deferral. essdesk/export/pdf.py
and minutes.py import this module before reportlab; tests/test_reportlab_import.py checks
that each deferral still applies.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
import types
from typing import Any

#: Character classes whose compilation is the expensive part of an unused pattern.
_EXPENSIVE_RANGES = ("\xa1-\uffff", "\u2e80-\uffff")
_LAZY_MODULES = ("PIL.Image", "reportlab.lib.PyFontify")
#: Modules whose importers take these functions by name (`from m import f`).
_ON_CALL_MODULES = {
    "reportlab.lib.rl_safe_eval": ("rl_safe_exec", "rl_safe_eval", "safer_globals",
                                   "rl_extended_literal_eval"),
}
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


def import_on_call(name: str, functions: tuple[str, ...]) -> None:
    """Put in sys.modules, for `name`, a module whose `functions` import the real module
    on their first call and call it; any other attribute imports it at once."""
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    stand_in = types.ModuleType(name, f"Stands for {name} until it is used (essdesk).")
    loading = threading.Lock()
    parent, _, child = name.rpartition(".")

    def real() -> types.ModuleType:
        with loading:
            module = sys.modules.get(name)
            if module is None or module is stand_in:
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module
                try:
                    spec.loader.exec_module(module)  # type: ignore[union-attr]
                except BaseException:
                    sys.modules[name] = stand_in
                    raise
                if parent:
                    setattr(sys.modules[parent], child, module)
            return module

    def forwarding(function: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(real(), function)(*args, **kwargs)

        call.__name__ = call.__qualname__ = function
        return call

    def attribute_of_real(attribute: str) -> Any:
        if attribute.startswith("__") and attribute.endswith("__"):  # the import system's probes
            raise AttributeError(attribute)
        return getattr(real(), attribute)

    for function in functions:
        setattr(stand_in, function, forwarding(function))
    stand_in.__getattr__ = attribute_of_real  # type: ignore[method-assign]
    sys.modules[name] = stand_in
    if parent:
        setattr(sys.modules[parent], child, stand_in)


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
        for name, functions in _ON_CALL_MODULES.items():
            import_on_call(name, functions)
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
