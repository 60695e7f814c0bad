"""AHP pairwise comparisons: one slider per pair of siblings, with a consistency panel.

Each row compares two criteria ("A vs B") on Saaty's 1-9 scale. The slider runs
from "A extremely more important (9)" at A's end, through "equal (1)" in the middle,
to "B extremely more important (1/9)" at B's end, and the verbal judgement is shown
under it. A consistency panel (``consistency_box``, placed by the host) shows
lambda_max, CI, RI, CR and a green or amber verdict at CR <= / > 0.10, and lists the
judgements that fit the others least with the value that would fit and a button to
use it. The editor only edits; the weighting dialog computes the result through the
services and hands it back with :meth:`show_result`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from counterweight.charts.palette import ensure_contrast
from counterweight.domain import Criterion, Elicitation, PairwiseJudgement
from counterweight.ui.numbers import fixed, shown
from counterweight.engine.ahp import CR_THRESHOLD, AhpResult, JudgementCheck
from counterweight.engine.ahp_scale import SAATY_2005, SAATY_SCALE, format_saaty, snap_to_saaty
from counterweight.ui.theme import Theme, current, install, set_tone

_MID = 8  # slider runs -8 (A extreme) .. 0 (equal) .. 8 (B extreme)
#: A criterion's name beside a slider wraps within this many average characters (font-based).
_NAME_CHARS = 15
_SUGGESTIONS = 3
#: Tones (see :func:`counterweight.ui.theme.set_tone`) of the verdict: they follow light, dark and
#: high-contrast palettes (session 17: fixed light tints vanished on a dark window).
GOOD_TONE = "badge-robust"
WARN_TONE = "badge-stale"
#: Contrast of the slider's groove, handle and focus ring with the window (WCAG 2.1, 1.4.11).
SLIDER_CONTRAST = 3.0


def slider_style(theme: Theme) -> str:
    """Style sheet of a judgement slider under ``theme``.

    A neutral groove: the default style fills the groove left of the handle, which reads
    as "more" on a scale whose middle, not its left end, is the neutral point. The groove,
    the handle and the focus ring are moved towards black or white until each reaches
    :data:`SLIDER_CONTRAST` against the window and field colours.
    """
    grounds = [theme.window, theme.base]

    def ink(hex_: str) -> str:
        return ensure_contrast(QColor(hex_), grounds, SLIDER_CONTRAST).name()

    return (
        f"QSlider::groove:horizontal {{ height: 4px; background: {ink('#b9b9b9')}; border-radius: 2px; }}"
        f"QSlider::handle:horizontal {{ width: 14px; margin: -6px 0; border-radius: 7px; background: {ink('#2f6fb0')}; }}"
        f"QSlider::handle:horizontal:focus {{ background: {ink('#1b4f85')}; border: 2px solid {ink('#f0a000')}; }}"
    )


def slider_to_value(position: int) -> float:
    """The judgement "A is ``value`` times as important as B" at a slider position."""
    return SAATY_SCALE[_MID - position]


def value_to_slider(value: float) -> int:
    """The slider position nearest to ``value`` (on a log scale)."""
    return _MID - SAATY_SCALE.index(snap_to_saaty(value))


class _PairRow:
    """Widgets and state of one comparison."""

    def __init__(self, first: Criterion, second: Criterion, slider: QSlider, verbal: QLabel) -> None:
        self.first, self.second, self.slider, self.verbal = first, second, slider, verbal
        self.exact: float | None = None  # a stored value that is not on the slider's scale

    def value(self) -> float:
        return self.exact if self.exact is not None else slider_to_value(self.slider.value())


class PairwiseEditor(QWidget):
    """Edit the pairwise judgements among ``children`` and show their consistency.

    Signals
    -------
    changed()
        A judgement or the priority method changed.
    """

    changed = Signal()

    def __init__(self, children: list[Criterion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairwiseEditor")
        self._children = list(children)
        self._names = {c.id: c.name for c in children}
        self._rows: dict[tuple[str, str], _PairRow] = {}
        self._checks: list[JudgementCheck | None] = [None] * _SUGGESTIONS
        self._read_only = False  # issue 4: analysts (the group view)
        self._verbal = {
            1: self.tr("Equal importance"),
            2: self.tr("Weak or slight (between equal and moderate)"),
            3: self.tr("Moderate importance"),
            4: self.tr("Moderate plus (between moderate and strong)"),
            5: self.tr("Strong importance"),
            6: self.tr("Strong plus (between strong and very strong)"),
            7: self.tr("Very strong importance"),
            8: self.tr("Very, very strong (between very strong and extreme)"),
            9: self.tr("Extreme importance"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("For each pair, move the slider towards the criterion that matters more, "
                               "and as far as the difference in importance warrants."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_pairs(), 1)
        #: Priorities, CR verdict and suggestions; the host places it (beside the preview, say).
        self.consistency_box = self._build_consistency()
        watcher = install()  # session 17: the sliders follow a palette change
        if watcher is not None:
            watcher.changed.connect(self._restyle_sliders)

    def _restyle_sliders(self) -> None:
        sheet = slider_style(current())
        for row in self._rows.values():
            row.slider.setStyleSheet(sheet)

    # ------------------------------------------------------------ building
    def _build_pairs(self) -> QScrollArea:
        area = QScrollArea(self)
        area.setObjectName("pairwiseScroll")
        area.setAccessibleName(self.tr("Pairwise comparisons"))
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(10)
        kids = self._children
        metrics = self.fontMetrics()
        widest = metrics.averageCharWidth() * _NAME_CHARS
        self._name_px = min(widest, max((metrics.horizontalAdvance(c.name) + 8 for c in kids), default=40))
        row = 0
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                slider = QSlider(Qt.Orientation.Horizontal, inner)
                slider.setObjectName(f"pairSlider_{a.id}__{b.id}")
                slider.setAccessibleName(self.tr("{0} versus {1}").format(a.name, b.name))
                slider.setRange(-_MID, _MID)
                slider.setPageStep(2)
                slider.setTickPosition(QSlider.TickPosition.TicksBelow)
                slider.setTickInterval(1)
                slider.setMinimumWidth(140)
                slider.setStyleSheet(slider_style(current()))
                verbal = QLabel(inner)
                verbal.setObjectName(f"pairText_{a.id}__{b.id}")
                verbal.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                verbal.setWordWrap(True)
                pair = _PairRow(a, b, slider, verbal)
                self._rows[(a.id, b.id)] = pair
                left, right = self._name_label(a.name, inner, True), self._name_label(b.name, inner, False)
                cell = QVBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(slider)
                cell.addWidget(verbal)
                grid.addWidget(left, row, 0)
                grid.addLayout(cell, row, 1)
                grid.addWidget(right, row, 2)
                slider.valueChanged.connect(lambda _v, p=pair: self._on_slider(p))
                self._describe(pair)
                row += 1
        if row == 0:
            grid.addWidget(QLabel(self.tr("There is only one criterion here, so there is nothing to compare."),
                                  inner), 0, 0, 1, 3)
        grid.setRowStretch(row, 1)
        area.setWidget(inner)
        # No horizontal scroll bar, so the area must never be narrower than the rows: squeezed by
        # the dialog, it cut the right-hand names ("Disruptic / the Russ") at a larger font.
        area.setMinimumWidth(inner.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
                             + 2 * area.frameWidth())
        return area

    def _name_label(self, text: str, parent: QWidget, left: bool) -> QLabel:
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)  # QA 18: "<u>x</u> & y" showed underlined, without tags
        label.setWordWrap(True)
        label.setFixedWidth(self._name_px)
        side = Qt.AlignmentFlag.AlignRight if left else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _build_consistency(self) -> QGroupBox:
        box = QGroupBox(self.tr("Consistency"), self)
        box.setObjectName("consistencyBox")
        self.priority_combo = QComboBox(box)
        self.priority_combo.setObjectName("priorityCombo")
        self.priority_combo.setAccessibleName(self.tr("Priority method"))
        self.priority_combo.addItem(self.tr("Principal eigenvector (Saaty)"), "eigenvector")
        self.priority_combo.addItem(self.tr("Geometric mean of rows"), "geometric_mean")
        self.priority_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.stats_label = QLabel(box)
        self.stats_label.setObjectName("ahpStatsLabel")
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict_label = QLabel(box)
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setAccessibleName(self.tr("Consistency verdict"))
        self.verdict_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Priorities from:"), self.priority_combo)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.priority_combo)
        form.addRow(self.tr("Measures:"), self.stats_label)
        col = QVBoxLayout(box)
        col.addLayout(form)
        col.addWidget(self.verdict_label)
        self.suggestion_labels: list[QLabel] = []
        self.suggestion_buttons: list[QPushButton] = []
        for k in range(_SUGGESTIONS):
            label = QLabel(box)
            label.setObjectName(f"suggestionText_{k}")
            label.setTextFormat(Qt.TextFormat.PlainText)  # it names two criteria
            label.setWordWrap(True)
            button = QPushButton(self.tr("Use suggestion"), box)
            button.setObjectName(f"useSuggestion_{k}")
            button.clicked.connect(lambda _c=False, k=k: self.use_suggestion(k))
            line = QHBoxLayout()
            line.addWidget(label, 1)
            line.addWidget(button)
            col.addLayout(line)
            self.suggestion_labels.append(label)
            self.suggestion_buttons.append(button)
        self.show_result(None)
        return box

    # ------------------------------------------------------------ judgements
    def rows(self) -> list[tuple[str, str]]:
        """The compared pairs, in display order (upper triangle in tree order)."""
        return list(self._rows)

    def slider(self, first: str, second: str) -> QSlider:
        """The slider comparing ``first`` with ``second`` (as displayed)."""
        return self._rows[(first, second)].slider

    def value(self, first: str, second: str) -> float:
        """How many times as important ``first`` is as ``second`` (either orientation)."""
        if (first, second) in self._rows:
            return self._rows[(first, second)].value()
        return 1.0 / self._rows[(second, first)].value()

    def set_judgement(self, first: str, second: str, value: float) -> None:
        """Set one judgement, in either orientation; values off the 1-9 scale are kept as given."""
        if (first, second) not in self._rows:
            first, second, value = second, first, 1.0 / value
        pair = self._rows[(first, second)]
        position = value_to_slider(value)
        on_scale = abs(slider_to_value(position) - value) < 1e-6 * value
        pair.slider.blockSignals(True)
        pair.slider.setValue(position)
        pair.slider.blockSignals(False)
        pair.exact = None if on_scale else float(value)
        self._describe(pair)
        self.changed.emit()

    def load(self, stored: Elicitation | None) -> None:
        """Show stored judgements (missing pairs start at "equal") and the priority method."""
        for pair in self._rows.values():
            pair.slider.blockSignals(True)
            pair.slider.setValue(0)
            pair.slider.blockSignals(False)
            pair.exact = None
            self._describe(pair)
        if stored is not None:
            for j in stored.pairwise:
                if (j.first, j.second) in self._rows or (j.second, j.first) in self._rows:
                    self.set_judgement(j.first, j.second, j.value)
            self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(stored.ahp_priority)))
        self.changed.emit()

    def fields(self) -> dict[str, object]:
        """The judgements as :class:`Elicitation` fields."""
        pairwise = [PairwiseJudgement(first=a, second=b, value=p.value()) for (a, b), p in self._rows.items()]
        return {"pairwise": pairwise, "ahp_priority": self.priority_combo.currentData()}

    def _on_slider(self, pair: _PairRow) -> None:
        pair.exact = None
        self._describe(pair)
        self.changed.emit()

    def _describe(self, pair: _PairRow) -> None:
        value = pair.value()
        if abs(value - 1.0) < 1e-9:
            text = shown = self.tr("Equal importance (1)")
        else:
            winner = pair.first.name if value > 1 else pair.second.name
            strength = value if value > 1 else 1.0 / value
            verbal = self._verbal.get(round(strength)) if abs(strength - round(strength)) < 1e-6 else None
            verbal = verbal or self.tr("between scale points")
            text = self.tr("{0} more important: {1} ({2})").format(winner, verbal, format_saaty(value))
            # the arrow points at the name on that side of the slider; the full sentence is in the tooltip
            shown = f"◀ {verbal} ({format_saaty(value)})" if value > 1 else f"{verbal} ({format_saaty(value)}) ▶"
        if pair.exact is not None:
            text += " " + self.tr("(stored value, between slider steps)")
            shown += " " + self.tr("(stored value, between slider steps)")
        pair.verbal.setText(shown)
        pair.verbal.setToolTip(text)
        pair.slider.setAccessibleDescription(text)
        pair.slider.setToolTip(text)

    # ------------------------------------------------------------ results
    def show_result(self, result: AhpResult | None) -> None:
        """Show priorities, consistency and the least consistent judgements (None clears)."""
        for k in range(_SUGGESTIONS):
            self._checks[k] = None
            self.suggestion_labels[k].hide()
            self.suggestion_buttons[k].hide()
        if result is None:
            for label in (self.stats_label, self.verdict_label):
                label.setText("—")
            set_tone(self.verdict_label, None)
            return
        ri = self.tr("n/a") if result.ri is None else fixed(result.ri, 2)
        # Two short lines, not one long one: at a large font one line made the dialog wider than the screen.
        # (The priorities are the "Local new" column of the result table beside it.)
        self.stats_label.setText(self.tr("λmax {0} · CI {1}\nRI {2} ({3}) · CR {4}").format(
            fixed(result.lambda_max, 4), fixed(result.ci, 4), ri, result.ri_table.name, self._cr(result.cr)))
        n = len(result.ids)
        if n <= 2:
            verdict, good = self.tr("With fewer than three criteria the judgements cannot contradict each other."), True
        elif result.cr is None and result.acceptable:  # no RI, but CI 0: consistent whatever RI would be
            verdict, good = self.tr("Fully consistent: every judgement agrees with the weights (CI 0)."), True
        elif result.cr is None:  # QA 23 item 8: cannot be checked (it said "the Saaty 1980 table stops at 10")
            verdict = self.tr("Consistency cannot be checked: no random index is published for {0} criteria "
                              "(Saaty's tables stop at {1}). Consider grouping them.").format(
                n, len(SAATY_2005.values))
            good = False
        elif result.acceptable:
            verdict = self.tr("Consistent enough: CR {0} is at most {1:.2f}.").format(self._cr(result.cr),
                                                                                    shown(CR_THRESHOLD))
            good = True
        else:
            verdict = self.tr("Inconsistent: CR {0} is above {1:.2f}. Revisit the judgements listed below."
                              ).format(self._cr(result.cr), shown(CR_THRESHOLD))
            good = False
        self.verdict_label.setText(verdict)
        set_tone(self.verdict_label, GOOD_TONE if good else WARN_TONE)
        if n <= 2:
            return
        for k, check in enumerate(result.most_inconsistent(_SUGGESTIONS)):
            self._checks[k] = check
            first, second = self._names.get(check.first, check.first), self._names.get(check.second, check.second)
            label = self.suggestion_labels[k]
            label.setText(self.tr("{0} vs {1}: you said {2}; {3} would fit the other judgements "
                                  "(suggest {4}, CR then {5}).").format(
                first, second, format_saaty(check.value), fixed(check.consistent_value, 2),
                format_saaty(check.suggestion), self._cr(check.cr_if_changed)))
            button = self.suggestion_buttons[k]
            button.setAccessibleName(self.tr("Use suggestion {0} for {1} versus {2}").format(
                format_saaty(check.suggestion), first, second))
            if abs(check.suggestion - check.value) > 1e-9:  # nothing to offer when already the nearest value
                label.show()
                button.setVisible(not self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        """Show the judgements without letting them change (the group view; issue 4: analysts).

        The sliders and the priority method are disabled and no suggestion is offered;
        the verbal judgements and the consistency measures stay readable.
        """
        self._read_only = read_only
        for pair in self._rows.values():
            pair.slider.setEnabled(not read_only)
        self.priority_combo.setEnabled(not read_only)
        for k in range(_SUGGESTIONS):
            self.suggestion_buttons[k].setVisible(not read_only and not self.suggestion_labels[k].isHidden())

    def use_suggestion(self, k: int) -> None:
        """Replace the ``k``-th listed judgement by its suggested consistent value."""
        check = self._checks[k] if 0 <= k < _SUGGESTIONS else None
        if check is not None and not self._read_only:
            self.set_judgement(check.first, check.second, check.suggestion)

    def suggestion(self, k: int) -> JudgementCheck | None:
        """The ``k``-th listed judgement check, if shown."""
        return self._checks[k] if 0 <= k < _SUGGESTIONS else None

    def _cr(self, cr: float | None) -> str:
        return self.tr("n/a") if cr is None else fixed(cr, 3)


__all__ = ["PairwiseEditor", "slider_to_value", "value_to_slider"]
