"""Colours of the window that follow the system: light, dark and high contrast.

Nothing in the interface should carry a fixed colour that only works on a light
grey window. Instead a widget asks for a *tone* (muted text, an error message, a
verdict badge, a banner...) with :func:`set_tone`; the colours come from
:func:`current`, which reads the application palette:

* **dark** when the palette's window colour has a lightness under 128;
* **high contrast** when the system says so (Qt 6.10+:
  ``QStyleHints.accessibility().contrastPreference()``) or when the palette itself
  looks like a high-contrast one (near-black on near-white or the reverse, in the
  window, the text fields and the selection alike). Tones then use the palette's own
  window and text colours, with thicker outlines, instead of tints.

Every text colour is checked against the window and field backgrounds and moved
towards black or white until it reaches a contrast ratio of 4.5:1 (WCAG 2.x).

A :class:`ThemeWatcher` (one per application, installed by :func:`install` or the
first :func:`set_tone`) re-applies every tone, re-colours the on-screen charts and
repaints the item views when the palette, the colour scheme or the contrast
preference changes; when the application font changes it also re-sizes the rows
of the tables that follow the font (:mod:`counterweight.ui.text_size`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from counterweight.charts.palette import (  # h26d: the high-contrast test moved down, charts use it too
    contrast_ratio,
    ensure_contrast,
    is_dark_palette,
    missing_colour,
    mix,
    palette_is_high_contrast,
    stoplight_colour,
)
from counterweight.charts.style import restyle_chart_views
from counterweight.ui.text_size import refresh_row_heights

#: Dynamic property holding a widget's tone (see :func:`set_tone`).
TONE_PROPERTY = "counterweightTone"
#: Dynamic property holding the style-sheet selector the tone is written for.
SELECTOR_PROPERTY = "counterweightToneSelector"
#: Minimum contrast ratio of any text colour produced here (WCAG 2.x, level AA).
MIN_TEXT_CONTRAST = 4.5
_WATCHER_NAME = "counterweightThemeWatcher"

#: Boxed tones as (background, edge, ink) for light and for dark palettes.
_LIGHT_BOXES: dict[str, tuple[str, str, str]] = {
    "message-error": ("#FDECEA", "#D55E00", "#5F2120"),
    "banner-notice": ("#FFF4CE", "#C98A00", "#3D2B00"),
    "banner-readonly": ("#ECECEC", "#A4262C", "#262626"),
    "banner-error": ("#FDE7E9", "#A4262C", "#4A0D10"),
    "banner-marking": ("#1F2933", "#1F2933", "#FFFFFF"),
    "badge-stale": ("#F8E7A6", "#9A7B00", "#000000"),
    "linked": ("#FCE9A6", "#9A7B00", "#000000"),
}
_DARK_BOXES: dict[str, tuple[str, str, str]] = {
    "message-error": ("#3D1A14", "#FF8A50", "#FFDAD2"),
    "banner-notice": ("#3D3000", "#E0A800", "#FFF1C2"),
    "banner-readonly": ("#333333", "#FF8A80", "#F0F0F0"),
    "banner-error": ("#3D1417", "#FF8A80", "#FFE0E2"),
    "banner-marking": ("#E8EDF2", "#E8EDF2", "#0D1117"),
    "badge-stale": ("#705400", "#E0A800", "#FFFFFF"),
    "linked": ("#5A4A00", "#E0A800", "#FFFFFF"),
}
#: Verdict badges sit on the stoplight ramp: robust = best, fragile = worst.
_VERDICT_POSITION = {"badge-robust": 1.0, "badge-fragile": 0.0, "badge-not_applicable": None}
#: Text tones (light palette, dark palette) before the contrast check.
_LIGHT_TEXT = {"error": "#A4262C", "ok": "#1E6B34", "warning": "#8A5300"}
_DARK_TEXT = {"error": "#FF8A80", "ok": "#7FD49A", "warning": "#F0C060"}
#: Every tone :func:`style_for` knows.
TEXT_TONES = ("muted", "error", "error-strong", "ok", "warning")
BOX_TONES = tuple(_LIGHT_BOXES) + tuple(_VERDICT_POSITION)
TONES = (*TEXT_TONES, *BOX_TONES, "input-error")


def system_wants_high_contrast() -> bool:
    """Whether the platform asks for high contrast (always ``False`` before Qt 6.10)."""
    app = QGuiApplication.instance()
    hints = app.styleHints() if isinstance(app, QGuiApplication) else None
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(Qt, "ContrastPreference", None)
    return preference is not None and accessibility().contrastPreference() == preference.HighContrast


@dataclass(frozen=True)
class Theme:
    """The colours of one palette; build it with :func:`current`.

    Attributes
    ----------
    dark, high_contrast
        The kind of palette.
    window, base, text
        The palette's window, field and window-text colours.
    texts
        Text colour of each text tone, readable on ``window`` and ``base``.
    boxes
        ``(background, edge, ink)`` of each boxed tone, ink readable on background.
    """

    dark: bool
    high_contrast: bool
    window: QColor
    base: QColor
    text: QColor
    texts: dict[str, QColor] = field(default_factory=dict)
    boxes: dict[str, tuple[QColor, QColor, QColor]] = field(default_factory=dict)

    def stoplight(self, value: float | None) -> QColor:
        """Score cell background for a 0-1 value (``None``: no score) on this palette."""
        return stoplight_colour(value, dark=self.dark)

    @property
    def missing(self) -> QColor:
        """Background of a cell with no score."""
        return missing_colour(self.dark)

    @property
    def muted(self) -> QColor:
        """Secondary text (notes, hints, items that do not count)."""
        return self.texts["muted"]


def _build(palette: QPalette, high_contrast: bool) -> Theme:
    role = QPalette.ColorRole
    dark = is_dark_palette(palette)
    window, base, text = palette.color(role.Window), palette.color(role.Base), palette.color(role.WindowText)
    grounds = [window, base]
    texts: dict[str, QColor] = {}
    boxes: dict[str, tuple[QColor, QColor, QColor]] = {}
    if high_contrast:  # the user's own colours, nothing tinted
        for tone in TEXT_TONES:
            texts[tone] = ensure_contrast(text, grounds, 7.0)
        for tone in BOX_TONES:
            boxes[tone] = (QColor(window), QColor(text), ensure_contrast(text, [window], 7.0))
    else:
        raw = _DARK_TEXT if dark else _LIGHT_TEXT
        texts["muted"] = ensure_contrast(mix(text, window, 0.45), grounds, MIN_TEXT_CONTRAST)
        for tone, hex_ in raw.items():
            texts[tone] = ensure_contrast(QColor(hex_), grounds, MIN_TEXT_CONTRAST)
        texts["error-strong"] = texts["error"]
        for tone, (back, edge, ink) in (_DARK_BOXES if dark else _LIGHT_BOXES).items():
            boxes[tone] = (QColor(back), QColor(edge), ensure_contrast(QColor(ink), [QColor(back)], MIN_TEXT_CONTRAST))
        edges = {0.0: QColor("#FF8A50" if dark else "#A1461A"), 1.0: QColor("#4FB8E0" if dark else "#2D7A60"),
                 None: QColor("#A0A0A0" if dark else "#808080")}
        for tone, position in _VERDICT_POSITION.items():
            back = stoplight_colour(position, dark=dark)
            ink = ensure_contrast(QColor("#FFFFFF" if dark else "#000000"), [back], MIN_TEXT_CONTRAST)
            boxes[tone] = (back, edges[position], ink)
    return Theme(dark, high_contrast, QColor(window), QColor(base), QColor(text), texts, boxes)


_CACHE: dict[tuple[int, bool], Theme] = {}


#: The application palette's key and theme, so the hot path (every table cell painted)
#: skips asking the platform about contrast; the watcher clears it on any change.
_APP_THEME: list[tuple[int, Theme]] = []


def current(palette: QPalette | None = None) -> Theme:
    """The theme of ``palette`` (default: the application's), cached per palette."""
    if palette is None:
        palette = QApplication.palette() if QApplication.instance() is not None else QPalette()
        if _APP_THEME and _APP_THEME[0][0] == palette.cacheKey():
            return _APP_THEME[0][1]
        theme = current(palette)
        _APP_THEME[:] = [(palette.cacheKey(), theme)]
        return theme
    key = (palette.cacheKey(), system_wants_high_contrast())
    theme = _CACHE.get(key)
    if theme is None:  # asked for every table cell painted: build once per palette
        if len(_CACHE) > 16:
            _CACHE.clear()
        theme = _CACHE[key] = _build(palette, key[1] or palette_is_high_contrast(palette))
    return theme


def is_dark() -> bool:
    """Whether the application palette is a dark one."""
    return current().dark


def style_for(tone: str, theme: Theme, selector: str = "") -> str:
    """The style sheet giving a widget ``tone`` under ``theme``.

    Parameters
    ----------
    tone
        One of :data:`TONES`: a text tone (``muted``, ``error``, ``error-strong``,
        ``ok``, ``warning``), a boxed tone (``message-error``, ``banner-*``,
        ``badge-*``, ``linked``) or ``input-error`` (a coloured outline).
    theme
        Colours to use (see :func:`current`).
    selector
        Style-sheet selector the rules apply to (for example ``QLabel`` or
        ``#noticeBanner``); empty for the widget itself. Banners need one: their
        rule for the inner label is written as ``<selector> QLabel``.
    """
    wide = 2 if theme.high_contrast else 1
    if tone in TEXT_TONES:
        bold = " font-weight: bold;" if tone == "error-strong" or (theme.high_contrast and tone == "error") else ""
        body = f"color: {theme.texts[tone].name()};{bold}"
    elif tone == "input-error":
        edge = theme.boxes["message-error"][1] if not theme.high_contrast else theme.text
        body = f"border: {wide + 1}px solid {edge.name()};"
    elif tone.startswith("banner-"):
        back, edge, ink = theme.boxes[tone]
        sel = selector or "QFrame"
        return (f"{sel} {{ background: {back.name()}; border-left: {5 + wide}px solid {edge.name()};"
                f" border-bottom: {wide}px solid {edge.name()}; }}"
                f" {sel} QLabel {{ color: {ink.name()}; background: transparent; }}")
    elif tone in theme.boxes:
        back, edge, ink = theme.boxes[tone]
        padding = "2px 8px" if tone.startswith("badge-") else "4px 6px"
        body = (f"background: {back.name()}; color: {ink.name()}; border: {wide}px solid {edge.name()};"
                f" border-radius: 3px; padding: {padding};")
    else:
        raise ValueError(f"unknown tone {tone!r}; use one of {TONES}")
    return f"{selector} {{ {body} }}" if selector else body


def set_tone(widget: QWidget, tone: str | None, selector: str = "") -> None:
    """Give ``widget`` a tone (``None`` clears it) that follows later palette changes.

    Parameters
    ----------
    widget
        Usually a label, a line edit or a spin box.
    tone
        See :func:`style_for`.
    selector
        See :func:`style_for`.
    """
    install()
    widget.setProperty(TONE_PROPERTY, tone or "")
    widget.setProperty(SELECTOR_PROPERTY, selector)
    widget.setStyleSheet(style_for(tone, current(), selector) if tone else "")


def tone_of(widget: QWidget) -> str:
    """The tone given to ``widget`` with :func:`set_tone` (empty if none)."""
    return str(widget.property(TONE_PROPERTY) or "")


class _PaletteSentinel(QWidget):
    """An invisible widget that hears about application palette and font changes."""

    def __init__(self, on_change: QObject) -> None:
        super().__init__()
        self.setObjectName("counterweightPaletteSentinel")
        self._on_change = on_change

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange,
                            QEvent.Type.ThemeChange, QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._on_change.schedule()  # type: ignore[attr-defined]
        return super().event(event)


class ThemeWatcher(QObject):
    """Re-applies tones, chart colours and row heights when the system's look changes.

    Signals
    -------
    changed
        Emitted after a refresh (the new theme is :func:`current`).
    """

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_WATCHER_NAME)
        self._pending = False
        self._sentinel = _PaletteSentinel(self)
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.schedule)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self.schedule)
        self.destroyed.connect(self._sentinel.deleteLater)

    def schedule(self, *_args: object) -> None:
        """Refresh once the current burst of change events is over."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Re-apply every tone, re-colour the charts on screen, re-size and repaint the tables now."""
        self._pending = False
        _CACHE.clear()
        _APP_THEME.clear()
        theme = current()
        widgets = QApplication.allWidgets()
        for w in widgets:
            tone = w.property(TONE_PROPERTY)
            if tone:
                w.setStyleSheet(style_for(str(tone), theme, str(w.property(SELECTOR_PROPERTY) or "")))
            if isinstance(w, QAbstractItemView):  # model colours are asked for again on repaint
                w.viewport().update()
        restyle_chart_views(widgets)
        refresh_row_heights(widgets)
        apply_class_palettes(QApplication.palette(), theme)
        self.changed.emit()


