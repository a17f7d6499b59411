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

_LABELS = (
    r"(?:your\s+)?(?:interview\s+)?(?:interviewers?(?:\s*\(s\))?|panel(?:ists| members)?|"
    r"committee|with|who|attendees|guests|participants|hosts?|people you(?:'ll| will) meet|"
    r"meeting with|"
    r"speaking with|entrevistadores?|com quem|con qui[eé]n|gesprächspartner\w*|intervenants?|"
    r"intervjuare|haastattelijat|người phỏng vấn|面接官|担当)"
)
LABEL_LIST = re.compile(rf"(?i)^\W*{_LABELS}\s*[:：]\s*(?P<rest>.+)$")
# A table cell read as text: "Interviewers Okafor, Ngozi (Director)", "Panel Wanjiru Kamau, ..."
CELL_LIST = re.compile(
    r"^\W*(?i:interviewers?|panel(?:ists)?|hosts?|intervjuare)(?:[ \t]+|\s*\|\s*)"
    r"(?P<rest>(?-i:[A-ZÀ-Þ]).+)$"
)
# The label alone on its line ("Host:", "Interviewers"), the people on the lines below it.
LABEL_ALONE = re.compile(rf"(?i)^\W*{_LABELS}\s*[:：]?\s*$")
_PIECES = re.compile(
    r"、|;|(?<=[)）])\s*,\s*|\s+[|/·•]\s+|,\s+(?=\S+\s+\S+\s*[(（])|\s+(?:and|y|e|und|et|och|og|và|&)\s+"
)
# "Jane Doe <jane@x.example>", "(jane@x.example)", "- jane@x.example": the address is read
# from the line by the caller, the name is what is left
_ADDRESS = re.compile(
    r"\s*(?:[<(\[]\s*(?:mailto:)?[^\s<>()@]+@[^\s<>()]+\s*[>)\]]|[-–—,:]?\s*[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)"
)
# "Jennifer Wu, CPA, CA", "Sam Lee, PhD": letters after a name are not part of it
_CREDENTIALS = re.compile(r"(?:,\s*(?:[A-Z]{2,6}|PhD|MSc|MEng|BSc|Esq|P\.?Eng)\.?)+\s*$")
_PART_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][\w /&-]{1,30}?)\s*[:：]\s+(?=\S)")
_NOT_PANEL = re.compile(
    r"(?i)\b(secretar\w*|minutes?|note[- ]?taker|observer|coordinator|scheduler|logistics|"
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
    if not m:
        return []
    out: list[Mention] = []
    pieces = _PIECES.split(_ADDRESS.sub(" ", m.group("rest")))
    for piece in [name for part in pieces for name in _full_names(part)]:
        label = _PART_LABEL.match(piece)  # "Chairperson: Dr Nomvula Zulu, Executive Manager"
        if label and _NOT_PANEL.search(label.group(0)):
            continue  # "Secretariat: Ms Precious Ndlovu": takes the minutes
        found = _person_piece(piece[label.end() :] if label else piece)
        if found:
            out.append(Mention(found[0], found[1] or None, m.start("rest"), m.end()))
        elif out and out[-1].title is None and _title_only(piece):
            # "Noémie Gagnon · Design Director": a cell's title under the name
            out[-1] = Mention(out[-1].name, piece.strip(), out[-1].start, out[-1].end)
    return out


def _full_names(piece: str) -> list[str]:
    """ "Jane Whitfield, Marcus Oyelaran": full names listed with commas, each a piece (not
    "Hernández, Luis" nor "Jane Doe, Senior PM")."""
    parts = [p.strip() for p in piece.split(",")]
    names = [NAME_RE.fullmatch(p) for p in parts]
    if len(parts) > 1 and all(n and valid_name(n.group("name")) for n in names):
        return parts if all(len(p.split()) > 1 for p in parts) else [piece]
    return [piece]


def _person_piece(piece: str) -> tuple[str, str] | None:
    """(name, title) of one person in a list, or None."""
    cjk = re.fullmatch(r"\s*(?P<title>\S.*?)\u3000+(?P<name>[^\u3000]+?)\s*", piece)
    if cjk and _CJK_NAME.match(cjk.group("name")):  # "法人営業部 部長　佐藤 誠": title, name
        return cjk.group("name"), cjk.group("title")
    paren = re.search(r"[(（]([^)）]+)[)）]", piece)
    if paren:
        name, title = _last_name(piece[: paren.start()].strip()), paren.group(1).strip()
    else:
        name, _, title = (p.strip(" ,;") for p in _split_title(piece))  # "Director, and"
    role = re.search(r"(?i)\s+[-–—]\s*(organi[sz]er|optional|required)$", name)
    if role:  # a Google guest list: "Molly Chen - organizer"
        organizer = role.group(1).lower().startswith("organi")
        name, title = name[: role.start()], "organizer" if organizer else ""
    name = natural_name(_CREDENTIALS.sub("", re.sub(rf"^(?:{HONORIFIC})+", "", name)).strip(" ,."))
    if _CJK_NAME.match(name) or (proper(name) and valid_name(name)):
        return name, title
    return None


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
    return [Mention(m.group("name"), None, m.start("name"), m.end("name"))]


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
    r"(?:committee\s+)?members?|with|who|hosts?|people|names?)\W*$"
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
