"""Interview invitations in the languages lexicon.py does not cover: Turkish, Czech and
Slovak, Russian and Ukrainian, Vietnamese, Korean, Finnish, Danish and Norwegian,
Indonesian and Malay, Romanian, Hungarian, Greek, Arabic, Hebrew, Thai and Hindi.

A letter inviting someone to a job interview says it the same way in every language: the
word for the job interview, a word for inviting (or "information about your interview"),
and the job applied for. Without them such a letter reads as `other` — no cue matches, and
the classifier, trained on mostly English mail, leans to `other` — and loses its
interviewers and its time. These are the words, not phrases: a noun for the interview, a
verb or noun for inviting, and the words that show the letter is about a job application.
"""

from __future__ import annotations

import re

from ..model import Kind
from .cuetable import Cue, cues
from .gate import gate

# The job interview. Words whose letters a case-insensitive search can look for cheaply
# (ASCII, or scripts without case) apart from the others (Cyrillic, Greek, Vietnamese), so
# that the patterns with the first keep the words the cue gate looks for (see gate.py).
# Some words mean only a job interview (Turkish "mülakat", Korean "면접", Russian
# "собеседование"); the others are any interview, a journalist's too, or any talk (Czech
# "pohovor"), and so need the job named in the letter.
_JOB_PLAIN = (
    r"m[üu]lakat\w*|jobsamtale\w*|jobbintervju\w*|ans[æa]ttelsessamtale\w*|temu ?duga|"
    r"[áa]ll[áa]sinterj[úu]\w*|usaili|razgovor\w* za (?:posao|radno mjesto|zaposlenje)"
)
_JOB_SCRIPT = "면접"
_JOB_CASED = r"собеседовани\w*|співбесід\w*|събеседван\w*"
_ANY_PLAIN = (
    rf"{_JOB_PLAIN}|pohovor\w*|haastattel\w*|intervjuet|wawancara|interviu(l|ri)?\w*|interj[úu]\w*"
)
_ANY_SCRIPT = rf"{_JOB_SCRIPT}|인터뷰|مقابلة|ראיון|สัมภาษณ์|साक्षात्कार"
_ANY_CASED = rf"{_JOB_CASED}|интервью|интервю\w*|интервју\w*|συνέντευξ\w*|phỏng vấn"

# Inviting, or telling someone the arrangements of their interview.
_INVITE_PLAIN = (
    r"davet\w*|pozv[áa]nk\w*|pozvat|pozv(eme|ali)|kutsu\w*|invitere\w*|invitasjon\w*|"
    r"indkald\w*|innkall\w*|undangan|mengundang|jemputan|menjemput|megh[íi]v\w*|"
    r"mwaliko|tunakualika|unaalikwa|pozivamo|poziv|pozivnica|vabilo|vabimo"
)
_INVITE_SCRIPT = "초대|모시|دعوة|ندعوك|הזמנה|מזמינים|เชิญ|आमंत्रण|आमंत्रित"
_INVITE_CASED = (
    r"приглаш\w*|приглас\w*|запрош\w*|покан\w*|каним|позив\w*|πρόσκλησ\w*|προσκαλ\w*|mời"
)

