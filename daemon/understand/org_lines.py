"""The employer's full name where a letter writes it whole: a signature line of its own
("Ministère de la Santé et de l'Action sociale", "Riad Atlas Hôtels & Spa – Marrakech",
"บริษัท สยามสกายแอร์เวย์ส จำกัด") and the sender's display name once its department is taken
off ("دائرة الموارد البشرية - جامعة البلقاء الشرقية", "京都嵐山グランヴィラホテル 人事部",
"Phòng Nhân sự - Công ty TNHH Cơ khí Chính xác Sông Bé").

Public bodies, hospitals and companies outside the English-speaking world name themselves with
a lead word ("Ministère", "Azienda", "Politechnika", "Công ty") and small words in lower case,
or in a script capitalised-word patterns cannot read, so such a line is read whole. Cheap:
a few lines and one display name per message.
"""

from __future__ import annotations

import re

from .name_words import TITLE_HEAD
from .org_words import ORG_WORDS

# the words an organisation's full name opens with, in the languages hiring mail comes in
_LEAD_WORDS = (
    "ministère ministerio ministério ministry ministero ministerium azienda politechnika "
    "uniwersytet universidad universidade université università universität universitas "
    "prefeitura municipalidad municipio ayuntamiento comune gemeinde associação asociación "
    "associazione fundação fundación fondation fondazione stiftung hôpital hospital ospedale "
    "hotel hôtel hotels hôtels pt cv yayasan công bệnh trường instituto institut istituto "
    "colegio escuela escola école scuola liceo secretaría secretaria consejo conselho "
    "bundesamt landesamt agence agencia agenzia banco banca caja cooperativa cooperative "
    "compañía companhia compagnie società sociedade sociedad grupo gruppo groupe"
)
LEAD = frozenset(_LEAD_WORDS.split())
# a company's legal form in scripts without capitals: Thai "บริษัท ... จำกัด"
_THAI_COMPANY = re.compile(r"^บริษัท\s+(?P<org>\S+(?:\s\S+){0,3}?)\s+จำกัด")
# the parts of a signature line: "Riad Atlas Hôtels & Spa – Marrakech", "Engineering
# Manager, Fjällbo Design", "Nile Delta Freight | دلتا النيل للشحن"
_PARTS = re.compile(r"\s+[-–—|·]\s+|,\s+")
# a legal form and whatever follows it ("Tarang Fintech Pvt. Ltd., Koramangala", "Anadolu
# Kanatları Hava Yolları A.Ş.", "Hospital ... E.S.E.", "EuroAid Network aisbl")
_LEGAL_FORM = re.compile(
    r"\s+(?:A\.Ş\.?|S\.A\.?S?|SA|S\.p\.A\.?|SpA|S\.r\.l\.?|GmbH|AG|Ltd\.?|Limited|Inc\.?|"
    r"SARL|Lda\.?|B\.V\.?|BV|N\.V\.?|Sdn\.? Bhd\.?|Pty\.?|\(Pty\)|Pvt\.?|Pte\.?|LLC|AB|A/S|AS|"
    r"ASA|Oy|KK|aisbl|asbl|e\.V\.|gGmbH|(?:[A-Z]\.){2,3}[A-Z]?\.?)(?:\s.*)?$"
)
_CONNECTOR_WORDS = (
    "of for de del della delle di da do dos das du des la le y e et and & und für van von "
    "der den het i al el"
)
_CONNECTORS = frozenset(_CONNECTOR_WORDS.split())
# the departments a display name or a signature adds to the employer's name
_DEPARTMENT = re.compile(
    r"(?i)(?:human resources|recruit|talent|careers|people|hr\b|personal|ressources humaines|"
    r"recursos humanos|risorse umane|direction des|ufficio|dział|phòng|nhân sự|secretaria de|"
    r"candidate experience|graduate|early careers|campus|"
    r"τμήμα|ανθρώπινου|الموارد البشرية|دائرة|إدارة|人事|人力資源|人力资源|採用|招募|인사|교무처|"
    r"채용|ฝ่าย|บุคคล|कार्यालय|e-başvuru|insan kaynakları|république|republic|república)"
)
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0e7f\u3040-\ud7a3]")


