"""A name written right after its title, with nothing between: "Operasyon Müdürü Selin Kaya",
"İnsan Kaynakları Uzmanı Zeynep Aydın", "Jefe de Planta Luis Quispe", "Kepala Bagian HRD
Budi Santoso".

Turkish, Indonesian and many formal letters put the title first, and the NER (or a list
line) then reads title and name as one person's name. The title ends at its head word
("Müdürü", "Jefe") and at the words a head takes after it ("de Planta", "of Engineering");
what follows is the name, when it is one. Cheap: a split of a few words, no regex per name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .name_words import NOT_NAME, TITLE_HEAD

# the words that carry a title on after its head: "Head of Research", "Jefe de Planta"
_CONNECTOR_WORDS = "of for de del da do das dos di du des der für van voor"
_CONNECTORS = frozenset(_CONNECTOR_WORDS.split())
# the words that qualify a head after it: "Gerente General Luis Quispe", "Director Adjunto"
_QUALIFIER_WORDS = (
    "general generale senior junior regional nacional national adjunto adjunta adjoint "
    "adjointe interino interina ejecutivo ejecutiva executive comercial commercial"
)
_QUALIFIERS = frozenset(_QUALIFIER_WORDS.split())
# a list line of one person, title first: "- Operasyon Müdürü Selin Kaya (Mülakat)"
_LIST_LINE = re.compile(
    r"^\s*(?:[-•*·–▪]|\d{1,2}[.)])\s+(?P<words>[^\W\d_](?:[^\d(),:;@|\n–—-]|-(?=\w)){5,90}?)"
    r"\s*(?:\([^()]*\))?"
    r"\s*[.;]?\s*$"
)


def split_title(words: str, valid: Callable[[str], bool]) -> tuple[str, str] | None:
    """(title, name) when `words` are a title and a name of two or more words, or None."""
    parts = words.split()
    found = None
    for at, word in enumerate(parts[:-2]):
        if not word[:1].isupper() or not TITLE_HEAD.fullmatch(word):
            continue
        cut = at + 1
        while cut + 2 < len(parts) and _in_title(parts[cut]):
            cut += 1  # "Kepala Bagian HRD Budi Santoso", "Gerente General Luis Quispe"
        while cut + 2 < len(parts) and parts[cut] in _CONNECTORS and parts[cut + 1][:1].isupper():
            cut += 2  # "Head of Engineering Dana Lee": the title goes on over "of Engineering"
        name = " ".join(parts[cut:])
        if len(parts) - cut >= 2 and name[:1].isupper() and valid(name):
            found = (" ".join(parts[:cut]), name)  # the last head wins: "Senior Engineer Ana"
    return found


def _in_title(word: str) -> bool:
    """A word that goes on with a title after its head: a qualifier, a department's word or
    an acronym ("General", "Bagian", "Produksi", "HRD")."""
    low = word.lower()
    return low in _QUALIFIERS or low in NOT_NAME or (word.isupper() and len(word) > 1)


def titled_list_line(line: str, valid: Callable[[str], bool]) -> tuple[str, str, int, int] | None:
    """(name, title, start, end) of a list line that is one title and one name."""
    m = _LIST_LINE.match(line)
    split = split_title(m.group("words"), valid) if m else None
    if m is None or split is None:
        return None
    title, name = split
    start = m.start("words") + m.group("words").rfind(name)
    return name, title, start, start + len(name)


_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
# "con el Jefe de Planta Luis Quispe", "with our Engineering Director Dana Lee": the title in
# capitals between the word that meets someone (and its article) and the name
_MET_TITLED = re.compile(
    r"\b(?:with|meet|com|con|avec|mit|met|med|and|y|e|et|und|och|og)\s+"
    r"(?:(?:the|our|your|la|el|le|o|a|der|die|dem|den|nuestr[oa]|notre|unser\w*)\s+)?"
    rf"(?P<words>[{_UP}][\w'’-]*(?:\s+(?:(?:of|for|de|del|da|do|di|du|des|der|für)\s+)?"
    rf"[{_UP}][\w'’-]*){{2,7}})"
)


def met_titled(line: str, valid: Callable[[str], bool]) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of each person met whose title comes first, capitalised."""
    out = []
    for m in _MET_TITLED.finditer(line):
        split = split_title(m.group("words"), valid)
        if split:
            start = m.start("words") + m.group("words").rfind(split[1])
            out.append((split[1], split[0], start, start + len(split[1])))
    return out


# "jono our head chef will do the chat with me": a small employer writing all in lower case
# starts a sentence with a given name and its title after "our"
_LOWER_TITLED = re.compile(
    r"(?:^|[.!?]\s+)(?P<name>[a-z][a-z'’-]{2,14}),?\s+(?:our|my)\s+"
    r"(?P<words>[a-z]+(?:\s+[a-z]+){0,2})"
)
_NOT_GIVEN_WORDS = (
    "and but also then after before with about just maybe hopefully thanks sorry yes okay ok "
    "well so anyway please obviously unfortunately luckily sadly basically today tomorrow "
    "tonight now here there hi hey hello yesterday next first otherwise meanwhile btw fyi oh "
    "ah plus cheers sure great cool perfect awesome actually honestly anyways luckily also "
    "me you we they he she it if when where what who how why"
)
_NOT_GIVEN = frozenset(_NOT_GIVEN_WORDS.split())


def lower_case_titled(line: str) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of "jono our head chef" in a line with no capital letters."""
    if any(c.isupper() for c in line):
        return []
    out = []
    for m in _LOWER_TITLED.finditer(line):
        name, words = m.group("name"), m.group("words").split()
        heads = [at for at, word in enumerate(words) if TITLE_HEAD.fullmatch(word)]
        if heads and _given_word(name):  # "head chef", "manager"
            title = " ".join(words[: heads[-1] + 1])
            out.append((name.capitalize(), title, m.start("name"), m.end("name")))
    return out


def _given_word(word: str) -> bool:
    return not (word in _NOT_GIVEN or word in NOT_NAME or TITLE_HEAD.fullmatch(word))
