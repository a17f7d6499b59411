"""People a list writes family name first, in capitals, then a comma and the given name:
"QUISPE MAMANI, Rosa – Superintendente", "DUPONT, Marie (Responsable RH)".

Spanish-, Portuguese- and French-speaking HR offices write surnames in capitals so the
family name cannot be taken for a given one. NAME_RE wants a capital and then small letters,
so it never reads such a name whole; here the capitals and the comma say which part is the
family name, and the name is given back in natural order with the capitals softened
("Rosa Quispe Mamani"). A title must follow: only a list of people is read this way.
Cheap: one regex over one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .org_words import ORG_WORDS

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_PARTICLE_WORDS = "DE|DEL|DA|DAS|DO|DOS|LA|LAS|LOS|VAN|VON|DER|DEN|DI|DU|LE|Y"
_PARTICLES = frozenset(_PARTICLE_WORDS.split("|"))
_PARTICLE = rf"(?:(?:{_PARTICLE_WORDS}) ){{0,2}}"
_WORD = rf"[{_UP}][{_UP}'’-]+"
_GIVEN = rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)?"
_CAPS_INVERTED = re.compile(
    rf"(?<![\w@.])(?P<family>{_PARTICLE}{_WORD}(?: {_PARTICLE}{_WORD})?)"
    rf",\s+(?P<given>{_GIVEN}(?: {_GIVEN})?)(?=\s*[–—|·(,-])"
)


def caps_inverted(
    line: str, title_after: Callable[[str], str | None]
) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of each "FAMILY, Given – Title" on the line."""
    out = []
    for m in _CAPS_INVERTED.finditer(line):
        family = m.group("family")
        if len(family.replace(" ", "")) < 4:
            continue  # "HR, Maria": an acronym, not a family name
        title = title_after(line[m.end() :])
        if title:
            words = [w.lower() if w in _PARTICLES else _soften(w) for w in family.split()]
            out.append((f"{m.group('given')} {' '.join(words)}", title, m.start(), m.end()))
    return out


def _soften(word: str) -> str:
    """ "MENSAH-BONSU" -> "Mensah-Bonsu", "O'NEILL" -> "O'Neill"."""
    return re.sub(rf"[{_UP}]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word)


# "3. Mr. A. K. M. Shahidullah, Head of HR & Admin": given names written as initials
# (Bangladesh, South India), a list line with a title after the family name
_INITIALLED = re.compile(
    rf"(?:^|(?<=\s))(?P<name>(?:[{_UP}]\.\s?){{2,3}}[{_UP}][{_LOW}'’-]+)(?=\s*[,(–—-])"
)


def initialled(
    line: str, title_after: Callable[[str], str | None]
) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of each "A. K. M. Shahidullah, Title" on the line."""
    out = []
    for m in _INITIALLED.finditer(line):
        title = title_after(line[m.end() :])
        if title:
            out.append((m.group("name"), title, m.start("name"), m.end()))
    return out


# "TANAKA Hiroshi (Engineering Manager)": a Japanese, Korean or Chinese name written family
# first with the family name in capitals, kept as written
_CAPS_FIRST = re.compile(
    rf"(?<![\w@.])(?P<family>[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?) (?P<given>{_GIVEN})(?=\s*[(,–—-])"
)


# a Japanese family name in romaji (syllables only: never "WASH", "APAC", "NHS") or a
# common Korean or Chinese one
_ROMAJI = r"(?:(?:[KGSZTDNHBPMRW]|SH|CH|TS|J|F|[KGNHBPMR]Y)?[AIUEO]|Y[AUO]|N(?![AIUEO]))+"
_HANGUL_HANZI = (
    "KIM|LEE|PARK|CHOI|JUNG|JEONG|KANG|CHO|YOON|JANG|LIM|HAN|SHIN|SEO|KWON|HWANG|SONG|AHN|"
    "YOO|WANG|ZHANG|LIU|CHEN|YANG|HUANG|ZHAO|ZHOU|XU|SUN|ZHU|GUO|LIN|LUO|GAO|LIANG|ZHENG|"
    "XIE|TANG|WONG|CHAN|LAU|TAN|GOH|ONG|TEO|CHUA|CHOW|LEUNG|CHEUNG|NGUYEN|TRAN|PHAM"
)
_EAST_ASIAN = re.compile(rf"{_ROMAJI}|{_HANGUL_HANZI}")


def caps_first(
    line: str, title_after: Callable[[str], str | None], valid: Callable[[str], bool]
) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of each "FAMILY Given (Title)" on the line."""
    out = []
    for m in _CAPS_FIRST.finditer(line):
        title = title_after(line[m.end() :])
        given = m.group("given")
        if given.lower() in ORG_WORDS or not _EAST_ASIAN.fullmatch(m.group("family")):
            continue  # "WASH Alliance (Nairobi)", "NHS Trust": an organisation's letters
        if title and valid(f"{given} {_soften(m.group('family'))}"):
            out.append((m.group(0), title, m.start(), m.end()))
    return out
