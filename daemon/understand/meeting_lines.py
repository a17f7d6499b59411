"""The words that make a line one about meeting someone, and the headers a list of people
stands under ("Your interviewers:", "Here is the plan for Tuesday:"), not the ones a list of
things to bring does ("Kindly come along with the following:")."""

from __future__ import annotations

import re

MEET = re.compile(
    r"(?i)\b(meet|meeting|interview(s|ed|ing|er|ers)?|speak|speaking|talk|talking|chat|joined|"
    r"hiring manager|(?:you|tu|du|vous|usted|você),\s+(?-i:[A-Z])\w+\s+(?:and|e|y|und|et)|"
    r"panel|panelists?|join(ing)?|conduct|lead(ing)?|run(ning)?(?!\s+(?:you\s+)?through)|with|"
    r"hosted by|led by|"
    r"entrevistador\w*|com quem|con quien|mit|avec|committee|me and|and I|rencontr\w*|"
    r"conversar\w*|convers\w*|hablar\w*|spreekt|spreken|sprechen|treffen|träffa\w*|incontr\w*|"
    r"conocer\w*|entrevista\w*|entretien|gespräch\w*|colloquio|con|com|met|med|"
    r"rozmow\w*|spotkani\w*|udział|gesprek\w*|gevoerd|intervju\w*|pohovor\w*|haastattel\w*|"
    r"sollicitatie\w*|vorstellungs\w*|面接|available|mülakat\w*|görüşme\w*|ile|interjú\w*|"
    r"cover(s|ing)?|step(s|ping)? in|"
    r"fill(s|ing)? in|take over|stand(s|ing)? in|instead|replac\w+|remplac\w+|sustitu\w+|"
    r"reemplaz\w+|vertret\w+|sostitu\w+|substitu\w+|vervang\w+|sit(s|ting)? (in|down)|"
    r"(give|gives|giving) you a (call|ring)|(phone|video|screening) (call|screen)|"
    # "Vous serez reçue par Mme Perrin et M. Berset": received by whom one meets
    r"re[çc]ue?s? par|recibid[oa]s? por|recebid[oa]s? por|accolt[oa] da|ricevut[oa] da)\b|"
    r"\bI(?:'ll| will) (?:also )?bring\b|"
    r"(?<!\w)w/\s|"  # "30 mins w/ me + Priyanka"
    r"\b(?:will|'ll) (?:then |also |first )?(?:take|walk) you through\b|"
    r"\b(?:pull|bring|loop)(?:s|ing)? (?:in|along)\b|\bI(?:'ve| have) (?:added|invited)\b|"
    r"\b(?:next up|up next)\b|\bpresent(?:ing)? (?:\w+ ){0,3}to\b|"
    r"\b(?:et|and|y|e|und|en|och|og) (?:moi(?:-même)?|myself|yo|eu|ich|ik|jag)\b|"
    r"\b(?:cook|bake|work|present)(?:s|ing)? (?:for|with|alongside)\b|\bdiscussions?\b"
)
LIST_HEADER = re.compile(
    r"(?i)(panel|interviewers?|you('ll| will) (meet|be meeting|speak|be speaking)|"
    r"meeting with|schedule|agenda|line-?up|who you('ll| will) meet|plan for|itinerary|timetable|"
    r"programme|program|composed of|comit[ée]|jury|board members?|"
    r"(oral|interview|selection|viva|assessment|review) board|"
    r"commission|commissione|comisi[óo]n|tribunal|"
    r"(?:auswahl)?gremium|auswahlkommission|banca|painel|compos[ée]e? de|composto da|"
    r"compuesto por|bestehend aus|bestaat uit|comprise|comprising|consists? of|made up of|"
    # the commissions of Polish, Czech, Turkish, Greek, Russian, Indonesian, Swahili letters
    r"komisj\w*|komise|komisia|komisyon\w*|bizottság|επιτροπ\w*|комисси\w*|panitia|jopo)\b"
    r"(?:.*:|[^.!?]{0,30})\s*$"
)
CC_LINE = re.compile(r"(?i)^\W*(cc|bcc|kopie|copie|copia|c\.c\.)\s*:")
RULE = re.compile(r"^[\s|:+=-]*-{3,}[\s|:+=-]*$")  # a table's rule under its header row
BULLET = re.compile(r"^\s*(?:[-*•·●▪◦]|\d+[.)])\s+")


def under_list_header(lines: list[tuple[int, int, str]], line_no: int) -> bool:
    prose = _PROSE.match(lines[line_no][2]) is not None
    for back in range(line_no - 1, max(-1, line_no - 8), -1):
        text = lines[back][2].strip()
        if not text:
            if prose:  # "Zu Beginn bitten wir Sie um eine kurze Präsentation ...": a paragraph
                return False  # after the list, not one of its items
            continue
        if THINGS.search(text):
            return False  # "Kindly come along with the following:": documents, not people
        if LIST_HEADER.search(text) or (text.endswith(":") and MEET.search(text)):
            return True
        if not re.match(r"^\s*([-*•·●▪◦]|\d+[.)]|\d{1,2}[:.h]\d\d|[A-Z])", text):
            return False  # "2:00 PM  Technical Screen  Tom Hardy": an agenda goes on
    return False


# a paragraph: ten words or more, and a sentence that ends in it
_PROSE = re.compile(r"^\s*[^-*•·●▪◦\d\s](?=(?:\S+\s+){9})[^\n]*[.!?](?:\s|$)")


THINGS = re.compile(
    r"(?i)\b(bring|come along with|carry|documents?|items|requirements|checklist)\b"
)
