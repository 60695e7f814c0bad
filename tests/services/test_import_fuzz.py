"""Hostile spreadsheets: every import gives a valid decision or a located error, and changes nothing else.

``test_spreadsheet_import.py`` already feeds random *text* to ``read_csv_text``.
This file goes further, through files and the whole ``import_spreadsheet`` path:

* CSV: random bytes, other encodings, byte-order marks and mixed line endings,
  and a valid export with cells replaced by hostile values (formulas, NaN,
  huge numbers) and rows or columns dropped or repeated;
* XLSX: a workbook written by Counterweight's own exporter, changed with
  openpyxl (any kind of cell value, formulas, error values, merged cells,
  missing, extra, renamed or hidden sheets) or damaged at the byte level.

The properties: the import either succeeds, and the project it writes opens and
evaluates, or it raises a :class:`CounterweightError` that names the file and,
for every problem inside the file, its place (``Scores!D7``, ``Scores row 4``,
``row 3, column B``, ``line 2``); never another exception. After a failure the
project that would have been replaced is exactly as it was: same bytes, same
decision, same audit log length and head hash.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from counterweight.domain import Decision
from counterweight.domain.errors import CounterweightError, InvalidInputError
from counterweight.engine import evaluate
from counterweight.locations import example_decision_path
from counterweight.reports.csv_export import scores_csv
from counterweight.reports.xlsx_export import REPORT_SHEETS, build_workbook
from counterweight.services import exchange
from counterweight.services.edits import SetWeight
from counterweight.services.session import ProjectSession
from counterweight.services.spreadsheet import (
    import_spreadsheet,
    read_csv_text,
    read_spreadsheet,
    read_xlsx,
)
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, MergedCell

from tests.factories import small_decision

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
FEW = settings(FUZZ, max_examples=30)

#: Where a problem is, as the importer words it: a cell, a row, a sheet, a CSV line.
_SHEET = r"(?:Decision|Options|Criteria|Levels|Scores)"
# (a score cell may be followed by its option × criterion, QA pass 22: "Scores!C4 (Alpha × Cost)")
_LOCATION = re.compile(rf"^(?:{_SHEET}(?:![A-Z]+\d+(?: \([^)]*\))?| row \d+| sheet)?"
                       r"|row \d+(?:, column [A-Z]+(?: \([^)]*\))?)?|line \d+|the file): ", re.IGNORECASE)
_MARKER = 987654.125  # a score value written into the workbook, found again in its XML


# ---------------------------------------------------------------------- the target project
@dataclass(frozen=True)
class _State:
    digest: str
    decision: Decision
    entries: int
    head: str


def _state(path: Path) -> _State:
    with ProjectSession.open(path, read_only=True) as session:
        log = session.audit_log()
        head = max(log, key=lambda e: e.id).hash if log else ""
        return _State(hashlib.sha256(path.read_bytes()).hexdigest(), session.decision, len(log), head)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A project with some history, standing in for the file an import would replace."""
    path = tmp_path / "target.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(SetWeight(criterion_id="cost", weight=2))
    return path


def _assert_located(exc: CounterweightError, source: Path, whole_file_ok: bool) -> None:
    assert source.name in str(exc), str(exc)
    problems = getattr(exc, "problems", None) or [exc.message]
    located = [p for p in problems if not p.startswith("... and ")]
    if whole_file_ok and len(located) == 1 and exc.where == str(source):
        return  # one problem about the whole file (not UTF-8, empty, not a workbook): the file is the place
    for problem in located:
        assert _LOCATION.match(problem), f"no place named in {problem!r} (all: {problems})"


def _import(source: Path, target: Path, *, whole_file_ok: bool) -> Decision | None:
    """Import ``source``; check the outcome either way; the decision, or None when it was refused.

    A refused file is also imported over ``target``, which must come out untouched. An
    accepted one is imported into a new project (to keep ``target`` for the next example),
    which must open and evaluate.
    """
    before = _state(target)
    try:
        read_spreadsheet(source)
    except CounterweightError as exc:
        _assert_located(exc, source, whole_file_ok)
        with pytest.raises(type(exc)):
            import_spreadsheet(source, target, overwrite=True)
        assert _state(target) == before, "a failed import changed the project"
        return None
    created = import_spreadsheet(source, target.with_name("imported.counterweight"), overwrite=True)
    with ProjectSession.open(created, read_only=True) as session:
        decision = session.decision
        ranked = evaluate(decision).ranked_option_ids()
    assert set(ranked) <= {o.id for o in decision.options}
    return decision


