"""The deferrals of essdesk/export/reportlab_import.py: two unused patterns, Pillow."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from essdesk.export.reportlab_import import LazyPattern

ROOT = Path(__file__).resolve().parent.parent


def _in_fresh_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    return result.stdout.strip()


def test_the_url_pattern_is_deferred_and_still_matches_urls():
    out = _in_fresh_python(
        "import re\n"
        "from essdesk.export.reportlab_import import import_paragraph, LazyPattern\n"
        "import_paragraph()\n"
        "from reportlab.platypus import paragraph\n"
        "print(type(paragraph.uri_pat).__name__, re.compile is re.__dict__['compile'])\n"
        "print(paragraph._uri_split_pairs('https://www.rtes.fr/reperess/filieres'))\n"
        "print(paragraph._uri_split_pairs('pas une adresse'))\n"
        "print(type(paragraph._wsc_re_split.__self__).__name__)\n"
    )
    kind, pairs, nothing, other = out.splitlines()
    assert kind.startswith("LazyPattern")
    assert "('https://www.rtes.fr/', 'reperess/filieres')" in pairs
    assert nothing == "None"
    assert other == "Pattern"  # every other pattern of the module compiled as usual


def test_re_compile_is_restored_after_the_import():
    out = _in_fresh_python(
        "import re\n"
        "real = re.compile\n"
        "from essdesk.export.reportlab_import import import_paragraph\n"
        "import_paragraph()\n"
        "print(re.compile is real, type(re.compile('[a-z\\xa1-\\uffff]', re.I)).__name__)\n"
    )
    assert out == "True Pattern"


def test_a_lazy_pattern_compiles_once_on_first_use():
    calls = []

    def compile_now(pattern, flags):
        calls.append(pattern)
        return re.compile(pattern, flags)

    lazy = LazyPattern(compile_now, "a+b", re.IGNORECASE)
    assert calls == []
    assert lazy.match("AAB").group(0) == "AAB"
    assert lazy.pattern == "a+b"
    assert calls == ["a+b"]


def test_the_cjk_pattern_is_deferred_and_still_matches():
    # Its only user, textsplit.cjkwrap, fails on its own in reportlab 5.1 (`reduce` is not
    # imported there): the pattern is what we check.
    out = _in_fresh_python(
        "from essdesk.export.reportlab_import import import_paragraph\n"
        "import_paragraph()\n"
        "from reportlab.lib import textsplit\n"
        "print(type(textsplit.rx).__name__)\n"
        "print(textsplit.rx.sub(r'[\\1]', 'ab日本c'))\n"
    )
    kind, marked = out.splitlines()
    assert kind == "LazyPattern"
    assert marked == "ab[日][本]c"


def test_pillow_loads_only_when_an_image_is_used():
    out = _in_fresh_python(
        "import sys\n"
        "import essdesk.export.pdf\n"
        "from reportlab.lib import utils\n"
        "print('PIL._imaging' in sys.modules, utils.haveImages)\n"
        "from PIL import Image\n"
        "image = Image.new('RGB', (4, 3))\n"
        "print(utils.ImageReader(image).getSize(), 'PIL._imaging' in sys.modules)\n"
    )
    before, after = out.splitlines()
    assert before == "False True"
    assert after == "(4, 3) True"


def test_the_safe_eval_module_loads_on_the_first_call_and_then_works():
    out = _in_fresh_python(
        "import sys\n"
        "import essdesk.export.pdf\n"
        "stand_in = sys.modules['reportlab.lib.rl_safe_eval']\n"
        "print(hasattr(stand_in, '__file__'), 'inspect' in sys.modules)\n"
        "from reportlab.lib import colors\n"
        "from reportlab.lib.utils import rl_safe_eval\n"
        "print(colors.toColor('Color(1,0,0)') == colors.red, rl_safe_eval('1+2'))\n"
        "try:\n"
        "    colors.toColor('pas une couleur')\n"
        "except ValueError as exc:\n"
        "    print('ValueError', exc)\n"
        "import reportlab.lib.rl_safe_eval as module\n"
        "from reportlab.platypus import doctemplate\n"
        "print(module.__file__.endswith('rl_safe_eval.py'), module is sys.modules[module.__name__],\n"
        "      doctemplate.rl_safe_eval.rl_safe_eval('2*3'), module.BadCode.__name__)\n"
    )
    before, works, error, after = out.splitlines()
    assert before == "False False"
    assert works == "True 3"
    assert error == "ValueError Invalid color value 'pas une couleur'"
    assert after == "True True 6 BadCode"


def test_pyfontify_loads_only_when_python_source_is_coloured():
    out = _in_fresh_python(
        "import sys\n"
        "import essdesk.export.pdf\n"
        "from reportlab.lib import PyFontify\n"
        "print(type(PyFontify).__name__)\n"
        "print(len(PyFontify.fontify('def f(): return 1')) > 0, type(PyFontify).__name__)\n"
    )
    before, after = out.splitlines()
    assert before == "_LazyModule"
    assert after == "True module"
