"""The application palette: Fusion's own colours, with essdesk's table and selection colours."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from essdesk.ui import style
from essdesk.ui.app import application
from essdesk.ui.settings import Settings

GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)


def test_the_fusion_table_is_qts_fusion_palette(qapp):
    fusion = QStyleFactory.create("Fusion").standardPalette()
    roles = [r for r in QPalette.ColorRole if r not in (QPalette.ColorRole.NColorRoles, QPalette.ColorRole.NoRole)]
    assert sorted(style.FUSION) == sorted(r.name for r in roles)  # every role, nothing else
    for role in roles:
        expected = tuple(fusion.color(g, role) for g in GROUPS)
        assert tuple(QColor.fromString(c) for c in style.FUSION[role.name]) == expected, role.name


def test_the_application_palette_is_fusions_with_essdesks_colours(qapp):
    app, _zoom = application(Settings())
    fusion = QStyleFactory.create("Fusion").standardPalette()
    palette = app.palette()
    for role in QPalette.ColorRole:
        if role in (QPalette.ColorRole.NColorRoles, QPalette.ColorRole.NoRole):
            continue
        for group in GROUPS:
            ours = style.PALETTE.get(role.name) if group != QPalette.ColorGroup.Disabled else None
            expected = QColor(ours) if ours else fusion.color(group, role)
            assert palette.color(group, role) == expected, (role.name, group.name)


def test_a_new_application_gets_fusion_from_the_command_line(tmp_path):
    """Fusion even where the platform's default style is another one (QT_STYLE_OVERRIDE here)."""
    import os
    import subprocess
    import sys

    code = ("from essdesk.ui.app import application; from essdesk.ui.settings import Settings; "
            "from PySide6.QtWidgets import QApplication; app, _ = application(Settings()); "
            "app.setStyleSheet(''); print(app.style().name(), app.arguments()[1:])")
    env = {**os.environ, "ESSDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "QT_STYLE_OVERRIDE": "windows"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "fusion []", out.stdout + out.stderr


def test_repolish_applies_the_property_rules_again(qapp):
    from PySide6.QtWidgets import QLabel

    qapp.setStyleSheet('QLabel#probe { color: #1b7f3b; } QLabel#probe[modified="true"] { color: #b26b00; }')
    label = QLabel("Enregistré")
    label.setObjectName("probe")
    label.show()
    colour = lambda: label.palette().color(QPalette.ColorRole.WindowText).name()  # noqa: E731
    try:
        assert colour() == "#1b7f3b"
        for modified, expected in (("true", "#b26b00"), ("false", "#1b7f3b"), ("true", "#b26b00")):
            label.setProperty("modified", modified)
            style.repolish(label)
            assert colour() == expected, modified
        assert label.styleSheet().strip() == ""  # nothing of its own was added
    finally:
        qapp.setStyleSheet("")