# ---------------------------------------------------------------------- CSV
@cache
def _example_csv() -> str:
    return scores_csv(exchange.read_file(example_decision_path()))


def _records() -> list[list[str]]:
    return list(csv.reader(io.StringIO(_example_csv(), newline="")))


def _serialise(records: list[list[str]], delimiter: str, quoting: int, endings: list[str]) -> str:
    lines = []
    for record in records:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator="").writerow(record)
        lines.append(buffer.getvalue())
    return "".join(line + endings[i % len(endings)] for i, line in enumerate(lines))


_ENDINGS = st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=1, max_size=5)
_QUOTING = st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC])

_HOSTILE_TEXT = st.sampled_from([
    "", " ", "=1+1", "@SUM(A1:A9)", "+1", "-1", "'=x", "=HYPERLINK(\"x\",\"y\")", "#DIV/0!", "nan", "NaN", "inf",
    "-inf", "1e400", "-1e400", "1" + "0" * 400, "1,5", "1.000,5", "0x10", "1_000", "\u22125", "\u00a0", "TRUE",
    "2024-02-30", "Low", "low", "Severe=0; Low=100", "a=1; a=2", "=", ";;", "\"", "'", "\x00", "\u202e", "e",
    "higher is better", "lower is better", "x" * 300, "-" + "9" * 330, "99999999999", "7"])
_CELL = st.one_of(
    _HOSTILE_TEXT,
    st.text(max_size=20),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-10**500, max_value=10**500).map(str),
)


@FEW
@given(data=st.one_of(st.binary(max_size=600), st.text(max_size=300).map(lambda t: t.encode("utf-8"))))
def test_any_bytes_as_a_csv_file(tmp_path: Path, target: Path, data: bytes) -> None:
    source = tmp_path / "anything.csv"
    source.write_bytes(data)
    _import(source, target, whole_file_ok=True)


@FEW
@given(delimiter=st.sampled_from([",", ";", "\t"]), quoting=_QUOTING, endings=_ENDINGS, bom=st.booleans())
def test_a_valid_export_imports_the_same_whatever_its_layout(tmp_path: Path, target: Path, delimiter: str,
                                                              quoting: int, endings: list[str], bom: bool) -> None:
    expected = read_csv_text(_example_csv())
    source = tmp_path / "layout.csv"
    text = _serialise(_records(), delimiter, quoting, endings)
    source.write_bytes((("\ufeff" if bom else "") + text).encode("utf-8"))
    imported = _import(source, target, whole_file_ok=False)
    assert imported is not None
    expected = expected.model_copy(update={"title": imported.title})  # the title comes from the file name
    assert imported.model_dump(exclude={"id"}) == expected.model_dump(exclude={"id"})


@FEW
@given(encoding=st.sampled_from(["utf-16", "utf-16-be", "utf-32", "latin-1", "cp1252", "mac_roman", "cp437",
                                 "shift_jis"]),
       extra=st.sampled_from(["", "Café", "Zürich", "Ωmega", "日本"]))
def test_other_encodings_are_refused_or_read_faithfully(tmp_path: Path, target: Path, encoding: str,
                                                        extra: str) -> None:
    records = _records()
    records[1][0] = records[1][0] + extra  # one option name with (maybe) non-ASCII letters
    text = _serialise(records, ",", csv.QUOTE_MINIMAL, ["\r\n"])
    source = tmp_path / "encoded.csv"
    data = text.encode(encoding, errors="replace")  # a letter the encoding lacks becomes '?'
    source.write_bytes(data)
    imported = _import(source, target, whole_file_ok=True)
    if imported is not None:  # read only when the bytes are what UTF-8 would be: nothing misread
        written = data.decode(encoding)
        assert data == written.encode("utf-8")
        first_option = list(csv.reader(io.StringIO(written, newline="")))[1][0]
        assert first_option in [o.name for o in imported.options]


_CSV_EDIT = st.one_of(
    st.tuples(st.just("cell"), st.integers(0, 10_000), st.integers(0, 20), _CELL),
    st.tuples(st.just("drop_row"), st.integers(0, 10_000)),
    st.tuples(st.just("repeat_row"), st.integers(0, 10_000), st.integers(0, 10_000)),
    st.tuples(st.just("drop_column"), st.integers(0, 20)),
    st.tuples(st.just("repeat_column"), st.integers(0, 20)),
    st.tuples(st.just("short_row"), st.integers(0, 10_000), st.integers(0, 12)),
)


