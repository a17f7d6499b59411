"""Panels written as lists and sentences: addresses next to names, role labels and the
secretary who only takes minutes, letters after a name, a name ending a longer bracketed
phrase, Japanese "title　name" lines, agenda lines naming the interviewer in brackets,
enumerations the NER half-reads, honorifics in other languages, words of departments and
workplaces read as names, and pages of other languages' "meeting" words."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.panel_lists import label_list, list_item
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
WRITER = "Camila Reyes <camila.reyes@brightwave.example>"
SIGN = "\n\nBest,\nCamila Reyes\nTalent Partner, Brightwave"
WHEN = "Tuesday, March 10 at 2:00 PM CT"


def test_list_items_with_addresses_labels_and_credentials() -> None:
    assert [(m.name, m.title) for m in list_item("Marcus Oyelaran <marcus.o@bw.example>")] == [
        ("Marcus Oyelaran", None)
    ]
    line = "Interviewers: Jane Doe (jane@x.example), Bob Lee (Staff Engineer)"
    assert [(m.name, m.title) for m in label_list(line)] == [
        ("Jane Doe", None),
        ("Bob Lee", "Staff Engineer"),
    ]
    assert [m.name for m in list_item("Jennifer Wu, CPA, CA - Vice President, Finance")] == [
        "Jennifer Wu"
    ]
    chair = "Chairperson: Dr Nomvula Zulu, Executive Manager: Infrastructure"
    assert [m.name for m in list_item(chair)] == ["Nomvula Zulu"]
    assert list_item("Secretariat: Ms Precious Ndlovu, HR Practitioner") == []


def test_a_sentence_list_split_after_brackets() -> None:
    line = "- a formal interview with Mr David Okoro (Headteacher), Mrs Sarah Lind (Head of Science) and Mr Peter Hale (Chair of Governors)"
    assert [(m.name, m.title) for m in list_item(line.lstrip("- "))] == [
        ("David Okoro", "Headteacher"),
        ("Sarah Lind", "Head of Science"),
        ("Peter Hale", "Chair of Governors"),
    ]


def test_japanese_title_then_name() -> None:
    assert [(m.name, m.title) for m in list_item("\u3000法人営業部 部長\u3000佐藤 誠")] == [
        ("佐藤 誠", "法人営業部 部長")
    ]


CASES = [
    (
        "bullets-with-addresses",
        f"Hi Jordan,\n\nYou're confirmed for {WHEN}. Your interviewers:\n\n- Jane Whitfield <jane.whitfield@brightwave.example>\n- Marcus Oyelaran <marcus.o@brightwave.example>{SIGN}",
        ["Jane Whitfield", "Marcus Oyelaran"],
    ),
    (
        "enumeration-the-ner-half-reads",
        f"Hi Jordan,\n\nWe'd like to invite you to a panel interview on {WHEN}. The panel will be Jane Whitfield, Marcus Oyelaran and Ines Carvalho.{SIGN}",
        ["Ines Carvalho", "Jane Whitfield", "Marcus Oyelaran"],
    ),
    (
        "agenda-names-in-brackets",
        f"Hi Jordan,\n\nI'd like to schedule your onsite for {WHEN}. Agenda:\n\n* 2:00 PM - Hiring manager interview (Jane Whitfield)\n* 3:00 PM - System design (Marcus Oyelaran)\n* 4:00 PM - Values interview (Ines Carvalho){SIGN}",
        ["Ines Carvalho", "Jane Whitfield", "Marcus Oyelaran"],
    ),
    (
        "apposition-is-no-enumeration",
        f"Hi Jordan,\n\nOur VP of Member Services, Alicia Moreno, will interview you on {WHEN}.{SIGN}",
        ["Alicia Moreno"],
    ),
    (
        "french-maitre-and-a-lowercase-phrase",
        "Madame,\n\nL'entretien aura lieu le mardi 10 mars 2026 à 14h00, avec Maître Claire Vasseur, associée, et Thomas Ribeiro, collaborateur senior.\n\nSandrine Lefèvre\nAssistante",
        ["Claire Vasseur", "Thomas Ribeiro"],
    ),
    (
        "department-and-workplace-words",
        f"Hi Jordan,\n\nThank you for your interest in the Senior Staff Nurse (Operating Theatre) position with Mount Serene Hospital. Your interview on {WHEN} will be with Dr. Priya Raman, Director, Bioprocess Development (panel chair).{SIGN}",
        ["Priya Raman"],
    ),
    (
        "polish-meeting-words-and-titles",
        "Szanowny Panie,\n\nZapraszamy na rozmowę rekrutacyjną 10 marca 2026 o godz. 14:00.\n\nW rozmowie wezmą udział:\n- Anna Kowal – Dyrektor Departamentu Ryzyka\n- Marek Lis – Starszy Specjalista ds. Rekrutacji\n\nZ poważaniem\nKarolina Nowak\nSpecjalista ds. Rekrutacji",
        ["Anna Kowal", "Marek Lis"],
    ),
    (
        "japanese-panel-lines",
        "伊藤 様\n\n二次面接のご案内です。\n\n■日時：2026年3月10日（火）14:00～15:00\n■場所：本店 8階\n■面接官：\n\u3000法人営業部 部長\u3000佐藤 誠\n\u3000人事部 課長\u3000高橋 由美\n\nよろしくお願い申し上げます。\n\n人事部 採用担当\u3000山本 拓也",
        ["佐藤 誠", "高橋 由美"],
    ),
    (
        "full-names-listed-with-commas",
        f"Hi Jordan,\n\nHere's your schedule for {WHEN}:\n\n2:00 PM - 2:45 PM: Technical Interview\nInterviewers: Jane Whitfield, Marcus Oyelaran\n\n2:45 PM - 3:30 PM: Hiring Manager\nInterviewer: Peter Brandt{SIGN}",
        ["Jane Whitfield", "Marcus Oyelaran", "Peter Brandt"],
    ),
    (
        "vietnamese-letters",
        f"Hi Jordan,\n\nYour interview is on {WHEN}. You'll meet Kim Min-jun, Zhang Wei and Nguyễn Văn An from the data team.{SIGN}",
        ["Kim Min-jun", "Nguyễn Văn An", "Zhang Wei"],
    ),
    (
        "a-family-name-after-an-honorific",
        f"Dear Mr Avery,\n\nYou will meet Mr. Tanaka, our engineering director, and Dr Marcus Oyelaran on {WHEN}.{SIGN}",
        ["Marcus Oyelaran", "Tanaka"],
    ),
    (
        "a-job-title-is-not-a-name",
        f"Hi Jordan,\n\nThank you for your interest in the Senior Manager, Financial Reporting role. Your interview on {WHEN} will be with Jane Whitfield.{SIGN}",
        ["Jane Whitfield"],
    ),
]


@pytest.mark.parametrize(("body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_panels_in_lists_and_sentences(
    understander: Understander, body: str, names: list[str]
) -> None:
    message = email(body, subject="Interview", sender=WRITER, to=TO, date=SENT)
    assert sorted(p.name or "" for p in understander.facts(message).interviewers) == names
