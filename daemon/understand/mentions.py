"""People written the way invitations list them: "Renata Oliveira, Design Director",
"• Callum Price – Lead Gameplay Programmer", "Prof. Dr. Anja Schmidt, Head of ...",
"Simone Berg (Engineering Manager, Platform)", "- Hernández, Luis — Gerente de Ingeniería".

The NER misses many of these (list lines, non-English names, names next to titles), so a
name followed by something that reads as a job title is a mention in its own right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .address_names import address_names
from .caps_names import caps_first, caps_inverted, initialled
from .components import HONORIFICS
from .name_shapes import ARTICLE as _ARTICLE
from .name_shapes import HONORIFIC, INVERTED_RE, NAME_RE, PARTICLE, TOKEN
from .name_shapes import LOWER as _LOWER
from .name_shapes import UPPER as _UPPER
from .name_words import NOT_NAME, TITLE_HEAD
from .script_names import script_mentions
from .title_first import lower_case_titled, met_titled, titled_list_line

__all__ = [  # the name shapes are read from here by the other modules too
    "HONORIFIC",
    "INVERTED_RE",
    "NAME_RE",
    "PARTICLE",
    "TOKEN",
    "Mention",
    "action_mentions",
    "given_and_family",
    "line_mentions",
    "looks_like_title",
    "proper",
    "title_after",
    "titled_first",
    "untitled",
    "valid_name",
]


@dataclass(frozen=True)
class Mention:
    name: str  # natural order, no honorifics
    title: str | None
    start: int  # offset in the line
    end: int


def looks_like_title(text: str) -> bool:
    words = text.split()
    return bool(TITLE_HEAD.search(text)) and 0 < len(words) <= 9 and "@" not in text


# "Sr. Manager", "Asst. Director": an abbreviation's full stop inside a title ends no title
_ABBREVIATED = "".join(
    rf"(?<!\b{a}\.)" for a in ("Sr", "Jr", "Snr", "Asst", "Assoc", "Mgr", "Dept", "Exec", "Dir")
)


def title_after(rest: str, formal: bool = False) -> str | None:
    """The title that follows a name: ", Head of Research", " (Staff Engineer)",
    " – VP of Engineering", ", our CTO,"."""
    m = re.match(
        r"^\s*(?P<sep>,\s*|\(\s*|\s*[–—|·-]\s*|:\s*)"
        # ", and the Head of Mathematics, Mr Kevin Lim": the next person, no title
        r"(?!(?:and|und|et|y|e|și|si|och|og|en|i|ve|dan|as well as|along with|ainsi que)\s)"
        r"(?:(?:PhD|MBA|MD|CPA|MSc|PE|Esq\.?|prof\.(?:\s[A-Z]{2,5})?)(?:,\s*|\s+[–—-]\s+))*"
        r"(?:(?:our|the|a|an|who is(?: our| the)?|nuestr[oa]|notre|unser\w*|nostr[oa])\s+)?"
        rf"(?P<title>[A-Za-z&À-ɏ][^()\n|<>@;]{{1,80}}?)\s*(?=\)|$|;|\.{_ABBREVIATED}(?:\s|$)|"
        r"\s[-–—|·]\s|\s{2,}|"
        r",?\s+(?:and|und|et|y|e|och|og|en|i|as well as|along with|ainsi que|sowie|junto con)\s|"
        r",\s+(?:who|will|is|are|and|to|(?:he|she|they|who)(?:'ll|'s|'d|\s))\b|\s+(?:will|is|are|who|on|at|for)\s|\s\((?:https?:|www\.|linkedin))",
        rest,
    )
    if not m:
        return None
    title = m.group("title").strip(" ,.")
    if m.group("sep").startswith("(") and _plain_paren(title):
        return title  # "Johan Lindgren (driftchef)": a name's bracket holds its role
    if not title[:1].isupper() and not formal:
        return None  # (after "M. Laurent Dubois, chef d'unité": a person's, in lower case)
    return title if looks_like_title(title) and not _is_name_like(title) else None


def _plain_paren(text: str) -> bool:
    """Words in brackets after a name: a role, unless they hold digits, links or addresses."""
    words = text.split()
    return 0 < len(words) <= 6 and not re.search(r"[\d@/:]|\b(?i:link|optional|tbc|tbd)\b", text)


def _is_name_like(text: str) -> bool:
    return not TITLE_HEAD.search(text.split(",", maxsplit=1)[0])


def valid_name(name: str) -> bool:
    words = name.split()
    if not 1 <= given_and_family(name) <= 4 or re.search(r"[/\d@]", name):
        return False  # "São Paulo/SP" of an address
    if len(words) > 1 and words[-1].islower() and _PARTICLE_WORD.match(words[-1]):
        return False  # "Femke van": a particle comes before a family name, never last
    if any(w.lower().strip(".,") in NOT_NAME for w in words):
        return False
    if len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFIC_WORDS:
        return False  # "Mme Garnier": an honorific and a family name, no given name
    if any(w.endswith(("'s", "’s")) for w in words) or words[0].endswith("ing"):
        return False  # "Forwarding Simone's note"
    return not TITLE_HEAD.search(name)


def untitled(words: str) -> tuple[str, str] | None:
    """ "Senior Recruiter Marisol Quintero-Vega": (title, name) of a name written right after
    its capitalised title, or None."""
    parts = words.split()
    for cut in range(1, len(parts) - 1):
        title, name = " ".join(parts[:cut]), " ".join(parts[cut:])
        if _ROLE_NOUN.search(parts[cut - 1]) and looks_like_title(title) and valid_name(name):
            return title, name
    return None


_CAPS_RUN = re.compile(r"\b[A-Z]{3,} [A-Z][a-z]")


def line_mentions(line: str, next_line: str = "") -> list[Mention]:
    """Names with a title next to them on one line (or a name ending the line with its
    title on the next, as schedules print them), in line order."""
    out: list[Mention] = []
    if not line.isascii():  # "- سامر الخطيب، مدير البرامج"
        out += [Mention(*found) for found in script_mentions(line)]
    if ", " in line:  # "QUISPE MAMANI, Rosa – Superintendente"
        out += [Mention(*m) for m in caps_inverted(line, title_after) if valid_name(m[0])]
    if _CAPS_RUN.search(line):  # "TANAKA Hiroshi (Engineering Manager)"
        out += [Mention(*m) for m in caps_first(line, title_after, valid_name)]
    if ". " in line:  # "Mr. A. K. M. Shahidullah, Head of HR & Admin"
        out += [Mention(*m) for m in initialled(line, title_after)]
    if titled := titled_list_line(line, valid_name):  # "- Operasyon Müdürü Selin Kaya"
        return [*out, Mention(*titled)]
    inverted = INVERTED_RE.match(line)
    if inverted:
        name = f"{inverted.group('given')} {inverted.group('family')}"
        title = title_after(" - " + line[inverted.end() :])
        if valid_name(name) and title:
            out.append(Mention(name, title, inverted.start("family"), inverted.end()))
            return out
    for m in _names(line):
        name = m.group("name")
        if not valid_name(name) or (
            m.start() == m.start("name") and _THE.search(line, 0, m.start())
        ):
            continue  # "in the Church Hall (side door)", "the Dog Groomer (part time) spot"
        rest = line[m.end() :]
        title = title_after(rest)
        if title is None and m.start() < m.start("name"):  # "- Mme Katarzyna Nowak, chargée"
            title = title_after(rest.split("(", 1)[0], formal=True)
        if title is None and not rest.strip() and looks_like_title(next_line.strip()):
            title = title_after(", " + next_line.strip())
        if title:
            out.append(Mention(name, title, m.start(), m.end()))
    return out


def _names(line: str) -> Iterator[re.Match[str]]:
    """NAME_RE's matches, "The Revd Alan Birch, Vicar" read from its honorific."""
    for m in NAME_RE.finditer(line):
        if m.group("name").startswith("The ") and (again := NAME_RE.match(line, m.start() + 4)):
            yield again
        else:
            yield m


