"""What a screen reader is given to read (QA pass 30), taken from Qt's accessible interfaces, which
is what AT-SPI passes to Orca, rather than from ``accessibleName()``.

* A QLabel has no text interface: its accessible Name is all a screen reader gets, and a name set on it
  replaces its text. A label that shows a result is read by that result.
* On Linux a combo box's Name is its current value; which field it is comes from a label's relation.
* Cell editors are named; each ranking cell reads its own value, the row's summary only on its first cell.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QProgressBar, QWidget

pytestmark = pytest.mark.qt

#: Labels that show a result, by object name (each was named after its title, hiding what it shows).
RESULT_LABELS = {"comparisonSummary", "comparisonCaveats", "sensitivityVerdict", "sensitivityExplanation",
                 "sensitivityChartLegend", "uncertaintyScoresLine", "uncertaintyNotes", "robustChoiceLabel",
                 "disagreementSummary", "tradeoffReading", "conclusionLine", "historyStatus", "historyHead",
                 "noticeBannerLabel", "projectPathLabel"}


def _name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _shown(label: QLabel) -> str:
    """The label's text as a reader sees it (rich text as plain, without access-key ampersands)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&", "")


def _hidden_texts(root: QWidget) -> dict[str, tuple[str, str]]:
    """``objectName: (name read, text shown)`` of every shown label whose accessible Name is not its text."""
    out = {}
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip():
            continue
        if label.buddy() is not None or label.pixmap() and not label.pixmap().isNull():
            continue  # a buddy's label names a field
        if _name(label).replace("&", "") != _shown(label):
            out[label.objectName() or label.text()[:40]] = (_name(label), _shown(label)[:80])
    return out


