"""The part of a job title written after a dash: "Registered Nurse – Surgical Ward",
"Key Account Manager - Western Cape", "Oficial de Programas – Nutrição".

After a dash a subject also writes the employer, a person, a town, the stage or the date
("Data Analyst - Brightwave", "- Lena Fischer", "- Kettering", "- Interview Invitation",
"- Round 2"); only words that are none of these are the title's. Cheap: one match, a few
set lookups and two searches of the message's own text.
"""

from __future__ import annotations

import re

from ..model import Email
from .addresses import ascii_fold
from .cities import CITY_ZONES
from .name_words import NOT_NAME
from .org_words import MESSAGE_WORDS, ORG_WORDS

_DASHED = re.compile(
    r"^\s+(?P<dash>[-–—])\s+(?P<ext>[A-ZÀ-ÖØ-ÞĀ-Ž][\w/&'’.+-]*(?:\s+(?![-–—]\s)[\w/&'’.+-]+){0,4})"
    r"\s*(?=$|[|(]|\s[-–—|]\s|,\s)"
)
# the words of a message, a stage or a time after the dash, never a title's
_STAGE_WORDS = (
    "screen screening round call chat stage step schedule scheduled confirmed confirmation "
    "update updated reminder reschedule rescheduled cancelled canceled cancellation next "
    "steps offer application received thank thanks you your our the onsite virtual video "
    "phone final first second third availability invite feedback rückmeldung absage zusage "
    "result outcome decision esito resultado résultat"
)
_STAGE = frozenset(_STAGE_WORDS.split())
# department words that NOT_NAME lists but a title's specialty often is ("- Sales")
_FIELD_WORDS = frozenset(
    [
        "sales",
        "marketing",
        "finance",
        "operations",
        "quality",
        "compliance",
        "security",
        "infrastructure",
        "data",
        "research",
        "strategy",
        "legal",
        "support",
        "customer",
        "growth",
        "clinical",
        "medical",
        "nursing",
        "care",
    ]
)


# a specialty's, a ward's or a shift's words after a title's dash ("– Surgical Ward",
# "- Nights", "– Offshore Wind", "- Arabic/English Inbound", "– Nutrição")
_SPECIALTY_WORDS = (
    "ward unit icu nights days weekends evenings shift inbound outbound voice process payments "
    "affairs planning propulsion wind r&d formulation surgical cardiac oncology paediatrics "
    "pediatrics emergency theatres nutrition nutrição programmes programs regulatory merchant "
    "commercial corporate banking tax audit risk credit arabic/english english part-time "
    "offshore onshore international domestic pharmacy haematology maternity radiology "
    "cardiology neurology paediatrics pediatrics orthopaedics anaesthetics dermatology "
    "psychiatry obstetrics urology nephrology hematology ophthalmology physiotherapy midwifery "
    "chemistry physics biology mathematics maths science renal dialysis respiratory stroke "
    "palliative neonatal critical acute community rehabilitation mental"
)
_SPECIALTY = frozenset(_SPECIALTY_WORDS.split())


def dash_specialty(rest: str, email: Email) -> str:
    """ " – Surgical Ward" after a job title, or "" when the words after the dash are not
    the title's."""
    m = _DASHED.match(rest)
    if m is None:
        return ""
    ext = m.group("ext").strip()
    words = [w.lower().strip(".,") for w in ext.split()]
    if any(w in _STAGE or w in MESSAGE_WORDS or w in ORG_WORDS for w in words):
        return ""  # "- Interview Invitation", "- Brightwave Group"
    if any(c.isdigit() for c in ext) or ext.lower() in CITY_ZONES or words[0] in CITY_ZONES:
        return ""  # "- Round 2", "- London"
    if any(w in NOT_NAME and w not in _FIELD_WORDS and w not in _SPECIALTY for w in words):
        return ""  # "- Monday", "- Zoom"
    if not any(w in _FIELD_WORDS or w in _SPECIALTY for w in words):
        return ""  # "- Ana Paredes", "- Corby": only a field's or a shift's words are the title's
    if _employer_or_person(ext, email) or _named_in_text(ext, email.text):
        return ""
    return f" {m.group('dash')} {ext}"


