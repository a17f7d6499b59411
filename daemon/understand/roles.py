"""The role: the job title as written, without requisition numbers ("R-20419", "Req #1234",
"(JR-88)"), from the subject first, then from body lines that talk about a role."""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re

from ..model import Email
from .addresses import ascii_fold
from .cities import CITY_ZONES
from .org_domains import domain_word, spells
from .org_words import ORG_WORDS
from .role_parts import dash_specialty, labelled_role, site_named

ROLE_PATTERNS = [
    re.compile(p)
    for p in (
        r"(?i:for|as)\s+(?:the|our|a|an)\s+(?P<role>[A-Z][^\n.,;:!?()]{2,80}?(?:,\s+[A-Z][\w ]{2,40}?)?)\s+(?i:position|role|opening|opportunity|job|vacancy)\b",
        r"(?i:the|our|your)\s+(?P<role>[A-Z][^\n.,;:!?()]{2,80}?(?:,\s+[A-Z][\w ]{2,40}?)?)\s+(?i:position|role|opening|opportunity|vacancy)\b",
        r"(?i:position|role|opening|job|vacancy)(?i::|\s+of)\s+(?P<role>[A-Z][^\n.;:!?()]{2,80}?)(?=\s*(?:$|[.;(]|\s[-–—|]\s|\s(?i:at|with|in)\s))",
        r"(?i:application|applying|applied|interview(?:ing)?)\s+(?i:for|to)\s+(?:the\s+)?(?P<role>[A-Z][^\n.;:!?()]{2,80}?)(?=\s*(?:$|[.;(]|\s[-–—|]\s|\s(?i:at|with|role|position)\b|,\s))",
        # a small employer's own words in lower case, "about the dental assistant job", and a
        # subject that is the job and the word opening
        r"\b(?i:the|a|an|our|your)\s+(?P<role>(?!(?:the|a|an|about|for|on|in|to|with)\b)[a-z][a-z'’]*"
        r"(?: (?!(?:the|a|an|about|for|on|in|to|with)\b)[a-z][a-z'’]*){0,3})\s+(?i:job|role|position|opening|spot|vacancy)\b",
        r"^(?i:(?:re|fwd?|aw):\s*)*(?P<role>[A-Za-z][a-z'’]*(?: [a-z'’]+){0,3})\s+(?i:job|opening|position|vacancy)\s*$",
    )
]
REQ = re.compile(
    r"(?i)\s*(?:[(\[]\s*)?(?:req(?:uisition)?\.?\s*(?:id|no\.?|number)?\s*[#:]?\s*|job\s*(?:id|#)\s*:?\s*|#\s*)?"
    r"\b(?:[A-Z]{1,4}[-_]?\d{3,}(?:-\d+)*|\d{4,}(?:-\d+)?)\b\s*[)\]]?"
)
# more heads of job titles, in English and the languages hiring mail comes in; compounds
# ("Projektingenieur", "Bauleiter", "Backendutvecklare", "Lagerchef") end in one
_MORE_HEADS = (
    r"controller|pharmacist|lecturer|professor|adjuster|agronomist|modell?er|artist|baker|"
    r"\w*therapist|physician|surgeon|midwife|dietitian|practitioner|radiographer|paramedic|"
    r"optometrist|hygienist|counsell?or|psychologist|caseworker|tutor|superintendent|foreman|"
    r"headteacher|registrar|compositor|\w*writer|\w*maker|teller|crew|driver|operative|"
    r"picker|packer|attendant|cleaner|courier|barista|waiter|waitress|housekeeper|"
    r"recepcionista|operador(?:a)?|cajer[oa]|repartidor(?:a)?|camarer[oa]|cociner[oa]|"
    r"steward(?:ess)?|liaison|rider|adviser|almacenista|montacarguista|telefonista|electricista|"
    r"maquinista|oficinista|dependient[ea](?:/a)?|konsultant\w*|"
    r"magazynier\w*|\w*worker|secretary|groomer|farmhand|electrician|plumber|mechanic|"
    r"carpenter|welder|tech|labou?rer|cook|pastor|vicar|chaplain|priest|"
    r"maintainer|firefighter|fitter|machinist|rigger|millwright|\w*tekniker|\w*monteur(?::in)?|"
    r"technologist|reporter|clerk|agent|generalist|trainee|apprentice|fellow|postdoc|sde|swe|"
    r"\w*ologist|"
    r"analista|analyste|analityk|t[ée]cnic[oa](?:/a)?(?=\s+de\b)|technicien(?:ne)?|ingegnere|"
    r"ingeniero(?:/a)?|ingeniera|ingénieure?|engenheir[oa]|contr[ôo]leu(?:r|se)|cadre|"
    r"coordinador(?:/a)?|coordinadora|coordenador(?:a)?|collaborat\w+|enfermeir[oa](?:\(a\))?|"
    r"supervisor(?:\(a\)|a)?|gerente|diretor(?:a)?|directora?|jef[ea]|responsabile|"
    r"sviluppatore|desenvolvedor(?:a)?|desarrollador(?:a)?|werkstudent(?:in)?|uitvoerder|"
    r"medewerker|specjalista|kierownik\w*|zast[ęe]pca|dyrektor\w*|"
    # more heads of the world's job titles ("Oficial de Programas", "Chargé(e) de suivi",
    # "Bakım Planlama Mühendisi", "Kỹ sư Bảo trì", "Dirigente Medico", "Senior Resident")
    r"oficial|charg[ée]\(?e?\)?|mühendisi|mühendis|uzmanı|plancısı|kỹ sư|profesor(?:\(a\)|a)?|"
    r"dirigente|resident|asistente|adiunkt|docent|enfermer[oa](?:\(a\))?|scheme|programme|"
    r"\w*(?:leiter|leiterin|ingenieur|architekt|entwickler|"
    r"utvecklare|chef|adviseur|berater|beraterin|referent|referentin)"
)
ROLE_HEAD = re.compile(
    r"(?i)\b(engineer|developer|manager|director|designer|scientist|analyst|architect|lead|"
    r"officer|coordinator|specialist|consultant|researcher|writer|editor|accountant|associate|"
    r"intern|administrator|technician|nurse|teacher|representative|strategist|marketer|"
    r"sre|head|producer|counsel|assistant|advisor|planner|operator|programmer|tester|"
    r"recruiter|support|owner|partner|executive|president|vp|principal|supervisor|leader|"
    + _MORE_HEADS
    + r")s?\b"
)


