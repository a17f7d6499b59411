"""The shapes of a person's name in Latin letters, as regular expressions: one word of a name
("O'Neill", "al-Harbi", "Jan-Hendrik"), the particles between ("van der", "bin"), the
honorifics before it in many languages (dropped), and whole names in natural order
(NAME_RE) or family name first with a comma (INVERTED_RE). Compiled once at import."""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ"  # and Vietnamese: "Nguyễn Văn An"
LOWER = "a-zß-öø-ÿā-žḁ-ỿ"
ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul)-"
# "O'Neill", "D'Souza", "N'Diaye", "McKenzie", "MacLeod", "LeBlanc", "DiMaggio", "LaToya",
# "Dall'Olio" and "Jan-Hendrik" are one word of a name
TOKEN = (  # and the Arabic article joined to a family name: "al-Harbi", "el-Sayed"
    rf"(?:[DLNO]['’]|Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|{ARTICLE})?[{UPPER}][{LOWER}'’]+"
    rf"(?:['’][{UPPER}][{LOWER}]+)?(?:-[{UPPER}]?[{LOWER}'’]+)?(?<!['’])"
)
PARTICLE = (  # and the Arabic "bint", the Welsh "ap", the Kalenjin "arap"
    r"(?:van|von|de|da|das|do|dos|del|dela|della|der|den|di|du|la|le|los|las|ter|ten|al|bin|ibn|"
    r"bint|binti|ap|arap|zu|af|"
    r"Ó|Ní|Nic|Mac|Ua|El|Al|St\.?)"
)
HONORIFIC = (  # and the German "Dr.-Ing.", "Dipl.-Kffr.", Italian "Dott.ssa", Spanish "Lic."
    r"(?:(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Herrn|Herr|Frau|Sra|Sr|Engr|Eng|Ing|Mag|Dipl|Mme|Mlle|Arch|"
    r"Avv|Dott|Ir|Drs|Dra|Srta|Ma[iî]tre|Mevr|Dhr|Mw|dhr|mevr|mw|Lic|Licda|Licdo|Mtro|Mtra|Arq|Sig|"
    r"Pani|Dña|Doña|Shri|Smt|Bapak|Ibu|Encik|Puan|Khun|Sayın|Rev|Sgt|Capt|Lt|Cmdr|Insp|Cllr|"
    # the Swahili "Bi."/"Bw.", Vietnamese "Ông"/"Bà", the Colombian psychologist's "Ps."
    r"Bwana|Ndugu|Ông|Bà|Ps|Profa|"
    # Malay, Nigerian, Afrikaans, Romanian and Spanish forms ("Tuan", "Alhaji", "Mnr", "Abg")
    r"Cik|Datin|Hj|Hjh|Alhaji|Alhaja|Mallam|Pharm|Mnr|Mev|Dl|Dna|Abg|Me|"
    r"Sheikh|Shaikh|Datuk|Sister|Matron|Amb|Revd|Rabbi|Imam|Ato|W/ro|W/rt|"
    # the Czech and Slovak degrees written before a name ("Mgr. Petra Svobodová")
    r"Mgr|Bc|PhDr|RNDr|MUDr|JUDr|MVDr|PaedDr|Doc|doc)\.?|Hon\.|Col\.|Det\.|Dato['’]|"
    # the Polish "Pan", not the Chinese family name: a Polish letter in the name after it
    r"Pan(?=\s+(?:\S+\s+)?\S*[ąćęłńśźżóĄĆĘŁŃŚŹŻÓ])|"
    r"(?:Dr|Dipl)\.?-[A-Z][a-zäöü]+\.?(?:\s*\((?:FH|TU|Univ\.?)\))?|Univ\.-Prof\.|Dott\.ssa|Sig\.ra|Hr\.|Fr\.|M\.|arch\.|"
    # the Portuguese "Prof.ª", the Polish "prof. dr hab. inż."
    r"Prof\.ª|Prof\.a|prof\.|dr hab\.|dr|inż\.|mgr|Dr\.ª|Sr\.ª|Eng\.º|Tan Sri|"
    # (with their full stop only: "Bi" and "Barr" are family names too, "Arc" a word)
    r"Bi\.|Bw\.|Barr\.|Arc\.|"
    # the German doctor's field ("Dr. med. Eva Schäfer", "Dr. rer. nat."); the Indonesian
    # "Pak"/"Bu" (Mr/Mrs, and a Korean family name too: only before two more words)
    r"med\.|rer\. nat\.|phil\.|jur\.|dent\.|Pak(?=\s+\S+\s+[A-Z])|Bu(?=\s+\S+\s+[A-Z])|"
    # the Dutch titles in lower case ("ir. Pieter de Graaf", "drs. Anouk Smit")
    r"ir\.|ing\.|drs\.|mr\.|"
    # the Spanish "D." (Don), the Portuguese "Profª"/"Drª", the Romanian "dl."/"dna."
    r"D\.(?=\s+\S+\s+[A-Z])|Profª\.?|Drª\.?|dl\.|dna\.|d-na|d-l)\s+)"
)
# "Lakshmi Narayanan R (Tech Lead)": a South Indian family initial after the given names
_INITIAL = r"(?: [B-HJ-Z]\.?(?=[\s,;()]|$)(?!\.? [A-Z]))?"
# "Xavier Puig i Soler", "Ortega y Gasset": two family names joined (never "Ana Ruiz y Luis Gil")
_JOINED = rf"(?: [iy] {TOKEN}(?! {TOKEN}))?"
# Balinese names open with "I" (a man) or "Ni" (a woman) before the birth-order name
_BALI = r"(?:(?:I|Ni) (?=(?:Wayan|Putu|Gede|Made|Kadek|Nengah|Komang|Nyoman|Ketut|Luh|Gusti)\b))?"
# "John P Whitaker", "John P. Whitaker": a middle initial
_MIDDLE = rf"(?: [A-HJ-Z]\.?(?= {TOKEN}))?"
NAME_RE = re.compile(  # never a word's first letters: "Joe Di" of "Joe DiMaggio"
    rf"(?<![\w@.])(?=[{UPPER}dmapi])(?:{HONORIFIC})*(?P<name>{_BALI}{TOKEN}{_MIDDLE}"
    rf"(?: (?:{PARTICLE} ){{0,2}}{TOKEN}){{1,3}}{_JOINED}{_INITIAL})(?![{LOWER}{UPPER}])"
)
INVERTED_RE = re.compile(
    # "Van den Broeck, Pieter – Head of Policy", "de la Cruz, Ana – Head of Audit"
    rf"^\W*(?P<family>(?:{PARTICLE}\s+){{0,2}}{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{TOKEN})?),\s+"
    rf"(?P<given>{TOKEN}(?:\s+{TOKEN})?)\s*[–—|-]\s*"
)