_THE = re.compile(r"(?i)\b(?:the|a|an)\s+\Z")


_ACTION = re.compile(
    r"^\s+(?:has\s+)?(?:canceled|cancelled|rescheduled|will (?:interview|meet|join|lead|run)|"
    # "Kenji Sato replaces Aiko Tanaka": the substitute (the NER often calls them an ORG)
    r"replaces|will (?:now )?(?:replace|cover for|step in|stand in|fill in|take over)|"
    r"is (?:now )?(?:replacing|covering for|stepping in|standing in|filling in|taking over)|"
    r"(?:steps|stands|fills) in|takes over|covers for|"
    r"will take (?:his|her|their) (?:place|spot|slot|seat)|"
    r"will (?:give you a |)(?:call|ring|phone)(?: you)?)\b"
)


# "with" and "and" in the languages hiring mail comes in (honorifics already stripped)
_WITH: tuple[str, ...] = (" with", " mit", " avec", " con", " com", " met", " med", " meet")
_WITH += (  # joiners that add one more person met: "..., ainsi que Julien Mercier"
    " as well as",
    " along with",
    " together with",
    " ainsi que",
    " sowie",
    " junto con",
    " junto a",
    " assim como",
    " così come",
    " nonché",
    " samt",
)
_WITH += (
    " rencontrerez",
    " bring in",
    " pull in",
    " bringing in",
    " pulling in",
    " bring along",
    " bringing along",
)  # "I'll bring in Ilse"
_ME_AND = (" me and", " me &", " me +", "moi et", "mir und", "mig och", "mij en", "conmigo y")
_AND = (" and", " und", " et", " y", " e", " en", " och", " og", " &", " +")