def role(email: Email) -> str | None:
    labelled = labelled_role(email)  # "Pozisyon: Şehir Plancısı", "Vị trí Kỹ sư Bảo trì"
    if labelled and (titled := REQ.sub(" ", labelled).strip()):
        return titled
    found = role_phrase(email)
    if found:
        return found
    for source in (email.subject, email.new_text):
        for pattern in ROLE_PATTERNS:
            for m in pattern.finditer(source):
                cleaned = clean_role(m.group("role"))
                if cleaned and cleaned.lower() not in NOT_ROLES:
                    return cleaned
    return None


def clean_role(text: str) -> str | None:
    text = REQ.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" -–—|,:#")
    text = _SUBJECT_WORDS.sub("", text)  # "Gesprek Hydrological Modeller", "Proceso Ingeniero"
    text = re.sub(r"(?i)^(the|a|an|our|your)\s+", "", text)
    text = re.sub(r"(?i)\s+(position|role|opening|opportunity|job)$", "", text)
    text = re.sub(r"\s*\(\s*\)|\s*\([^)]*$", "", text).strip()  # "(Competition #2026-11)"
    if not text or len(text.split()) > 10 or not ROLE_HEAD.search(text):
        return None
    if _STAGE.search(text):
        return None  # "Recruiter Screen", "Hiring Manager Interview": a stage, not the job
    if _HONORIFIC_IN.search(text.split("(")[0]):  # (not "(Dr. Aditya Kulkarni)")
        return None  # "Superintendent Dr. Maria Lopez and ...": people, not the job
    return text