def _edit_records(records: list[list[str]], edits: list[tuple]) -> list[list[str]]:
    rows = [list(r) for r in records]
    for kind, *args in edits:
        if not rows:
            break
        if kind == "cell":
            row = rows[args[0] % len(rows)]
            row.extend([""] * (args[1] + 1 - len(row)))
            row[args[1]] = args[2]
        elif kind == "drop_row":
            del rows[args[0] % len(rows)]
        elif kind == "repeat_row":
            rows.insert(args[1] % (len(rows) + 1), list(rows[args[0] % len(rows)]))
        elif kind == "drop_column":
            rows = [r[:args[0]] + r[args[0] + 1:] for r in rows]
        elif kind == "repeat_column":
            rows = [r[:args[0] + 1] + r[args[0]:args[0] + 1] + r[args[0] + 1:] for r in rows]
        elif kind == "short_row":
            rows[args[0] % len(rows)] = rows[args[0] % len(rows)][:args[1]]
    return rows


@FUZZ
@given(edits=st.lists(_CSV_EDIT, min_size=1, max_size=6), delimiter=st.sampled_from([",", ";", "\t"]),
       endings=_ENDINGS, bom=st.booleans())
# CI, session 18: the criterion heading overwritten; the file was called the score-matrix layout, with no place
@example(edits=[("cell", 0, 1, "=1+1")], delimiter=",", endings=["\n"], bom=False)
def test_a_damaged_export_is_refused_with_the_place_or_imported(tmp_path: Path, target: Path, edits: list[tuple],
                                                                delimiter: str, endings: list[str],
                                                                bom: bool) -> None:
    rows = _edit_records(_records(), edits)
    text = ("\ufeff" if bom else "") + _serialise(rows, delimiter, csv.QUOTE_MINIMAL, endings)
    source = tmp_path / "damaged.csv"
    source.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    blank = not text.removeprefix("\ufeff").strip()
    undecodable = any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)  # a lone surrogate is not UTF-8
    _import(source, target, whole_file_ok=blank or undecodable)


def test_a_cell_too_large_for_the_csv_reader_is_reported_on_its_line(tmp_path: Path) -> None:
    records = _records()
    records[3][5] = "x" * 200_000  # past the csv module's limit of 131,072 characters per cell
    text = _serialise(records, ",", csv.QUOTE_MINIMAL, ["\n"])
    line = 1 + text[:text.index("x" * 100)].count("\n")
    source = tmp_path / "huge-cell.csv"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInputError) as info:
        import_spreadsheet(source, tmp_path / "out.counterweight")
    assert info.value.problems[0].startswith(f"line {line}: ")
    assert not (tmp_path / "out.counterweight").exists()


# ---------------------------------------------------------------------- XLSX
@cache
def _export_bytes(marked: bool = True) -> bytes:
    """The export of the small decision; ``marked``: one Cost score is :data:`_MARKER` (out of its scale)."""
    wb = build_workbook(small_decision())
    if marked:
        next(r for r in wb["Scores"].iter_rows(min_row=2) if r[1].value == "Cost")[2].value = _MARKER
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


