"""Lists of people as invitations lay them out: "Interviewers: A (T), B (T)", a label alone
with the people on the lines below it, "Hiring manager: Sven Olsen" under a panel header,
the people's column of a table ("Time | Interviewer | Focus"), "面接官：佐藤 健（開発部長）",
"Chairperson: Dr Nomvula Zulu, Executive Manager" (and not the secretary who takes the
minutes), "Jennifer Wu, CPA, CA - Vice President, Finance".
"""

from __future__ import annotations

import re

from .components import natural_name
from .mentions import (
    HONORIFIC,
    NAME_RE,
    PARTICLE,
    TOKEN,
    Mention,
    looks_like_title,
    proper,
    valid_name,
)
from .name_words import CJK_NOT_NAME

_LABELS = (
    r"(?:your\s+)?(?:interview\s+)?(?:interviewers?(?:\s*\(s\))?|panel(?:ists| members)?|"
    r"committee|with|who|attendees|guests|participants|hosts?|people you(?:'ll| will) meet|"
    r"meeting with|"
    r"speaking with|entrevistadores?|com quem|con qui[eé]n|gesprächspartner\w*|intervenants?|"
    r"intervjuare|haastattelijat|người phỏng vấn|面接官|担当|pewawancara|görüşmeci(?:ler)?|"
    r"mülakatçı(?:lar)?|intervievator(?:i)?|intervieweri|esaminatori|examinadores|"
    r"interviewers?\s+board|oral\s+board|viva\s+board|"
    # the participants on the employer's side, in German and more languages
    r"teilnehm(?:er|erinnen|ende)|participantes|partecipanti|deelnemers|deltagare|deltakere|"
    r"uczestnicy|katılımcılar|peserta)"
    r"(?:\s+(?:unsererseits|on our side|from our side|de notre côté|de nuestra parte|"
    r"por nuestra parte|da parte nostra|van onze kant))?"
)
# "9:00-9:45  Search committee: Helen Okonkwo (chair), ...": a slot's time and a qualifier first
_HOUR = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
_SLOT_TIME = rf"(?:{_HOUR}\s*[-–—]\s*{_HOUR}\s+)?"
_QUALIFIER = r"(?:(?:search|selection|hiring|interview|assessment|evaluation|recruitment)\s+)?"
LABEL_LIST = re.compile(rf"(?i)^\W*{_SLOT_TIME}{_QUALIFIER}{_LABELS}\s*[:：]\s*(?P<rest>.+)$")
# A table cell read as text: "Interviewers Okafor, Ngozi (Director)", "Panel Wanjiru Kamau, ..."
CELL_LIST = re.compile(
    r"^\W*(?i:interviewers?(?:\s*\(s\))?|panel(?:ists)?|hosts?|intervjuare)(?:[ \t]+|\s*\|\s*)"
    r"(?P<rest>(?-i:[A-ZÀ-Þ]).+)$"
)
# ...or after a sentence on the same line: "Round 2 for the role. Interviewers: Karthik (EM)"
_LABEL_LATER = re.compile(rf"[.!?]\s+((?i:{_QUALIFIER}{_LABELS})\s*[:：])")
# The label alone on its line ("Host:", "Interviewers"), the people on the lines below it.
LABEL_ALONE = re.compile(rf"(?i)^\W*{_LABELS}\s*[:：]?\s*$")
_PIECES = re.compile(
    r"、|;|(?<=[)）])\s*,\s*|\s+[|/·•]\s+|,\s+(?=\S+\s+\S+\s*[(（])|\s+(?:and|y|e|und|et|och|og|và|dan|ve|și|&)\s+"
)
# "Jane Doe <jane@x.example>", "(jane@x.example)", "- jane@x.example": the address is read
# from the line by the caller, the name is what is left
_ADDRESS = re.compile(
    r"\s*(?:[<(\[]\s*(?:mailto:)?[^\s<>()@]+@[^\s<>()]+\s*[>)\]]|[-–—,:]?\s*[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)"
)
# "Jennifer Wu, CPA, CA", "Sam Lee, PhD": letters after a name are not part of it
_CREDENTIALS = re.compile(r"(?:,\s*(?:[A-Z]{2,6}|PhD|MSc|MEng|BSc|Esq|P\.?Eng)\.?)+\s*$")
_PART_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][\w /&-]{1,30}?)\s*[:：]\s+(?=\S)")
NOT_PANEL = re.compile(
    r"(?i)\b(secretar\w*|sekretar\w*|secrétaire|segretari[oa]|minutes?|note[- ]?taker|observer|"
    r"observador[a]?|observat(?:eur|rice)|coordinator|scheduler|"
    r"logistics|"
    r"host(ed)? by|organi[sz]er)\b"
)


