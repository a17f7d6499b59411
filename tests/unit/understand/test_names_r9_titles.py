"""A title written before the name, glued to it: Turkish and Indonesian titles end or start
with their head ("Operasyon Müdürü Selin Kaya", "Kepala Bagian HRD Budi Santoso"), formal
Spanish and English put the title first ("el Jefe de Planta Luis Quispe"); board members
and the German "-beauftragte" are titles; initials are not honorifics ("A. K. M. ...")."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.components import natural_name
from followup.understand.mentions import action_mentions, line_mentions, valid_name
from followup.understand.names import clean_name
from followup.understand.pipeline import Understander
from followup.understand.title_first import split_title
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 5, 4, 9, tzinfo=zone("Europe/Istanbul"))
TO = "Jordan Avery <jordan.avery@example.net>"

CASES = [
    (
        "turkish-list-title-first",
        "İK <ik@marmaralojistik.example>",
        "Mülakat Daveti",
        "Merhaba Jordan,\n\n12 Mayıs Salı saat 10:00'da mülakatınız planlanmıştır.\n\nGörüşmeciler:\n- Operasyon Müdürü Selin Kaya\n- Finans Direktörü Murat Öztürk\n\nSaygılarımla,\nİK Ekibi",
        ["Murat Öztürk", "Selin Kaya"],
    ),
    (
        "indonesian-head-first",
        "HRD <hrd@sinar-agro.example>",
        "Undangan Interview",
        "Yth. Bapak Jordan,\n\nKami mengundang Bapak untuk interview pada hari Selasa, 12 Mei 2026 pukul 09.00 WIB.\n\nPewawancara:\n1. Kepala Bagian HRD Budi Santoso\n2. Manajer Produksi Rina Wulandari\n\nHormat kami,\nHRD",
        ["Budi Santoso", "Rina Wulandari"],
    ),
    (
        "spanish-title-after-article",
        "RRHH <rrhh@grupoandino.example>",
        "Entrevista",
        "Hola Jordan,\n\nTu entrevista es el martes 12 de mayo a las 10:00 con la Gerente de Operaciones Carla Mendoza y el Jefe de Planta Luis Quispe.\n\nSaludos,\nRRHH",
        ["Carla Mendoza", "Luis Quispe"],
    ),
    (
        "german-board-members",
        "Personalamt <personalamt@stadtwerke-lindau.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Avery,\n\nwir laden Sie zum Vorstellungsgespräch am Dienstag, 12. Mai 2026, um 10:00 Uhr ein.\n\nDer Auswahlkommission gehören an:\n- Dr. Karin Weiß, Leiterin Netzbetrieb\n- Uwe Brandt, Mitglied des Personalrats\n- Sabine Roth, Gleichstellungsbeauftragte\n\nMit freundlichen Grüßen\nPersonalamt",
        ["Karin Weiß", "Sabine Roth", "Uwe Brandt"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_title_before_or_after_the_name_is_no_part_of_it(
    understander: Understander, sender: str, subject: str, body: str, names: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


@pytest.mark.parametrize(
    ("words", "split"),
    [
        ("Yazılım Ekip Lideri Emre Çelik", ("Yazılım Ekip Lideri", "Emre Çelik")),
        ("İnsan Kaynakları Uzmanı Zeynep Aydın", ("İnsan Kaynakları Uzmanı", "Zeynep Aydın")),
        (
            "Head of Data Engineering Priya Natarajan",
            ("Head of Data Engineering", "Priya Natarajan"),
        ),
        ("Gerente General Luis Quispe", ("Gerente General", "Luis Quispe")),
        ("Priya Natarajan", None),  # no title
        ("Senior Product Manager", None),  # no name
    ],
)
def test_split_title_finds_where_the_name_starts(words: str, split: tuple[str, str] | None) -> None:
    assert split_title(words, valid_name) == split


def test_the_ner_name_with_its_title_glued_on_is_cleaned() -> None:
    assert clean_name("Lideri Emre Çelik") == "Emre Çelik"
    assert clean_name("Jefe de Planta Luis Quispe") == "Luis Quispe"


def test_a_title_first_bullet_and_a_titled_person_met() -> None:
    found = line_mentions("- Operasyon Müdürü Selin Kaya")
    assert [(m.name, m.title) for m in found] == [("Selin Kaya", "Operasyon Müdürü")]
    found = action_mentions("You'll meet with our Head of Data Engineering Priya Natarajan.", True)
    assert ("Priya Natarajan", "Head of Data Engineering") in [(m.name, m.title) for m in found]


def test_member_of_a_board_is_a_title() -> None:
    found = line_mentions("- Uwe Brandt, Mitglied des Personalrats")
    assert [(m.name, m.title) for m in found] == [("Uwe Brandt", "Mitglied des Personalrats")]
    assert natural_name("Sabine Roth, Gleichstellungsbeauftragte") == (
        "Sabine Roth, Gleichstellungsbeauftragte"
    )


def test_an_initial_m_is_no_honorific() -> None:
    assert natural_name("Mr. A. K. M. Shahidullah") == "A. K. M. Shahidullah"
    assert clean_name("A. K. M. Shahidullah") == "A. K. M. Shahidullah"
    assert clean_name("M. Laurent Dubois") == "Laurent Dubois"


def test_a_lower_case_given_name_with_its_title_after_our() -> None:
    line = "sorry for the slow reply. jono our head chef will do the chat with me on weds at 3."
    found = action_mentions(line, True)
    assert [(m.name, m.title) for m in found] == [("Jono", "head chef")]
    # a sentence start that is no name, and a line with capitals, name nobody this way
    assert action_mentions("sorry. tomorrow our head chef will do the chat with me.", True) == []
    assert action_mentions("Thanks. jono our head chef will do the chat.", True) == []
    assert action_mentions("sorry. btw our head chef will do the chat with me.", True) == []


def test_a_joiner_after_the_comma_opens_the_next_person_not_a_title() -> None:
    from followup.understand.mentions import title_after

    assert title_after(", and the Head of Mathematics, Mr Kevin Lim") is None
    assert title_after(", și dl Andrei Ionescu, Contabil Șef") is None
    assert title_after(", Head of Mathematics") == "Head of Mathematics"