_XLSX_VALUE = st.one_of(
    st.none(),
    st.text(max_size=30).filter(lambda t: not ILLEGAL_CHARACTERS_RE.search(t)),  # what XML can hold
    _HOSTILE_TEXT.filter(lambda t: not ILLEGAL_CHARACTERS_RE.search(t)),
    st.integers(min_value=-10**15, max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 1, 1)),
    st.dates(min_value=dt.date(1900, 3, 1)),
    st.times(),
    st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=9000)),
    st.sampled_from(["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "=1/0", "=SUM(C2:C9)", "=NOW()", "=Options!A2"]),
)
_TITLES = st.sampled_from(["Options", "Criteria", "Levels", "Scores", "Decision", "scores", "OPTIONS", "Extra",
                           "Sheet", "README", "Matrix"])
_XLSX_EDIT = st.one_of(
    st.tuples(st.just("set"), st.integers(0, 99), st.integers(1, 12), st.integers(1, 10), _XLSX_VALUE),
    st.tuples(st.just("merge"), st.integers(0, 99), st.integers(1, 10), st.integers(1, 8), st.integers(0, 3),
              st.integers(0, 3)),
    st.tuples(st.just("delete_sheet"), st.integers(0, 99)),
    st.tuples(st.just("add_sheet"), _TITLES),
    st.tuples(st.just("rename"), st.integers(0, 99), _TITLES),
    st.tuples(st.just("hide"), st.integers(0, 99), st.sampled_from(["hidden", "veryHidden"])),
    st.tuples(st.just("delete_rows"), st.integers(0, 99), st.integers(1, 10), st.integers(1, 3)),
    st.tuples(st.just("insert_rows"), st.integers(0, 99), st.integers(1, 10), st.integers(1, 3)),
    st.tuples(st.just("delete_cols"), st.integers(0, 99), st.integers(1, 8), st.integers(1, 2)),
    st.tuples(st.just("insert_cols"), st.integers(0, 99), st.integers(1, 8), st.integers(1, 2)),
    st.tuples(st.just("repeat_row"), st.integers(0, 99), st.integers(1, 10), st.integers(1, 12)),
)


def _edit_workbook(data: bytes, edits: list[tuple], sheets: tuple[str, ...] | None = None) -> bytes:
    """Apply ``edits`` (to the sheets named in ``sheets``, or any) and return the saved workbook."""
    wb = load_workbook(io.BytesIO(data))
    for kind, index, *args in edits:
        if kind == "add_sheet":
            wb.create_sheet(index)  # here ``index`` is the new sheet's title
            continue
        names = [n for n in wb.sheetnames if sheets is None or n in sheets]
        if not names:
            break
        ws = wb[names[index % len(names)]]
        if kind == "set":
            cell = ws.cell(row=args[0], column=args[1])
            if not isinstance(cell, MergedCell):  # only a merged range's first cell holds a value
                cell.value = args[2]
        elif kind == "merge":
            ws.merge_cells(start_row=args[0], start_column=args[1], end_row=args[0] + args[2],
                           end_column=args[1] + args[3])
        elif kind == "delete_sheet" and len(wb.sheetnames) > 1:
            wb.remove(ws)
        elif kind == "rename":
            ws.title = args[0]
        elif kind == "hide" and sum(s.sheet_state == "visible" for s in wb.worksheets) > 1:
            ws.sheet_state = args[0]
            if wb.active is ws:
                wb.active = next(i for i, s in enumerate(wb.worksheets) if s.sheet_state == "visible")
        elif kind in ("delete_rows", "insert_rows", "delete_cols", "insert_cols"):
            getattr(ws, kind)(args[0], args[1])
        elif kind == "repeat_row":
            for cell in ws[args[0]]:
                target = ws.cell(row=args[1], column=cell.column)
                if not isinstance(target, MergedCell):
                    target.value = cell.value
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


@FUZZ
@given(edits=st.lists(_XLSX_EDIT, min_size=1, max_size=6))
def test_an_edited_workbook_is_refused_with_the_place_or_imported(tmp_path: Path, target: Path,
                                                                   edits: list[tuple]) -> None:
    source = tmp_path / "edited.xlsx"
    source.write_bytes(_edit_workbook(_export_bytes(marked=False), edits))
    _import(source, target, whole_file_ok=False)


@FEW
@given(edits=st.lists(_XLSX_EDIT.filter(lambda e: e[0] not in ("add_sheet", "rename")), min_size=1, max_size=5))
def test_the_report_sheets_are_never_read(tmp_path: Path, edits: list[tuple]) -> None:
    source = tmp_path / "report-edits.xlsx"
    source.write_bytes(_edit_workbook(_export_bytes(marked=False), edits, sheets=(*REPORT_SHEETS, "README")))
    assert read_xlsx(source) == small_decision()


def _zip_members(data: bytes) -> Iterator[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            yield name, z.read(name)


def _rezip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members:
            z.writestr(name, content)
    return buffer.getvalue()


def _with_cell_xml(kind: str, value: str) -> bytes:
    """The export with the marker cell's stored type and text replaced, as a hostile program might write."""
    members, found = [], False
    for name, content in _zip_members(_export_bytes()):
        match = re.search(rb'<c r="(C\d+)" t="n"><v>' + re.escape(str(_MARKER).encode()) + rb"</v>", content)
        if match:
            new = f'<c r="{match.group(1).decode()}" t="{kind}"><v>{escape(value)}</v>'.encode()
            content, found = content[:match.start()] + new + content[match.end():], True
        members.append((name, content))
    assert found, "the marker placed by _export_bytes was not found"
    return _rezip(members)


_RAW_DAMAGE = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("flip"), st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), min_size=1, max_size=8)),
    st.tuples(st.just("drop_member"), st.integers(0, 99)),
    st.tuples(st.just("cell_xml"), st.sampled_from(["n", "b", "e", "s", "str", "d", "inlineStr", "zz"]),
              st.one_of(_HOSTILE_TEXT, st.text(max_size=12)).filter(str.isprintable)),
)