def _last_name(text: str) -> str:
    """ "a formal interview with Mr David Okonkwo" before a bracket: the name that ends it."""
    if proper(text):
        return text
    last = None
    for last in NAME_RE.finditer(text):  # noqa: B007 - the last match is the one wanted
        pass
    return last.group("name") if last and last.end() == len(text) else text


def _title_only(piece: str) -> bool:
    return looks_like_title(piece) and not NAME_RE.match(piece.strip())


_CJK_NAME = re.compile(
    r"^[\u3040-\u30ff\u4e00-\u9fff]{1,5}(?:\s[\u3040-\u30ff\u4e00-\u9fff]{1,5})?$"
)


_CJK = "\u3040-\u30ff\u4e00-\u9fff"
_CJK_TITLE_NAME = re.compile(
    rf"(?P<title>[{_CJK}]{{2,12}}) (?P<family>[\u4e00-\u9fff]{{1,3}}) (?P<given>[{_CJK}]{{1,3}})"
)


def _split_title(piece: str) -> tuple[str, str, str]:
    """(name, "", title): a dash or bar splits first ("Hernández, Luis — Gerente"), then a
    comma ("Jane Doe, Senior PM")."""
    for separator in (r"\s*(?:–|—|\s-\s|\s[|·]\s)\s*", r"\s*,\s*"):
        parts = re.split(separator, piece.strip(), maxsplit=1)
        if len(parts) == 2 and looks_like_title(parts[1]):
            return parts[0], "", parts[1]
    return piece, "", ""


def label_list(line: str) -> list[Mention]:
    """A labelled list of people: "Interviewers: A (T), B (T)", "面接官：佐藤 健（開発部長）"."""
    m = LABEL_LIST.match(line) or CELL_LIST.match(line)
    later = None if m else _LABEL_LATER.search(line)  # "... role. Interviewers: A and B."
    if later and len(line) - later.start(1) < 160 and "  " not in line[later.start(1) :]:
        at = later.start(1)
        return [Mention(x.name, x.title, x.start + at, x.end + at) for x in label_list(line[at:])]
    if not m:
        return []
    out: list[Mention] = []
    # "Vikram Sethi, Partner (Healthcare & Life Sciences)": no split inside the brackets
    rest = _BRACKETS.sub(
        lambda b: b.group(0).replace("&", _AMP), _ADDRESS.sub(" ", m.group("rest"))
    )
    rest = _TITLE_AMP.sub(_title_amp, rest)  # "..., Head of HR & Admin": one title
    pieces = [p.replace(_AMP, "&") if p else p for p in _PIECES.split(rest)]
    # "Tom, Lisa and Ana": given names alone, no "Family, Given" pairs, when one stands alone
    alone = len(pieces) > 1 and any(re.fullmatch(rf"\s*{TOKEN}\s*", p or "") for p in pieces)
    for piece in [name for part in pieces for name in _full_names(part, alone)]:
        label = _PART_LABEL.match(piece)  # "Chairperson: Dr Nomvula Zulu, Executive Manager"
        if label and NOT_PANEL.search(label.group(0)):
            continue  # "Secretariat: Ms Precious Ndlovu": takes the minutes
        found = _person_piece(piece[label.end() :] if label else piece)
        if found:
            out.append(Mention(found[0], found[1] or None, m.start("rest"), m.end()))
        elif out and out[-1].title is None and _title_only(piece):
            # "Noémie Gagnon · Design Director": a cell's title under the name
            out[-1] = Mention(out[-1].name, piece.strip(), out[-1].start, out[-1].end)
    return out


_BRACKETS = re.compile(r"\([^()]*\)")
_AMP = "\ue000"  # an ampersand kept inside brackets while the list is split
_TITLE_AMP = re.compile(r"(,\s*[^,;&()]+?\s)&(\s+(?P<next>[^,;&()]+))")


def _title_amp(m: re.Match[str]) -> str:
    """An ampersand inside a title after a name ("Head of HR & Admin") joins no two people:
    what follows it is one word or more of the title, not a full name."""
    following = m.group("next").strip()
    title = looks_like_title(m.group(1).strip(" ,"))
    if title and (len(following.split()) == 1 or looks_like_title(following)):
        return f"{m.group(1)}{_AMP}{m.group(2)}"
    return m.group(0)


def _full_names(piece: str, alone: bool = False) -> list[str]:
    """ "Jane Whitfield, Marcus Oyelaran": full names listed with commas, each a piece (not
    "Hernández, Luis" nor "Jane Doe, Senior PM"); given names when `alone` says so."""
    parts = [p.strip() for p in piece.split(",")]
    if alone and all(re.fullmatch(TOKEN, p) for p in parts):
        return parts
    names = [NAME_RE.fullmatch(p) for p in parts]
    if len(parts) > 1 and all(n and valid_name(n.group("name")) for n in names):
        return parts if all(len(p.split()) > 1 for p in parts) else [piece]
    return [piece]


