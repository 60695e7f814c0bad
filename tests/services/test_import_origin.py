"""h26h: an imported project's history starts with the import and names the file it read.

The first entry was "Create project · <title>" whatever the project came from, though the
user guide says an imported project's history "starts with the import".
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

from counterweight.reports.brief_annex import audit_section
from counterweight.reports.csv_export import write_csv
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services import exchange
from counterweight.services.briefing import audit_summary
from counterweight.services.history import audit_log, verify_audit
from counterweight.services.history_phrases import action_phrase
from counterweight.services.history_wording import describe_change
from counterweight.services.projects import import_json
from counterweight.services.session import ProjectSession
from counterweight.services.spreadsheet import import_spreadsheet
from tests.factories import small_decision

FIXTURES = Path(__file__).parent / "fixtures"
OLD_PROJECTS = Path(__file__).parents[1] / "storage" / "fixtures"


def _first(project: Path):  # noqa: ANN202
    log = audit_log(project)
    assert len(log) == 1
    return log[0], log


def test_a_json_import_records_the_file_its_version_and_its_exporter(tmp_path: Path) -> None:
    source = tmp_path / "plan.json"
    exchange.write_file(source, small_decision(), exported_at=exchange.now(), app_version="0.9.1")
    project = import_json(source, tmp_path / "plan")
    entry, log = _first(project)
    assert entry.action == "Import project" and entry.target == small_decision().title
    assert entry.new["file"] == "plan.json" and entry.new["path"] == str(source)
    assert (entry.new["kind"], entry.new["format_version"], entry.new["app_version"]) == ("json", 3, "0.9.1")
    assert entry.new["exported_at"].startswith(exchange.now().isoformat()[:10])
    old, new = describe_change(entry, None, log)
    assert old == "—"
    assert new.startswith("plan.json, a decision file (JSON, format version 3), written by Counterweight 0.9.1 on ")
    assert new.endswith(" UTC")
    assert action_phrase(entry.action).template == "Import project"
    assert verify_audit(project).ok


def test_an_old_json_file_is_recorded_in_the_version_it_was_written_in(tmp_path: Path) -> None:
    """Reading migrates a format-1 file to the current format; the history says it was format 1."""
    source = tmp_path / "old.json"
    shutil.copy(FIXTURES / "v1_decision.json", source)
    entry, log = _first(import_json(source, tmp_path / "old"))
    assert entry.new["format_version"] == 1
    assert describe_change(entry, None, log)[1] == ("old.json, a decision file (JSON, format version 1), "
                                                    "written by Counterweight 0.1.0 on 2024-11-20 09:30 UTC")


def test_a_json_file_without_its_exporter_says_only_what_it_has(tmp_path: Path) -> None:
    source = tmp_path / "bare.json"
    exchange.write_file(source, small_decision())  # another program: no time, no version
    entry, log = _first(import_json(source, tmp_path / "bare"))
    assert "app_version" not in entry.new and "exported_at" not in entry.new
    assert describe_change(entry, None, log)[1] == "bare.json, a decision file (JSON, format version 3)"


def test_an_xlsx_import_says_it_came_from_a_workbook(tmp_path: Path) -> None:
    source = write_xlsx(small_decision(), tmp_path / "sheet.xlsx")
    project = import_spreadsheet(source, tmp_path / "sheet")
    entry, log = _first(project)
    assert entry.action == "Import project"
    assert entry.new == {"file": "sheet.xlsx", "path": str(source), "kind": "xlsx"}
    assert describe_change(entry, None, log) == ("—", "sheet.xlsx, a spreadsheet (XLSX)")
    assert verify_audit(project).ok


def test_a_csv_import_says_it_came_from_a_csv_file(tmp_path: Path) -> None:
    source = write_csv(small_decision(), tmp_path / "scores.csv", layout="long")
    project = import_spreadsheet(source, tmp_path / "scores")
    entry, log = _first(project)
    assert entry.new["kind"] == "csv"
    assert describe_change(entry, None, log) == ("—", "scores.csv, a spreadsheet (CSV)")
    assert verify_audit(project).ok


def test_a_tsv_import_names_its_own_kind(tmp_path: Path) -> None:
    source = tmp_path / "scores.tsv"
    source.write_text(write_csv(small_decision(), tmp_path / "s.csv", layout="long").read_text(encoding="utf-8")
                      .replace(",", "\t"), encoding="utf-8")
    project = import_spreadsheet(source, tmp_path / "tabbed")
    entry, log = _first(project)
    assert describe_change(entry, None, log) == ("—", "scores.tsv, a spreadsheet (TSV)")


def test_the_brief_audit_section_names_the_file_as_history_does(tmp_path: Path) -> None:
    source = write_xlsx(small_decision(), tmp_path / "sheet.xlsx")
    project = import_spreadsheet(source, tmp_path / "sheet")
    summary = audit_summary(project)
    assert summary is not None and summary.origin == "sheet.xlsx, a spreadsheet (XLSX)"
    created = datetime.datetime.now(datetime.timezone.utc)
    html = audit_section(type("B", (), {"audit": summary, "created": created})())
    assert "Imported from" in html and "sheet.xlsx, a spreadsheet (XLSX)" in html
    assert str(tmp_path) not in html  # the brief is shared: the name, not where it lay


def test_a_new_project_still_starts_with_create_project(tmp_path: Path) -> None:
    with ProjectSession.create(tmp_path / "new.counterweight", small_decision()) as session:
        assert [e.action for e in session.audit_log()] == ["Create project"]
        assert session.audit_log()[0].new is None
    summary = audit_summary(tmp_path / "new.counterweight")
    assert summary is not None and summary.origin == ""


def test_old_projects_still_open_and_verify(tmp_path: Path) -> None:
    for name in ("v1_example.counterweight", "v2_example.counterweight"):
        copy = tmp_path / name
        shutil.copy(OLD_PROJECTS / name, copy)
        assert verify_audit(copy).ok, name
        with ProjectSession.open(copy) as session:
            first = min(session.audit_log(), key=lambda e: e.id)
            assert first.action == "Create project"
            assert describe_change(first, session.decision)[1] == "—"
        assert verify_audit(copy).ok, name
        assert audit_summary(copy).origin == ""
