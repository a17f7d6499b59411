"""The employer's name as its mail domain spells it: "lumenhealth" for Lumen Health,
"lakeshoremfg" for Lakeshore Manufacturing, "siah.edu.sg" for the Singapore Institute of
Applied Health, with the labels a country or a new top-level domain adds left out."""

from __future__ import annotations

import re

from ..model import Email
from .addresses import ascii_fold
from .org_words import ATS_WORDS, ORG_WORDS

_CAPS = re.compile(r"\b[A-Z][\w&'-]*(?:[ \t]+(?:(?:&|of|de|del|des|du)[ \t]+)?[A-Z][\w&'-]*){0,4}")


def domain_word(address: str | None) -> str | None:
    """ "careers@mail.lumenhealth.example" -> "lumenhealth" (None for ATS and freemail)."""
    if not address or "@" not in address:
        return None
    parts = address.split("@")[1].lower().split(".")
    for part in reversed(parts[:-1] if len(parts) > 1 else parts):
        if parts[-1] == "us" and len(part) == 2:
            continue  # "lincolnheights.k12.mn.us": a state's label
        if part in {
            "co",
            "com",
            "mail",
            "email",
            "jobs",
            "careers",
            "us",
            "eu",
            "hire",
            "talent",
            "recruiting",
            "example",
            "org",
            "net",
            "io",
            *_PUBLIC_LABELS,
        }:
            continue
        stem = part.replace("-mail", "")
        if any(w in stem for w in ATS_WORDS):
            continue  # the tool's label; "brightmart.paradox.example" is still Brightmart's
        return stem
    return None


# "harbourlinecouncil.nsw.gov.au", "northbridge.ac.uk", "kilimanimission.or.ke",
# "foxglove.studio": the labels a country or a new top-level domain adds
_PUBLIC_WORDS = (
    "gov govt gouv gob go edu ac sch or ne nhs mil ed k12 ltd plc nic "
    "nsw vic qld studio app dev ai design agency digital bel av pol tsk"
)
_PUBLIC_LABELS = frozenset(_PUBLIC_WORDS.split())


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def domain_spelled(email: Email, text: str | None = None) -> list[str]:
    """Capitalised phrases that spell the sender's domain ("Lumen Health" for lumenhealth)
    in the subject and `text` (the message's own text unless given)."""
    dom = domain_word(email.sender.email) or domain_word(
        email.reply_to[0].email if email.reply_to else None
    )
    if not dom or len(dom) < 3 or dom in ORG_WORDS:
        return []  # (and "health.nsw.gov.au" spells no one body in particular)
    out = []
    want = dom.replace("-", "")
    # "cnha-acpn": one part the English initials, one the French ("Canadian Northern ...")
    parts = [p for p in dom.split("-") if len(p) >= 3] if "-" in dom else []
    starts = {want[0], *(p[0] for p in parts)}  # every spelling starts with the domain's letter
    source = f"{email.subject}\n{email.new_text if text is None else text}"
    for m in _ACRONYMED.finditer(source):  # "Rhein-Neckar Institute for ... (RNIMM)"
        if m.group("acronym").lower() == want:
            out.extend([m.group("org").strip()] * 2)
    for m in _CAPS.finditer(source):
        words = m.group(0).split()
        spans = (
            " ".join(words[i:j])
            for i in range(len(words))
            if words[i][0].isupper()
            and ascii_fold(words[i][0].translate(_LETTERS)).lower() in starts
            for j in range(len(words), i, -1)
            if words[j - 1][0].isupper()  # never "Sagarika Hotels &"
        )
        match = next((s for s in spans if spells(s, want) or _initials(s, parts)), None)
        if match:
            at = m.group(0).index(match)
            match += _org_words_after(m.group(0)[at + len(match) :].split())
            out.extend([_with_lead(m.group(0)[:at].split(), match)] * 2)
    return out


_ACRONYMED = re.compile(
    r"(?P<org>[A-Z][\w'-]*(?:[ \t]+(?:[A-Z][\w'-]*|of|for|and|de|&)){1,7})[ \t]*"
    r"\((?P<acronym>[A-Z]{2,8})\)"
)


def _org_words_after(rest: list[str]) -> str:
    """ "Robotics" after "Copperleaf", "Medical Center", "Hotels & Resorts": the words that
    say what the organisation is."""
    out = ""
    for i, word in enumerate(rest[:3]):
        following = rest[i + 1] if i + 1 < len(rest) else ""
        joined = word in {"&", "and"} and following.lower().strip(".,") in ORG_WORDS
        if word.lower().strip(".,") not in ORG_WORDS and not joined:
            break
        out += f" {word.strip('.,')}"
    return out


# the words an organisation's name starts with: "University of Northbridge", "Gemeente X"
_LEAD_WORDS = (
    "university universidad universidade universität université università hospital hôpital "
    "ospedale gemeente fundación fundação fondation fondazione stichting banco banca "
    "grupo gruppo groupe college institute instituto istituto ministry county city officine "
    "industrie laboratorios laboratori transportes talleres corporación corporacion corporação "
    "asociación associação association sociedad société"
)
_LEADS = frozenset(_LEAD_WORDS.split())
_LEADS_FOLDED = frozenset(squash(ascii_fold(w)) for w in _LEADS)


