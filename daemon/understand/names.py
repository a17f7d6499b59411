"""People's names as the understanding compares them: one person written two ways ("Priya"
and "Priya Raman"), a name cleaned of honorifics, the employer's name read as a person's."""

from __future__ import annotations

import itertools
import re

from ..model import Email, Person
from .addresses import ascii_fold
from .components import HONORIFICS, natural_name
from .mentions import NAME_RE, Mention, given_and_family, proper, valid_name
from .name_words import TITLE_HEAD
from .title_first import split_title

_ORG_WORDS = re.compile(
    r"(?i)\b(talent acquisition|recruiting|recruitment|careers|team|hr|people ops|inc|ltd|llc|"
    r"interviews|room|boardroom|zoom|conference|"
    r"gmbh|bpo|group|solutions|technologies|holdings|bank|university|"
    # the words industries name their companies with: "Kessler Pharma would like to meet you"
    r"pharma|pharmaceuticals?|biotech|therapeutics|biosciences|logistics|motors|airlines?|"
    r"insurance|consulting|software|networks|foods|chemicals|industries|enterprises|"
    r"ventures|manufacturing|electronics|telecom|mobility|aerospace|automotive|hotels?|"
    r"resorts|brewery|brewing|pharmacy|dental|realty|properties|construction|plc|s\.?p\.?a|"
    r"bv|corp|corporation|company|agency|associates|llp|distribution|delivery|airways|"
    r"warehousing|transport|staffing|supermarkets?|stores|markets|"
    # small trades, charities and international bodies: "Reliable Plumbing and Drain"
    r"plumbing|drains?|roofing|landscaping|grooming|cleaning|bakery|catering|salon|restaurant|"
    r"orchards?|farms?|vineyards?|solicitors|parish|charity|electrical|heating|commission|"
    r"organi[sz]ation|international|partnership)\b"
)


def org_like(name: str | None, email: Email) -> bool:
    """ "Prairieview Health Talent Acquisition", "Bayanihan BPO", "Red Mesa Solar": the
    employer's name read as a person's (it is the sender's domain, or says what it is)."""
    if not name:
        return False
    squashed = re.sub(r"[^a-z]", "", ascii_fold(name.lower()))
    domain = (email.sender.email or "").rpartition("@")[2].split(".")
    stems = {re.sub(r"[^a-z]", "", part) for part in domain[:-1]}
    first = re.sub(r"[^a-z]", "", ascii_fold(name.split()[0].lower()))
    # "Google Voice" of google.com: a product or service named after its maker's domain
    branded = len(first) >= 5 and first in stems and " " in name.strip()
    return bool(_ORG_WORDS.search(name)) or squashed in stems or branded


def in_job_title(name: str | None, subject: str) -> bool:
    """ "Invito a colloquio – Responsabile Qualità Fornitori": name-shaped words the subject
    writes right after a job title's head word are the rest of the job title."""
    if not name:
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", subject):
        before = subject[: m.start()].split()
        if before and TITLE_HEAD.fullmatch(before[-1]):
            return True
    return False


def place_or_employer(name: str | None, email: Email) -> bool:
    """ "Finance Business Partner, Coastline Freight" in the subject, "Where: Coastline
    Freight, Level 12, 60 Margaret Street" in the text: name-shaped words written after the
    job title or as the place of the interview are the employer or its office."""
    if not name:
        return False
    said = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    for m in said.finditer(email.subject):
        if _UNIT_BEFORE_RE.search(email.subject, max(0, m.start() - 20), m.start()):
            return True
        head = re.search(r"(\w+)\W*?\s*(?:,|\bat|@|\||–|—|-)\s*$", email.subject[: m.start()])
        if head and TITLE_HEAD.fullmatch(head.group(1)):
            return True
    text = email.new_text
    # (the fixed patterns are compiled once and tried where the name is: one pattern built
    # around each name would be compiled afresh for every name of every message)
    for m in said.finditer(text):
        if _ORG_AFTER_RE.match(text, m.end()) or _ADDRESS_RE.match(text, m.end()):
            return True  # "Hollins Valley NHS Foundation Trust", "Coastline Freight, Level 12"
        if _UNIT_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            return True  # "(Unidad Chapi Alto, régimen 14x7)"
        if _PLACE_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()):
            return True  # "our office in Al Quoz"
        if _PLACE_BRACKET_RE.search(text, max(0, m.start() - 80), m.start()):
            return True  # "in the Church Hall (back entrance, Mill Lane)"
        if _STREET_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            return True  # "rue Aimé Césaire", "Avenida Paulista", "Jalan Sudirman"
    return any(_labelled(text, label.end(), said) for label in _PLACE_LABEL_RE.finditer(text))


