"""Round 7: interview letters in the languages the cue tables did not know (Turkish, Czech,
Russian, Korean, Vietnamese, Finnish, Indonesian, ...) are invitations — read as `other`
they lose all their interviewers — while a journalist's interview in those languages stays
`other`; and a time moved the British way ("bring it forward") or postponed is a
reschedule. The probes (tests/eval/probes_kinds3.py) run through the whole understanding."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from followup.model import Kind
from followup.understand.classify import decide
from followup.understand.languages import candidacy, interview_word, script_scores
from followup.understand.pipeline import Understander
from followup.understand.prefilter import maybe_hiring
from followup.understand.zones import zone
from understand_mail import email

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
import probes_kinds3  # tests/eval is not a package

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
LEANS_OTHER = {"other": 0.55, "invitation": 0.15}  # the classifier, trained mostly on English

TURKISH = (
    "Merhaba Jordan,\n\nVeri Analisti pozisyonu için yaptığınız başvuru için teşekkür ederiz. "
    "Sizi 10 Mart Salı günü saat 14:00'te ofisimizde bir mülakata davet etmek istiyoruz.\n\n"
    "Saygılarımızla,\nİnsan Kaynakları"
)
KOREAN = (
    "Jordan Avery 님, 안녕하세요.\n\n데이터 분석가 포지션에 지원해 주셔서 감사합니다. "
    "1차 면접 일정을 안내드립니다.\n\n일시: 3월 10일(화) 오후 2시\n면접관: 김민준 팀장"
)
CZECH = (
    "Dobrý den, pane Avery,\n\nděkujeme za Váš zájem o pozici datového analytika. Rádi bychom "
    "Vás pozvali na pohovor v úterý 10. března ve 14:00 v naší kanceláři v Praze."
)
RUSSIAN = (
    "Здравствуйте, Джордан!\n\nБлагодарим за отклик на вакансию аналитика данных. Приглашаем "
    "вас на собеседование во вторник, 10 марта, в 14:00 по московскому времени."
)


@pytest.mark.parametrize(
    ("subject", "body", "has_time"),
    [
        ("Mülakat Daveti - Veri Analisti", TURKISH, True),
        ("[한빛소프트] 1차 면접 안내", KOREAN, False),
        ("Pozvánka na pohovor", CZECH, False),
        ("Приглашение на собеседование", RUSSIAN, False),
    ],
)
def test_an_interview_letter_in_another_language_is_an_invitation(
    subject: str, body: str, has_time: bool
) -> None:
    verdict = decide(subject, body, [], LEANS_OTHER, has_time=has_time)
    assert verdict.kind is Kind.INVITATION


def test_interview_results_in_korean_are_no_invitation() -> None:
    """ "면접 결과 안내" announces the interview's results, not an interview."""
    body = (
        "Jordan Avery 님, 안녕하세요.\n\n데이터 분석가 포지션 면접 결과 안내드립니다. "
        "아쉽게도 이번에는 함께하지 못하게 되었습니다."
    )
    verdict = decide("[한빛소프트] 면접 결과 안내", body, [], LEANS_OTHER)
    assert verdict.kind is not Kind.INVITATION


def test_a_journalists_interview_in_another_language_stays_other() -> None:
    """ "wawancara" is any interview: without a job named, an invitation to one is not the
    user's job interview, even with a time."""
    body = (
        "Halo Jordan,\n\nKami dari redaksi Warta Data ingin mengundang Anda untuk wawancara "
        "singkat tentang tren analitik data untuk artikel kami pada hari Selasa, 10 Maret 2026 "
        "pukul 14.00 WIB."
    )
    verdict = decide("Undangan wawancara untuk artikel kami", body, [], None, has_time=True)
    assert verdict.kind is Kind.OTHER


def test_the_words_and_the_cheap_checks() -> None:
    assert interview_word("Kutsu haastatteluun") and interview_word("면접 안내")
    assert interview_word("собеседование") and not interview_word("Interview tips")
    assert candidacy("başvurunuz için teşekkürler") and candidacy("вакансия аналитика")
    assert not candidacy("Thanks for the coffee")
    assert script_scores("An English letter about an interview") == {}  # no scan at all