def _named_in_text(ext: str, text: str) -> bool:
    """ "Lena Fischer", "S. Laurent", "Sagarika Grand Juhu", "Kettering": the letter names
    the person, the employer or the place again ("Lena is out sick", "Sagarika Hotels &
    Resorts", "Kettering NN16 9JH", "in Kettering")."""
    if re.fullmatch(r"[A-Z]\.\s?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", ext):
        return True  # an initial and a family name
    first = ext.split(maxsplit=1)[0]
    for m in re.finditer(r"[\w'’-]+", text[:20_000]):  # (the text's words, no pattern per name)
        if m.group(0) != first:
            continue
        before = text[max(0, m.start() - 12) : m.start()].lower().split()
        after = text[m.end() : m.end() + 20].split()
        nxt = after[0].strip(".,;:") if after else ""
        org = nxt.lower() in ORG_WORDS and nxt.lower() not in ("unit", "ward", "team")
        if org or nxt.lower() in _SITE_WORDS or _POSTCODE.match(nxt):
            return True  # "Sagarika Hotels", "Kettering Branch", "Kettering NN16"
        if before and before[-1] in _PLACE_WORDS and len(ext.split()) == 1:
            return True  # "in Kettering"
        if " " in ext and nxt in _PERSON_VERBS:
            return True  # "Lena is out sick": her given name
    return False


# the words before a place's name ("in Kettering", "at our Kettering depot")
_PLACE_WORDS = frozenset(
    ["in", "at", "en", "à", "em", "a", "from", "with", "con", "com", "mit", "our", "the"]
)
_SITE_WORDS = frozenset(
    [
        "branch",
        "depot",
        "ndc",
        "dc",
        "office",
        "site",
        "campus",
        "store",
        "hub",
        "plant",
        "warehouse",
    ]
)
_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?$")
_PERSON_VERBS = frozenset(
    ["is", "was", "will", "has", "had", "can", "could", "would", "and's", "’s", "says", "said"]
)


# the words before a site's own name ("Distribution Center Cikarang", "Standort Mannheim") and
# a postcode before a town ("60-101 Poznań", "17530 Cikarang")
_SITE_BEFORE = _SITE_WORDS | {"center", "centre", "kantor", "cabang", "gudang", "sede", "filiale"}
_SITE_BEFORE |= {"standort", "niederlassung", "oddział", "oddzial", "sucursal", "planta", "usine"}
_POSTCODE_BEFORE = re.compile(r"\d{2}-\d{3}|\d{4,6}")


def site_named(place: str, text: str) -> bool:
    """ "(Cikarang)", "(Poznań)" after a job title: the letter writes the word as a site's or
    a town's name elsewhere (after a site word or a postcode), so it says where, not what."""
    words = place.split()
    if not 1 <= len(words) <= 2 or not place[:1].isupper():
        return False
    for m in re.finditer(r"[\w'’-]+", text[:20_000]):  # (the text's words, no pattern per name)
        if m.group(0) != words[0]:
            continue
        before = text[max(0, m.start() - 16) : m.start()].split()
        if before and (
            before[-1].lower().strip(",") in _SITE_BEFORE or _POSTCODE_BEFORE.fullmatch(before[-1])
        ):
            return True
    # a town declined after a preposition of place: "w Sadach k. Poznania", "we Wrocławiu"
    stem = words[0][:-1] if len(words) == 1 and len(words[0]) >= 5 else ""
    for m in re.finditer(r"(?<!\w)(?:w|we|k\.|koło|pod|v|ve|u)\s+([\w-]+)", text[:20_000]):
        if stem and m.group(1).startswith(stem) and m.group(1) != words[0]:
            return True
    return False


