"""The employer.

The employer is not the applicant-tracking system that sent the mail (Greenhouse, Lever,
Workday...) nor a staffing agency: phrases like "your application to X", "X is hiring",
"at X", the sender's display name ("X Recruiting", "Y at X", "X via Greenhouse"), the
signature's company line and the sender's domain are weighed together; the NER's ORGs are
candidates that match one of them. The role is in roles.py.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from typing import Any

from ..model import Email
from .name_words import TITLE_HEAD
from .org_domains import domain_spelled, domain_word, spelled_out, squash
from .org_lines import LEAD, display_org, letter_org, script_org
from .org_whole import folded, grown, only_within, within, written_any_case
from .org_words import ATS_WORDS, MESSAGE_WORDS, NOT_ORG_START, ORG_WORDS
from .roles import ROLE_HEAD
from .signature import body_lines as _body_lines

# the letter and its signature, split once per message (read for every candidate's check)
body_lines = functools.lru_cache(maxsize=4)(_body_lines)
_ORG_SUFFIX = r"(?:\s+(?:Inc\.?|LLC|Ltd\.?|GmbH|AG|S\.A\.|SAS|BV|B\.V\.|plc|PLC|Corp\.?|Co\.))?"
_NAME = (  # "Transportes del Bajío", "Banco do Brasil", "St. Aloysius School" too
    r"(?P<org>(?:St\.|[A-Z][\w&'-]*)(?:\s+(?:[A-Z][\w&'-]*|&|of|de|del|della|do|da|dos|di|and))*"
    + _ORG_SUFFIX
    + ")"
)
PHRASES = [
    re.compile(p)
    for p in (
        r"(?i:applica\w+|interest|interview\w*|position|role|opening|career|team|offer|candidacy|join(?:ing)?|opportunit\w+|spot|job|vacancy)(?:\s*\([^()\n]{1,30}\))?\s+(?i:to|at|with|for|from|in)\s+"
        + _NAME,
        # "a vaga de Analista de Dados Sênior na Trilha", "le poste de ... chez Ardent"
        r"(?i:vaga|cargo|posição|poste|posizione|ruolo)\b[^\n.]{0,60}?\s(?:na|no|em|chez|presso)\s+"
        + _NAME,
        # a call's or a voicemail's opening: "this is Dave with Reliable Plumbing and Drain"
        r"(?i:this is|it's|it is)\s+[A-Z][\w'-]+\s+(?i:with|from|at|over at)\s+" + _NAME,
        r"(?i:here at|on behalf of|everyone at|the team at|talent team at|recruiting team at)\s+"
        + _NAME,
        r"^" + _NAME + r"\s+(?i:is hiring|recruiting|careers|talent|people team|hiring team)",
        # "Equipo de Talento de Grupo Alcarria", "Ihr Recruiting-Team der Grünwerk Energie GmbH"
        r"(?i:team|equipo|equipe|équipe)\b[^\n]{0,40}\s(?i:de|da|do|der|des|of|at|bei)\s+"
        + _NAME
        + r"\s*$",
        # "Sneha, Talent Acquisition Partner at Kestrel Data"
        r",\s+(?:[A-Z][\w-]*\s+){0,3}(?i:partner|recruiter|manager|director|lead|coordinator|"
        r"specialist|advisor|consultant|officer|generalist)\s+at\s+" + _NAME,
        # "Tan Wei Ling, Talent Acquisition Lead, Straits Harbour Bank" (a booking's host)
        r",\s+(?:[A-Z][\w-]*\s+){0,3}(?i:partner|recruiter|manager|director|lead|coordinator|"
        r"specialist|advisor|consultant|officer|generalist),\s+" + _NAME + r"\s*$",
    )
]
SENDER_NAME = [
    re.compile(r"^(?:.+?)\s+(?:at|@|from)\s+" + _NAME + r"$"),
    re.compile(r"^" + _NAME + r"\s+(?:via|through)\s+\w+"),
    re.compile(
        r"^"
        + _NAME
        + r"\s+(?i:recruiting|careers|talent|hiring|jobs|people|hr|team|talent acquisition|"
        r"human resources)\b.*$"
    ),
]
SUBJECT = [
    re.compile(
        r"(?:\bat|\bwith|\bto|\bfrom|\bfor|\bcon|\bcom|\bavec|\bmit|\bbei|\bchez|\bmet|\bpresso)\s+"
        + _NAME
        + r"\s*(?:[-–—|:!(]|$)"
    ),
    re.compile(r"^(?:(?i:re|fwd?|fw):\s*)*" + _NAME + r"\s*(?:[-–—|:]|<>)"),
]


def _clean_org(name: str) -> str | None:
    name = name.strip(" .,:;!-–—|")
    if not re.match(r"St\.? ", name):  # "Acme's" is Acme; "St Mary's" is the saint's
        name = re.sub(r"(?i)['’]s$", "", name).strip()
    name = re.sub(r"^(The|Team|All|At|Ihr|Ihre|Your|Votre|Su|Sua|Tu)\s+", "", name)
    name = re.sub(
        r"(?i)\s+(human resources|hr|recruiting|recruitment|talent acquisition|careers|team|"
        r"ltd\.?|limited|gmbh|inc\.?|llc|llp|ag|plc|s\.a\.|pvt\.?( ltd\.?)?|university recruiting|"
        r"co\.?,?|sp\.?( z o\.?o\.?)?|s\.?r\.?l\.?|s\.p\.a\.?|(?-i:SpA)|k\.?k\.?|pty( ltd\.?)?|"
        r"people( ops| team)?|hiring team|recruiting team|talent team)$",
        "",
        name,
    ).strip()
    name = re.sub(
        r"(?i)\s+(recruiting|recruitment|careers|talent( acquisition)?|hiring( team)?|team|"
        r"\w+-team|jobs|"
        r"people( team)?|hr|notifications?)$",
        "",
        name,
    ).strip()
    name = re.sub(r"(?i)(\s+(?:de|of|and|del|da|do|des|du|di|&))+$", "", name)  # "Equipo de"
    words = name.split()
    longest = 10 if words and words[0].lower() in LEAD else 7 if _org_worded(name) else 5
    if not words or len(words) > longest or squash(name) in _NOT_ORGS:
        return None
    if words[0].lower() in NOT_ORG_START or name.lower() in {"docusign", "zoom", "google"}:
        return None
    if any(w.lower() in MESSAGE_WORDS for w in words):
        return None  # "Oral Board Interview Notice", "Mülakat Daveti": the message's title
    if any(squash(w) in ATS_WORDS for w in words[:1]):
        return None
    return name


_NOT_ORGS = ATS_WORDS | {"re", "fwd", "fw", "aw"}
_AGENCY_WORDS = r"(?:search|recruit\w*|staffing|agency|headhunt\w*|executive|talent|resourcing)"
# an agency's domain starts or ends with what it does ("northstar-search", "meridiantalent");
# "fieldhousearchitects" only has "search" inside a word
AGENCY = re.compile(rf"(?i)(?:^|-){_AGENCY_WORDS}|(?:{_AGENCY_WORDS}|staff)(?:$|-)")


def company(email: Email, doc: Any | None) -> str | None:
    votes: Counter[str] = Counter()
    dom = domain_word(email.sender.email) or domain_word(
        email.reply_to[0].email if email.reply_to else None
    )
    # an agency's domain, or a search firm's subject ("Calloway Therapeutics - COO search")
    agency = bool(dom and AGENCY.search(dom)) or bool(_SEARCH.search(email.subject))
    people = _person_names(email, doc)
    clients = _clients(email) if agency else []
    for name, weight in [*_candidates(email, doc), *clients]:
        cleaned = _clean_org(name)
        sides = re.split(r"\s+(?:and|&)\s+", cleaned or "")  # "Omar Haddad and Lisa Park"
        named = any(squash(side) in people for side in sides)
        person = (weight < 2 or (name, weight) in clients) and named and not _org_worded(cleaned)
        if not cleaned or person or _signs(email, cleaned):
            continue
        flat = (dom or "").replace("-", "")  # "talentbridge-ea": TalentBridge East Africa
        on_domain = bool(flat) and (squash(cleaned) in flat or flat in squash(cleaned))
        votes[cleaned] += weight * (0 if agency and on_domain else 3 if on_domain else 1)
    votes = Counter({k: v for k, v in votes.items() if v > 0})
    lined = letter_org(*body_lines(email.new_text, email.sender.name))
    votes = _written_whole(
        votes, email, (lined, display_org(email.sender.name or ""), grown(votes))
    )
    whole = _clean_org(lined or "")
    if not votes and not agency and whole:  # "Azienda Ospedaliera ..." under the signature
        votes = Counter({whole: 1})
    if not votes and not agency:  # a short reply: "Mia Thompson | Coral Sea Travel" quoted
        votes = Counter(domain_spelled(email, email.text))
    if votes:
        best = _best(votes)
        if best.isupper() and 3 <= len(best) <= 6:  # "GHEF": as the text writes it out
            return spelled_out(best, email.text) or best
        return _acronym_out(_completed(best, email), email.new_text)
    if not dom or agency:
        return None
    return (
        written_any_case(email.new_text, dom)
        or (spelled_out(dom, email.new_text) if 3 <= len(dom) <= 6 else None)  # "dffh"
        or " ".join(w.capitalize() for w in dom.split("-"))
    )


def _acronym_out(name: str, text: str) -> str:
    """ "Riverbend ISD" is "Riverbend Independent School District" where the letter writes
    it so."""
    words = name.split()
    if len(words) < 2 or not (words[-1].isupper() and 2 <= len(words[-1]) <= 5):
        return name
    spelled = spelled_out(words[-1], text)
    whole = " ".join([*words[:-1], spelled]) if spelled else ""
    return whole if whole and whole in text else name


def _written_whole(votes: Counter[str], email: Email, orgs: tuple[str | None, ...]) -> Counter[str]:
    """ "Riad Atlas" (the domain's words) is "Riad Atlas Hôtels & Spa" where the letter writes
    the name whole on a line of its own, and only ever writes it so: the shorter name's votes
    go to the whole one ("Henderson's Hardware" also written alone stays itself)."""
    text = ""
    for org in set(orgs):
        whole = _clean_org(org or "")
        for short in [n for n in votes if whole and n != whole and within(n, whole)]:
            text = text or folded(f"{email.subject}\n{email.new_text}")  # (only when asked)
            if only_within(folded(short), folded(whole or ""), text):
                votes[whole or ""] += votes.pop(short)
    return votes


# an agency's news about its client: "Coastline Freight would love to meet you", "Fjord
# Energy want to offer you the job"
_CLIENT_NEWS = re.compile(
    _NAME + r"\s+(?:would (?:like|love)|wants?|is keen|are keen|has asked)\s+to\s+"
    r"(?:meet|see|interview|offer|invite|speak|talk|move)\b"
)


def _clients(email: Email) -> list[tuple[str, int]]:
    """The employer an agency writes about (its own name is never the employer)."""
    lines = [email.subject, *email.new_text.split("\n")[:30]]
    found = [m.group("org") for line in lines for m in _CLIENT_NEWS.finditer(line)]
    return [(org, 6) for org in found if not TITLE_HEAD.search(org)]  # not "the CEO would"


def _completed(name: str, email: Email) -> str:
    """ "Tidewater" in an agency's note is "Tidewater Logistics" in the invitation it
    forwards, "Sahra Live" is "Sahra Live Events" in the quoted application: the name, and
    what the organisation is after it elsewhere in the mail."""
    after = re.search(rf"\b{re.escape(name)}((?:\s+[A-Z][\w&'-]*){{1,2}})", email.text[:20_000])
    words = after.group(1).split() if after else []
    words = list(itertools.takewhile(lambda w: w.lower().strip(".,") not in _LEGAL, words))
    return (
        " ".join([name, *words]) if words and all(w.lower() in ORG_WORDS for w in words) else name
    )


def _signs(email: Email, name: str) -> bool:
    """ "Jane Whitfield via Greenhouse" signing "Jane": a person, not the employer."""
    words = name.split()
    if len(words) < 2:
        return False
    _, signature = body_lines(email.new_text, email.sender.name)
    return any(line.strip(" -–—~,.") == words[0] for line in signature[:3])


def _person_names(email: Email, doc: Any | None) -> set[str]:
    names = {squash(p.name) for p in (*email.to, *email.cc) if p.name}
    if doc is not None:
        names |= {squash(e.text) for e in doc.ents if e.label_ == "PERSON"}
    sides = {squash(side) for side in _PAIR.split(email.subject)}
    if len(sides) == 2 and sides & names:  # "Tom Hardy <> Jordan Avery": two people
        names |= sides
    return names


_LEGAL = frozenset(["inc", "ltd", "llc", "llp", "gmbh", "plc", "corp", "co", "pty", "limited"])
_PAIR = re.compile(r"\s+(?:<>|<->|x|×|/|\+|&|and)\s+")


def _best(votes: Counter[str]) -> str:
    """Most votes; among near-equals the longer name ("Lumen Health" over "Lumen")."""
    top = max(votes.values())
    tied = [n for n, v in votes.items() if v >= top - 1]
    merged = {n: sum(v for m, v in votes.items() if squash(m) in squash(n)) for n in tied}
    return max(merged, key=lambda n: (merged[n], len(n)))


CLIENT = re.compile(r"(?i:our client|on behalf of (?:our client|my client)|client,)\s+" + _NAME)


def _candidates(email: Email, doc: Any | None) -> list[tuple[str, int]]:
    """(name, weight): where a name was written says how surely it is the employer."""
    found: list[tuple[str, int]] = []
    sender = email.sender.name or ""
    for pattern in SENDER_NAME:
        m = pattern.match(sender)
        if m:
            found.append((m.group("org"), 1))
    for pattern in SUBJECT:
        found.extend((m.group("org"), 1) for m in pattern.finditer(email.subject))
    # a scheduling tool sends in the employer's name: "Keystone Regional Rail" <no-reply@
    # goodtime.io>, "Your interview with Keystone Regional Rail has been rescheduled"
    tool = any(w in (email.sender.email or "").rpartition("@")[2] for w in ATS_WORDS)
    if (
        tool
        and len(sender.split()) > 1
        and any(f"{w} {sender}" in email.subject for w in ("with", "at", "from"))
    ):
        found.append((sender, 2))
    elif tool and len(sender.split()) > 1 and sender in email.new_text:
        found.append((sender, 2))  # "County of Placer" <noreply@governmentjobs.com> signs so
    found.extend((line, 2) for line in _signature_orgs(email))
    # "Ministère de la Santé et de l'Action sociale" alone under the signature, "دائرة الموارد
    # البشرية - جامعة البلقاء الشرقية" as the sender: the name read whole
    found.extend((org, 2) for org in [display_org(sender)] if org)
    # written in the letter's own script, the name is as the letter gives it (Devanagari)
    found.extend((org, 4) for org in [script_org(email.new_text)] if org)
    # "Principal - St. Aloysius Senior Secondary School", "HR Department | Sahyadri Hospital"
    # (an organisation's words: "Talent - Jane Doe" names a person)
    dashed = _DASHED_SENDER.match(sender)
    if dashed and _org_worded(dashed.group("org")):
        found.append((dashed.group("org"), 1))
    tail = _SUBJECT_TAIL.search(email.subject)  # "Invitation ... - Pennine Valley NHS Trust"
    if tail and _org_worded(tail.group("org")):
        found.append((tail.group("org"), 2))
    for line in email.new_text.split("\n"):
        for pattern in PHRASES:
            found.extend((m.group("org"), 1) for m in pattern.finditer(line))
        found.extend((m.group("org"), 6) for m in CLIENT.finditer(line))
        found.extend((m.group("org"), 3) for m in _LABELLED.finditer(line))
        found.extend((m.group("org") or m.group("org2"), 2) for m in _LEGAL_FORM.finditer(line))
    found.extend((name, 2) for name in domain_spelled(email))  # spells the domain: no person
    if doc is not None:
        dom = domain_word(email.sender.email)
        for ent in doc.ents:
            stem = squash(ent.text)[:5]  # ("İK", "HR": too short to say it spells the domain)
            if ent.label_ == "ORG" and dom and len(stem) >= 3 and stem in dom:
                found.append((ent.text, 1))
    return [(_trim_org(f), w) for f, w in found]


# a line that labels the employer ("Organisation:" and its words in other languages)
_LABELLED = re.compile(
    r"^\W*(?i:organi[sz]ation|company|employer|hiring company|client|empresa|entreprise|"
    r"unternehmen|arbeitgeber|azienda|organisatie|werkgever|firma)\s*:\s*" + _NAME
)
# a line that is an Indonesian or Malaysian company's legal name: "PT Bara Kalimantan
# Sejahtera", "Kilang Timur Sdn Bhd" (the legal form left out of the name)
_LEGAL_FORM = re.compile(
    r"^\W*(?:(?:PT|P\.T\.)\s+(?P<org>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4}?)(?:\s+Tbk\.?)?"
    r"|(?P<org2>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4})\s+Sdn\.?\s*Bhd\.?)\s*$"
)
_SEARCH = re.compile(r"(?i)\b(?:executive |retained )?search\b")
_DASHED_SENDER = re.compile(r"^(?:.+?)\s+[-–—|]\s+" + _NAME + r"$")
_SUBJECT_TAIL = re.compile(r"\s[-–—|]\s+" + _NAME + r"\s*$")


def _signature_orgs(email: Email) -> list[str]:
    """ "Hollins Valley NHS Foundation Trust" on a line of its own under the sign-off."""
    _, signature = body_lines(email.new_text, email.sender.name)
    found = [re.match(_NAME + r"\s*(?:,|$)", line.strip()) for line in signature[-5:]]
    return [m.group("org") for m in found if m and _org_worded(m.group("org"))]


def _org_worded(name: str | None) -> bool:
    """ "Marlowe Retail", "Pennine Valley Hospitals NHS Foundation Trust": a name that says
    it is an organisation (the NER may still call it a person)."""
    return bool(name) and any(w.lower().strip(".,") in ORG_WORDS for w in (name or "").split())


def _trim_org(name: str) -> str:
    """Cut a captured name at words that end it ("Acme for the Senior ..."); a capture that
    runs into a job title was the role, not the employer."""
    out: list[str] = []
    words = name.split()
    for i, w in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if w.lower() in {"of", "and", "for"} and following[:1].isupper() and out:
            out.append(w)  # "University of Northbridge", "Institute of Applied Health"
            continue
        if w.lower() in {"for", "to", "and", "the", "as", "is", "on", "in", "of"} and out:
            break
        if ROLE_HEAD.fullmatch(w) and w.lower() not in ORG_WORDS:  # "Fieldhouse Architects"
            return ""
        out.append(w)
    return " ".join(out)