_HONORIFIC_IN = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Mx)\b\.?\s")
_STAGE = re.compile(r"(?i)\s(screen|interview|call|chat|round|session|assessment)$")
# the words of a subject before the job title: "Sollicitatiegesprek Beleidsadviseur Wonen"
_SUBJECT_WORDS = re.compile(
    r"(?i)^(?:(?:gesprek|sollicitatiegesprek|sollicitatie|proceso|processo|position|post|"
    r"entrevista|entretien|colloquio|vorstellungsgespräch|gespräch|interview|candidatura|"
    r"bewerbung|convite|invitación|einladung|vaga|vacante|stelle|puesto|intervju|"
    r"rozmowa|stanowisko)\s+)+"
)
_HEAD_WORDS = (
    r"engineer|developer|manager|director|designer|scientist|analyst|architect|lead|leader|officer|"
    r"coordinator|specialist|consultant|researcher|writer|editor|accountant|associate|intern|"
    r"administrator|technician|nurse|teacher|representative|strategist|marketer|sre|head|"
    r"producer|counsel|assistant|advisor|planner|operator|programmer|tester|recruiter|owner|"
    r"partner|executive|president|vp|principal|technologist|supervisor|clerk|agent|reporter|"
    r"generalist|scheme|trainee|apprentice|fellow|postdoc|analista|ingeniero|ingeniera|"
    r"engenheiro|engenheira|desarrollador|desarrolladora|desenvolvedor|développeur|"
    r"développeuse|teamleiter|leiter|leiterin|entwickler|berater|chef|responsable|"
    r"consultant\(e\)|gerente|diretor|director"
)
_HEAD_WORDS = _MORE_HEADS + "|" + _HEAD_WORDS  # "Ingeniero/a" before "Ingeniero"
_CAP = r"(?:[A-Z][\w'’./+#-]*|[A-Z]&[A-Z]\b|[A-Z]{2,}|iOS|ML|QA|UX|UI|BI|AI)"  # "M&E Officer"
# "Chef de rayon", "Contrôleur de gestion (H/F)": a French title's complement in lower case,
# where the subject's part ends
_LOWER_TAIL = (  # and the Italian "Controller di stabilimento"
    r"\s+(?:de|du|des|d'|di|del|della|da|do)\s*[a-zà-ÿ]+(?:-[a-zà-ÿ]+)?(?:\s+[a-zà-ÿ]+)?"
    r"(?=\s*(?:$|[(|–—-]))"  # "Chargé(e) de suivi-évaluation"
)
# a pay band or a school grade written before the title: "Band 6 Diagnostic Radiographer",
# "7th Grade Mathematics Teacher"
_GRADED = r"(?:(?:Band|Grade|Level|Year)\s+\d{1,2}[a-z]?\s+|\d{1,2}(?:st|nd|rd|th)\s+)?"
TITLE_PHRASE = re.compile(
    rf"(?<!\w)(?P<role>{_GRADED}(?:{_CAP}\s+(?:(?:of|de|and|&|y|du|des)\s+)?){{0,4}}"
    rf"(?i:{_HEAD_WORDS})(?:/[a-z]{{1,3}}\b|\([a-z]{{1,4}}\))?(?!\w)"  # "Director/a"
    rf"(?:-[A-Z][a-z]+(?!\w)|-\d{{1,2}}\b)?"  # "Accountant-Auditor II", "SDE-2"
    rf"(?:(?:\s+(?:of|de|for|in|en|del|da|do|di|y|e|and|&)\s+{_CAP}(?:\s+{_CAP})?){{1,2}}|{_LOWER_TAIL})?"
    rf"(?:(?:\s+{_CAP}){{1,3}}(?=\s*(?:[(|,:–—.!?;]|$)|\s+-\s|\s+(?:e|y|and|et|und|at|with|em|en|no|na)\s|"
    rf"\s+(?i:position|role|opening|vacancy|job|post|programme|program)\b))?"
    rf"(?:\s*\((?!\s*(?:req|ref|R-|JR|#|\d))[^)\n]{{1,24}}\))?"
    rf"(?:,\s+{_CAP}(?:\s+{_CAP})?(?=\s+(?i:role|position|opening|team)\b))?)"
)
ROLE_CONTEXT = re.compile(
    r"(?i)\b(role|position|opening|job|vacancy|application|applied|applying|apply|interview|"
    r"poste|vaga|cargo|puesto|vị trí|stanowisko|pozisyon\w*|posisi|post of|incarico|concurso|"
    r"post\b|stelle|bewerbung|vaga|vacante|poste|candidature|candidatura|as an?|offer|for the|"
    r"as (?:our|your|the)|round for|join|entrevista|entretien|colloquio|wawancara|"
    r"mülakat|rozmowa|intervju|sollicitatiegesprek|screen|screening)\b"
)