WORLD: dict[Kind, tuple[Cue, ...]] = {  # in the cue table: the gate looks for their words
    Kind.INVITATION: cues(
        (  # the interview and the invitation to it, in either order, near each other
            rf"\b({_INVITE_PLAIN})\b.{{0,80}}\b({_ANY_PLAIN})\b|\b({_ANY_PLAIN})\b.{{0,80}}\b({_INVITE_PLAIN})\b",
            3.0,
        ),
        (r"면접\s*(일정\s*)?안내", 3.0),  # "interview information": not "면접 결과 안내" (results)
        (rf"\b({_ANY_PLAIN})\b", 1.0),
        (rf"\b({_INVITE_PLAIN})\b.{{0,40}}\binterview", 3.0),  # "Undangan Interview User"
    ),
    Kind.OFFER: cues(  # "Surat Penawaran Kerja", "iş teklifi", "nabídka zaměstnání"
        (
            r"\b(surat penawaran|penawaran kerja|menawarkan (posisi|jabatan|pekerjaan)|"
            r"tawaran (kerja|pekerjaan)|i[şs] teklif\w*|"
            r"nab[íi]dk\w* (pr[áa]ce|zam[ěe]stn[áa]n[íi])|ofert[ăa] de (angajare|munc[ăa])|"
            r"[áa]ll[áa]saj[áa]nlat\w*|ty[öo]tarjou\w*|"
            r"jobtilbud\w*)\b",
            3.5,
        ),
    ),
    Kind.APPLICATION_ACK: cues(  # "Başvurunuz alınmıştır", "lamaran Anda telah kami terima"
        (
            r"\b(ba[şs]vurunuz (\w+ ){0,6}(al[ıi]nm[ıi][şs]t[ıi]r|al[ıi]nd[ıi]|kaydedilmi[şs]tir|"
            r"kaydedildi|ula[şs]m[ıi][şs]t[ıi]r)|lamaran (anda|saudara) (telah )?(kami )?"
            r"(terima|diterima)|am primit (aplica[țt]ia|candidatura|cererea)|"
            r"(zaprimili|primili) smo (va[šs]u |tvoju )?prijavu|prijava (je )?zaprimljena|"
            r"obdr[žz]eli jsme (va[šs]i |va[šs]e )?"
            r"(p[řr]ihl[áa][šs]ku|[žz][áa]dost|odpov[ěe][ďd]))\b",
            3.0,
        ),
    ),
    Kind.NEXT_STEPS: cues(  # "Hasil seleksi akan kami umumkan paling lambat ..."
        (
            r"\bhasil (seleksi|wawancara|tes|interview) (akan )?(kami )?"
            r"(umumkan|sampaikan|informasikan|kabarkan|diumumkan)\b",
            2.5,
        ),
    ),
    Kind.REJECTION: cues(  # "unfortunately", and "we chose another candidate"
        (
            r"\b(na[žz]alost|maalesef|rất tiếc|bohu[žz]el|din p[ăa]cate|sajnos|valitettavasti|"
            r"desv[æa]rre|dessverre|dengan berat hati)\b",
            1.0,
        ),
        (
            r"\b(niste (izabran|odabran|primljen)\w*|drug(og|u) kandidat\w*|"
            r"olumlu sonu[çc]lanmam[ıi][şs]t[ıi]r|olumsuz sonu[çc]lan\w*|ba[şs]ka bir aday\w*|"
            r"belum dapat (kami )?(terima|lanjutkan|loloskan)|"
            r"tidak (lolos|lulus) (ke )?(tahap|seleksi)|kandidat lain|"
            r"không (được chọn|tiếp tục với)|ứng viên khác|jin[ée]ho (uchaze[čc]e|kandid[áa]ta)|"
            r"alt candidat|nu a[țt]i fost selectat\w*|m[áa]sik jel[öo]lt\w*|toisen hakijan|"
            r"(anden|annen) kandidat)\b",
            3.5,
        ),
    ),
    Kind.RESCHEDULE: cues(  # "mülakatınız ... ertelenmiştir", "jadwal wawancara diubah"
        (
            r"\b(ertelen\w*|yeniden planlan\w*|tarih(i|inde)? de[ğg]i[şs]ikli\w*|"
            r"(jadwal|waktu) (wawancara|interview|tes) (\w+ )?(di)?ubah|diubah menjadi|"
            r"dijadwalkan ulang|penjadwalan ulang|perubahan jadwal)\b",
            3.0,
        ),
        (  # (a cue of its own: the gate reads the words of a pattern with fewer alternatives)
            r"\b(reprogramat\w*|am[âa]nat\w*|p[řr]esun\w*|presun\w*|zm[ěe]n\w* term[íi]nu|"
            r"nov[ýy] term[íi]n|[áa]thelyez\w*|[úu]j id[őo]pont|siirret[äa][äa]n|siirtyy|uusi aika|"
            r"flyttet til|nytt tidspunkt|ny tid)\b",
            3.0,
        ),
    ),
    Kind.CANCELLATION: cues(  # the word for cancelling and the interview, near each other
        (
            rf"\b(iptal edil\w*|dibatalkan|pembatalan|anulat\w*|anulare|zru[šs]en\w*|zru[šs]it|"
            rf"elmarad\w*|peruttu|peruutettu|aflyst|avlyst)\b.{{0,80}}\b({_ANY_PLAIN})\b|"
            rf"\b({_ANY_PLAIN})\b.{{0,80}}\b(iptal edil\w*|dibatalkan|anulat\w*|zru[šs]en\w*|"
            rf"elmarad\w*|peruttu|peruutettu|aflyst|avlyst)\b",
            3.5,
        ),
    ),
    Kind.INFO_REQUEST: cues(  # Indonesian and Malay: "please complete the following documents"
        (
            r"\b(dokumen berikut|dokumen-dokumen berikut|(melengkapi|lengkapi|kelengkapan|"
            r"mengirimkan|kirimkan|menyerahkan) (dokumen|berkas))\b",
            3.0,
        ),
    ),
}
# Read only when the text has a letter of those scripts (a cheap search): their words are
# no help to the gate, and each pattern would cost a scan of every message.
_MOVE_SCRIPT = (
    r"перен[оеё]с\w*|отлож\w*|перенесен\w*|відклад\w*|перенесення|αναβ[άα]λλ\w*|αναβολή|"
    r"μετατίθεται|νέα ημερομηνία|dời (sang|lịch|lại)|thay đổi lịch|đổi lịch|تأجيل|تغيير موعد|"
    r"موعد جديد|إعادة جدولة|일정 변경|변경하게|연기"
)
_CANCEL_SCRIPT = r"отмен\w*|скасов\w*|ακυρ\w*|hủy|إلغاء|الغاء|취소"
SCRIPT_CUES: dict[Kind, tuple[Cue, ...]] = {
    Kind.RESCHEDULE: cues((_MOVE_SCRIPT, 3.0)),
    Kind.CANCELLATION: cues(
        (
            rf"({_CANCEL_SCRIPT}).{{0,80}}({_ANY_SCRIPT}|{_ANY_CASED})|"
            rf"({_ANY_SCRIPT}|{_ANY_CASED}).{{0,80}}({_CANCEL_SCRIPT})",
            3.5,
        ),
    ),
    Kind.REJECTION: cues(
        (r"к сожалению|на жаль|δυστυχώς|للأسف|نأسف|לצערנו|아쉽게도|안타깝게도|เสียใจ", 1.0),
        (
            r"друг\w* кандидат\w*|іншого кандидата|άλλο υποψήφιο|مرشح آخر|لم يتم اختيار|불합격|"
            r"ไม่ผ่านการคัดเลือก",
            3.5,
        ),
    ),
    Kind.OFFER: cues(
        (
            r"предложение о работе|пропозиці\w* (про )?роботу|πρόταση εργασίας|thư mời nhận việc",
            3.5,
        ),
    ),
    Kind.INVITATION: cues(
        (
            rf"({_INVITE_SCRIPT}|{_INVITE_CASED}).{{0,80}}({_ANY_SCRIPT}|{_ANY_CASED})|({_ANY_SCRIPT}|{_ANY_CASED}).{{0,80}}({_INVITE_SCRIPT}|{_INVITE_CASED})",
            3.0,
        ),
        (rf"{_ANY_SCRIPT}|\b({_ANY_CASED})\b", 1.0),
    ),
}
FOREIGN_SCRIPT = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u1100-\u11ff"
    "\uac00-\ud7af\u1ea0-\u1ef9]"  # Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai,
)  # Hangul, and the Vietnamese letters with two accents


