"""The look: a light, high-contrast style readable on a projector; sizes follow the zoom."""

from __future__ import annotations

from essdesk.domain import palette as shared
from essdesk.models.enums import LeverStatus

PRIMARY = shared.PRIMARY

#: A lever status's colour (status buttons, lever cards' borders); the step view uses it too.
#: The exports take the same colours from essdesk.domain.palette.
STATUS_COLOURS = {status: colour.strong for status, colour in shared.LEVER_STATUS.items()}

_TEMPLATE = """
QWidget#page {{ background: #f6f8f8; }}
QListWidget#nav {{ background: #173f4a; color: #e9f1f1; border: none; padding: 6px 0; outline: 0; }}
QListWidget#nav::item {{ padding: 9px 14px; border-left: 4px solid transparent; }}
QListWidget#nav::item:selected {{ background: #0f6e6e; color: white; border-left: 4px solid #e0a21f; }}
QListWidget#nav::item:hover:!selected {{ background: #1f5260; }}
QLabel#pageTitle {{ font-size: {p165}pt; font-weight: 600; color: #173f4a; }}
QLabel#welcomeTitle {{ font-size: {p260}pt; font-weight: 700; color: #0f6e6e; }}
QLabel#subtitle {{ color: #44585c; font-size: {p105}pt; }}
QLabel#objective {{ color: #22373b; font-size: {p105}pt; }}
QLabel#sectionTitle {{ font-weight: 600; color: #173f4a; font-size: {p110}pt; margin-top: 6px; }}
QLabel#cardTitle {{ font-weight: 600; color: #173f4a; }}
QLabel#muted, QLabel#fieldCaption {{ color: #5d6f72; }}
QLabel#guide {{ background: #fffaf0; border-left: 3px solid #e0a21f; padding: 8px 12px; color: #33302a; }}
QLabel#progressBadge {{ background: #e3f0f0; color: #0f6e6e; border-radius: 10px; padding: 4px 12px; font-weight: 600; }}
QLabel#leverCode {{ background: #0f6e6e; color: white; border-radius: 6px; padding: 2px 8px; font-weight: 700; }}
QLabel#leverTitle {{ font-weight: 600; font-size: {p105}pt; color: #1b2b2e; }}
QLabel#tag {{ background: #efe7ff; color: #4b2e83; border-radius: 6px; padding: 1px 6px; }}
QLabel#kpiValue {{ font-size: {p200}pt; font-weight: 700; color: #0f6e6e; }}
QLabel#kpiValue[alert="true"] {{ color: #b42318; }}
QLabel#kpiCaption {{ color: #44585c; }}
QLabel#chainCounts {{ color: #0f6e6e; font-weight: 600; }}
QLabel#savedState {{ padding: 0 10px; color: #1b7f3b; }}
QLabel#savedState[modified="true"] {{ color: #b26b00; font-weight: 600; }}
QFrame#card, QFrame#kpi, QFrame#leverCard, QFrame#chainLink {{
    background: white; border: 1px solid #d9e2e2; border-radius: 8px; }}
{card_rules}
QFrame#banner {{ background: #fff4e5; border: 1px solid #e0a21f; border-radius: 8px; }}
QToolButton#statusButton {{ border: 1px solid #c5d0d0; border-radius: 12px; padding: 3px 10px; background: #f3f6f6; }}
{status_rules}
QToolButton#statusButton:hover {{ border-color: #0f6e6e; }}
QToolButton#statusButton:focus {{ border: 2px solid #e0a21f; }}
QToolButton#disclosure {{ border: none; color: #0f6e6e; font-weight: 600; }}
QPushButton#primary {{ background: #0f6e6e; color: white; border: 1px solid #0b5757; border-radius: 5px; padding: 5px 14px; }}
QPushButton#primary:hover {{ background: #0b5757; }}
QPushButton#linkButton {{ text-align: left; }}
QHeaderView::section {{ background: #e8eeee; padding: 5px 6px; border: none;
    border-right: 1px solid #d5dddd; font-weight: 600; color: #173f4a; }}
"""


#: Table colours go through the palette, not a `QTableView {…}` rule: a style-sheet rule on
#: item views makes every cell paint through the style-sheet style (a 5,000-row table
#: repainted in 10-13 ms instead of 1-2 ms, on every keystroke, scroll and sort; issue 6).
PALETTE = {
    "Base": "#ffffff",
    "AlternateBase": "#f3f7f7",
    "Highlight": PRIMARY,
    "HighlightedText": "#ffffff",
}