def _labelled(text: str, start: int, said: re.Pattern[str]) -> bool:
    """The name on the line a place label opens, before any "with" ("Where: a video call
    with Tom Hardy (Zoom)" names who is met there, not a place)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    for m in said.finditer(text, start, end):
        if not _WITH_RE.search(text[start : m.start()]) and _LABEL_TAIL.match(text, m.end()):
            return True
    return False


# a place's name, on a line labelled as the place ("Where: Coastline Freight, Level 12", the
# Italian "Dove: Via Saliceto 60, Castel Maggiore (BO)", a Riyadh district after "Location")
_PLACE_LABEL = (
    r"(?im:^\W*(?:where|location|address|venue|lieu|adresse|ort|dirección|direccion|endereço|"
    r"local|lugar|ubicación|indirizzo|dove|luogo|sede|adres|waar|locatie|plats|sted|miejsce|"
    r"anschrift|standort|místo|adresa|konum)\s*:\s*)"
)
_ADDRESS = r"(?i:,\s*(?:level|suite|floor|unit|building|bldg\.?)\s+\d)"
_PLACE_BEFORE = (
    r"(?i:\b(?:office|offices|based|located|headquartered|hq|site|campus|branch|store|"
    r"warehouse|plant|factory|studio|building|venue|bureau|büro|oficina|escritório|sede|ufficio)"
    r"\s+(?:in|at|on|en|em|in der|im|a|à)\s+(?:the\s+)?)"
)
_ORG_AFTER = (
    r"\s+(?:NHS|Trust|Foundation|Hospital|Hospitals|Clinic|University|College|School|Academy|"
    r"Institute|Council|Authority|Municipality|Ministry|Group|Holdings|Bank|Inc|Ltd|LLC|GmbH|"
    r"AG|SA|S\.?r\.?l|S\.?p\.?A|PLC|Company|Corporation|Hotels?|Centre|Center|Agency)\b"
)


# a unit of a mine, a plant or an agency named before its name: "Unidad Chapi Alto" (not a
# title's: "Jefe de Planta Luis Quispe")
_UNIT_BEFORE_RE = re.compile(
    r"(?i:(?<!\bde )(?<!\bof )(?<!\bder )(?<!\bdu )"
    r"\b(?:unidad|unidade|planta|mina|bereich|werk|standort|mine|plant|yard)\s+)\Z"
)
# a street's word before its name ("rue Aimé Césaire"), in the languages mail comes in
_STREET_BEFORE_RE = re.compile(
    r"(?i:\b(?:rue|avenue|av\.|boulevard|bd|calle|avenida|avda\.|rua|via|viale|piazza|praça|"
    r"plaza|carrera|jalan|jl\.|ulica|ul\.|đường|straße|strasse|road|street)\s+)\Z"
)
_PLACE_LABEL_RE = re.compile(_PLACE_LABEL)
_ADDRESS_RE = re.compile(_ADDRESS)
_PLACE_BEFORE_RE = re.compile(f"{_PLACE_BEFORE}\\Z")
_ORG_AFTER_RE = re.compile(_ORG_AFTER)
# inside the bracket after a place met in: "at the Old Mill (rear entrance, Mill Lane)"
_PLACE_BRACKET_RE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}\s*"
    r"\((?![^()\n]*\b(?:with|by|and)\b)[a-z][a-z ]{0,30},\s*\Z"  # not "(with Jane Lee, ..."
)
_WITH_RE = re.compile(r"\b(?i:with|mit|avec|con|com|met|med|ask for)\b")
_LABEL_TAIL = re.compile(r"\s*(?:,|\(|$|-|–)")


# the trained pipeline's honorifics, and more from the languages hiring mail comes in
_MORE = {"maître", "maitre", "dra", "srta", "mevr", "dhr", "amb", "revd", "rabbi", "imam"}
_MORE |= {"ato", "w/ro", "w/rt"}  # the Ethiopian "Mr", "Mrs"
_MORE |= {"mgr", "bc", "phdr", "rndr", "mudr", "judr", "mvdr", "paeddr", "doc", "univ.-prof"}
_MORE |= {"(fh)", "dipl.-ing", "dipl.-kfm", "dipl.-kffr", "h.c", "med", "rer", "nat", "phil", "jur"}
_MORE |= {
    "bwana",
    "ndugu",
    "ông",
    "bà",
    "ps",
    "prof.ª",
    "prof.a",
    "profa",
    "inż",
    "hab",
}
# "Tanaka-san", "Kim-nim": a Japanese or Korean honorific written after the family name
_SUFFIXED = re.compile(r"(?<=\w)-(?:san|sama|sensei|shi|kun|nim|ssi)\b")
# a calling written before a name like an honorific (only first, and with two words after:
# "Pastor" and "Elder" are given and family names too)
_CALLINGS = (
    "pastor trustee elder deacon bishop canon father chef coach judge justice senator "
    "governor mayor councillor councilor ambassador reverend chaplain rabbi imam "
    # and the words of a form's label before a name ("Interviewer Dana Lee")
    "interviewer interviewers host panelist panellist organizer organiser attendee contact "
    # the Indonesian and Malay "Mr"/"Mrs" ("Pak Bambang Sutrisno"; Pak is a family name too)
    "pak bu ibu bapak "
    # ranks and school offices ("Superintendent Maria Lopez", "Sergeant Mark Evans")
    "superintendent inspector sergeant detective constable principal headteacher"
)
_TITLE_WORDS = frozenset(_CALLINGS.split())
# an office written before a family name alone ("Dean Ramírez", "Principal Okafor")
_OFFICES = _TITLE_WORDS | {"dean", "provost", "principal", "chancellor", "rector", "president"}
_OFFICES |= {"superintendent", "headteacher", "chair", "commissioner", "director", "matron"}
_FORMS = "cik datin hj hjh alhaji alhaja mallam pharm mnr mev abg ir drs"
_MORE |= set(_FORMS.split())  # Malay, Nigerian, Afrikaans, Spanish and Dutch forms
_MORE |= {"dr.ª", "sr.ª", "eng.º", "profª", "drª", "me", "dl", "dna", "d-na", "d-l"}
_HONORIFICS = {h.rstrip(".") for h in HONORIFICS} | _MORE
# letters after a full name: degrees and memberships ("MBBS", "FRCS", "RN", "P.Eng."), never
# a generation ("III")
_LETTERS = r"(?:(?!(?:II|III|IV|VI|VII|VIII)\b)[A-Z]{2,6}|PhD|DPhil|MSc|BSc|MBChB|P\.Eng\.|Ph\.D\.)"
_POST_NOMINALS = re.compile(rf"(?<=[a-z'’]) {_LETTERS}(?:,? {_LETTERS})*$")
# the Austrian "Diplomingenieur" written in capitals ("DI Stefan Brunner"): "di" in lower
# case is an Italian particle ("Luca di Marco"), so only the capitals are an honorific
_CASED = frozenset({"DI", "DIin", "Dipl.Ing.", "DI(FH)"})


def clean_name(name: str) -> str | None:
    name = _SUFFIXED.sub("", name)
    name = _POST_NOMINALS.sub("", name)  # "James Patel MBBS", "Sarah Jones FRCS"
    words = name.split()
    name = " ".join(
        w
        for at, w in enumerate(words)
        if (w.lower().rstrip(".") not in _HONORIFICS or _initial(words, at)) and w not in _CASED
    )
    words = name.split()
    if len(words) > 2 and words[0].lower() in _TITLE_WORDS:
        name = " ".join(words[1:])  # "Pastor Dan Whitfield", "Trustee Rebecca Alvarez"
    if len(words) > 2 and (split := split_title(name, valid_name)):
        name = split[1]  # "Yazılım Ekip Lideri Emre Çelik": the title, then the name
    name = name.strip(" ,.;:'\"()")
    if not name or not proper(name) or any(c.isdigit() for c in name):
        return None  # "L'entretien aura lieu le": not every word a name's
    if given_and_family(name) > 4:
        return None  # "María de los Ángeles Ruiz" is four words and two particles
    if not name[:1].isupper():
        return None  # "di Lecco", "la Sua": a particle or a pronoun, no given name before it
    if ends_in_particle(name):
        return None  # "Femke van" (of "Femke van het team"), "Te van a entrevistar"
    return name


def _initial(words: list[str], at: int) -> bool:
    """ "M." after another initial is one too: "A. K. M. Shahidullah" (not the French "M.")."""
    return len(words[at].rstrip(".")) == 1 and at > 0 and bool(_INITIAL.fullmatch(words[at - 1]))


_INITIAL = re.compile(r"[A-Z]\.")


def ends_in_particle(name: str) -> bool:
    """A name's particles come before a family name, never last."""
    words = name.split()
    return len(words) > 1 and words[-1].islower() and given_and_family(words[-1]) == 0