def _with_lead(before: list[str], match: str) -> str:
    """ "University of" + "Northbridge", "Gemeente" + "Zaanstede"."""
    lead = before[-2:] if len(before) >= 2 and before[-1].lower() in _JOINERS else before[-1:]
    if lead and lead[0].lower() in _LEADS:
        return " ".join([*lead, match])
    return match


_SPELLED = re.compile(
    r"\b[A-Z][\w'’-]*(?:,?[ \t]+(?:(?:of|and|for|the|de|des|du|del|la|le|et|y|für)[ \t]+)*"
    r"[A-Z][\w'’-]*){2,8}"
)
_SMALL = frozenset(
    ["of", "and", "for", "the", "de", "des", "du", "del", "la", "le", "et", "y", "für"]
)


def spelled_out(acronym: str, text: str) -> str | None:
    """ "Global Health Equity Fund" for GHEF, "United Nations Development Programme" for
    UNDP: the name the text writes out whose initials (small words left out) are the
    acronym."""
    want = acronym.lower()
    for m in _SPELLED.finditer(text[:20_000]):
        words = m.group(0).split()
        for i in range(len(words)):
            big = [w for w in words[i:] if w.rstrip(",") not in _SMALL]
            if len(big) >= len(want) and "".join(w[0] for w in big[: len(want)]).lower() == want:
                cut = words[i:]
                while cut[-1] != big[len(want) - 1] or len(
                    [w for w in cut if w.rstrip(",") not in _SMALL]
                ) > len(want):
                    cut = cut[:-1]
                return " ".join(cut).rstrip(",")
    return None


def _initials(phrase: str, parts: list[str]) -> bool:
    words = phrase.split()
    return len(words) >= 3 and "".join(w[0] for w in words).lower() in parts


def spells(phrase: str, want: str) -> bool:
    """ "Larkspur Health" spells larkspurhealth, "Azur Mobilité" azurmobilite, "Redwood
    Credit Union" redwoodcu, "Laboratorios Alcántara" labalcantara, "Lakeshore
    Manufacturing" lakeshoremfg, "Calyx Therapeutics" calyxtx, "Tally" tallyhq, "Singapore
    Institute of Applied Health" siah."""
    if any(c in "äöüÄÖÜ" for c in phrase) and spells(phrase.translate(_UMLAUTS), want):
        return True  # "Alpenrück" of alpenrueck: German spells ü as ue in an address
    every = [squash(ascii_fold(w.translate(_LETTERS))) for w in phrase.split()]
    words = [w for w in every if w and w not in _JOINERS]
    if not words:
        return False
    if want in ("".join(words), "".join(every)) or abbreviates(words, want):
        return True
    bare = re.sub(r"(hq|app|inc|co|corp|group|global|team|careers|jobs|hr)$", "", want)
    if bare != want and len(bare) >= 4 and "".join(words) == bare:
        return True  # "Tally" of tallyhq
    if len(words) >= 3 and len(want) >= 4 and "".join(w[0] for w in words) == want:
        return True  # initials: "siah"
    if len(words) < 2:
        return False
    for k in range(1, len(words)):
        if "".join(words[:k]) + "".join(w[0] for w in words[k:]) == want:
            return True
    rest = "".join(words[1:])
    return any(words[0][:n] + rest == want for n in range(3, len(words[0])))


# letters with no accent to drop, spelled as their domains spell them ("Trans-Wisła")
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "æ": "ae", "ı": "i", "İ": "I"}
)  # and the Turkish dotless i ("Anadolu Yazılım" of anadoluyazilim)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_JOINERS = frozenset(["of", "and", "de", "del", "des", "du"])
# abbreviations firms put in their domains: "calyxtx" (Therapeutics), "acmeintl"
_ABBREVIATIONS = {"tx": "therapeutics", "intl": "international", "svc": "services"}
_ABBREVIATIONS |= {"infra": "infrastructure", "tech": "technologies", "eng": "engineering"}


def abbreviates(words: list[str], want: str) -> bool:
    """`want` is the words in order, each shortened to letters of it starting with its first
    ("med" of medical, "mfg" of manufacturing, "mf" of microfinance); the first word whole
    or at least three letters, the others at least one."""
    if len(words) < 2 or len(want) < 5:
        return False
    return _abbrev(words, want, first=True)


def _abbrev(words: list[str], want: str, first: bool = False) -> bool:
    if not words:
        return not want
    word = words[0]
    least = 3 if first and word not in _LEADS_FOLDED else 1  # "hsantaaurora": the Hospital's h
    for k in range(min(len(want), len(word)), least - 1, -1):
        piece = want[:k]
        short = _ABBREVIATIONS.get(piece) == word
        if not first and 4 < k < len(word) and word.startswith(piece) and not short:
            continue  # "med", "mfg", "stlaurent" shorten a word; "healt" does not
        if (short or (piece[0] == word[0] and _subsequence(piece, word))) and _abbrev(
            words[1:], want[k:]
        ):
            return True
    return False


def _subsequence(piece: str, word: str) -> bool:
    letters = iter(word)
    return all(ch in letters for ch in piece)