@FUZZ
@given(damage=_RAW_DAMAGE)
# CI on 63b33e7: a flipped byte near the end (the ZIP directory) sent zipfile seeking to a
# negative offset, and the OSError escaped as if the file itself could not be read.
@example(damage=("flip", [(0.9998834254374513, 1)]))
def test_a_damaged_workbook_file_is_refused_or_imported(tmp_path: Path, target: Path, damage: tuple) -> None:
    data = _export_bytes()
    kind = damage[0]
    if kind == "truncate":
        data = data[:int(damage[1] * len(data))]
    elif kind == "flip":
        raw = bytearray(data)
        for where, mask in damage[1]:
            raw[min(int(where * len(raw)), len(raw) - 1)] ^= mask
        data = bytes(raw)
    elif kind == "drop_member":
        members = list(_zip_members(data))
        del members[damage[1] % len(members)]
        data = _rezip(members)
    else:
        data = _with_cell_xml(damage[1], damage[2])
    source = tmp_path / "damaged.xlsx"
    source.write_bytes(data)
    _import(source, target, whole_file_ok=True)


@pytest.mark.parametrize("digits", ["1" + "0" * 400, "-" + "9" * 330])
def test_a_number_too_large_for_a_float_is_reported_at_its_cell(tmp_path: Path, digits: str) -> None:
    source = tmp_path / "huge.xlsx"
    source.write_bytes(_with_cell_xml("n", digits))
    with pytest.raises(InvalidInputError) as info:
        read_xlsx(source)
    assert len(info.value.problems) == 1
    # QA pass 22: a score cell's place names its option and criterion
    assert re.match(r"^Scores!C\d+ \([^)]+ × [^)]+\): '-?[0-9]+\.\.\.' is too large to be a score$",
                    info.value.problems[0])


@pytest.mark.parametrize(("sheet", "row", "column", "why"), [
    ("Scores", 1_048_576, 1, "as far as cell F1048576 (1048576 rows, 6 columns)"),  # the last row Excel has
    ("Scores", 1_048_576, 16_384, "as far as cell XFD1048576 (1048576 rows, 16384 columns)"),  # its last cell
    ("Scores", 150_000, 1, "used down to row 150000 (as far as cell F150000); at most 100000 rows"),
    ("Levels", 300, 16_000, "delete the rows and columns past your data"),  # an optional sheet, very wide
])
def test_a_stray_cell_far_off_is_refused_before_the_cells_are_read(tmp_path: Path, sheet: str, row: int,
                                                                    column: int, why: str) -> None:
    wb = load_workbook(io.BytesIO(_export_bytes(marked=False)))
    wb[sheet].cell(row=row, column=column).value = "stray"
    source = tmp_path / "stray.xlsx"
    wb.save(source)
    with pytest.raises(InvalidInputError) as info:
        read_xlsx(source)
    assert len(info.value.problems) == 1
    assert info.value.problems[0].startswith(f"{sheet}: ") and why in info.value.problems[0]


def test_the_fuzzing_base_files_import_cleanly(tmp_path: Path) -> None:
    """The mutations above start from files that are valid; otherwise they would prove little."""
    (tmp_path / "clean.xlsx").write_bytes(_export_bytes(marked=False))
    (tmp_path / "marked.xlsx").write_bytes(_export_bytes())
    assert read_xlsx(tmp_path / "clean.xlsx") == small_decision()
    with pytest.raises(InvalidInputError) as info:  # only the marker, out of the Cost scale, is wrong
        read_xlsx(tmp_path / "marked.xlsx")
    assert len(info.value.problems) == 1 and "outside the scale of 'Cost'" in info.value.problems[0]
    assert read_csv_text(_example_csv()).options

