"""People a list line names in a script other than the Latin one: "- سامر الخطيب، مدير البرامج",
"• Иван Петров — руководитель отдела", "- דנה כהן, מנהלת מוצר", "Παπαδάκης, Γεώργιος – Γενικός
Διευθυντής", "2. डॉ. राजेश कुमार मीणा, विषय विशेषज्ञ", "1. นายสมศักดิ์ วงศ์ไทย ผู้อำนวยการฝ่ายช่าง",
"- 김민준 교수 (컴퓨터공학과 학과장)", "護理部主任　林美惠（Lin, Mei-Hui）".

NAME_RE reads Latin letters only and the NER was trained on English, so a name written in
another script is found here by its shape on a list line: a list number or bullet, the
script's honorific (dropped), two to four words of the script, a comma (the Arabic one too)
or a dash, and a title with one of that script's job-title words (or an English title).
Thai writes the honorific glued to the given name and no comma; Korean a title word after
the name; Chinese the title before it. Cheap regexes over one line; no pass of the NER.
"""

from __future__ import annotations

import re

from .name_words import TITLE_HEAD

# a list's number in any digits ("١.", "2.", "๓.") or its bullet, before the person
_LEAD = r"^[^\w{letters}]*(?:[\d٠-٩०-९๐-๙]{{1,2}}[.)]\s*)?"
_SCRIPTS = {
    # Arabic (with its diacritics), titles with or without the article "ال"
    "\u0600-\u06ff": (
        r"(?:^|\s)(?:ال)?(?:مدير|مديرة|رئيس|رئيسة|منسق|منسقة|مسؤول|مسؤولة|أخصائي|أخصائية|اخصائي|"
        r"مستشار|مستشارة|نائب|مهندس|مهندسة|محلل|محللة|مشرف|مشرفة|ممثل|ممثلة|عميد|عميدة|أستاذ|"
        r"أستاذة|عضو|باحث|باحثة|"
        # Persian and Urdu write "manager", "head", "expert" with their own letters
        r"مدیر|رئیس|کارشناس|مسئول|معاون|سرپرست|منیجر|ڈائریکٹر)(?=\s|$)",
        # "أ.د." (Prof. Dr.), "د.", "م." (Eng.), "أ." and the words for Mr, Mrs, Dr
        r"(?:أ\.\s?د\.|[دمأ]\s?[./]|(?:ال)?(?:سيد|سيدة|دكتور|دكتورة|أستاذ|أستاذة|مهندس|مهندسة)\s|"
        r"(?:آقای|خانم|دکتر|مهندس|جناب|محترمہ)\s)\s*",
    ),
    # Cyrillic: Russian, Ukrainian, Bulgarian, Serbian
    "\u0400-\u04ff": (
        r"(?i)(?:директор|менеджер|руководител|начальник|инженер|специалист|ведущ|"
        r"главн|рекрутер|аналитик|разработчик|заместител|керівник|фахівець|управител|уредник)",
        r"(?:г-н|г-жа|д-р|проф\.)\s+",
    ),
    "\u0590-\u05ff": (
        r"(?:מנהל|מנהלת|ראש|מהנדס|מהנדסת|אחראי|אחראית|רכז|רכזת|יועץ|יועצת|סמנכ)",
        r"(?:ד\"ר|ד״ר|פרופ['׳])\s+",
    ),
    "\u0370-\u03ff": (
        r"(?i)(?:διευθυντ|υπεύθυν|μηχανικ|προϊστάμεν|σύμβουλ|αναλυτ|πρόεδρ|μέλος)",
        r"(?:κ\.|κα|Δρ\.|Καθ\.)\s+",
    ),
    # Devanagari (Hindi, Marathi, Nepali): "श्रीमती", "श्री", "डॉ." before the name
    "\u0900-\u097f": (
        r"(?:प्राचार्य|विशेषज्ञ|सचिव|अध्यक्ष|प्रबंधक|निदेशक|अधिकारी|आचार्य|प्रोफेसर|सदस्य|प्रमुख|"
        r"अधीक्षक|अभियंता)",
        r"(?:श्रीमती|श्री|सुश्री|कुमारी|डॉ\.?|प्रो\.)\s*",
    ),
    # Bengali: "জনাব মোঃ রফিকুল ইসলাম, ব্যবস্থাপক" (Mr, Dr before the name; "Md." is the name's)
    "\u0980-\u09ff": (
        r"(?:ব্যবস্থাপক|পরিচালক|প্রধান|কর্মকর্তা|অধ্যাপক|সদস্য|সভাপতি|প্রকৌশলী)",
        r"(?:জনাব|ড\.|বেগম|মিসেস)\s*",
    ),
    # Tamil, its Mr, Mrs, Miss and Dr before the name
    "\u0b80-\u0bff": (
        r"(?:மேலாளர்|இயக்குநர்|தலைவர்|அலுவலர்|பேராசிரியர்|உறுப்பினர்|பொறியாளர்)",
        r"(?:திரு\.?|திருமதி|செல்வி|முனைவர்|டாக்டர்)\s*",
    ),
}
# the separator between the name and its title, and the title up to a bracket or the end
_TAIL = r"\s*(?:[,،]|\s[-–—]\s)\s*(?P<title>[^\n()]{{2,60}}?)\s*(?:[(;.]|$)"
_WORDS = r"[{letters}]{{2,}}(?: [{letters}]{{2,}}){{1,3}}"
_LINES = [
    (
        re.compile(
            _LEAD.format(letters=letters)
            + rf"(?:{honorific})?(?P<name>{_WORDS.format(letters=letters)})"
            + _TAIL.format()
        ),
        # "Παπαδάκης, Γεώργιος – Γενικός Διευθυντής": family name, comma, given name, dash
        re.compile(
            _LEAD.format(letters=letters)
            + rf"(?:{honorific})?(?P<family>[{letters}]{{2,}}(?: [{letters}]{{2,}})?),\s+"
            rf"(?P<given>[{letters}]{{2,}}(?: [{letters}]{{2,}})?)\s+[-–—]\s+"
            r"(?P<title>[^\n()]{2,60}?)\s*(?:[(;.]|$)"
        ),
        re.compile(heads),
    )
    for letters, (heads, honorific) in _SCRIPTS.items()
]
# Thai: "1. นายสมศักดิ์ วงศ์ไทย ผู้อำนวยการฝ่ายช่าง" (Mr, Mrs, Miss, Dr glued to the given name)
_THAI = re.compile(
    r"^[^\w\u0e00-\u0e7f]*(?:[\d๐-๙]{1,2}[.)]\s*)?(?:นางสาว|นาย|นาง|ดร\.|คุณ|ผศ\.|รศ\.|ศ\.)\s*"
    r"(?P<name>[\u0e00-\u0e7f]{2,} [\u0e00-\u0e7f]{2,})\s+(?P<title>[^\n()]{2,60}?)\s*(?:\(|$)"
)
_THAI_HEADS = re.compile(r"ผู้อำนวยการ|ผู้จัดการ|วิศวกร|หัวหน้า|เจ้าหน้าที่|ประธาน|กรรมการ|อาจารย์|ผู้ช่วย|รองผู้")
# Korean: "- 김민준 교수 (컴퓨터공학과 학과장)": a name of two to four syllables, a title word
_KOREAN = re.compile(
    r"^[^\w\uac00-\ud7a3]*(?:\d{1,2}[.)]\s*)?(?P<name>[\uac00-\ud7a3]{2,4})\s*"
    r"(?P<word>(?:부|조)?교수|학과장|학장|[가-힣]{0,6}(?:소장|센터장|원장|본부장|팀장|실장)|"
    r"부장|과장|차장|대리|이사|상무|전무|대표|매니저|책임|선임)\s*(?:\((?P<title>[^()\n]{2,40})\))?"
    r"\s*$"
)
_KOREAN_TITLED = re.compile(
    r"^[^\w\uac00-\ud7a3]*(?:\d{1,2}[.)]\s*)?(?P<title>[\uac00-\ud7a3]{1,10}(?:장|교수|이사|대표|매니저))"
    r"\s+(?P<name>[\uac00-\ud7a3]{2,4})(?:\s*(?:님|씨))?\s*$"
)
# Chinese (and kanji titles): "護理部主任　林美惠（Lin, Mei-Hui）", "內科部主任　張家豪 醫師"
_CJK = re.compile(
    r"^[\s\u3000]*(?P<title>[\u4e00-\u9fff]{2,10})[\u3000 ]+(?P<name>[\u4e00-\u9fff]{2,4})"
    r"(?:\s*(?:醫師|医师|先生|女士|小姐|老師|老师|教授))?\s*(?:[（(][A-Za-z ,.'-]+[)）])?\s*$"
)
_CJK_HEADS = re.compile(
    r"主任|經理|经理|部長|部长|組長|组长|總監|总监|主管|院長|院长|長$|委員|董事|協理|課長|科長|師$"
)


