"""People a list line names in a script other than the Latin one: "- سامر الخطيب، مدير البرامج",
"• Иван Петров — руководитель отдела", "- דנה כהן, מנהלת מוצר".

NAME_RE reads Latin letters only and the NER was trained on English, so a name written in
Arabic, Cyrillic, Hebrew or Greek letters is found here by its shape on a list line: two to
four words of one script, a comma (the Arabic one too) or a dash, and a title with one of
that script's job-title words. Cheap regexes over one line; no pass of the NER.
"""

from __future__ import annotations

import re

_SCRIPTS = {
    # Arabic (with its diacritics), titles with or without the article "ال"
    "\u0600-\u06ff": r"(?:^|\s)(?:ال)?(?:مدير|مديرة|رئيس|رئيسة|منسق|منسقة|مسؤول|مسؤولة|أخصائي|"
    r"أخصائية|اخصائي|مستشار|مستشارة|نائب|مهندس|مهندسة|محلل|محللة|مشرف|مشرفة|ممثل|ممثلة)(?=\s|$)",
    # Cyrillic: Russian, Ukrainian, Bulgarian, Serbian
    "\u0400-\u04ff": r"(?i)(?:директор|менеджер|руководител|начальник|инженер|специалист|ведущ|"
    r"главн|рекрутер|аналитик|разработчик|заместител|керівник|фахівець|управител|уредник)",
    "\u0590-\u05ff": r"(?:מנהל|מנהלת|ראש|מהנדס|מהנדסת|אחראי|אחראית|רכז|רכזת|יועץ|יועצת|סמנכ)",
    "\u0370-\u03ff": r"(?i)(?:διευθυντ|υπεύθυν|μηχανικ|προϊστάμεν|σύμβουλ|αναλυτ)",
}
_LINES = [
    (
        re.compile(
            rf"^[^\w{letters}]*(?P<name>[{letters}]{{2,}}(?: [{letters}]{{2,}}){{1,3}})"
            rf"\s*(?:[,،]|\s[-–—]\s)\s*(?P<title>[^\n()]{{2,60}}?)\s*(?:[(;.]|$)"
        ),
        re.compile(heads),
    )
    for letters, heads in _SCRIPTS.items()
]


def script_mentions(line: str) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of the list line's person, when the name and the title are
    written in one non-Latin script."""
    out = []
    for shape, heads in _LINES:
        m = shape.match(line)
        if m and heads.search(m.group("title")) and not heads.search(m.group("name")):
            out.append((m.group("name"), m.group("title"), m.start("name"), m.end()))
    return out