#: Fusion's standard palette (Qt 6): role -> colours when active, inactive, disabled
#: ("#rrrrggggbbbb": Fusion derives some shades with 16-bit precision).
#: Not `app.style().standardPalette()`: with a platform theme (Windows, GNOME, KDE) the
#: application palette is the theme's whatever the style, and asking the style wraps a
#: QStyle in Python, whose 16 enums (~10 ms) the start pays (issue 6).
#: tests/ui/test_style.py compares this table with Qt's own Fusion palette.
FUSION = {
    "WindowText": ("#000000", "#000000", "#bebebe"),
    "Button": ("#efefef", "#efefef", "#efefef"),
    "Light": ("#ffffff", "#ffffff", "#ffffff"),
    "Midlight": ("#cb04cb04cb04", "#cb04cb04cb04", "#cb04cb04cb04"),
    "Dark": ("#9ff49ff49ff4", "#9ff49ff49ff4", "#bebebe"),
    "Mid": ("#b890b890b890", "#b890b890b890", "#b890b890b890"),
    "Text": ("#000000", "#000000", "#bebebe"),
    "BrightText": ("#ffffff", "#ffffff", "#ffffff"),
    "ButtonText": ("#000000", "#000000", "#bebebe"),
    "Base": ("#ffffff", "#ffffff", "#efefef"),
    "Window": ("#efefef", "#efefef", "#efefef"),
    "Shadow": ("#767b767b767b", "#767b767b767b", "#b1b8b1b8b1b8"),
    "Highlight": ("#308cc6", "#308cc6", "#919191"),
    "HighlightedText": ("#ffffff", "#ffffff", "#ffffff"),
    "Link": ("#0000ff", "#0000ff", "#0000ff"),
    "LinkVisited": ("#ff00ff", "#ff00ff", "#ff00ff"),
    "AlternateBase": ("#f7f7f7", "#f7f7f7", "#f7f7f7"),
    "ToolTipBase": ("#ffffdc", "#ffffdc", "#ffffdc"),
    "ToolTipText": ("#000000", "#000000", "#000000"),
    "PlaceholderText": ("#80000000", "#80000000", "#80000000"),
    "Accent": ("#308cc6", "#308cc6", "#919191"),
}


def repolish(widget) -> None:
    """Apply the style sheet's `[property="…"]` rules again after `widget.setProperty(…)`.

    Qt re-polishes a widget whose own style sheet changes (its documented way to force the
    recomputation). `widget.style().polish(widget)` does it too, but wraps a QStyle in
    Python, whose 16 enums cost ~10 ms the first time: opening a document paid it (issue 6).
    The widget's own style sheet stays as it was, give or take one trailing space.
    """
    sheet = widget.styleSheet()
    widget.setStyleSheet(sheet[:-1] if sheet.endswith(" ") else sheet + " ")


def palette():
    """Fusion's standard palette with essdesk's table and selection colours."""
    from PySide6.QtGui import QColor, QPalette

    result = QPalette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    for role, colours in FUSION.items():
        for group, colour in zip(groups, colours, strict=True):
            result.setColor(group, getattr(QPalette.ColorRole, role), QColor.fromString(colour))
    for role, colour in PALETTE.items():
        for group in groups[:2]:
            result.setColor(group, getattr(QPalette.ColorRole, role), QColor(colour))
    return result


def stylesheet(base_point_size: float) -> str:
    """The style sheet with title sizes relative to the (zoomed) base font size."""
    sizes = {f"p{n}": round(base_point_size * n / 100, 1) for n in (105, 110, 165, 200, 260)}
    rules = "\n".join(
        f'QToolButton#statusButton[status="{s.value}"]:checked {{ background: {c}; color: white; border-color: {c}; }}'
        for s, c in STATUS_COLOURS.items()
    )
    # An unassessed lever's card keeps the plain border.
    cards = "\n".join(
        f'QFrame#leverCard[status="{s.value}"] {{ border-left: 5px solid {c}; }}'
        for s, c in STATUS_COLOURS.items() if s is not LeverStatus.NOT_ASSESSED
    )
    return _TEMPLATE.format(status_rules=rules, card_rules=cards, **sizes)