def letter_org(main: list[str], signature: list[str]) -> str | None:
    """The organisation's name on a line of its own under the signature (or at the end of
    the letter), else in the letterhead above the greeting."""
    tail = signature[-5:] or main[-5:]
    head = [line for line in main[:8] if line.strip()][:5]
    for line in [*reversed(tail), *head]:
        found = org_line(line)
        if found:
            return found
    return None


_NOT_NAME_LINE = re.compile(r"[:@\d/]|https?")


def org_line(line: str) -> str | None:
    """The organisation a line names, read whole, or None."""
    text = line.strip()
    if not text or len(text) > 100 or text.count(" ") > 14:
        return None  # a sentence, not a name's line (and no search of long lines)
    if thai := _THAI_COMPANY.match(text):
        return thai.group("org")
    if text.isupper() or _NOT_NAME_LINE.search(text):
        return None  # "RÉPUBLIQUE DU SÉNÉGAL", "Tel: ...": a letterhead's capitals, no name
    parts = [p for p in _PARTS.split(text) if p and not _titled(p)]
    if not parts or _DEPARTMENT.search(parts[0]):
        return None
    name = re.sub(r"\s*\([^()]*\)$", "", _LEGAL_FORM.sub("", parts[0])).strip(" ,.")
    words = name.split()
    if not 2 <= len(words) <= 10 or not words[0][:1].isupper():
        return None
    if words[0] in ("PT", "CV", "株式会社"):  # "PT Nusantara Logistik Prima": its legal form
        return " ".join(words[1:]) if len(words) > 2 else None
    if words[0].lower() in LEAD:
        return name  # "Ministère de la Santé et de l'Action sociale"
    cased = all(w[:1].isupper() or w in _CONNECTORS for w in words)
    legal = name != parts[0].strip(" ,.")
    return name if cased and (legal or _org_worded(words)) else None


def _titled(part: str) -> bool:
    """ "Engineering Manager", "Responsable Recrutement": a person's title, no organisation."""
    words = part.split()
    return bool(TITLE_HEAD.search(part)) and not _org_worded(words)


def _org_worded(words: list[str]) -> bool:
    return any(w.lower().strip(".,") in ORG_WORDS for w in words[1:])


def display_org(sender: str) -> str | None:
    """The employer in a display name of a department and the employer, in either order."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|/]\s+", sender) if p.strip()]
    last = sender.rsplit(maxsplit=1)[-1] if sender.strip() else ""
    if len(parts) == 1 and (_NON_LATIN.search(sender) or _DEPARTMENT.search(last)):
        parts = sender.split()  # "京都嵐山グランヴィラホテル 人事部", "Kıyı Belediyesi e-Başvuru"
        kept = [p for p in parts if not _DEPARTMENT.search(p)]
        parts = [" ".join(kept), *([""] * (len(parts) - len(kept)))] if kept else parts
    if len(parts) < 2:
        return None
    kept = [p for p in parts if p and not _DEPARTMENT.search(p)]
    if len(kept) != 1 or len(kept) == len(parts):
        return None
    if _NON_LATIN.search(kept[0]):  # "株式会社ミドリ技研": a Japanese company's legal form
        return re.sub(
            r"^(?:株式会社|有限会社|（株）|\(株\)|\(주\)|주식회사)\s*|\s*(?:株式会社|有限公司)$",
            "",
            kept[0],
        )
    return org_line(kept[0])


# an institution a Hindi letter names in its text ("सरस्वती विद्या निकेतन सीनियर सेकेंडरी स्कूल,
# मालवीय नगर, जयपुर में"): Devanagari words up to the word for a school, hospital, bank...
_DEVANAGARI_ORG = re.compile(
    r"(?<![\u0900-\u097f])(?P<org>(?:(?!(?:में|के|की|का|को|से|पर|हेतु|द्वारा|एवं|और|तथा|कि|है|हैं|जाता|किया|आप\w*|इस|यह)\s)"
    r"[\u0900-\u0963\u0966-\u097f]+\s+){1,6}"
    r"(?:स्कूल|विद्यालय|महाविद्यालय|विश्वविद्यालय|अस्पताल|चिकित्सालय|संस्थान|निगम|बैंक|"
    r"लिमिटेड|कंपनी|परिषद|मंत्रालय|प्राधिकरण))(?![\u0900-\u097f])"
)


def script_org(text: str) -> str | None:
    """The first institution named in Devanagari in the first lines of a letter."""
    m = _DEVANAGARI_ORG.search(text[:3000])
    return m.group("org") if m else None