def role_phrase(email: Email) -> str | None:
    """A job title as written: from the subject first, then from body lines that talk about
    a role; requisition numbers dropped."""
    sources = [email.subject] + [
        line for line in email.new_text.split("\n")[:40] if ROLE_CONTEXT.search(line)
    ]
    for source in sources:
        for m in TITLE_PHRASE.finditer(source):
            cleaned = clean_role(m.group("role"))
            if (
                cleaned
                and (cleaned[0].isupper() or cleaned[0].isdigit())  # "7th Grade ..."
                and cleaned.lower() not in NOT_ROLES
                and not _looks_like_person_title(source, m.start(), m.end())
            ):
                cleaned = _without_employer(cleaned, email)
                rest = source[m.end() :]
                return _without_noise(cleaned, email) + (
                    _specialty(rest, email) or dash_specialty(rest, email)
                )
    return None


def _without_employer(role: str, email: Email) -> str:
    """ "Pennine Water Graduate Engineer": the employer's name (its domain spelled) before
    the title is no part of it."""
    dom = domain_word(email.sender.email)
    words = role.split()
    for cut in range(min(3, len(words) - 1), 0, -1):
        if dom and spells(" ".join(words[:cut]), dom.replace("-", "")):
            return " ".join(words[cut:])
    return role


def _without_noise(role: str, email: Email) -> str:
    """ "Junior Accountant (Sophie Tan)", "Policy Analyst (EC-04)", "Senior Data Scientist
    (Hoshizora Systems)", "(new date)": a bracket naming the candidate, a classification,
    the employer or the change is no part of the title ("(m/w/d)", "(React)" are)."""
    m = re.search(r"\s+\(([^)]*)\)$", role)  # not "Consultant(e)"
    if m is None:
        return role
    inside = m.group(1).strip()
    people = {(p.name or "").lower() for p in (email.sender, *email.to, *email.cc)}
    squashed = re.sub(r"[^a-z]", "", inside.lower())
    label = (email.sender.email or "").rpartition("@")[2].split(".")[0].replace("-", "")
    noise = (
        re.search(r"\d", inside)
        or (inside.islower() and "/" not in inside and "-" not in inside)  # not "(co-op)"
        or inside.lower() in people
        or _HONORIFIC_IN.sub("", inside).lower() in people  # "(Dr. Aditya Kulkarni)"
        or any(w in CITY_ZONES for w in inside.lower().split())  # "(Leeds Briggate)": where
        or _PLACE_WORDS.search(inside)  # "Associate (London office)"
        or _TERMS.fullmatch(inside)  # "(Full-Time)", "(Permanent)": the terms, not the job
        or re.fullmatch(r"(?i)(?:level|band|grade|step|scale)\s+\w{1,3}", inside)  # "(Level B)"
        or site_named(inside, email.text)  # "(Cikarang)": "Distribution Center Cikarang"
        or (len(label) >= 4 and (label in squashed or squashed in label))
    )
    return role[: m.start()] if noise else role