def _person_piece(piece: str) -> tuple[str, str] | None:
    """(name, title) of one person in a list, or None."""
    cjk = re.fullmatch(r"\s*(?P<title>\S.*?)\u3000+(?P<name>[^\u3000]+?)\s*", piece)
    if cjk and _cjk_name(cjk.group("name")):  # "法人営業部 部長　佐藤 誠": title, name
        return cjk.group("name"), cjk.group("title")
    spaced = _CJK_TITLE_NAME.fullmatch(piece.strip())
    if spaced:  # "開発部長 佐藤 健", "エンジニア 田中 美咲": a title, then family and given names
        return f"{spaced.group('family')} {spaced.group('given')}", spaced.group("title")
    piece = _LEADING_HONORIFIC.sub("", piece)  # "Dipl.-Ing. (FH) Peter Braun": no title
    paren = re.search(r"[(（]([^)）]+)[)）]", piece)
    dash = _DASH.split(piece[: paren.start()], maxsplit=1) if paren else []
    if len(dash) == 2 and proper(_LEADING_HONORIFIC.sub("", dash[0]).strip()):
        name, title = dash[0], dash[1].strip()  # "Neema Mwakyusa - Mkurugenzi (Director)"
    elif paren:
        name, title = _last_name(piece[: paren.start()].strip()), paren.group(1).strip()
    else:
        name, _, title = (p.strip(" ,;") for p in _split_title(piece))  # "Director, and"
    role = re.search(r"(?i)\s+[-–—]\s*(organi[sz]er|optional|required)$", name)
    if role:  # a Google guest list: "Molly Chen - organizer"
        organizer = role.group(1).lower().startswith("organi")
        name, title = name[: role.start()], "organizer" if organizer else ""
    name = natural_name(_CREDENTIALS.sub("", re.sub(rf"^(?:{HONORIFIC})+", "", name)).strip(" ,."))
    if _cjk_name(name) or (proper(name) and valid_name(name)):
        return name, title
    return _name_then_words(piece)


def _cjk_name(text: str) -> bool:
    """A name in Chinese or Japanese characters, not a paper to bring ("職務経歴書")."""
    return bool(_CJK_NAME.match(text)) and not CJK_NOT_NAME.search(text)


_LEADING_HONORIFIC = re.compile(rf"^\s*(?:{HONORIFIC})+")
_DASH = re.compile(r"\s+[-–—]\s+")
_NAME_COMMA = re.compile(r"^\s*(?P<name>[^,()]+?),\s+(?P<rest>[^\W\d_][^@\d]{2,60}?)\s*$")


def _name_then_words(piece: str) -> tuple[str, str] | None:
    """ "Uwe Brandt, Mitglied des Personalrats": in a list of people, a full name and a comma
    stand before what they are, even in words no title list knows."""
    m = _NAME_COMMA.match(piece)
    name = m.group("name").strip() if m else ""
    if m is None or len(name.split()) < 2 or not (proper(name) and valid_name(name)):
        return None
    return natural_name(name), m.group("rest")


# "Hiring manager: Sven Olsen", "Technical interviewer: Ingrid Dahl" under "You will meet:"
_ROLE_LABEL = re.compile(
    rf"^\W*(?P<label>[A-Za-z][A-Za-z &/-]{{1,40}}?)\s*[:：]\s*(?:{HONORIFIC})*"
    rf"(?P<name>{TOKEN}(?: (?:{PARTICLE} ){{0,2}}{TOKEN}){{1,3}})\s*(?:\([^)]*\))?\s*$"
)


def role_label(line: str) -> list[Mention]:
    """A person under a panel header, labelled by the part they play in the interview."""
    m = _ROLE_LABEL.match(line)
    if m is None or not valid_name(m.group("name")):
        return []
    label = m.group("label")
    if not (looks_like_title(label) or re.search(r"(?i)interview|panel", label)):
        return []
    if _CONTACT_LABEL.match(label) or NOT_PANEL.search(label):
        return []  # "Recruiter: Camila Reyes": who to write to; "Secretaria: ...": the minutes
    return [Mention(m.group("name"), None, m.start("name"), m.end("name"))]


_CONTACT = (
    r"(?i)^\W*((your )?(recruiter|recruiting contact|coordinator|scheduler|sourcer|contact|"
    r"organi[sz]er|talent partner|hr contact|point of contact)|"
    r"(recruiting|interview|scheduling|hr) coordinator)\s*"
)
_CONTACT_LABEL = re.compile(_CONTACT + "$")
_CONTACT_LINE = re.compile(_CONTACT + "[:：]")