def dedupe(people: list[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for p in people:
        key = (p.name or p.email or "").lower()
        if not key:
            continue
        same = key if key in seen else next((k for k in seen if same_person(key, k)), None)
        if same is None:
            seen[key] = p
            continue
        old = seen[same]
        if len(key) > len(same):  # the longer name wins, in the first one's place
            seen = {(key if k == same else k): v for k, v in seen.items()}
            old = Person(p.name, old.email, old.title)
        seen[key if len(key) > len(same) else same] = Person(
            old.name, old.email or p.email, old.title or p.title
        )
    return list(seen.values())


def same_person(a: str, b: str) -> bool:
    """ "Priya" and "Priya Natarajan" are one person, and so are "Văn Hùng" and "Trần Văn
    Hùng" (the NER's part of a longer name)."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    n = len(short)
    if n == 2 and len(long_) > 2 and short == [long_[0], long_[-1]]:
        return True  # "Faisal Al-Mansoori" of the calendar is "Faisal bin Khalid Al-Mansoori"
    if n == 2 and long_ == short[::-1]:
        return True  # "Keller Anna" of a directory is "Anna Keller" of the text
    if n == 2 and short[0] in _OFFICES and short[-1] == long_[-1] and short[0] != long_[0]:
        return True  # "Dean Ramírez" is "Dr. Elena Ramírez, Dean of Students"
    return (n == 1 and short[0] in long_) or short in (long_[:n], long_[-n:])


_JOINED = re.compile(r"^(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$")
_AND = re.compile(r"\b(?:and)\b|&")


def coordinated(line: str, starts: list[int]) -> list[Mention]:
    """ "The panel will be Jane Whitfield, Marcus Oyelaran and Ines Carvalho": a name-shaped
    phrase in one enumeration ("A, B and C") with a name already found is a name too (the
    NER misses list members whose names it has not seen). "our VP of Member Services, Alicia
    Moreno" is no enumeration: it has no "and"."""
    names = [m for m in NAME_RE.finditer(line) if valid_name(m.group("name"))]
    out: list[Mention] = []
    for run in _runs(line, names):
        gaps = [line[a.end() : b.start()] for a, b in itertools.pairwise(run)]
        if any(_covers(m, starts) for m in run) and any(_AND.search(g) or ";" in g for g in gaps):
            out += [
                Mention(m.group("name"), None, m.start("name"), m.end())
                for m in run
                if not _covers(m, starts)
            ]
    return out


# "Tom Hardy; Lisa Wong, Staff Engineer; and Ana Ruiz": items of a list split by semicolons,
# each with its title after a comma
_TITLED_GAP = re.compile(r"^(?:,\s*[^;,()]{2,60}?)?\s*;\s*(?:and\s+|&\s+)?$")


def _runs(line: str, names: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Names next to each other, joined by commas and "and" (or semicolons)."""
    runs: list[list[re.Match[str]]] = []
    for m in names:
        gap = line[runs[-1][-1].end() : m.start()] if runs else ""
        if runs and (_JOINED.match(gap) or _TITLED_GAP.match(gap)):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _covers(match: re.Match[str], starts: list[int]) -> bool:
    return any(match.start() <= at < match.end() for at in starts)


_BRACKETED = re.compile(r"\((?P<inside>[^()]{3,60})\)")


def bracketed(line: str) -> list[Mention]:
    """ "3:00 PM - System design (Marcus Oyelaran)": an agenda line under a panel header
    names its interviewer in brackets."""
    out = []
    for m in _BRACKETED.finditer(line):
        name = NAME_RE.fullmatch(m.group("inside").strip())
        if name and valid_name(name.group("name")):
            out.append(Mention(name.group("name"), None, m.start("inside"), m.end("inside")))
    return out


# "Jane Lee (she/her)", "Tom Ng [EXT]", "Ana Ruiz (External)": notes after a guest's name
_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_INVERTED = re.compile(r"^(?P<family>[^,]+),\s*(?P<given>[^,]+)$")


def calendar_name(text: str) -> str:
    """A calendar guest's name in natural order: Outlook's directory writes "El Amrani,
    Fatima" and "Boer, Sanne de" (family name, comma, given names and particles)."""
    name = natural_name(_NOTE.sub("", text).strip("\"' "))
    m = _INVERTED.match(name)
    if m is None or not proper(m.group("given")) or not proper(m.group("family")):
        return name
    given = m.group("given").split()
    particles = [w for w in given[1:] if not w[:1].isupper()]
    given = [w for w in given if w not in particles]
    return " ".join([*given, *particles, m.group("family").strip()])


def whole_name(line: str, start: int, end: int) -> str | None:
    """ "Marta Iglesias sigue en el panel" where the NER saw only "Iglesias": the name-shaped
    words around a one-word PERSON."""
    for m in NAME_RE.finditer(line):
        if m.start("name") <= start and end <= m.end() and valid_name(m.group("name")):
            name = clean_name(m.group("name"))
            first = (name or "").split()[0].lower()
            if name and first not in _STARTERS and not first.endswith(("ly", "wards")):
                return name
    return None


# capitalised at the start of a sentence, not names: "Afterwards Gemma will show you round"
_STARTER_WORDS = (
    "then after afterwards before also finally next first second later meanwhile please "
    "kindly unfortunately however today tomorrow tonight there here this that these both "
    "each either once when while if since so but and or i'm i'll i've i'd"
)
_STARTERS = frozenset(_STARTER_WORDS.split())