def action_mentions(line: str, meeting: bool) -> list[Mention]:
    """ "... with Marco Bianchi", "Wen Zhao canceled the event": a name with no title that
    a scheduling line still plainly names."""
    out: list[Mention] = []
    for m in NAME_RE.finditer(line):
        name = m.group("name")
        before = line[: m.start()].rstrip().lower()
        with_ = (
            meeting
            and before.endswith(_WITH + _AND)
            and (before.endswith(_WITH) or (out and out[-1].end >= m.start() - 9))
        )
        with_ = with_ or (meeting and before.endswith(_ME_AND))  # "me and Jan-Philipp Müller"
        if valid_name(name) and (with_ or _ACTION.match(line[m.end() :])):
            out.append(Mention(name, None, m.start(), m.end()))
        elif _ACTION.match(line[m.end() :]) and (split := untitled(name)):
            title, name = split  # "Senior Recruiter Ana Lee will call you"
            out.append(Mention(name, title, m.end("name") - len(name), m.end()))
    formal = _formal(line) if meeting else []
    formal += (_initialled(line) + _inverted(line)) if meeting else []
    mine = _possessive(line) if meeting else []
    formal += _title_then_name(line) if meeting else []
    formal += [Mention(*m) for m in met_titled(line, valid_name)] if meeting else []
    formal += [Mention(*m) for m in lower_case_titled(line)] if meeting else []
    formal += (
        [Mention(n, None, a, b) for n, a, b in address_names(line, valid_name)] if meeting else []
    )
    return out + titled_first(line) + (_given_with_title(line) if meeting else []) + formal + mine


# "com a gerente de marketing, Ana Paula Ribeiro": a title in lower case, then the name met
_TITLE_THEN_NAME = re.compile(
    rf"\b(?:with|com|con|avec|mit|met|med)\s+(?:(?:our|the|your|a|o|la|el|le|der|die|dem|"
    rf"nuestr[oa]|nosso|nossa|notre|unser\w*)\s+)?(?P<title>[{_LOWER}][{_LOWER} -]{{2,50}}?),\s+"
    rf"(?:{HONORIFIC})*(?P<name>{TOKEN}(?: (?:{PARTICLE} ){{0,2}}{TOKEN}){{1,3}})(?![\w'’-])"
)


def _title_then_name(line: str) -> list[Mention]:
    return [
        Mention(m.group("name"), m.group("title"), m.start("name"), m.end())
        for m in _TITLE_THEN_NAME.finditer(line)
        if looks_like_title(m.group("title")) and valid_name(m.group("name"))
    ]


# "with K. Ramesh (Engineering Manager)": a given name written as initials, South Indian style
_INITIALLED = re.compile(rf"(?<![\w.])(?P<name>(?:[A-Z]\.\s?){{1,2}}{TOKEN})(?![\w.'’-]| {TOKEN})")


def _initialled(line: str) -> list[Mention]:
    out = []
    for m in _INITIALLED.finditer(line):
        before = line[: m.start()].rstrip().lower()
        if before.endswith(_WITH + _AND) and m.group("name").split()[-1].lower() not in NOT_NAME:
            rest = line[m.end() :]
            out.append(Mention(m.group("name"), title_after(rest), m.start(), m.end()))
    return out


# a family name, a comma and the given name in a sentence: "con González Ruiz, María (Directora)"
_INVERTED_IN_TEXT = re.compile(
    rf"(?<![\w@.])(?P<family>{TOKEN}(?: {TOKEN})?),\s+(?P<given>{TOKEN})"
    r"(?=\s*(?:\(|;|[.!?](?:\s|$)|\s(?:and|y|e|et|und|&)\s|$))"
)


def _inverted(line: str) -> list[Mention]:
    out = []
    for m in _INVERTED_IN_TEXT.finditer(line):
        before = line[: m.start()].rstrip().lower()
        name = f"{m.group('given')} {m.group('family')}"
        if before.endswith(_WITH + _AND) and valid_name(name):
            out.append(Mention(name, title_after(line[m.end() :]), m.start(), m.end()))
    return out


# "Tom Hardy's schedule changed, so we need to move your interview": their time is the meeting's
_POSSESSIVE = re.compile(
    rf"(?<![\w@.])(?P<name>{TOKEN}(?: {TOKEN}){{1,2}})['’]s\s+(?:schedule|calendar|availability|"
    r"diary|travel plans|plans)\b"
)