def install(app: QApplication | None = None) -> ThemeWatcher | None:
    """The application's :class:`ThemeWatcher`, created on first call (``None`` without an application)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return None
    found = app.findChild(ThemeWatcher, _WATCHER_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        found = ThemeWatcher(app)
        apply_class_palettes(app.palette(), current())
    return found


#: Widgets whose frame, box, groove or handle outline Qt's Fusion style draws in the palette's
#: Window colour darkened by 40 % (``QFusionStylePrivate::outline``); item views are named one by
#: one because their headers (also item views) fill their empty part with Window.
OUTLINED_CLASSES = ("QLineEdit", "QAbstractSpinBox", "QComboBox", "QCheckBox", "QRadioButton", "QSlider",
                    "QListView", "QTableView", "QTreeView", "QPlainTextEdit", "QTextEdit")
#: Widgets that show links (headers, :class:`QHeaderView`, keep the window colour: see
#: :func:`class_palette_fixes`).
LINKED_CLASSES = ("QLabel", "QTextEdit")
#: Least contrast of a control's outline with the window and field colours (WCAG 2.1, 1.4.11).
MIN_OUTLINE_CONTRAST = 3.0
_CLASS_FIX: list[tuple[int, tuple[tuple[str, str], ...]]] = []


def class_palette_fixes(palette: QPalette, theme: Theme) -> dict[str, dict[QPalette.ColorRole, QColor]]:
    """Roles to change, class by class, so that outlines and links show on ``palette``.

    * In a high-contrast palette whose Fusion outlines (the window colour darkened by
      40 %) fall under :data:`MIN_OUTLINE_CONTRAST` against the window or the fields
      (white on black: black on black), the outlined classes get the window text
      colour as their Window role, so their outlines are drawn in a shade of it.
    * When the link colours read under 4.5:1 on the window or the fields (Qt's default
      blue on a dark palette), they are moved towards white or black until they do.

    A palette that is already fine gets no change (an empty dict).
    """
    role = QPalette.ColorRole
    window, base = palette.color(role.Window), palette.color(role.Base)
    fixes: dict[str, dict[QPalette.ColorRole, QColor]] = {}
    outline = window.darker(140)
    if theme.high_contrast and min(contrast_ratio(outline, window), contrast_ratio(outline, base)) < MIN_OUTLINE_CONTRAST:
        for name in OUTLINED_CLASSES:
            fixes.setdefault(name, {})[role.Window] = QColor(palette.color(role.WindowText))
        # an item view's headers would inherit that Window and fill their empty part with it
        fixes["QHeaderView"] = {role.Window: QColor(window)}
    for link_role in (role.Link, role.LinkVisited):
        link = palette.color(link_role)
        if min(contrast_ratio(link, window), contrast_ratio(link, base)) < MIN_TEXT_CONTRAST:
            readable = ensure_contrast(link, [window, base], MIN_TEXT_CONTRAST)
            for name in LINKED_CLASSES:
                fixes.setdefault(name, {})[link_role] = readable
    return fixes


def disabled_fixes(palette: QPalette) -> dict[str, dict[QPalette.ColorRole, QColor]]:
    """Roles of the *disabled* colour group to change, class by class, so disabled controls look disabled.

    Session 28 (the group view's read-only weight sliders looked live): Fusion draws a
    slider's handle in the Button colour, lightened (white on a light palette), and the
    filled part of its groove in Highlight, which many palettes (dark ones) leave blue
    when disabled. Both become a grey a third of the way from the window to its text.
    """
    role = QPalette.ColorRole
    grey = mix(palette.color(role.Window), palette.color(role.WindowText), 0.3)
    return {"QSlider": {role.Button: grey, role.Highlight: grey}}


def apply_class_palettes(palette: QPalette, theme: Theme) -> None:
    """Give the classes of :func:`class_palette_fixes` their roles, and those of :func:`disabled_fixes` their
    disabled ones (and undo earlier fixes no longer needed).

    Only the changed roles are set, so every other colour still comes from the
    application palette.
    """
    if QApplication.instance() is None:
        return
    fixes, disabled = class_palette_fixes(palette, theme), disabled_fixes(palette)
    key = tuple(sorted((name, ",".join(f"{r.name}={c.name()}" for r, c in roles.items()))
                       for name, roles in (*fixes.items(), *((f"{n}:disabled", r) for n, r in disabled.items()))))
    if _CLASS_FIX and _CLASS_FIX[0] == (palette.cacheKey(), key):
        return  # setting a class palette sends change events: do it once per palette
    earlier = {name.split(":")[0] for name, _ in _CLASS_FIX[0][1]} if _CLASS_FIX else set()
    _CLASS_FIX[:] = [(palette.cacheKey(), key)]
    for name in earlier - set(fixes) - set(disabled):
        QApplication.setPalette(QPalette(), name)  # nothing set: the application palette shows through
    for name in set(fixes) | set(disabled):
        fix = QPalette()
        for r, colour in fixes.get(name, {}).items():
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
                fix.setColor(group, r, colour)
        for r, colour in disabled.get(name, {}).items():
            fix.setColor(QPalette.ColorGroup.Disabled, r, colour)
        QApplication.setPalette(fix, name)


__all__ = [
    "BOX_TONES",
    "LINKED_CLASSES",
    "OUTLINED_CLASSES",
    "apply_class_palettes",
    "class_palette_fixes",
    "disabled_fixes",
    "MIN_TEXT_CONTRAST",
    "TEXT_TONES",
    "TONES",
    "Theme",
    "ThemeWatcher",
    "current",
    "install",
    "is_dark",
    "palette_is_high_contrast",
    "set_tone",
    "style_for",
    "system_wants_high_contrast",
    "tone_of",
]
