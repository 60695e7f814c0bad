"""Copy and paste between the score matrix and a spreadsheet, as tab-separated text.

**Copy** takes the smallest rectangle around the selected cells, one line per
row and a tab between cells (the format Excel and LibreOffice put on the
clipboard). A cell holds what you would type: the number without its range,
or the level's name; a cell with no score, or outside the selection but inside
the rectangle, is empty. When whole columns are selected (every option of
each selected criterion), a first line with the criteria names is added so
that the block keeps its meaning in a spreadsheet; option names are never
added.

**Paste** puts a tab-separated block into the matrix with its top-left corner
at the current cell. Each cell is read exactly as if it had been typed there
(:func:`~counterweight.ui.models.score_table_model.parse_cell_text`): an
empty cell clears the score, a cell missing at the end of a short line leaves
the score as it is. Trailing empty lines, and a last column empty on every line
(a trailing tab), are not part of the block. A first line that repeats the
names of the criteria it would land on is taken as a header and skipped. A
single copied cell pasted over a selection of several cells goes into each of
them. If any cell is refused, or the block does not fit, nothing changes and
the message names the cell (``row 3, column 2`` of the pasted block);
otherwise all the cells change in one undo step
(:class:`~counterweight.services.batch_edits.SetScores`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from counterweight.domain.errors import CounterweightError, InvalidInputError
from counterweight.services.batch_edits import CellScore, SetScores
from counterweight.ui.engine_text import engine_text
from counterweight.ui.models.score_table_model import ScoreTableModel
from counterweight.ui.models.score_text import parse_cell_text

ModelIndex = QModelIndex | QPersistentModelIndex

#: A pasted block: rows of cell texts (rows may be shorter than the widest one).
Block = list[list[str]]


def _rows(n: int) -> str:
    return (QCoreApplication.translate("ScoreClipboard", "1 row") if n == 1
            else QCoreApplication.translate("ScoreClipboard", "%n rows", "", n))


def _columns(n: int) -> str:
    return (QCoreApplication.translate("ScoreClipboard", "1 column") if n == 1
            else QCoreApplication.translate("ScoreClipboard", "%n columns", "", n))


def _rectangle(indexes: Sequence[ModelIndex]) -> tuple[int, int, int, int] | None:
    valid = [i for i in indexes if i.isValid()]
    if not valid:
        return None
    rows = [i.row() for i in valid]
    cols = [i.column() for i in valid]
    return min(rows), min(cols), max(rows), max(cols)


def whole_columns(model: ScoreTableModel, indexes: Sequence[ModelIndex]) -> bool:
    """True when every selected column is selected from its first row to its last."""
    if model.rowCount() == 0:
        return False
    chosen: dict[int, set[int]] = {}
    for i in indexes:
        if i.isValid():
            chosen.setdefault(i.column(), set()).add(i.row())
    return bool(chosen) and all(len(rows) == model.rowCount() for rows in chosen.values())


def copy_text(model: ScoreTableModel, indexes: Sequence[ModelIndex]) -> str:
    """The selected cells as tab-separated text (see the module docstring); '' for no selection."""
    box = _rectangle(indexes)
    if box is None:
        return ""
    top, left, bottom, right = box
    chosen = {(i.row(), i.column()) for i in indexes if i.isValid()}
    lines: list[list[str]] = []
    if whole_columns(model, indexes):
        lines.append([model.criterion(c).name for c in range(left, right + 1)])
    for r in range(top, bottom + 1):
        line = []
        for c in range(left, right + 1):
            text = model.index(r, c).data(Qt.ItemDataRole.EditRole) if (r, c) in chosen else ""
            line.append(text or "")
        lines.append(line)
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel-tab", lineterminator="\n")
    writer.writerows(lines)
    return buffer.getvalue()


def parse_block(text: str) -> Block:
    """Tab-separated text as rows of cells (quoted cells, as spreadsheets write them, are understood).

    Trailing empty lines are dropped, and so is a last column that is empty on every
    line (a trailing tab, as some spreadsheets and web tables copy, ``"5\t\n"``):
    before, it made the block a column wider than what was meant, and the paste was
    refused at the matrix's last column. An empty cell with something after it, on its
    line or in its column, stays: it clears that score. An empty text gives an empty block.
    """
    rows = [list(r) for r in csv.reader(io.StringIO(text), dialect="excel-tab", strict=False)]
    while rows and all(not cell.strip() for cell in rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    while width > 1 and all(len(r) < width or not r[width - 1].strip() for r in rows):
        width -= 1
    return [r[:width] or [""] for r in rows]


def _is_header(model: ScoreTableModel, first: list[str], left: int) -> bool:
    names = [model.criterion(c).name.casefold() for c in range(left, min(left + len(first), model.columnCount()))]
    return len(names) == len(first) and [cell.strip().casefold() for cell in first] == names


def plan_paste(model: ScoreTableModel, block: Block, start: ModelIndex,
               selection: Sequence[ModelIndex] = ()) -> tuple[CellScore, ...]:
    """The cells a paste would change, every one checked as if typed; nothing is applied.

    Parameters
    ----------
    model
        The score matrix model.
    block
        The pasted rows (see :func:`parse_block`).
    start
        The current cell: the block's top-left corner goes there.
    selection
        The selected cells; a single pasted cell fills all of them.

    Returns
    -------
    tuple of (option_id, criterion_id, Score or None)
        Only the cells whose score would change (empty when nothing changes).

    Raises
    ------
    InvalidInputError
        The block does not fit, or cells are refused; ``problems`` lists each refused
        cell as ``row R, column C (Option × Criterion): reason`` (R and C count within
        the pasted block).
    """
    if not start.isValid() or not block:
        return ()
    if len(block) > 1 and _is_header(model, block[0], start.column()):
        block = block[1:]
    targets: list[tuple[int, int, str, int, int]] = []  # model row, column, text, block row, block column
    chosen = [i for i in selection if i.isValid()]
    if len(block) == 1 and len(block[0]) == 1 and len(chosen) > 1:
        targets = [(i.row(), i.column(), block[0][0], 1, 1) for i in chosen]
    else:
        height, width = len(block), max(len(r) for r in block)
        room_rows, room_cols = model.rowCount() - start.row(), model.columnCount() - start.column()
        if height > room_rows or width > room_cols:
            raise InvalidInputError(QCoreApplication.translate(
                "ScoreClipboard",
                "The pasted block has {0} and {1}, but from {2} there is room for only {3} and {4}. "
                "Nothing was pasted.").format(
                _rows(height), _columns(width), model.cell_name(start), _rows(room_rows), _columns(room_cols)))
        for i, line in enumerate(block):
            for j, text in enumerate(line):
                targets.append((start.row() + i, start.column() + j, text, i + 1, j + 1))
    cells: list[CellScore] = []
    problems: list[str] = []
    for r, c, text, bi, bj in targets:
        index = model.index(r, c)
        crit = model.criterion(c)
        option_id = model.option_id(r)
        old = model.decision.score(option_id, crit.id) if model.decision is not None else None
        where = model.cell_name(index)
        try:
            new = parse_cell_text(text, crit, old, option_id, where)
        except CounterweightError as exc:
            problems.append(QCoreApplication.translate("ScoreClipboard", "row {0}, column {1} ({2}): {3}").format(
                bi, bj, where, engine_text(exc.message)))
            continue
        if new != old:
            cells.append((option_id, crit.id, new))
    if problems:
        if len(problems) > 1:
            more = QCoreApplication.translate("ScoreClipboard", " ({0} cells refused; nothing was pasted)").format(
                len(problems))
        else:
            more = QCoreApplication.translate("ScoreClipboard", " (nothing was pasted)")
        raise InvalidInputError(problems[0] + more, problems=problems)
    return tuple(cells)


def _scores(n: int) -> str:
    return (QCoreApplication.translate("ScoreClipboard", "1 score") if n == 1
            else QCoreApplication.translate("ScoreClipboard", "%n scores", "", n))


def paste_label(cells: Sequence[CellScore]) -> str:
    """The paste's undo step: how many scores it sets and, when the block had empty cells, how many it clears.

    QA pass 22: an empty cell in the block clears the score under it, and "Paste 2 scores"
    did not say that one of the two was a score taken away.
    """
    cleared = sum(1 for *_ids, score in cells if score is None)
    if not cleared:
        return (QCoreApplication.translate("ScoreClipboard", "Paste score") if len(cells) == 1
                else QCoreApplication.translate("ScoreClipboard", "Paste {0} scores").format(len(cells)))
    if cleared == len(cells):
        return QCoreApplication.translate("ScoreClipboard", "Paste: clear {0}").format(_scores(cleared))
    return QCoreApplication.translate("ScoreClipboard", "Paste {0} scores: {1} set, {2} cleared").format(
        len(cells), len(cells) - cleared, cleared)


def paste_summary(cells: Sequence[CellScore]) -> str:
    """The status line after a paste: what was set and what was cleared, and that one undo takes it back."""
    cleared = sum(1 for *_ids, score in cells if score is None)
    changed = len(cells) - cleared
    if not cleared:
        text = QCoreApplication.translate("ScoreClipboard", "Pasted {0}.").format(_scores(changed))
    elif not changed:
        text = QCoreApplication.translate(
            "ScoreClipboard", "Pasted: {0} cleared, because the pasted cells were empty.").format(_scores(cleared))
    else:
        text = QCoreApplication.translate(
            "ScoreClipboard", "Pasted {0}: {1} set, {2} cleared (the pasted cells there were empty).").format(
            _scores(len(cells)), changed, cleared)
    return text + " " + QCoreApplication.translate("ScoreClipboard", "Undo takes the whole paste back.")


def paste_edit(cells: tuple[CellScore, ...]) -> SetScores | None:
    """The one edit that applies a planned paste, or ``None`` when nothing changes."""
    if not cells:
        return None
    return SetScores(cells, paste_label(cells))


__all__ = ["Block", "copy_text", "parse_block", "paste_edit", "paste_label", "paste_summary", "plan_paste",
           "whole_columns"]
