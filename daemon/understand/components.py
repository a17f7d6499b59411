"""Our spaCy pipeline components.

`name_order` cleans entity spans after the trained NER: no entity crosses a line break,
honorifics (Dr., Ms., Prof.) are
dropped from the span, and a surname-comma-given-name pair the NER split in two ("Hernández,
Luis") becomes one PERSON whose `._.natural` is "Luis Hernández". Every PERSON gets
`._.natural`, the name in natural order without honorifics.
"""

from __future__ import annotations

import re
from typing import Any

from .limits import one_line
from .name_words import NOT_NAME, TITLE_HEAD

HONORIFICS = frozenset(
    [
        "dr",
        "dr.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "mx",
        "mx.",
        "prof",
        "prof.",
        "professor",
        "sir",
        "dame",
        "herr",
        "herrn",
        "frau",
        "mme",
        "mme.",
        "m.",
        "monsieur",
        "madame",
        "señor",
        "señora",
        "sr.",
        "sra.",
        "dott.",
        "ing.",
        "mag.",
        "hr.",
        "mlle",
        "mlle.",
        "eng.",
        "engr.",
        "arch.",
        "avv.",
        "dott.ssa",
        "ir.",
        "drs.",
        # and more from the languages hiring mail comes in ("Lic. Alejandro Pérez"); not the
        # ones that are names too (the Odia family name Pani): mentions.HONORIFIC has those
        "lic.",
        "licda.",
        "licdo.",
        "mtro.",
        "mtra.",
        "arq.",
        "sig.",
        "sig.ra",
        "dr.-ing.",
        "dipl.-ing.",
        "dhr.",
        "mevr.",
        "mw.",
        "dra.",
        "srta.",
        "doña",
        "dña.",
        "smt.",
        "bapak",
        "encik",
        "khun",
        "sayın",
        "rev.",
        "rev",
        "sgt.",
        "capt.",
        "cllr",
        "cllr.",
        "hon.",
        "datuk",
        "dato'",
        "sister",
        "matron",
    ]
)
_registered = False


def register() -> None:
    """Register the components and extensions once per process."""
    global _registered  # noqa: PLW0603 - spaCy's registry is process-wide too
    if _registered:
        return
    from spacy.language import Language
    from spacy.tokens import Span

    if not Span.has_extension("natural"):
        Span.set_extension("natural", getter=_natural)
    Language.component("name_order")(name_order)
    _registered = True


def _natural(span: Any) -> str:
    return natural_name(span.text)


_DEGREES = re.compile(r",?\s*\b(?:PhD|Ph\.D\.|MBA|MD|M\.D\.|CPA|MSc|PE|Esq\.?)\s*$")


def natural_name(text: str) -> str:
    """ "Hernández, Luis" -> "Luis Hernández"; "Dr. Priya Raman" -> "Priya Raman"."""
    split = one_line(text).split()  # (the "M." of "A. K. M. Shahidullah" is an initial)
    words = [w for i, w in enumerate(split) if w.lower() not in HONORIFICS or _initials(split, i)]
    name = _DEGREES.sub("", " ".join(words)).strip(" ,;:")
    if name.count(",") == 1:
        family, given = (part.strip() for part in name.split(","))
        given, particles = _trailing_particles(given)
        if family and given and _looks_family(family, given) and _looks_given(given):
            # "Berg, Pieter van der" -> "Pieter van der Berg"
            name = " ".join([given, *particles, family])
    return name


def _initials(words: list[str], at: int) -> bool:
    return len(words[at]) == 2 and at > 0 and bool(re.fullmatch(r"[A-Z]\.", words[at - 1]))


def _trailing_particles(given: str) -> tuple[str, list[str]]:
    words = given.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower() in PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), words[cut:]


def _looks_family(text: str, given: str) -> bool:
    """ "Berg", "El Amrani", "García Márquez" (Outlook's "Family, Given"), not "Talent Team"
    nor "Jane Doe, Senior PM"."""
    words = text.split()
    if len(words) == 1:
        return True
    particles = sum(1 for w in words if w.lower() in PARTICLES)  # "van Dijk", "de la Cruz"
    return (
        len(words) - particles == 1 + (particles == 0)
        and words[-1][:1].isupper()
        and all((w[:1].isupper() or w in PARTICLES) and w.replace("-", "").isalpha() for w in words)
        and not _TEAM_WORDS.search(text)
        and not TITLE_HEAD.search(given)
        and not any(w.lower() in NOT_NAME for w in given.split())
    )


