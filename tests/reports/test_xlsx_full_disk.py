"""A workbook that cannot be written leaves nothing on stderr but the error (QA pass 28, item 10).

The disk is full for real: the temporary file's name points at ``/dev/full``, where
every write fails with "No space left on device".
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

from counterweight.domain.errors import CounterweightError
from counterweight.reports.xlsx_export import write_xlsx
from tests.factories import small_decision

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")


def test_a_full_disk_gives_the_error_and_no_zip_file_complaint_later(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ignored: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)  # "Exception ignored in: ZipFile.__del__"
    target = tmp_path / "out.xlsx"
    (tmp_path / ".out.xlsx.part").symlink_to("/dev/full")
    with pytest.raises(CounterweightError, match="No space left on device"):
        write_xlsx(small_decision(), target)
    gc.collect()
    assert ignored == []
    assert not target.exists() and not (tmp_path / ".out.xlsx.part").exists()
