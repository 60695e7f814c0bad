"""h26h: ``counterweight import`` records, and says, which file the project was made from."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.reports.csv_export import write_csv
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services import exchange
from tests.factories import small_decision


def test_import_of_a_decision_file_starts_the_history_with_it(cli, tmp_path: Path) -> None:  # noqa: ANN001
    source = tmp_path / "plan.json"
    exchange.write_file(source, small_decision(), exported_at=exchange.now(), app_version="0.9.1")
    result = cli("import", source, "-o", tmp_path / "plan.counterweight")
    assert result.code == 0
    said = result.out.splitlines()
    assert said[0] == f"Created {tmp_path / 'plan.counterweight'} from {source}"
    assert said[1].startswith("Its history starts with the import of plan.json, a decision file (JSON, format "
                              "version 3), written by Counterweight 0.9.1 on ")
    log = cli("audit", "log", tmp_path / "plan.counterweight", "--json").json()["entries"]
    assert [e["action"] for e in log] == ["Import project"]
    assert log[0]["new"]["file"] == "plan.json" and log[0]["new"]["path"] == str(source)
    assert cli("audit", "verify", tmp_path / "plan.counterweight").code == 0


@pytest.mark.parametrize(("name", "kind"), [("sheet.xlsx", "XLSX"), ("scores.csv", "CSV")])
def test_import_of_a_spreadsheet_starts_the_history_with_it(cli, tmp_path: Path, name: str,  # noqa: ANN001
                                                            kind: str) -> None:
    source = (write_xlsx(small_decision(), tmp_path / name) if kind == "XLSX"
              else write_csv(small_decision(), tmp_path / name, layout="long"))
    result = cli("import", source, "-o", tmp_path / "out.counterweight")
    assert result.code == 0
    assert f"Its history starts with the import of {name}, a spreadsheet ({kind})." in result.out.splitlines()
    log = cli("audit", "log", tmp_path / "out.counterweight", "--json").json()["entries"]
    assert [e["action"] for e in log] == ["Import project"] and log[0]["new"]["kind"] == kind.lower()
    assert cli("audit", "verify", tmp_path / "out.counterweight").code == 0


def test_a_working_project_made_from_a_packet_says_it_came_from_it(cli, tmp_path: Path) -> None:  # noqa: ANN001
    """h27a: ``packet open`` says what the working project's history starts with, as ``import`` does."""
    from tests.services.test_packet_import_origin import packet_from_the_example

    packet = packet_from_the_example(tmp_path)
    result = cli("packet", "open", packet, "-o", tmp_path / "work")
    assert result.code == 0
    assert result.out.splitlines()[1].startswith("Its history starts with the import of ana.cwpacket, an "
                                                 "elicitation packet for Ana Costa, written by Counterweight ")
    log = cli("audit", "log", tmp_path / "work.counterweight", "--json").json()["entries"]
    assert log[-1]["action"] == "Import project" and log[-1]["new"]["kind"] == "packet"
    assert cli("audit", "verify", tmp_path / "work.counterweight").code == 0