def test_a_robot_sends_an_interview_invitation_in_turkish() -> None:
    """The pre-filter turns robots' mail away unless a hiring word shows: the interview in
    these languages is one."""
    message = email(
        TURKISH, subject="Mülakat Daveti", sender="İK <noreply@bogazici-yazilim.example>"
    )
    assert maybe_hiring(message)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jordan,\n\nWould it be possible to bring your interview forward to Wednesday 11 "
        "March at 10am? Tom is travelling on Thursday.\n\nClaire Dunn\nRecruitment Partner",
        "Hi Jordan,\n\nWe'll have to put the interview back to Friday 13 March at 2pm, as "
        "the panel is at a conference.\n\nClaire",
    ],
)
def test_a_time_brought_forward_or_put_back_is_a_reschedule(body: str) -> None:
    textcat = {"other": 0.6, "reschedule": 0.25, "invitation": 0.1}
    assert decide("Interview Thursday", body, [], textcat, has_time=True).kind is Kind.RESCHEDULE


POSITIVES = probes_kinds3.POSITIVES
NEGATIVES = probes_kinds3.NEGATIVES


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body"), POSITIVES, ids=[p[1] for p in POSITIVES]
)
def test_probe_keeps_its_kind(
    understander: Understander, kind: str, subject: str, sender: str, body: str
) -> None:
    facts = understander.facts(email(body, subject=subject, sender=sender, to=TO, date=SENT))
    assert facts.kind.value == kind


@pytest.mark.parametrize(
    ("subject", "sender", "body", "calendars"), NEGATIVES, ids=[n[0] for n in NEGATIVES]
)
def test_probe_negative_stays_other(
    understander: Understander, subject: str, sender: str, body: str, calendars: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT, calendars=calendars)
    assert understander.facts(message).kind.value == "other"


# Mail for an audience or about the current job in those languages: a newsletter's interview
# tips with a webinar, a university's interview lecture, a webinar, a quarterly review talk.
AUDIENCE = [
    (
        "Mülakat ipuçları: 10 altın kural",
        "Kariyer Bülteni <bulten@kariyerhaber.example>",
        "Merhaba,\n\nBu haftaki bültenimizde iş mülakatlarında en sık yapılan 10 hatayı derledik. Ayrıca 10 Mart Salı saat 20:00'de ücretsiz webinarımıza davetlisiniz: 'Mülakatta kendinizi nasıl anlatırsınız?'\n\nAbonelikten çıkmak için tıklayın.",
    ),
    (
        "[특강] 면접 합격 전략 세미나 안내",
        "커리어센터 <career@hanguk-univ.example>",
        "재학생 여러분 안녕하세요.\n\n취업 준비생을 위한 면접 특강을 안내드립니다.\n\n일시: 3월 10일(화) 오후 2시\n장소: 학생회관 3층\n\n많은 참여 바랍니다.\n커리어센터",
    ),
    (
        "Webinar: Tips Sukses Wawancara Kerja",
        "Komunitas Karier <info@komunitaskarier.example>",
        "Halo,\n\nKami mengundang Anda untuk mengikuti webinar gratis 'Tips Sukses Wawancara Kerja' pada hari Selasa, 10 Maret 2026 pukul 19.00 WIB melalui Zoom. Daftar sekarang!\n\nBerhenti berlangganan",
    ),
    (
        "Pohovor s ředitelem - čtvrtletní hodnocení",
        "Jana Nováková <jana.novakova@firma.example.cz>",
        "Ahoj Jordane,\n\nv úterý 10. března ve 14:00 máme pohovor s ředitelem ke čtvrtletnímu hodnocení tvého týmu. Připrav prosím čísla za Q1.\n\nJana",
    ),
]


@pytest.mark.parametrize(("subject", "sender", "body"), AUDIENCE, ids=[a[0] for a in AUDIENCE])
def test_audience_mail_in_another_language_stays_other(
    understander: Understander, subject: str, sender: str, body: str
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT)
    assert understander.facts(message).kind.value == "other"


def test_english_rooms_and_webinars_keep_their_old_weights() -> None:
    """The other languages' seminar and webinar words are not the English ones: an
    interview in "Seminar Room 2" is still an interview."""
    body = (
        "Hi Jordan, thanks for applying for the Analyst role. Your interview is confirmed for "
        "Tuesday, March 10 at 2pm in Seminar Room 2, with Tom Baker."
    )
    assert decide("Interview - Analyst", body, [], None, has_time=True).kind is Kind.INVITATION
