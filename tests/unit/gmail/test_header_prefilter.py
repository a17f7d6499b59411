"""The headers-only check the mailbox adapters run before fetching a body: it must keep every
hiring message (a body not fetched is a fact never learned) and turn away bulk and robots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from followup.sources import may_be_hiring_headers

CORPORA = Path(__file__).resolve().parents[2] / "corpus"


def header_block(data: bytes) -> bytes:
    ends = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    return data[: min(ends)] + b"\n\n"


def labelled() -> list[tuple[Path, str]]:
    found = []
    for label in sorted(CORPORA.glob("*/*.json")):
        eml = label.with_suffix(".eml")
        if eml.exists():
            found.append((eml, str(json.loads(label.read_text()).get("kind"))))
    return found


def test_every_hiring_message_of_the_corpora_passes() -> None:
    corpus = labelled()
    hiring = [eml for eml, kind in corpus if kind != "other"]
    assert len(hiring) >= 200  # the dev and held-out corpora are both there
    missed = [
        eml.name for eml in hiring if not may_be_hiring_headers(header_block(eml.read_bytes()))
    ]
    assert missed == []
    others = [eml for eml, kind in corpus if kind == "other"]
    turned_away = [e for e in others if not may_be_hiring_headers(header_block(e.read_bytes()))]
    assert turned_away  # it does turn some away (the corpora are mostly hard cases)


def head(sender: str, subject: str, *extra: str) -> bytes:
    return "\r\n".join([f"From: {sender}", f"Subject: {subject}", *extra, "", ""]).encode()


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (head("Ana <ana@acme.example>", "tomorrow?"), True),  # a person: always read
        (head("Ana <ana@gmail.com>", "photos"), True),
        (head("Acme <info@acme.example>", "Hi Jordan"), True),  # small employers use info@
        (head("News <news@byte.example>", "Gadgets", "List-Unsubscribe: <https://x/u>"), False),
        (head("List <a@lists.example>", "Re: [bikes] tyres", "List-Id: <bikes.lists>"), False),
        (head("Acme <no-reply@acme.example>", "Thank you from Acme"), True),  # a rejection
        (head("Shop <orders@shop.example>", "Your order #42"), True),  # understand decides
        (head("Jobs <alerts@jobboard.example>", "8 new jobs", "List-Unsubscribe: <x>"), True),
        (head("Acme <no-reply@hire.lever.co>", "Acme: Packaging Engineer"), True),  # an ATS
        (head("X <n@x.example>", "=?utf-8?q?Ihre_Bewerbung?=", "List-Id: <x>"), True),  # RFC 2047
        (head("X <news@x.example>", "Sale", "Precedence: bulk"), False),
    ],
)
def test_examples(block: bytes, expected: bool) -> None:
    assert may_be_hiring_headers(block) is expected
