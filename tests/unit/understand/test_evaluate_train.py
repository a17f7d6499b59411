"""The measuring tools: the classifier trains from labelled mail and reloads from disk, and
evaluate prints the issue's figures for a split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from followup.understand import evaluate, train
from understand_mail import message

LABELLED = [
    (
        "ack",
        "Thank you for applying to Acme! We have received your application for the "
        "Data Engineer role.",
        {"kind": "application_ack", "company": "Acme", "role": "Data Engineer"},
    ),
    (
        "rej",
        "Unfortunately we have decided to move forward with other candidates for the "
        "Data Engineer role at Acme.",
        {"kind": "rejection", "company": "Acme", "role": "Data Engineer"},
    ),
    ("oth", "Dinner at 7 tonight? Bring the board games.", {"kind": "other"}),
]


def corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, body, label in LABELLED:
        (folder / f"{name}.eml").write_bytes(
            message(body, subject=name, sender="Jo <jo@acme.example>")
        )
        full = {
            "company": None,
            "role": None,
            "interviewers": [],
            "start": None,
            "end": None,
            "decision_by": None,
            **label,
        }
        (folder / f"{name}.json").write_text(json.dumps(full))
    return folder


def test_train_writes_a_small_model_that_loads_offline(tmp_path: Path) -> None:
    import spacy

    dev = corpus(tmp_path / "dev")
    assert train.main([str(dev), str(tmp_path / "kind"), "--epochs", "5"]) == 0
    model = spacy.load(tmp_path / "kind")
    cats = model("We have received your application").cats
    assert set(cats) == {
        "invitation",
        "reschedule",
        "cancellation",
        "rejection",
        "offer",
        "next_steps",
        "info_request",
        "application_ack",
        "other",
    }
    assert abs(sum(cats.values()) - 1.0) < 1e-4  # exclusive classes
    size = sum(p.stat().st_size for p in (tmp_path / "kind").rglob("*") if p.is_file())
    assert size < 5_000_000


def test_evaluate_prints_the_figures_for_each_split(
    understander: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus(tmp_path / "dev")
    assert evaluate.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    header, _rule, *rows = out.splitlines()
    assert header.split()[:3] == ["figure", "target", "dev"]
    assert "dev baseline" in header  # spaCy NER as-is, side by side
    figures = {row[:32].strip(): row[32:].split() for row in rows}
    for figure in (
        "kind macro-F1",
        "interview precision",
        "interview recall",
        "interviews among other",
        "interviewer name F1",
        "exact start",
        "exact decision date",
        "prefilter headers: recall",
        "prefilter message: recall",
    ):
        assert figure in figures
    assert figures["kind application_ack F1"][0] == "1.000"
    assert figures["kind rejection F1"][0] == "1.000"
    assert figures["prefilter message: recall"][0] == "1.000"