def _employer_or_person(ext: str, email: Email) -> bool:
    squashed = re.sub(r"[^a-z]", "", ascii_fold(ext.lower()))
    domain = (email.sender.email or "").rpartition("@")[2].lower().replace("-", "")
    if len(squashed) >= 4 and (squashed in domain or domain.split(".")[0] in squashed):
        return True
    people = [p.name for p in (email.sender, *email.to, *email.cc) if p.name]
    return any(ext.lower() in name.lower() or name.lower() in ext.lower() for name in people)


# a job title on a line its label opens, in the languages (and scripts) mail comes in, as
# Turkish, Korean, Japanese and Polish letters label it (Pozisyon, 채용분야, 募集職種, stanowisko)
_LABEL = re.compile(
    r"(?im)(?:^[^\w\n]*(?:\d{1,2}[.)]\s*)?|\bna\s+)(?:poste|puesto|cargo|vaga|função|stelle|"
    r"(?P<english>position|job title|post|vacancy)|"
    r"stanowisko|pozisyon|posisi|jabatan|vị trí|募集職種|職種|應徵職務|職缺|채용분야|모집분야|직무|"
    r"ตำแหน่ง|पद|المسمى الوظيفي|الوظيفة|θέση)\s*\|?\s*[:：]\s*"
    r"(?P<role>[^\n(（]{2,60}?)\s*(?:[(（][^\n]*)?$"
)
# "「專科護理師（內科系）」職缺", "“Analista de Datos” vaga": a quoted title and the word job
_QUOTED = re.compile(
    r"[「“\"](?P<role>[^」”\"\n]{2,40})[」”\"]\s*(?:職缺|職位|職務|ポジション|직무)"
)
# a subject's word for the job before its title: "Vị trí Kỹ sư Bảo trì", "ตำแหน่งวิศวกรอากาศยาน"
_NAMED = re.compile(
    r"(?i)(?:vị trí|ตำแหน่ง|وظيفة|पद हेतु)\s*(?P<role>[^\n()|–—-]{2,60}?)\s*(?:$|[(|–—-])"
)


# Hindi writes the job word after the title: "पीजीटी रसायन विज्ञान पद हेतु" (for the post of
# PGT Chemistry); a postposition or a label's colon ends the title on its left
_HINDI_SMALL = r"(?:में|के|की|का|को|से|पर|हेतु|लिए|तथा|एवं|और|आपके|आपको|आप)"
_POST_AFTER = re.compile(
    rf"(?<![\u0900-\u097f])(?P<role>(?:(?!{_HINDI_SMALL}\s)[\u0900-\u0963\u0966-\u097f]+\s+){{1,5}}?)"
    r"पद\s+(?:हेतु|के\s+लिए|पर)"
)

# Japanese writes the job word after the title too: "データサイエンティスト職にご応募"
_JA_POST = re.compile(
    r"(?P<role>[\u30a0-\u30ff\u4e00-\u9fff]{2,30}(?:（[^）\n]{1,20}）)?)職(?:に|へ|の|で)"
)


def labelled_role(email: Email) -> str | None:
    """The job title a label, quotes or a job word set apart (not in English: role_phrase
    reads those)."""
    head = "\n".join(email.new_text.split("\n")[:40])
    sources = ((_NAMED, email.subject), (_LABEL, head), (_QUOTED, head))
    after = ((_POST_AFTER, f"{email.subject}\n{head}"), (_JA_POST, head))
    for pattern, source in (*sources, *after):
        m = pattern.search(source)
        if m and "english" in m.groupdict() and m.group("english"):
            return None  # "Position: Policy Analyst (EC-04)" above "Poste : Analyste ...":
            # English, read (with its bracket) by role_phrase
        if m and m.group("role").strip(" .,:"):
            return m.group("role").strip(" .,:")
    return None