_PLACE_WORDS = re.compile(  # and how the interview is held: "Monteur:in (Teams)"
    r"(?i)\b(?:office|campus|site|base|hub|depot|store|branch|plant|division|"
    r"teams|zoom|webex|video|online|remote|phone)\b"
)
_TERMS = re.compile(
    r"(?i)(?:full|part)[- ]?time|permanent|temporary|fixed[- ]term|contract|casual|locum|"
    r"(?:full|part)[- ]?time,?\s+(?:permanent|temporary|fixed[- ]term|contract)"
)
_SPECIALTY = re.compile(
    r"^(?P<sep>,)\s+(?P<ext>[A-Z][\w/&'.-]*"
    r"(?:\s+(?:[A-Z][\w/&'.-]*|of|and|&|in|de|del|des)){0,6})"
    r"(?P<paren>\s*\([^)\d]{1,20}\))?"
    r"(?:\s*\((?i:req|ref|R-|JR|#|\d)[^)]{0,20}\))?"  # "Fraud Strategy (R-20931) position"
    r"(?=\s*$|\s+(?i:role|position|opening|vacancy|job|team|at|with|in|for)\b|\s*[.;:!?]|\s+[-–—|]\s|"
    r"\s*\()"  # "Medical Advisor, Oncology (Shirakawa Pharmaceutical)"
)
_GRADE = re.compile(r"[A-Z]{1,3}-?\d")
_INSTITUTION_WORDS = (
    "school schools hospital university college academy council trust clinic district "
    "ministry centre center"
)
_INSTITUTIONS = frozenset(_INSTITUTION_WORDS.split())
_NOT_SPECIALTY = re.compile(
    r"(?i)\b(interview\w*|invitation|update|confirm\w*|next steps?|application|offer|"
    r"schedul\w*|round|call|screen|inc|ltd|llc|gmbh|plc|corp|group|careers|recruiting|team|"
    r"mr|mrs|ms|dr|prof|hub|depot|base|store|branch|site|warehouse|office|campus|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def _specialty(rest: str, email: Email) -> str:
    """ ", Payments", ", Financial Reporting": the part of the team or field the title
    names, unless it is the company or the mail's own subject words. (" - Merchant Payments"
    is left out: after a dash come people's and companies' names as often.)"""
    m = _SPECIALTY.match(rest)
    if m is None or _NOT_SPECIALTY.search(m.group("ext")) or _GRADE.match(m.group("ext")):
        return ""
    if m.group("ext").split()[-1].lower() in _INSTITUTIONS:
        return ""  # ", Westbrook Middle School": where the job is  # (", P-4 (Trade Policy)", ", G7": a pay grade, no part of the title)
    squashed = re.sub(r"[^a-z]", "", ascii_fold(m.group("ext").lower()))  # "Tōtara Water"
    domain = (email.sender.email or "").rpartition("@")[2].lower().replace("-", "")
    if len(squashed) >= 4 and (squashed in domain or domain.split(".")[0] in squashed):
        return ""  # "Data Analyst - Brightwave": the employer
    paren = m.group("paren") or ""
    if _TERMS.fullmatch(paren.strip(" ()")):
        paren = ""  # "(Full-Time)"
    return f", {m.group('ext')}{paren}"


_NAME_NEXT = re.compile(r",\s+[A-Z][a-z]+\s+[A-Z][\w'-]+\s*,")
_HONORIFIC_NEXT = re.compile(r",?\s*(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Mme|Herr|Frau)\b\.?\s")
NOT_ROLES = frozenset({"hiring manager", "recruiter", "recruiting coordinator", "manager"})


def _looks_like_person_title(source: str, start: int, end: int) -> bool:
    """ "Elena Ruiz, Senior Recruiter": a signature title, not the job applied for; "our
    Medical Director, Mrs. Rao": a person's title before their name."""
    if _HONORIFIC_NEXT.match(source[end:]):
        return True
    owned = re.search(r"(?i)\b(?:our|your|the)\s*$", source[:start]) or re.match(
        r"(?i)(?:our|your|the)\s", source[start:end]
    )
    if owned and _NAME_NEXT.match(source[end:]):
        return True  # "Our VP of Member Services, Alicia Moreno, was called to ..."
    if _NAME_OUR.search(source, max(0, start - 60), start):
        return True  # "with Yael Ben-David, our Director of ML, who ..."
    if _NAME_BRACKET.search(source, max(0, start - 60), start):
        return True  # "with Pak Bambang Sutrisno (Plant Manager) and ..."
    named = _NAME_COMMA.search(source, max(0, start - 60), start)
    if named and named.group(1).lower() not in ORG_WORDS:
        return True  # "and Oluwaseun Adebayo, Product Lead."
    before = source[:start].rstrip()
    return before.endswith((",", "|")) and not ROLE_CONTEXT.search(source[:start])


_NAME_OUR = re.compile(r"[A-Z][\w'’-]+,\s+(?:our|their|his|her)\s+$")
_NAME_COMMA = re.compile(
    r"\b(?:with|and|by|meet|&)\s+[A-Z][\w'’-]+ ([A-Z][\w'’-]+),\s+(?:our\s+|the\s+)?$"
)
_NAME_BRACKET = re.compile(r"(?:[A-Z][\w'’-]+|\b(?:du|de|van|von|da)) [A-Z][\w'’-]+\s*\(\s*$")