def contact_line(line: str) -> bool:
    """ "Recruiter: Camila Reyes" in a block of details: whom to write to, not a panelist."""
    return bool(_CONTACT_LINE.match(line))


def list_item(line: str) -> list[Mention]:
    """A line under a list label ("Interviewers" alone, or the first row of a table cell):
    the people it names, read like the label's own line."""
    prefix = "with: "
    return [
        Mention(m.name, m.title, max(0, m.start - len(prefix)), max(0, m.end - len(prefix)))
        for m in label_list(prefix + line.strip())
    ]


_COLUMN = re.compile(
    r"(?i)^\W*(?:(?:interview\s+)?panel(?:ists|\s+members?)?|interviewers?(?:\s+names?)?|"
    r"(?:committee\s+)?members?|with|who|hosts?|people|names?|"
    # the same columns in other languages: "Entrevistador | Puesto"
    r"entrevistador(?:es|as|a)?|intervenants?|gesprächspartner\w*|intervjuare|haastattelija\w*|"
    r"esaminator[ei]|examinador(?:es|as|a)?|membr[eo]s?|miembros?|mitglieder|leden|jury|"
    r"nombres?|nomes?|noms?|namen|pewawancara|görüşmeci(?:ler)?)\W*$"
)


def table_column(line: str) -> int | None:
    """The column of a table's header row ("Time | Interviewer | Focus") that holds the
    people the rows below name."""
    cells = line.split(" | ")
    if len(cells) < 2:
        return None
    return next((i for i, cell in enumerate(cells) if _COLUMN.match(cell)), None)


def column_item(line: str, column: int, width: int) -> list[Mention]:
    """The people in `column` of a table row as wide as its header."""
    cells = line.split(" | ")
    return list_item(cells[column]) if len(cells) == width else []


_SLOT = re.compile(
    r"(?i)^\s*\d{1,2}(?:[:.h]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}(?:[:.h]\d\d)?"
    r"\s*(?:[ap]\.?m\.?)?\s*[-–—:|]?\s*(?P<name>\S.*?)\s*$"
)


def slot_person(line: str) -> list[tuple[str, int]]:
    """ "10:00 - 10:45  Xochitl Quispe" under a plan's header: the slot's person, alone, or
    with what they are or do ("Ravi Patel, Staff Engineer (coding)")."""
    m = _SLOT.match(line) if "|" not in line else None  # a table's row: its columns say
    name = NAME_RE.match(m.group("name")) if m else None
    if m and name and not _AFTER_SLOT_NAME.match(m.group("name"), name.end()):
        return []  # "10:00 - 10:45 Welcome Breakfast in the lobby"
    if m is None or name is None or not valid_name(name.group("name")):
        return []
    if _TOPIC.search(name.group("name")):
        return []  # "10:45 - 11:30  System Design": what the slot is about
    return [(name.group("name"), m.start("name") + name.start("name"))]


_AFTER_SLOT_NAME = re.compile(r"\s*(?:$|,\s|\(|\s[-–—|:]\s)")
_TOPIC = re.compile(
    r"(?i)\b(design|coding|code|system|systems|technical|behaviou?ral|culture|values|case|study|"
    r"presentation|review|break|lunch|welcome|intro|introduction|wrap|debrief|tour|q&a|"
    r"assessment|exercise|interview|session|deep|dive|pairing|whiteboard|architecture)\b"
)


_KEY = re.compile(r"^\s*(?P<initials>[A-Z]{2,4})\s*[=:–—-]\s*(?P<rest>\S.*)$")


def key_line(line: str) -> bool:
    return bool(_KEY.match(line))


def initials_key(line: str, lines: list[str]) -> list[Mention]:
    """ "AK = Anjali Kapoor, Associate": the key to a schedule that names people by their
    initials ("14:00 Portfolio review - JM, AK"); only initials the text uses elsewhere."""
    m = _KEY.match(line)
    parts = re.split(r"\s*(?:[,(–—]|\s-\s)\s*", m.group("rest"), maxsplit=1) if m else [""]
    name, title = parts[0], parts[1] if len(parts) > 1 else ""
    whole = NAME_RE.fullmatch(name)
    if m is None or whole is None or not valid_name(whole.group("name")):
        return []
    initials = m.group("initials")
    if "".join(ch for ch in whole.group("name") if ch.isupper()) != initials:
        return []
    used = re.compile(rf"\b{initials}\b")
    if sum(1 for text in lines if used.search(text)) < 2:
        return []
    return [Mention(whole.group("name"), title.strip(" )") or None, m.start("rest"), len(line))]
