"""The words of job titles and the words that are never a person's name, in the languages
hiring mail comes in (read by mentions.py and everything that asks whether words name someone)."""

from __future__ import annotations

import re

TITLE_HEAD = re.compile(
    r"(?i)\b(engineer|developer|manager|director|recruiter|designer|scientist|analyst|"
    r"architect|lead|leader|officer|partner|coordinator|president|vp|cto|ceo|coo|cfo|cpo|"
    r"founder|researcher|consultant|specialist|sourcer|advisor|head|principal|executive|sre|"
    r"producer|counsel|programmer|editor|owner|generalist|gerente|coordenador|diretor|director|"
    r"jefe|responsable|leiter|leiterin|referent|referentin|chef|directeur|directrice|"
    r"ingeniero|engenheiro|desarrollador|recruteur|reclutadora?|recrutadora?|tech recruiter|"
    r"product|engineering|talent|people|recruiting|hr|sdet|qa|member of|arquitect[oa]|directora|"
    r"pm|em|tpm|swe|sde|botanist|scientist|economist|chemist|physicist|statistician|"
    r"ingenier[oa]|analista|jef[ea]|direttore|direttrice|responsabile|controller|cfo|"
    r"supervisor|superintendente?|foreman|nurse|teacher|headteacher|lecturer|professor|assessor|"
    r"chair|chairperson|secretary|practitioner|adviser|adviseur|beleidsadviseur|"
    r"chief|pharmacist|technician|technologist|therapist|physician|surgeon|midwife|dietitian|"
    r"dyrektor\w*|kierownik\w*|specjalist\w*|menedżer\w*|prezes|ředitel\w*|vedoucí|"
    r"\w+(?:leiter|leiterin|chef|ansvarig)|teamleider|afdelingshoofd|"
    # the feminine and more of the Romance languages: "Coordenadora Médica da UTI"
    r"coordenadora|coordinador[a]?|coordinatrice|diretora|supervisora|consultora|asesor[a]?|"
    r"assessora|especialista|t[ée]cnic[oa]|enfermeir[oa]|enfermer[oa]|m[ée]dic[oa]|"
    r"contralor[a]?|contador[a]?|abogad[oa]|advogad[oa]|gestor[a]?|gestionnaire|conseill[eè]re?|"
    r"chargée?|ingénieure?|d[ée]veloppeu(?:r|se)|desenvolvedor[a]?|programador[a]?|"
    r"psic[oó]log[oa]|farmac[eé]utic[oa]|enseignante?|profesor[a]?|professora?|"
    # more trades and professions (not the ones that are family names too: Baker, Cook)
    r"accountant|auditor|treasurer|actuary|underwriter|paralegal|attorney|lawyer|solicitor|"
    r"barrister|administrator|administrat(?:eur|rice)|planner|estimator|inspector|instructor|tutor|librarian|curator|"
    r"mechanic|electrician|operator|dispatcher|cashier|dentist|veterinarian|paramedic|"
    r"journalist|copywriter|translator|interpreter|photographer|animator|strategist|marketer|"
    r"merchandiser|bookkeeper|representative|"
    # callings, shop-floor and front-line jobs ("Forklift Driver", "Cabin Crew")
    r"chairman|chairwoman|registrar|bursar|matron|driver|crew|teller|operative|picker|liaison|"
    r"agent|associate|associ[ée]e?|"
    r"attendant|cleaner|courier|labou?rer|barista|waiter|waitress|housekeeper|"
    r"recepcionista|operador[a]?|cajer[oa]|repartidor[a]?|camarer[oa]|cociner[oa]|"
    r"vice-chancellor|headmaster|headmistress|vicar|rector|curate|churchwarden|deacon|priest|"
    r"pastor|trustee|governor|dekan(?:in)?|rektor(?:in)?|prorektor(?:in)?|contr[ôo]leu(?:r|se)|"
    r"commissioner|councillor|chaplain|sergeant|lieutenant|colonel|"
    # the trades of plants, mines and yards ("Mechanical Fitter", "Coded Welder")
    r"fitter|welder|maintainer|machinist|boilermaker|rigger|scaffolder|millwright|firefighter|"
    # heads of titles in Italian, Spanish, Portuguese, French and German compounds
    r"capo\w*|titolare|amministrator[ei]|presidente|vicedirettore|addett[oa]|impiegat[oa]|"
    r"encargad[oa]|encarregad[oa]|subdirector[a]?|auxiliar|asistente|assistente|adjointe?|"
    r"\w+(?:referent|referentin|berater|beraterin|sachbearbeiter|sachbearbeiterin|"
    r"führer|führerin|ingenieur|ingenieurin|architekt|architektin|entwickler|entwicklerin)|"
    # members and officers of a board, and the German "-beauftragte" ("Mitglied des
    # Personalrats", "Gleichstellungsbeauftragte", "Vorsitzender der Kommission")
    r"member|mitglied|vocal|\w*beauftragter?|vorsitzender?|\w*vertreter(?:in)?|"
    # Turkish titles end in their head, with its possessive ending ("İnsan Kaynakları Uzmanı",
    # "Yazılım Ekip Lideri"); Indonesian, Malay and Swahili heads ("Kepala Bagian", "Meneja")
    r"müdür(?:ü|ümüz)?|direktör(?:ü)?|uzmanı|yönetici(?:si)?|sorumlusu|lideri|şefi|mühendisi|"
    r"başkanı|koordinatör(?:ü)?|temsilcisi|danışmanı|geliştirici(?:si)?|analisti|yardımcısı|"
    r"manajer|kepala|direktur|pengawas|koordinator|meneja|mkurugenzi|afisa|plancı(?:sı)?|"
    # Vietnamese and Polish heads ("Giám đốc Nhà máy", "Dziekan Wydziału", "członek komisji")
    r"giám đốc|trưởng|chuyên viên|kỹ sư|quản lý|przewodnicząc\w*|członek|dziekan|prodziekan|"
    r"sekretarz|przedstawiciel\w*|adiunkt|șef\w*|şef\w*|ortağı)\b"
)
_NOT_NAME_WORDS = (
    "zoom teams google meet microsoft calendar monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august september october "
    "november december street st str straße strasse rue calle rua ulica vej gatan "
    "way road avenue ave format platform cv resume hq office "
    "building room floor interview interviews panel round session team hi hello dear thanks "
    "regards best kind the our your and with join date time location where when place "
    "committee agenda schedule candidate onsite virtual video call phone screen technical "
    "linkedin github greenhouse workday calendly goodtime labs inc ltd gmbh llc group health "
    "systems games bank studio studios capital partners analytics robotics energy media "
    "centre center retail assessment university school college institute foundation ihre ihr "
    "ihren ihrem ihrer unser unsere unserem bewerbung vielen dank danke herzlich herzliche "
    "liebe lieber sehr geehrte geehrter obrigada obrigado pelo pela gracias merci estimado "
    "estimada gentile hallo hola bonjour grüße groet saludos "
    # the words of departments, workplaces and job titles ("Upstream Process Development",
    # "Mount Serene Hospital", "Senior Staff Nurse")
    "development process operations department division unit services service sales "
    "marketing finance quality compliance security infrastructure hospital clinic medical "
    "clinical nursing care trust council ministry academy senior junior staff assistant "
    "associate registered position role vacancy job opening i'm i'll i've i'd we're we'll "
    # teams and tools met "with" ("a session with Customer Success")
    "success support customer customers cloud data growth strategy legal research "
    "partnerships accounting procurement facilities revenue apache kafka kubernetes python "
    "java javascript react aws azure docker tableau salesforce excel "
    # the formal "you" and other capitalised words a sentence starts with ("Falls Sie ...")
    "sie ihnen wir uns falls wenn bitte gerne leider vous usted ustedes você "
    # a department's words ("Talent Acquisition", "the Hiring Team", "Human Resources")
    "acquisition hiring recruitment human resources chairman chairwoman "
    # the places work is done at ("London Gatwick Base", "Kettering Depot")
    "base depot hub airport terminal warehouse store campus site empfang rezeption pforte "
    "rd blvd ln hwy pkwy "
    # a message's, a list's and a department's words ("Mensaje de Daniela Ruiz", "Credit Risk")
    "mensaje mensagem messaggio nachricht message invitación oficina risk original copy "
    "copies valid one two three four five "
    # an organisation's units and fields ("Trade Policy and Facilitation Section (Chair)")
    "section directorate secretariat commission programme industry affairs policy "
    # a department's words in the languages hiring mail comes in ("Recursos Humanos")
    "recursos humanos ressources humaines personalabteilung talento talentos atención "
    "candidato candidatos selección seleção recrutement recrutamento reclutamiento equipo "
    "equipe équipe "
    # a plant's, an agency's and a procedure's words ("Central Workshop", "im Bereich
    # Streckenmanagement Tirol", "Nach Ablauf der Frist", "Unidad Chapi Alto")
    "workshop workshops bereich abteilung ablauf frist verfahren unidad planta "
    # the papers a candidate is asked to bring ("- Personalausweis", "1. Buku Pelaut")
    "personalausweis ausweis reisepass passport passeport pasaporte dni buku sertifikat "
    "certificate certificates zeugnis zeugnisse lebenslauf "
    # rooms and buildings in Indonesian and Malay: Ruang Meeting Plant, Gedung B
    "ruang ruangan gedung kantor bilik meeting "
    # the departments a title names after its head ("Kepala Bagian HRD", "Manajer Produksi",
    # "Jefe de Operaciones")
    "bagian divisi departemen produksi keuangan pemasaran penjualan operasional umum "
    "personalia pengadaan logistik gudang pabrik lapangan operaciones ventas finanzas "
    "producción compras calidad mantenimiento logística sistemas operasyon finans satış "
    "pazarlama "
    # faculties, departments, units and bodies in more languages ("Departamento de Ingeniería
    # Industrial", "UCI Adultos", "Associação Vida Plena", "Segurança Alimentar")
    "departamento departement dipartimento wydział wydziału katedra katedry facultad "
    "faculdade faculty escuela escola uci uti icu adultos associação associacao asociación "
    "association associazione fundación fundação fondation segurança seguranca alimentar "
    "nutrição nutricion nutrición "
    # a formal "you" and the rooms and sites of a calendar ("Vossa Senhoria", "Standort
    # Mannheim", "Fann Résidence", "HK-Zaandam 3.14 Vergaderruimte")
    "vossa senhoria excelência standort résidence residence residencia residência "
    "vergaderruimte besprechungsraum konferenzraum mötesrum "
    # a hospital's and a school's departments and subjects ("Kwame Asante, Radiology") and
    # the checks a candidate brings ("Working with Children Check")
    "radiology cardiology oncology pathology neurology paediatrics pediatrics orthopaedics "
    "anaesthetics anaesthesia anesthesiology dermatology psychiatry obstetrics gynaecology "
    "urology nephrology haematology hematology endocrinology gastroenterology ophthalmology "
    "audiology physiotherapy midwifery pharmacy estates payroll admissions chemistry "
    "physics biology mathematics maths science children check clearance vetting screening "
    "vulnerable sector criminal record "
    # an interview's stage as a calendar's title writes it ("Round 2: System Design")
    "system design"
)
# words that are not names: days, months, places, companies, greetings, thanks, departments
NOT_NAME = frozenset(_NOT_NAME_WORDS.split())

# the papers and things a Japanese or Chinese letter lists, written like a name in kanji
# ("職務経歴書" a CV, "身分証" an ID card, "筆記用具" writing things): never a person
CJK_NOT_NAME = re.compile(r"(?:書|証|票|用具|資料|写真|証明|表|帳|カード|申請|證|證明|文件|照片)$")
