"""A rule's template file is read with a size cap, as rule files are: a huge or binary file
is one clear problem naming the file, and the other rules still load."""

from __future__ import annotations

from pathlib import Path

import pytest
from followup.cli import main
from followup.errors import EX_CONFIG
from followup.rules.load import MAX_TEMPLATE_BYTES, load_rules, shipped_rules_dir

RULE = "version: 1\nname: custom\ntrigger: {event: interview_ended}\n"


def _folder(tmp_path: Path, template: bytes) -> Path:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "odd.txt").write_bytes(template)
    (tmp_path / "custom.yaml").write_text(RULE + "draft: {subject: x, template: odd.txt}\n")
    return tmp_path


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (b"Dear {{ company }},\n" + b"x" * MAX_TEMPLATE_BYTES, f"over {MAX_TEMPLATE_BYTES} bytes"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (NUL bytes)"),
        (b"\xff\xd8\xff\xe1Exif {{ company }}", "cannot read it"),  # no NUL, not UTF-8
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;{{ company }}", "binary data (NUL bytes)"),
    ],
    ids=["huge", "png", "jpeg", "nul-bytes"],
)
def test_a_huge_or_binary_template_is_one_problem(
    tmp_path: Path, template: bytes, expected: str
) -> None:
    rules = load_rules([shipped_rules_dir(), _folder(tmp_path, template)])
    (problem,) = rules.problems
    assert problem.startswith(
        f"{tmp_path}/templates/odd.txt:1:1: template: "
    ) or problem.startswith("templates/odd.txt:1:1: template: "), problem
    assert expected in problem and "\n" not in problem and len(problem) < 300
    assert rules.get("custom") is None and rules.get("thank-you") is not None


def test_a_template_just_under_the_cap_loads(tmp_path: Path) -> None:
    comment = b"{# " + b"a long note to self " * ((MAX_TEMPLATE_BYTES - 100) // 20) + b"#}"
    text = b"Dear {{ company }},\n" + comment  # big, but its output is a letter's size
    rules = load_rules([shipped_rules_dir(), _folder(tmp_path, text)])
    assert rules.problems == () and rules.get("custom") is not None


def test_rules_check_says_it_in_one_line_and_exits_78(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, b"{{ company }}" * MAX_TEMPLATE_BYTES)
    assert main(["rules", "check", str(folder)]) == EX_CONFIG
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    assert [line for line in text.splitlines() if "odd.txt" in line] == [
        line for line in text.splitlines() if f"over {MAX_TEMPLATE_BYTES} bytes" in line
    ]
    assert f"odd.txt:1:1: template: over {MAX_TEMPLATE_BYTES} bytes; is it a template?" in text