def _possessive(line: str) -> list[Mention]:
    out = []
    for m in _POSSESSIVE.finditer(line):
        words, start = m.group("name").split(), m.start("name")
        if len(words) > 2 and words[0].lower().endswith(("ly", "ver")):  # "Unfortunately Tom"
            start += len(words[0]) + 1
            words = words[1:]
        if valid_name(" ".join(words)):
            out.append(Mention(" ".join(words), None, start, m.end("name")))
    return out


# "with Mr. Tanaka, our engineering director": a family name after a person's honorific
_FORMAL = re.compile(
    rf"(?<![\w@.])(?:(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Mme|Sr|Sra|Dra)\.?\s+)(?P<name>{TOKEN})"
    rf"(?![\w'’.-])(?!\s+(?:{PARTICLE}\s+)?{TOKEN})"
)


def _formal(line: str) -> list[Mention]:
    out = []
    for m in _FORMAL.finditer(line):
        before = line[: m.start()].rstrip().lower()
        rest = line[m.end() :]
        said = before.endswith(_WITH + _AND) or _ACTION.match(rest) or title_after(rest)
        if said and valid_name(m.group("name")):
            out.append(Mention(m.group("name"), title_after(rest), m.start("name"), m.end()))
    return out


_GIVEN = re.compile(rf"(?:\b(?:with|meet|and)\s+)(?P<name>{TOKEN})(?=\s*(?:,|\())")


def _given_with_title(line: str) -> list[Mention]:
    """ "with Sarah, our Head of Product, and then with Dev (Senior Analyst)": a given name
    alone, met, and followed by its title."""
    out = []
    for m in _GIVEN.finditer(line):
        name = m.group("name")
        title = title_after(line[m.end() :])
        if title and valid_name(name) and not NAME_RE.match(line, m.start("name")):
            out.append(Mention(name, title, m.start("name"), m.end("name")))
    return out


_TITLE_FIRST = re.compile(  # "y nuestra Directora de Operaciones, Lucía Paredes"
    rf"\b(?:our|the|your|with|nuestr[oa]|nuestr[oa]s|notre|nos|unser(?:e|em|en|er)?|nostr[oa]|"
    rf"noss[oa]|onze|ons)\s+(?P<title>[A-Z][\w&-]*(?:\s+(?:(?:of|de|du|des|di|del|della|da|do|"
    rf"für|van|voor)\s+)?[A-Z][\w&-]*){{0,4}}),?\s+"
    rf"(?:{HONORIFIC})*(?P<name>{TOKEN}(?: (?:{PARTICLE} ){{0,2}}{TOKEN}){{1,3}})"
)


def titled_first(line: str) -> list[Mention]:
    """ "our CTO, Owen Price", "our Head of Design, Lina Park": the title comes first (with
    no comma only after a person's title: "our VP of Engineering Dana Lee", not "the
    Engineering Graduate Scheme")."""
    return [
        Mention(m.group("name"), m.group("title"), m.start("name"), m.end())
        for m in _TITLE_FIRST.finditer(line)
        if looks_like_title(m.group("title"))
        and valid_name(m.group("name"))
        and ("," in m.group(0) or _ROLE_NOUN.search(m.group("title")))
        and not _JOB_WORD.match(line[m.end() :])  # "the Senior Manager, Financial Reporting role"
    ]


_JOB_WORD = re.compile(r"(?i)\s*(role|position|opening|job|vacancy|team|department|post)\b")


_ROLE_NOUN = re.compile(
    r"(?i)\b(vp|head|director|manager|lead|cto|ceo|coo|cfo|cpo|founder|engineer|recruiter|"
    r"partner|designer|scientist|president|principal|chief|architect|supervisor|"
    r"superintendent|foreman)\b"
)


_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS)
_PARTICLE_WORD = re.compile(rf"^(?:{PARTICLE}|i|y)$")  # "Puig i Soler" too


def given_and_family(name: str) -> int:
    """How many words of a name are not particles: "María de los Ángeles Ruiz" has three."""
    words = name.split()
    bali = len(words) > 2 and words[0] in ("I", "Ni")  # "Ni Luh Putu Sari Dewi"
    return sum(1 for w in words if not (w.islower() and _PARTICLE_WORD.match(w))) - bali


def proper(name: str) -> bool:
    """Every word a name's: capitalised or a particle ("Femke de Vries"), not "Please bring
    photo ID" on the line after a list."""
    return all(
        w[:1].isupper() or _PARTICLE_WORD.match(w) or _ARTICLED.match(w) for w in name.split()
    )


_ARTICLED = re.compile(rf"{_ARTICLE}[{_UPPER}]")