# Mail for an audience or about the current job, in these languages: the unsubscribe link, a
# newsletter's tips, a seminar or lecture, a webinar, a quarterly review.
VETOES = cues(
    (
        r"\b(abonelikten [çc][ıi]k\w*|aboneli[ğg]\w* iptal|berhenti berlangganan|odhl[áa]sit|"
        r"peruuta tilaus|leiratkoz\w*|dezabonare|afmeld\w*|avmeld\w*)\b|구독 ?취소|수신 ?거부",
        2.5,
    ),
    (
        r"\b(webinar[ıi]\w+|webin[áa]ř\w*|semin[áa]ř\w*|ipu[çc]lar\w*|b[üu]lten\w*|"
        r"ücretsiz|zdarma|kiat sukses|vinkit|tippek|sfaturi)\b|"
        r"특강|세미나(?!실)|설명회|박람회|재학생",  # not a seminar room (세미나실)
        4.5,  # as strong as a digest's shape: an audience's mail, whatever else it says
    ),
    (r"\b(hodnocen[íi]|[čc]tvrtletn\w*|porada|neljännesvuosi\w*)\b", 2.5),
)
SCRIPT_VETOES = cues(
    (
        r"отписаться|отписки|відписатися|вебинар\w*|семинар\w*|рассылк\w*|hủy đăng ký|"
        r"hội thảo|mẹo|إلغاء الاشتراك|ندوة|ביטול ההרשמה|וובינר|สัมมนา|ยกเลิกการสมัคร",
        4.5,
    ),
)