_TEAM_WORDS = re.compile(
    r"(?i)\b(team|talent|recruit\w*|careers?|jobs|hr|people|hiring|staffing|group|inc|ltd|llc|"
    r"gmbh|corp|company|office|services|department|notifications?|calendar|support)\b"
)


_NOT_GIVEN = frozenset(["jr", "sr", "ii", "iii", "phd", "md", "inc", "ltd", "llc", "gmbh", "co"])


def _looks_given(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not any(w.lower().strip(".") in _NOT_GIVEN for w in words)
    )


def name_order(doc: Any) -> Any:
    from spacy.tokens import Span

    ents = [part for ent in doc.ents for part in _split_lines(ent)]
    out: list[Any] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if ent.label_ == "PERSON":
            ent = _with_particles(_drop_honorific(ent))
            while out and out[-1].end > ent.start:  # the given name was an entity of its own
                out.pop()
            merged = _inverted(doc, ent, ents[i + 1] if i + 1 < len(ents) else None)
            if merged is not None:
                out.append(Span(doc, merged[0], merged[1], label="PERSON"))
                i += 2
                continue
        if ent is not None:
            out.append(ent)
        i += 1
    doc.ents = out
    return doc


def _split_lines(ent: Any) -> list[Any]:
    """The NER sometimes runs a name into the next line ("Luis\nLuis Hernández\nRecruiter"):
    entities never cross a line break."""
    from spacy.tokens import Span

    if "\n" not in ent.text:
        return [ent]
    parts, start = [], ent.start
    for token in ent:
        if "\n" in token.text:
            if token.i > start:
                parts.append(Span(ent.doc, start, token.i, label=ent.label))
            start = token.i + 1
    if start < ent.end:
        parts.append(Span(ent.doc, start, ent.end, label=ent.label))
    return parts


def _drop_honorific(ent: Any) -> Any:
    start = ent.start
    polish = ent.end - ent.start > 2 and bool(_POLISH.search(ent.text))
    while start < ent.end - 1 and (
        ent.doc[start].lower_ in HONORIFICS
        or (polish and ent.doc[start].lower_ in _POLISH_HONORIFICS)
    ):
        start += 1
    return ent if start == ent.start else _span(ent, start)


# "Pan Łukasz Wróbel": the Polish "Mr", not the Chinese family name Pan ("Pan Wei Ming")
_POLISH = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
_POLISH_HONORIFICS = frozenset(["pan", "pani"])


PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "di",
        "del",
        "della",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "ten",
        "ter",
        "bin",
        "bint",
        "binti",
        "ap",
        "arap",
        "al",
        "el",
        "zu",
    ]
)


GAELIC = frozenset(["ní", "ni", "ó", "o", "nic", "uí", "ui", "mac", "mc"])


def _with_particles(ent: Any) -> Any:
    """ "Jan van der Berg": the NER often keeps only "Berg"; the particles and the given name
    before them belong to the name."""
    from spacy.tokens import Span

    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].lower_ in PARTICLES and doc[start - 1].is_lower:
        start -= 1
    irish = doc[start].lower_ in GAELIC and len(ent) > 1  # "Ní Dhúill" kept, "Aoife" not
    if start == 0 or (start == ent.start and not irish):
        return ent
    given = doc[start - 1]
    if not (given.is_title and given.is_alpha) or given.ent_type_ not in {"", "PERSON"}:
        return ent
    if "\n" in given.whitespace_ or given.lower_ in HONORIFICS:
        return ent
    return Span(doc, start - 1, ent.end, label=ent.label)


def _span(ent: Any, start: int) -> Any:
    from spacy.tokens import Span

    return Span(ent.doc, start, ent.end, label=ent.label)


def _inverted(doc: Any, ent: Any, following: Any) -> tuple[int, int] | None:
    """PERSON(one token) "," PERSON(one token), not inside a list of names."""
    if following is None or following.label_ != "PERSON" or len(ent) != 1 or len(following) > 2:
        return None
    if following.start != ent.end + 1 or doc[ent.end].text != ",":
        return None
    after = doc[following.end] if following.end < len(doc) else None
    if after is not None and (after.text == "," or after.lower_ in {"and", "&"}):
        return None
    return ent.start, following.end