def script_mentions(line: str) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of the list line's person, when the name and the title are
    written in one non-Latin script (or the title in English)."""
    out = []
    for shape, inverted, heads in _LINES:
        m = shape.match(line)
        if m and _titled(m.group("title"), heads) and not heads.search(m.group("name")):
            out.append((m.group("name"), m.group("title"), m.start("name"), m.end()))
        elif (m := inverted.match(line)) and _titled(m.group("title"), heads):
            name = f"{m.group('given')} {m.group('family')}"
            out.append((name, m.group("title"), m.start("family"), m.end()))
    return out + _east_asian(line)


def _titled(title: str, heads: re.Pattern[str]) -> bool:
    return bool(heads.search(title) or (title.isascii() and TITLE_HEAD.search(title)))


def _east_asian(line: str) -> list[tuple[str, str, int, int]]:
    """Thai, Korean and Chinese list lines, each in its own order."""
    if (m := _THAI.match(line)) and _THAI_HEADS.search(m.group("title")):
        return [(m.group("name"), m.group("title"), m.start("name"), m.end())]
    if m := _KOREAN.match(line):
        title = m.group("title") or m.group("word")
        return [(m.group("name"), title, m.start("name"), m.end())]
    if m := _KOREAN_TITLED.match(line):  # "- 인사팀장 김민준": the title first
        return [(m.group("name"), m.group("title"), m.start("name"), m.end())]
    if (m := _CJK.match(line)) and _CJK_HEADS.search(m.group("title")):
        return [(m.group("name"), m.group("title"), m.start("name"), m.end())]
    return []