def script_vetoes(text: str) -> list[float]:
    """The weights of SCRIPT_VETOES that match (none for a text in Latin letters)."""
    if not FOREIGN_SCRIPT.search(text):
        return []
    return [w for p, w in SCRIPT_VETOES if p.search(text)]


def script_scores(text: str) -> dict[Kind, float]:
    """The weights of SCRIPT_CUES that match, per kind (none for a text in Latin letters)."""
    if not FOREIGN_SCRIPT.search(text):
        return {}
    return {kind: sum(w for p, w in table if p.search(text)) for kind, table in SCRIPT_CUES.items()}


_PLAIN_RE = re.compile(rf"\b(?:{_ANY_PLAIN})\b", re.IGNORECASE)
_OTHER_RE = re.compile(rf"\b(?:{_ANY_CASED})\b|{_ANY_SCRIPT}", re.IGNORECASE)
_JOB_PLAIN_RE = re.compile(rf"\b(?:{_JOB_PLAIN})\b", re.IGNORECASE)
_JOB_OTHER_RE = re.compile(rf"\b(?:{_JOB_CASED})\b|{_JOB_SCRIPT}", re.IGNORECASE)


def interview_word(text: str) -> bool:
    """A word for an interview in one of these languages."""
    return _found(_PLAIN_RE, _OTHER_RE, text)


def job_interview(text: str) -> bool:
    """A word that means a job interview and nothing else ("mülakat", "면접")."""
    return _found(_JOB_PLAIN_RE, _JOB_OTHER_RE, text)


# The letter is about the user's application for a job, in these languages.
_CANDIDACY_PLAIN = re.compile(  # (words with a rare run of plain letters, for the gate)
    r"(?i)\b(ba[şs]vuru\w*|pozisyon\w*|pozic[ei]\w*|uchaze[čc]\w*|hakemu\w*|teht[äa]v[äa]\w*|"
    r"rekrytoin\w*|ans[øo]gning\w*|s[øo]knad\w*|stilling\w*|lamaran|rekrutmen|posisi|jawatan|"
    r"recrutare|postul\w*|p[áa]ly[áa]zat\w*|pelamar|lowongan|seleksi administrasi|"
    r"(hasil|tahap|proses) seleksi|ajira|"
    r"radno mjesto|radnog mjesta|natje[čc]aj\w*|konkurs\w*)\b"
)
_CANDIDACY_OTHER = re.compile(
    r"(?i)\b(ваканси\w*|резюме|отклик\w*|кандидат\w*|позици\w*|длъжност\w*|θέση|υποψηφι\w*|"
    r"ứng tuyển|tuyển dụng|vị trí)\b"
    r"|지원|채용|포지션|وظيفة|الوظيفة|משרה|ตำแหน่ง|आवेदन|भर्ती|रिक्ति|पद हेतु|पद के लिए|चयन समिति"
)


def candidacy(text: str) -> bool:
    """Words for a job application in these languages."""
    return _found(_CANDIDACY_PLAIN, _CANDIDACY_OTHER, text)


def _found(plain: re.Pattern[str], other: re.Pattern[str], text: str) -> bool:
    """`plain` run only when the text has a word it needs (gate.py), `other` only when the
    text has a letter of the scripts it is written in."""
    if plain in gate((plain,)).candidates(text) and plain.search(text):
        return True
    return bool(FOREIGN_SCRIPT.search(text) and other.search(text))
