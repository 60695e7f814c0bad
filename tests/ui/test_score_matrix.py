"""Score matrix: keyboard editing, rejection of bad input, undo/redo, Delete, colours.

The score detail panel beside it is tested in test_score_detail_panel.py.

Expected totals are hand-computed from tests.factories.small_decision (value
functions; global weights harm 0.5, effect 0.375, cost 0.125):

* Alpha:   harm Low 1.0, effect 2/10, cost (20-2)/20 -> 0.5 + 0.075 + 0.1125 = 0.6875
* Bravo:   harm High 0.3, effect 9/10, cost (20-10)/20 -> 0.15 + 0.3375 + 0.0625 = 0.55
* Charlie: harm Moderate 0.6, effect 6/10, cost (20-8)/20 -> 0.3 + 0.225 + 0.075 = 0.6
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from counterweight.charts.palette import MISSING_HEX, contrast_ratio
from counterweight.domain import Criterion, Decision, NumericScale, Option, Score
from counterweight.domain.errors import InvalidInputError
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import SetScore
from counterweight.ui.models.score_table_model import ScoreTableModel
from counterweight.ui.models.score_text import MissingRole, parse_cell_text
from counterweight.ui.widgets.score_matrix import FIT_BATCH, FIT_MAX_PX, ScoreMatrix
from tests.ui.conftest import controller_on, shown

pytestmark = pytest.mark.qt


@pytest.fixture
def matrix(qtbot, controller):
    widget = ScoreMatrix(controller)
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _edit_with_keyboard(qtbot, matrix: ScoreMatrix, option_id: str, criterion_id: str, text: str) -> None:
    assert matrix.select_cell(option_id, criterion_id)
    matrix.view.setFocus()
    qtbot.waitUntil(matrix.view.hasFocus)
    qtbot.keyClick(matrix.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(matrix.view.focusWidget(), QLineEdit))
    editor = matrix.view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_headers_show_unit_direction_and_path(matrix):
    model = matrix.model
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert labels[0] == "Civilian harm"  # qualitative: no unit, no arrow
    assert labels[1] == "Effect\npoints ↑"
    assert labels[2] == "Cost\n$bn ↓"
    tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Risks › Civilian harm")
    assert "Harm unlikely" in tip  # level descriptors listed
    assert model.headerData(2, Qt.Orientation.Vertical) == "Charlie"


def test_cells_show_number_range_and_level(matrix):
    model = matrix.model
    assert model.index(0, 1).data() == "2 (1–3)"
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == "2"
    assert model.index(1, 0).data() == "High"
    tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "weak" in tip and "1 to 3" in tip and "0 to 10" in tip
    assert model.index(0, 1).data(MissingRole) is False


def test_keyboard_edit_changes_ranking(qtbot, matrix, controller):
    # before: Alpha 0.6875 > Charlie 0.6 > Bravo 0.55
    assert controller.evaluation.ranked_option_ids() == ["a", "c", "b"]
    with qtbot.waitSignal(controller.changed, timeout=2000):
        _edit_with_keyboard(qtbot, matrix, "b", "effect", "10")
    # Bravo effect 10 -> 0.15 + 0.375 + 0.0625 = 0.5875 (still below Charlie's 0.6)
    assert controller.evaluation.total_of("b") == pytest.approx(0.5875)
    with qtbot.waitSignal(controller.changed, timeout=2000):
        _edit_with_keyboard(qtbot, matrix, "b", "cost", "0")
    # Bravo cost 0 -> 0.15 + 0.375 + 0.125 = 0.65: now above Charlie, below Alpha
    assert controller.evaluation.total_of("b") == pytest.approx(0.65)
    assert controller.evaluation.ranked_option_ids() == ["a", "b", "c"]
    assert matrix.model.index(1, 2).data() == "0"
    assert controller.undo_stack.count() == 2
    # rationale kept from the old score
    assert controller.decision.score("b", "cost").rationale == "dear"


def test_alpha_effect_ten(qtbot, matrix, controller):
    with qtbot.waitSignal(controller.changed, timeout=2000):
        _edit_with_keyboard(qtbot, matrix, "a", "effect", "10 (9-10)")
    # Alpha effect 10 -> 0.5 + 0.375 + 0.1125 = 0.9875
    assert controller.evaluation.total_of("a") == pytest.approx(0.9875)
    score = controller.decision.score("a", "effect")
    assert (score.value, score.low, score.high, score.rationale) == (10, 9, 10, "weak")


@pytest.mark.parametrize("text, words", [("abc", "not a number"), ("99", "outside the scale")])
def test_bad_input_is_rejected_with_message(qtbot, matrix, controller, text, words):
    before = controller.decision
    with qtbot.waitSignal(matrix.model.editRejected, timeout=2000) as blocker:
        _edit_with_keyboard(qtbot, matrix, "c", "effect", text)
    message = blocker.args[0]
    assert words in message
    assert "Charlie × Effect" in message and "0 to 10" in message
    qtbot.waitUntil(matrix.error_label.isVisible)
    assert matrix.error_label.text() == message
    assert controller.decision == before
    assert matrix.model.index(2, 1).data() == "6"
    assert controller.undo_stack.count() == 0
    # the next successful edit hides the message
    with qtbot.waitSignal(controller.changed, timeout=2000):
        _edit_with_keyboard(qtbot, matrix, "c", "effect", "7")
    assert not matrix.error_label.isVisible()


def test_typing_starts_an_edit_and_enter_opens_the_editor(qtbot, matrix, controller):
    assert matrix.select_cell("c", "effect")
    matrix.view.setFocus()
    qtbot.waitUntil(matrix.view.hasFocus)
    qtbot.keyClick(matrix.view, Qt.Key.Key_7)  # typing replaces the value
    qtbot.waitUntil(lambda: isinstance(matrix.view.focusWidget(), QLineEdit))
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.keyClick(matrix.view.focusWidget(), Qt.Key.Key_Return)
    assert controller.decision.score("c", "effect").value == 7
    qtbot.waitUntil(matrix.view.hasFocus)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return)  # Enter on a cell starts editing too
    qtbot.waitUntil(lambda: isinstance(matrix.view.focusWidget(), QLineEdit))
    assert matrix.view.focusWidget().text() == "7"
    qtbot.keyClick(matrix.view.focusWidget(), Qt.Key.Key_Escape)
    assert controller.undo_stack.count() == 1


def test_unknown_level_and_value_outside_kept_range(matrix, controller):
    model = matrix.model
    assert not model.setData(model.index(0, 0), "Catastrophic")
    assert not model.setData(model.index(0, 1), "8")  # Alpha's range is 1-3
    assert controller.undo_stack.count() == 0
    assert model.setData(model.index(0, 0), "moderate")  # case-insensitive
    assert controller.decision.score("a", "harm").level == "Moderate"


def test_level_editor_lists_levels_with_descriptors(qtbot, matrix, controller):
    matrix.select_cell("a", "harm")
    matrix.view.setFocus()
    qtbot.keyClick(matrix.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(matrix.view.focusWidget(), QComboBox))
    combo = matrix.view.focusWidget()
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Severe", "High", "Moderate", "Low"]
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == "Likely large-scale harm"
    assert combo.currentText() == "Low"
    combo.setCurrentIndex(1)
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert controller.decision.score("a", "harm").level == "Severe"


def test_undo_redo_of_a_score_edit(qtbot, matrix, controller):
    model = matrix.model
    assert model.setData(model.index(0, 2), "16")
    assert model.index(0, 2).data() == "16"
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        controller.undo_stack.undo()
    assert model.index(0, 2).data() == "2"
    assert controller.evaluation.total_of("a") == pytest.approx(0.6875)
    controller.undo_stack.redo()
    assert model.index(0, 2).data() == "16"
    # cost 16 on 0-20 lower-better -> 0.2 * 0.125 = 0.025; 0.5 + 0.075 + 0.025
    assert controller.evaluation.total_of("a") == pytest.approx(0.6)


def test_delete_clears_cell_and_undo_restores(qtbot, matrix, controller):
    matrix.select_cell("c", "cost")
    matrix.view.setFocus()
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.keyClick(matrix.view, Qt.Key.Key_Delete)
    assert controller.decision.score("c", "cost") is None
    index = matrix.model.index(2, 2)
    assert index.data(MissingRole) is True
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name().upper() == MISSING_HEX
    assert controller.evaluation.total_of("c") == pytest.approx(0.525)  # 0.3 + 0.225 + 0
    controller.undo_stack.undo()
    assert controller.decision.score("c", "cost").value == 8


def test_delete_on_several_cells_is_one_undo_step(qtbot, matrix, controller):
    view = matrix.view
    view.setFocus()
    sel = view.selectionModel()
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    sel.select(QItemSelection(matrix.model.index(0, 1), matrix.model.index(1, 2)),
               QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert controller.undo_stack.count() == 1
    assert all(controller.decision.score(o, c) is None for o in "ab" for c in ("effect", "cost"))
    controller.undo_stack.undo()
    assert controller.decision.score("b", "cost").value == 10


def test_current_cell_signal(qtbot, matrix):
    with qtbot.waitSignal(matrix.currentCellChanged, timeout=1000) as blocker:
        matrix.select_cell("b", "harm")
    assert blocker.args == ["b", "harm"]


def test_stoplight_colours_follow_values_and_keep_text_readable(matrix):
    model = matrix.model
    best = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color()  # Alpha harm Low = 1.0
    worst_level = model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).color()  # Bravo High = 0.3
    assert best != worst_level
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            bg = model.index(r, c).data(Qt.ItemDataRole.BackgroundRole).color()
            fg = model.index(r, c).data(Qt.ItemDataRole.ForegroundRole).color()
            assert contrast_ratio(bg, fg) >= 7.0


def test_parse_accepts_decimal_comma_and_ranges():
    crit = Criterion(id="x", name="X", scale=NumericScale(lower=0, upper=10))
    score = parse_cell_text(" 2,5 (1.5 – 3) ", crit, None, "o", "O × X")
    assert (score.value, score.low, score.high) == (2.5, 1.5, 3.0)
    assert parse_cell_text("", crit, None, "o", "O × X") is None


def test_typed_thousands_comma_is_refused_and_names_the_cell(qtbot, matrix, controller):
    """QA session 12: "1,500" was stored as 1.5; a comma before exactly three digits is ambiguous."""
    with qtbot.waitSignal(matrix.model.editRejected, timeout=2000) as blocker:
        _edit_with_keyboard(qtbot, matrix, "c", "effect", "1,500")  # 1.5 would fit the 0-10 scale
    message = blocker.args[0]
    assert message.startswith("Charlie × Effect: “1,500” is ambiguous")
    assert "Type 1500 or 1.5." in message
    assert controller.decision.score("c", "effect").value == 6 and controller.undo_stack.count() == 0


def test_parse_comma_rules_and_untouched_numbers():
    crit = Criterion(id="x", name="X", scale=NumericScale(lower=0, upper=1e7))
    assert parse_cell_text("0,125", crit, None, "o", "O × X").value == 0.125  # 0,125 is no thousands group
    assert parse_cell_text("1,5000", crit, None, "o", "O × X").value == 1.5
    for text, hint in (("1,234,567", "Type 1234567"), ("5 (1,500-7)", "Type 1500 or 1.5"),
                       ("-2,250", "Type -2250 or -2.25")):
        with pytest.raises(InvalidInputError, match=hint) as info:
            parse_cell_text(text, crit, None, "o", "O × X")
        assert info.value.where == "O × X"
    # the cell's text as shown (six significant digits) gives back the stored numbers exactly
    old = Score(option_id="o", criterion_id="x", value=7 / 3, low=1 / 3, high=2.5)
    again = parse_cell_text("2.33333 (0.333333-2.5)", crit, old, "o", "O × X")
    assert (again.value, again.low, again.high) == (7 / 3, 1 / 3, 2.5)
    assert parse_cell_text("2.33334", crit, old, "o", "O × X").value == 2.33334  # a changed number counts


def test_columns_widen_after_edits_but_never_narrow(qtbot, matrix, controller, monkeypatch):
    """QA session 12: a range typed later showed as "0.125 (0.06–…" in a column fitted on open."""
    view = matrix.view
    qtbot.waitUntil(lambda: matrix.columns_fitted)
    view.setColumnWidth(2, 200)  # widened by hand
    widths = [view.columnWidth(c) for c in range(matrix.model.columnCount())]
    measured: list[int] = []
    real = view.sizeHintForIndex
    monkeypatch.setattr(view, "sizeHintForIndex", lambda i: measured.append(i.column()) or real(i))
    assert matrix.select_cell("b", "effect")
    assert matrix.paste_text("7.25 (6.125-8.375)\t3")
    text = matrix.model.index(1, 1).data()
    assert text == "7.25 (6.125–8.375)"
    assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance(text) > widths[1]
    assert view.columnWidth(2) == 200  # the hand-widened column keeps its width
    assert view.columnWidth(0) == widths[0]
    assert sorted(set(measured)) == [1, 2] and len(measured) == 2  # only the edited cells are measured
    controller.undo_stack.undo()
    assert view.columnWidth(1) > widths[1]  # an undo does not narrow it either


def _big_decision(n_opt: int = 200, n_leaf: int = 40) -> Decision:
    crit = [Criterion(id="g1", name="Group one"), Criterion(id="g2", name="Group two")]
    crit += [Criterion(id=f"c{j}", name=f"Criterion {j}", parent_id="g1" if j % 2 else "g2",
                       scale=NumericScale(lower=0, upper=100)) for j in range(n_leaf)]
    opts = [Option(id=f"o{i}", name=f"Option {i}") for i in range(n_opt)]
    scores = [Score(option_id=f"o{i}", criterion_id=f"c{j}", value=float((i * 7 + j * 13) % 101))
              for i in range(n_opt) for j in range(n_leaf)]
    return Decision(id="big", title="Big", options=opts, criteria=crit, scores=scores)


def test_one_cell_change_on_a_large_matrix_repaints_only_that_cell(qtbot, tmp_path):
    """A cell change only repaints that cell: no model reset, one dataChanged for the cell (its cost is measured by
    benchmarks/bench_large_project_stalls.py, not timed here: session 28 removed a timed assertion)."""
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController

    session = ProjectSession.create(tmp_path / "big.counterweight", _big_decision())
    ctl = SessionController(session)
    try:
        model = ScoreTableModel(ctl)
        resets: list[int] = []
        changed: list[tuple[int, int, int, int]] = []
        model.modelReset.connect(lambda: resets.append(1))
        model.dataChanged.connect(
            lambda a, b, roles=(): changed.append((a.row(), a.column(), b.row(), b.column())))
        assert ctl.submit(SetScore("o5", "c7", Score(option_id="o5", criterion_id="c7", value=1.0))) is None
        cell = model.index_of("o5", "c7")
        assert not resets
        assert changed == [(cell.row(), cell.column(), cell.row(), cell.column())]
        assert cell.data() == "1"
        # the model's own handling of the change set again: still that one cell, nothing more
        changed.clear()
        model._on_changed(ChangeSet(parts=frozenset({Part.SCORES}), cells=frozenset({("o5", "c7")})))
        assert not resets
        assert changed == [(cell.row(), cell.column(), cell.row(), cell.column())]
    finally:
        ctl.close_session()


def test_painted_cell_facts_are_cached_bounded_and_refreshed_by_edits(qtbot, controller, monkeypatch):
    """Issue 6: text, colour and evidence of painted cells are worked out once per change."""
    import counterweight.ui.models.score_cells as cells_module

    monkeypatch.setattr(cells_module, "CELL_CACHE_LIMIT", 4)
    model = ScoreTableModel(controller)
    cells = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert len(cells) > 4
    first = {rc: model.index(*rc).data() for rc in cells}
    assert len(model._cells) <= 4  # the cache starts afresh rather than keep everything
    assert {rc: model.index(*rc).data() for rc in cells} == first  # same answers from cache or not
    model.index(1, 1).data()  # Bravo x effect is now cached ...
    back = model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert controller.submit(SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=0.0))) is None
    assert model.index(1, 1).data() == "0"  # ... and an edit replaces it
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole).color().name() != back


# ------------------------------------------------------------ issue 6: column fitting on open
def _wide_decision(n_criteria: int = 30) -> Decision:
    crit = [Criterion(id=f"c{j}", name=f"A rather long criterion name {j}", unit="points", weight=1,
                      scale=NumericScale(lower=0, upper=100000)) for j in range(n_criteria)]
    opts = [Option(id=f"o{i}", name=f"Option {i}") for i in range(4)]
    scores = [Score(option_id=o.id, criterion_id=c.id, value=12345.5 if j % 2 else 7)
              for o in opts for j, c in enumerate(crit)]
    return Decision(id="wide", title="Wide", options=opts, criteria=crit, scores=scores)


@pytest.fixture
def wide_controller(qtbot, tmp_path):
    yield from controller_on(tmp_path / "wide.counterweight", _wide_decision())


def test_columns_in_view_are_fitted_before_the_first_paint_and_the_rest_just_after(qtbot, wide_controller) -> None:
    widget = shown(qtbot, ScoreMatrix(wide_controller), 600, 300)
    qtbot.waitUntil(lambda: widget.columns_fitted)
    view, header = widget.view, widget.view.horizontalHeader()
    count = widget.model.columnCount()
    for col in range(count):  # shrink every column, as a stale layout would leave them
        view.setColumnWidth(col, 75)

    widget.model.reload()  # what opening a project does to the model
    in_view = [c for c in range(count) if header.sectionViewportPosition(c) < view.viewport().width()]
    assert 1 <= len(in_view) < count  # the test needs columns off screen
    assert not widget.columns_fitted
    fitted_now = [view.columnWidth(c) for c in in_view]
    assert all(w > 75 for w in fitted_now), fitted_now  # long names: wider than the stale width
    assert all(view.columnWidth(c) == 75 for c in range(len(in_view), count))  # not measured yet

    pending = len(widget._unfitted)
    widget._fit_rest(widget._fit_generation)  # what the paint sets off: one batch per turn of the event loop
    assert len(widget._unfitted) == max(0, pending - FIT_BATCH) > 0

    qtbot.waitUntil(lambda: widget.columns_fitted)
    widths = [view.columnWidth(c) for c in range(count)]
    assert widths[:len(in_view)] == fitted_now
    expected = []
    for col in range(count):  # what fitting each column alone gives
        view.resizeColumnToContents(col)
        expected.append(min(view.columnWidth(col), FIT_MAX_PX))
    assert widths == expected