@pytest.fixture
def example_window(qtbot, example_session, tmp_path):
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    controller = SessionController(example_session)
    w = MainWindow(controller, native_dialogs=False,
                   settings=QSettings(str(tmp_path / "sr.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    controller.undo_stack.clear()


def test_result_labels_are_read_by_what_they_show(qtbot, example_window) -> None:
    """On every analysis tab, with the history dock open: each label's spoken name is the text it shows."""
    from counterweight.domain.conclusion import Conclusion
    from counterweight.services.conclusion_edits import SetConclusion

    w = example_window
    option = w.controller.decision.options[-1]
    assert w.controller.submit(SetConclusion(Conclusion(recommended_option_id=option.id), label="Set")) is None
    w.history_dock.show()
    tabs = w.analysis_tabs
    offenders: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(300)
        QApplication.processEvents()
        offenders.update(_hidden_texts(w))
        seen |= {lab.objectName() for lab in w.findChildren(QLabel) if lab.isVisibleTo(w) and lab.text().strip()}
    assert RESULT_LABELS <= seen, f"result labels not shown, so not checked: {sorted(RESULT_LABELS - seen)}"
    assert not offenders, f"labels read by a name that hides what they show: {offenders}"
    for name in RESULT_LABELS:  # what the label is stays told, in its description
        assert w.findChild(QLabel, name).accessibleDescription().strip(), name
    verdict = w.findChild(QLabel, "sensitivityVerdict")  # its title kept before the explanation after a run
    explanation = w.findChild(QLabel, "sensitivityExplanation").text()
    assert verdict.accessibleDescription() == f"Verdict. {explanation}"
    assert w.findChild(QLabel, "projectPathLabel").accessibleDescription() == "Project file"


def test_view_captions_read_the_view_they_name(qtbot, tmp_path) -> None:
    """"Analyst view: Ben" is what a screen reader says, not the caption's title (which stays in the description)."""
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.widgets.view_switcher import ViewCaption
    from tests.factories import two_analysts
    from tests.ui.conftest import controller_on

    feed = controller_on(tmp_path / "views.counterweight", two_analysts())
    ctl = next(feed)
    w = MainWindow(ctl, native_dialogs=False, settings=QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert ctl.set_view("ben") is None
    QApplication.processEvents()
    captions = [c for c in w.findChildren(ViewCaption) if c.text()]
    assert captions
    for caption in captions:
        assert _name(caption) == caption.text() == "Analyst view: Ben", caption.objectName()
        assert caption.accessibleDescription() == "Whose inputs this panel shows"
    assert not _hidden_texts(w)
    w.close()
    next(feed, None)


def test_the_dialogs_results_are_read(qtbot, example_window) -> None:
    """The conclusion dialog's top option and the guide's search result."""
    from counterweight.ui.dialogs.conclusion_dialog import ConclusionDialog
    from counterweight.ui.dialogs.help_dialog import HelpDialog

    ctl = example_window.controller
    dialog = ConclusionDialog(ctl.decision, ctl.evaluation, example_window)
    qtbot.addWidget(dialog)
    dialog.show()
    top = dialog.findChild(QLabel, "conclusionTopOption")
    assert "first" in _name(top) and _name(top) == top.text()
    assert not _hidden_texts(dialog)
    dialog.close()
    guide = HelpDialog(example_window)
    qtbot.addWidget(guide)
    guide.show()
    guide.search.setText("weights")
    guide.search.returnPressed.emit()
    status = guide.findChild(QLabel, "helpStatus")
    if status.text():
        assert _name(status) == status.text()
    assert status.accessibleName() == "" and status.accessibleDescription()
    guide.close()


def _labels_of(widget: QWidget) -> list[str]:
    iface = QAccessible.queryAccessibleInterface(widget)
    return [r[0].text(QAccessible.Text.Name) for r in iface.relations(QAccessible.RelationFlag.Label)]


def test_combos_without_a_name_of_their_own_have_a_label(qtbot, example_window) -> None:
    """The score's level and the history filters: a label relation says which field the value is in."""
    from counterweight.domain.scales import QualitativeScale

    w = example_window
    ctl = w.controller
    crit = next(c for c in ctl.decision.leaves if isinstance(c.scale, QualitativeScale))
    w.score_detail.show_cell(ctl.decision.options[0].id, crit.id)
    QApplication.processEvents()
    level = w.findChild(QComboBox, "scoreDetailLevel")
    assert level.isVisibleTo(w)
    assert _labels_of(level) == ["Score"]
    w.history_dock.show()
    QApplication.processEvents()
    assert _labels_of(w.findChild(QComboBox, "historyAnalystFilter")) == ["Analyst:"]
    assert _labels_of(w.findChild(QComboBox, "historyUserFilter")) == ["User:"]


def test_cell_editors_are_named(qtbot, example_window) -> None:
    """The evidence rows' editors say their column; the matrix's level editor says its criterion."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from counterweight.domain.scales import QualitativeScale

    w = example_window
    table = w.score_detail.evidence_table
    table.setRowCount(1)
    for col, header in enumerate(("Source", "Locator", "Note")):
        editor = table.itemDelegate().createEditor(table.viewport(), QStyleOptionViewItem(), table.model().index(0, col))
        assert isinstance(editor, QLineEdit) and editor.accessibleName() == header
    view = w.score_matrix.view
    model = view.model()
    editors = [view.itemDelegate(model.index(0, k)).createEditor(view.viewport(), QStyleOptionViewItem(),
                                                                  model.index(0, k)) for k in range(model.columnCount())]
    combos = [e for e in editors if isinstance(e, QComboBox)]
    assert combos and any(isinstance(c.scale, QualitativeScale) for c in w.controller.decision.leaves)
    for combo in combos:
        assert combo.accessibleDescription().startswith("Level for "), combo.accessibleDescription()


def test_each_ranking_cell_reads_its_own_value(qtbot, example_window) -> None:
    """The row's summary (with any red-line reason) on the Rank cell only; the others their value."""
    model = example_window.findChild(QWidget, "rankingTable").model()
    role = Qt.ItemDataRole.AccessibleTextRole
    for row in range(model.rowCount()):
        first = model.index(row, 0).data(role)
        assert model.index(row, 1).data(Qt.ItemDataRole.DisplayRole) in first
        for col in range(1, model.columnCount()):
            shown = model.index(row, col).data(Qt.ItemDataRole.DisplayRole)
            assert model.index(row, col).data(role).startswith(shown), (row, col)
            assert model.index(row, col).data(role) != first


def test_the_brief_progress_bar_is_named(qtbot, example_window) -> None:
    example_window.brief_actions._show_progress("Preparing the brief…")
    bar = example_window.brief_actions._progress.findChild(QProgressBar)
    assert bar.accessibleName() == "Progress of the brief"
    example_window.brief_actions._progress.close()


def test_banner_text_can_be_reached_and_copied_by_keyboard(qtbot, example_window) -> None:
    """The description told keyboard users to "select it with the mouse"; the text is now a Tab stop."""
    label = example_window.findChild(QLabel, "noticeBannerLabel")
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert label.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "mouse to copy" not in label.accessibleDescription()
