# ruff: noqa: E501
# Wave 21, batch B: more boards and panels from schools, universities, hospitals, NGOs, hotels,
# airlines and logistics firms in Asia, Africa, Latin America and eastern Europe — secretaries
# and observers who do not interview, honorifics glued to Thai names, "Ma." as a given name,
# a first-name-only interviewer, ATS mails in local languages, and the other kinds and hard
# negatives in the same languages.
from lib import add, ics
from mime import addr, hdr

# ---------------------------------------------------------------- Hindi: school selection committee
add(
    name="inv-w21-hi-vidyalaya-sakshatkar-samiti",
    kind="invitation",
    frm=addr("Saraswati Vidya Niketan - Office", "office.svnjaipur@example.in"),
    to=addr("Deepak Kumar Saini", "deepak.saini.chem@example.in"),
    subject=hdr("साक्षात्कार हेतु आमंत्रण – पीजीटी रसायन विज्ञान (PGT Chemistry)"),
    date=(2026, 4, 22, 13, 10, "Asia/Kolkata"),
    fmt="qp",
    body="""
क्रमांक: SVN/स्थापना/2026/118                                  दिनांक: 22.04.2026

प्रति,
श्री दीपक कुमार सैनी
जयपुर

विषय: पीजीटी रसायन विज्ञान पद हेतु लिखित परीक्षा एवं साक्षात्कार

महोदय,

आपके आवेदन के संदर्भ में आपको सूचित किया जाता है कि सरस्वती विद्या निकेतन सीनियर सेकेंडरी स्कूल, मालवीय नगर, जयपुर में पीजीटी रसायन विज्ञान पद हेतु चयन प्रक्रिया निम्नानुसार होगी:

दिनांक: 30 अप्रैल 2026 (गुरुवार)
लिखित परीक्षा: प्रातः 9:00 से 10:00 बजे तक
साक्षात्कार: प्रातः 11:30 बजे से (प्रति अभ्यर्थी लगभग 20 मिनट)

चयन समिति:
1. श्रीमती सुनीता शर्मा, प्राचार्या – अध्यक्ष
2. डॉ. राजेश कुमार मीणा, विषय विशेषज्ञ (सहायक आचार्य, रसायन विज्ञान विभाग, राजस्थान विश्वविद्यालय)
3. श्री अनिल गुप्ता, सचिव, प्रबंध समिति

कृपया सभी मूल प्रमाण-पत्र एवं उनकी स्व-प्रमाणित प्रतियाँ साथ लाएँ। दस्तावेज़ सत्यापन कार्यालय अधीक्षक श्री महेश चंद जोशी द्वारा साक्षात्कार से पूर्व किया जाएगा।

Please note: candidates are requested to report by 8:30 AM. No TA/DA will be paid.

भवदीय,
(महेश चंद जोशी)
कार्यालय अधीक्षक
कृते प्रबंध समिति
""",
    company="सरस्वती विद्या निकेतन सीनियर सेकेंडरी स्कूल",
    role="पीजीटी रसायन विज्ञान",
    interviewers=[
        ("सुनीता शर्मा", None, "प्राचार्या"),
        ("राजेश कुमार मीणा", None, "विषय विशेषज्ञ"),
        ("अनिल गुप्ता", None, "सचिव, प्रबंध समिति"),
    ],
    start="2026-04-30 11:30",
    tz="Asia/Kolkata",
    notes="Hindi school letter: the written test at 9:00 comes first; interviews start 11:30, about 20 minutes per candidate, so no end is stated for this candidate. Honorifics श्रीमती/डॉ./श्री dropped; the office superintendent who verifies documents and signs does not interview.",
)

# ---------------------------------------------------------------- Traditional Chinese: Taiwan hospital
add(
    name="inv-w21-zh-tw-yiyuan-mianshi-tongzhi",
    kind="invitation",
    frm=addr("慈安紀念醫院 人力資源室", "hr-recruit@tzuan-hosp.example.org.tw"),
    to=addr("黃怡君", "yichun.huang.rn@example.com.tw"),
    subject=hdr("慈安紀念醫院 專科護理師 甄試（筆試及面試）通知"),
    date=(2026, 6, 29, 15, 33, "Asia/Taipei"),
    fmt="alt64",
    body="""
黃怡君 小姐 您好：

感謝您應徵本院「專科護理師（內科系）」職缺，經書面審查通過，敬邀您參加甄試，相關資訊如下：

一、日期：2026年7月7日（星期二）
二、筆試：上午 08:30–09:30（第二醫療大樓 B1 教學中心 第三教室）
三、面試：上午 10:00–11:00（第二醫療大樓 9 樓 護理部會議室）
四、面試委員：
　　護理部主任　林美惠（Lin, Mei-Hui）
　　內科部主任　張家豪 醫師（Chang, Chia-Hao）
　　專科護理師組長　吳淑芬（Wu, Shu-Fen）
五、請攜帶：身分證、護理師證書及專科護理師證書正本。

如無法出席，請於 7 月 3 日（星期五）前來電告知。

慈安紀念醫院 人力資源室
招募專員 蔡宜庭
電話：(04) 2555-0166 分機 3021
""",
    company="慈安紀念醫院",
    role="專科護理師（內科系）",
    interviewers=[
        ("林美惠", None, "護理部主任"),
        ("張家豪", None, "內科部主任"),
        ("吳淑芬", None, "專科護理師組長"),
    ],
    start="2026-07-07 10:00",
    end="2026-07-07 11:00",
    tz="Asia/Taipei",
    notes="Traditional Chinese: names in Han characters with a romanization 'Lin, Mei-Hui' in parentheses; labelled as written in Chinese. 醫師 after Chang's name is a title, not part of it. The 08:30 written test precedes the interview; the recruiter signs only.",
)

# ---------------------------------------------------------------- Indonesian: Bali resort via SmartRecruiters
_ID_ICS = ics(
    uid="sr-interview-6f1c2a9e-31d4-4b7a-8e02-5c9b1d7e4a30",
    start="2026-05-14 14:00",
    end="2026-05-14 15:00",
    tz="Asia/Makassar",
    utc=True,
    organizer=("SmartRecruiters", "noreply@smartrecruiters.com"),
    attendees=[("Komang Adi Pratama", "komang.adipratama@example.co.id")],
    summary="Wawancara: Sous Chef - Jimbaran Cliff Resort & Spa",
    prodid="-//SmartRecruiters//Interview Scheduler//EN",
    location="Jimbaran Cliff Resort & Spa, Jl. Karang Mas Sejahtera, Jimbaran - Executive Office",
)
add(
    name="inv-w21-id-resort-wawancara-smartrecruiters",
    kind="invitation",
    frm=addr("Jimbaran Cliff Resort & Spa", "noreply@smartrecruiters.com"),
    reply_to=addr("Dewa Ayu Laksmi", "dewaayu.laksmi@jimbarancliff.example.com"),
    to=addr("Komang Adi Pratama", "komang.adipratama@example.co.id"),
    subject="Undangan Wawancara - Sous Chef",
    date=(2026, 5, 8, 10, 45, "Asia/Makassar"),
    ics=_ID_ICS,
    ics_style="attach",
    fmt="alt",
    body="""
Halo Komang Adi Pratama,

Terima kasih atas lamaran Anda untuk posisi Sous Chef di Jimbaran Cliff Resort & Spa.

Dengan senang hati kami mengundang Anda untuk wawancara tatap muka dan cooking test singkat:

Tanggal: Kamis, 14 Mei 2026
Waktu: 14.00 - 15.00 WITA
Lokasi: Executive Office, Jimbaran Cliff Resort & Spa

Anda akan diwawancarai oleh:
- Bapak I Made Wirawan, Executive Chef
- Ibu Ni Luh Putu Sari Dewi, Talent & Culture Manager

Mohon membawa KTP, CV terbaru, dan pisau pribadi Anda. Seragam chef akan disediakan.

Jika ada pertanyaan, silakan balas email ini dan akan diteruskan ke Dewa Ayu Laksmi (Talent Acquisition Coordinator).

Salam hangat,
Tim Talent & Culture
Jimbaran Cliff Resort & Spa

Powered by SmartRecruiters
""",
    company="Jimbaran Cliff Resort & Spa",
    role="Sous Chef",
    interviewers=[
        ("I Made Wirawan", None, "Executive Chef"),
        ("Ni Luh Putu Sari Dewi", None, "Talent & Culture Manager"),
    ],
    start="2026-05-14 14:00",
    end="2026-05-14 15:00",
    tz="Asia/Makassar",
    notes="SmartRecruiters (Date in UTC, ICS in UTC) for a Bali resort; WITA is +08:00. Bapak/Ibu are honorifics, but Balinese 'I' and 'Ni Luh' are part of the names. The reply-to coordinator only forwards questions.",
)

# ---------------------------------------------------------------- reschedule: Chile university, Google ICS update across DST
_CL_ICS = ics(
    uid="5h2k9d0q1m7z3x6c8v4b@google.com",
    start="2026-09-09 10:00",
    end="2026-09-09 11:00",
    tz="America/Santiago",
    organizer=("Constanza Muñoz", "cmunoz@uaustral-norte.example.cl"),
    attendees=[
        ("Felipe Andrés Carrasco", "felipe.carrasco.ing@example.cl"),
        ("Tomás Riquelme Vidal", "triquelme@uaustral-norte.example.cl"),
        ("Francisca Soto Aravena", "fsoto@uaustral-norte.example.cl"),
    ],
    summary="Entrevista Comisión - Profesor(a) Asistente Ing. Industrial - F. Carrasco",
    seq=1,
    desc="Zoom: https://uaustral-norte.zoom.example/j/84122035518",
)
add(
    name="resch-w21-es-cl-universidad-reprogramacion",
    kind="reschedule",
    frm=addr("Constanza Muñoz", "cmunoz@uaustral-norte.example.cl"),
    to=addr("Felipe Andrés Carrasco", "felipe.carrasco.ing@example.cl"),
    subject=hdr(
        "Invitación actualizada: Entrevista Comisión - Profesor(a) Asistente Ing. Industrial - F. Carrasco"
    ),
    date=(2026, 9, 2, 12, 20, "America/Santiago"),
    ics=_CL_ICS,
    body="""
Estimado Felipe:

Junto con saludar, le escribo para reprogramar la entrevista con la Comisión de Selección del concurso de Profesor(a) Asistente, Departamento de Ingeniería Industrial, que teníamos para este jueves 3 de septiembre. El director debe viajar a Santiago por una sesión del Consejo Universitario.

La nueva fecha es el miércoles 9 de septiembre, de 10:00 a 11:00 hrs (hora de Chile continental), por Zoom; le llegará la invitación de calendario actualizada.

Integran la Comisión:
- Dr. Tomás Riquelme Vidal, Director del Departamento de Ingeniería Industrial
- Dra. Francisca Soto Aravena, Académica Jornada Completa, Área Operaciones

Le recuerdo que el 6 de septiembre comienza el horario de verano, así que la hora indicada ya es la nueva.

Saludos cordiales,

Constanza Muñoz Parra
Secretaria de Departamento
Departamento de Ingeniería Industrial
Universidad Austral del Norte
""",
    company="Universidad Austral del Norte",
    role="Profesor(a) Asistente",
    interviewers=[
        (
            "Tomás Riquelme Vidal",
            "triquelme@uaustral-norte.example.cl",
            "Director del Departamento de Ingeniería Industrial",
        ),
        (
            "Francisca Soto Aravena",
            "fsoto@uaustral-norte.example.cl",
            "Académica Jornada Completa, Área Operaciones",
        ),
    ],
    start="2026-09-09 10:00",
    end="2026-09-09 11:00",
    tz="America/Santiago",
    notes="Google Calendar update (SEQUENCE 1) moving the committee interview across Chile's 6 Sep DST start: sent at -04:00, new slot at -03:00. The department secretary organizes and does not interview.",
)

# ---------------------------------------------------------------- Portuguese, Mozambique NGO via Lever
add(
    name="inv-w21-pt-mz-ong-lever-observadora",
    kind="invitation",
    frm=addr("Teresa Nhantumbo (Vida Plena Moçambique)", "no-reply@hire.lever.co"),
    reply_to=addr("Teresa Nhantumbo", "teresa.nhantumbo@vidaplena.example.org.mz"),
    to=addr("Celso Mabunda", "celso.mabunda@example.co.mz"),
    subject=hdr("Convite para entrevista – Oficial de Programas – Nutrição"),
    date=(2026, 10, 6, 16, 0, "Africa/Maputo"),
    fmt="alt",
    body="""
Caro Celso,

Obrigada pela sua candidatura à vaga de Oficial de Programas – Nutrição na Associação Vida Plena Moçambique (escritório de Nampula).

Gostaríamos de o convidar para uma entrevista por videochamada (Google Meet) na terça-feira, 13 de outubro de 2026, das 9h00 às 10h00, hora de Maputo (CAT).

O painel será composto por:
• Dra. Graça Macuácua — Diretora de Programas
• Sr. Alberto Cossa — Gestor de Nutrição e Segurança Alimentar

A Ana Lúcia Mondlane, da nossa equipa de Recursos Humanos, estará presente apenas como observadora, para tomar notas.

Nos primeiros 15 minutos pediremos que apresente um breve caso prático que lhe enviaremos 24 horas antes.

Por favor, confirme a sua disponibilidade respondendo a este e-mail.

Cumprimentos,
Teresa Nhantumbo
Oficial de Recrutamento
Associação Vida Plena Moçambique

Sent via Lever
""",
    company="Associação Vida Plena Moçambique",
    role="Oficial de Programas – Nutrição",
    interviewers=[
        ("Graça Macuácua", None, "Diretora de Programas"),
        ("Alberto Cossa", None, "Gestor de Nutrição e Segurança Alimentar"),
    ],
    start="2026-10-13 09:00",
    end="2026-10-13 10:00",
    tz="Africa/Maputo",
    notes="Lever mail (Date in UTC) from a Mozambican NGO; the HR observer takes notes only and the recruitment officer schedules. Dra./Sr. dropped. CAT is +02:00.",
)

# ---------------------------------------------------------------- Arabic/English: Egypt logistics, DST end
add(
    name="inv-w21-ar-eg-shahn-teams-mixed",
    kind="invitation",
    frm=addr("Sara Maher", "sara.maher@niledeltafreight.example.com"),
    to=addr("Karim Hassan Abdelaziz", "karim.abdelaziz@example.com.eg"),
    subject=hdr("دعوة لمقابلة - Supply Chain Planning Manager"),
    date=(2026, 10, 27, 11, 15, "Africa/Cairo"),
    fmt="alt",
    body="""
الأستاذ/ كريم حسن عبد العزيز،

تحية طيبة،

بالإشارة إلى طلبكم لوظيفة Supply Chain Planning Manager في شركة دلتا النيل للشحن والخدمات اللوجستية (Nile Delta Freight)، يسعدنا دعوتكم لمقابلة عبر Microsoft Teams:

التاريخ: الاثنين 2 نوفمبر 2026
الوقت: 1:00 – 2:00 ظهراً بتوقيت القاهرة
(يرجى ملاحظة انتهاء التوقيت الصيفي يوم الجمعة 30 أكتوبر)

ستُجرى المقابلة مع:
- م. أحمد فؤاد – Supply Chain Director
- أ. منى عبد الرحمن – HR Business Partner

سيتم إرسال رابط الاجتماع قبل الموعد بيوم.

Best regards,
سارة ماهر
Talent Acquisition Specialist
Nile Delta Freight | دلتا النيل للشحن
Smart Village, Cairo-Alex Desert Road
""",
    company="Nile Delta Freight",
    role="Supply Chain Planning Manager",
    interviewers=[
        ("أحمد فؤاد", None, "Supply Chain Director"),
        ("منى عبد الرحمن", None, "HR Business Partner"),
    ],
    start="2026-11-02 13:00",
    end="2026-11-02 14:00",
    tz="Africa/Cairo",
    notes="Arabic with English titles and role; م. (engineer) and أ. (ustaz) are honorifics. Sent in Egyptian summer time (+03:00); the interview falls after DST ends, +02:00. The talent acquisition specialist signs only.",
)

# ---------------------------------------------------------------- Thai: airline, honorifics glued to names
add(
    name="inv-w21-th-sai-kan-bin-sampat",
    kind="invitation",
    frm=addr("ฝ่ายทรัพยากรบุคคล สยามสกายแอร์เวย์ส", "recruit@siamsky-air.example.co.th"),
    to=addr("ณัฐวุฒิ พรหมมา", "nattawut.p@example.co.th"),
    subject=hdr("แจ้งกำหนดการสอบข้อเขียนและสัมภาษณ์ ตำแหน่งวิศวกรอากาศยาน"),
    date=(2026, 10, 5, 17, 2, "Asia/Bangkok"),
    fmt="qp",
    body="""
เรียน คุณณัฐวุฒิ พรหมมา

บริษัท สยามสกายแอร์เวย์ส จำกัด ขอแจ้งว่าท่านผ่านการคัดเลือกเบื้องต้นสำหรับตำแหน่งวิศวกรอากาศยาน (Aircraft Maintenance Engineer) และขอเชิญเข้าร่วมการคัดเลือกตามกำหนดการดังนี้

วันพฤหัสบดีที่ 15 ตุลาคม 2569
- เวลา 09.00-11.00 น. สอบข้อเขียน (ความรู้ทางเทคนิคและภาษาอังกฤษ) ห้องอบรม 2 อาคารซ่อมบำรุง
- เวลา 13.30-14.30 น. สัมภาษณ์ ห้องประชุมฝ่ายช่าง ชั้น 4

คณะกรรมการสัมภาษณ์
1. นายสมศักดิ์ วงศ์ไทย ผู้อำนวยการฝ่ายช่าง
2. นางสาวกัญญา รัตนพงษ์ ผู้จัดการฝ่ายทรัพยากรบุคคล
3. นายวีระพงษ์ แสงทอง วิศวกรอาวุโส ฝ่ายประกันคุณภาพ

กรุณานำบัตรประชาชนและใบอนุญาตช่างอากาศยาน (ถ้ามี) มาแสดงในวันสอบ และแต่งกายสุภาพ

ขอแสดงความนับถือ
พิมพ์ชนก ทองดี
เจ้าหน้าที่สรรหาบุคลากร
บริษัท สยามสกายแอร์เวย์ส จำกัด
โทร 02-555-0147
""",
    company="สยามสกายแอร์เวย์ส",
    role="วิศวกรอากาศยาน",
    interviewers=[
        ("สมศักดิ์ วงศ์ไทย", None, "ผู้อำนวยการฝ่ายช่าง"),
        ("กัญญา รัตนพงษ์", None, "ผู้จัดการฝ่ายทรัพยากรบุคคล"),
        ("วีระพงษ์ แสงทอง", None, "วิศวกรอาวุโส ฝ่ายประกันคุณภาพ"),
    ],
    start="2026-10-15 13:30",
    end="2026-10-15 14:30",
    tz="Asia/Bangkok",
    notes="Thai Buddhist-era year 2569 = 2026 and '13.30 น.' times; the written test in the morning is not the interview. Thai honorifics นาย/นางสาว are written glued to the given name and are dropped. The recruitment officer signs only.",
)

# ---------------------------------------------------------------- Polish: university commission with secretary
add(
    name="inv-w21-pl-uczelnia-komisja-konkursowa",
    kind="invitation",
    frm=addr("Dział Spraw Pracowniczych PN", "kadry.konkursy@pnadodrzanska.example.edu.pl"),
    to=addr("dr Aleksandra Pawlak", "a.pawlak.log@example.pl"),
    subject=hdr("Konkurs nr 27/WL/2026 – zaproszenie na rozmowę z komisją konkursową"),
    date=(2026, 3, 20, 14, 5, "Europe/Warsaw"),
    fmt="b64",
    body="""
Szanowna Pani Doktor,

uprzejmie informuję, że w wyniku oceny formalnej i merytorycznej dokumentów Pani kandydatura w konkursie nr 27/WL/2026 na stanowisko: adiunkt w grupie badawczo-dydaktycznej (Katedra Systemów Logistycznych, Wydział Logistyki Politechniki Nadodrzańskiej) została zakwalifikowana do II etapu.

Rozmowa kwalifikacyjna z komisją konkursową odbędzie się we wtorek 31 marca 2026 r. o godz. 10:00 w trybie zdalnym (MS Teams; link zostanie przesłany osobno) i potrwa ok. 45 minut, w tym 15-minutowa prezentacja dorobku naukowego.

Skład komisji konkursowej:
– prof. dr hab. inż. Jan Wiśniewski – przewodniczący, Dziekan Wydziału Logistyki
– dr hab. inż. Marta Lewandowska, prof. PN – członek, Kierownik Katedry Systemów Logistycznych
– dr inż. Krzysztof Mazur – członek, przedstawiciel Rady Wydziału
– mgr Ewa Kamińska – sekretarz komisji (bez prawa głosu, protokołuje)

Proszę pamiętać, że 29 marca następuje zmiana czasu na letni.

Z poważaniem
Ewa Kamińska
Dział Spraw Pracowniczych
Politechnika Nadodrzańska
""",
    company="Politechnika Nadodrzańska",
    role="adiunkt w grupie badawczo-dydaktycznej",
    interviewers=[
        ("Jan Wiśniewski", None, "Dziekan Wydziału Logistyki"),
        ("Marta Lewandowska", None, "Kierownik Katedry Systemów Logistycznych"),
        ("Krzysztof Mazur", None, "przedstawiciel Rady Wydziału"),
    ],
    start="2026-03-31 10:00",
    end="2026-03-31 10:45",
    tz="Europe/Warsaw",
    notes="Polish academic commission. Academic honorifics (prof. dr hab. inż., dr inż., mgr) dropped, 'prof. PN' is a post-nominal post. The secretary without a vote keeps the minutes and signs: not an interviewer. Sent in CET, held in CEST (+02:00).",
)

# ---------------------------------------------------------------- Spanish, Argentina: Calendly phone screen booked
_AR_ICS = ics(
    uid="c2a7e19f-0b4d-4d8e-a51c-7f39e6b2d014@calendly.com",
    start="2026-08-27 16:30",
    end="2026-08-27 17:00",
    tz="America/Argentina/Buenos_Aires",
    utc=True,
    organizer=("Lucía Fernández", "lucia.fernandez@transportesdelplata.example.com.ar"),
    attendees=[("Martín Ezequiel Sosa", "martin.e.sosa@example.com.ar")],
    summary="Entrevista telefónica (30 min) entre Lucía Fernández y Martín Ezequiel Sosa",
    prodid="-//Calendly//EN",
    desc="Lucía te va a llamar al +54 9 11 5555-0193.",
)
add(
    name="inv-w21-es-ar-calendly-entrevista-telefonica",
    kind="invitation",
    frm=addr("Calendly", "notifications@calendly.com"),
    reply_to=addr("Lucía Fernández", "lucia.fernandez@transportesdelplata.example.com.ar"),
    to=addr("Martín Ezequiel Sosa", "martin.e.sosa@example.com.ar"),
    subject=hdr(
        "Evento confirmado: Entrevista telefónica (30 min) con Lucía Fernández el jueves 27 de agosto de 2026"
    ),
    date=(2026, 8, 24, 19, 48, "America/Argentina/Buenos_Aires"),
    ics=_AR_ICS,
    ics_style="attach",
    fmt="alt",
    body="""
Hola, Martín Ezequiel Sosa:

Se programó un nuevo evento.

Tipo de evento:
Entrevista telefónica (30 min) – Analista de Planeamiento de Transporte

Invitado:
Lucía Fernández, Reclutadora Sr. – Transportes del Plata

Fecha/hora del evento:
16:30 - 17:00, jueves 27 de agosto de 2026 (hora de Argentina)

Ubicación:
Lucía te va a llamar al +54 9 11 5555-0193.

Notas de Lucía:
Es una primera charla para conocerte y contarte sobre la posición y el equipo de planeamiento en el centro logístico de Pilar. Te voy a preguntar por tu experiencia con TMS y ruteo.

Reprogramar o cancelar: https://calendly.com/cancellations/c2a7e19f

Con la tecnología de Calendly
""",
    company="Transportes del Plata",
    role="Analista de Planeamiento de Transporte",
    interviewers=[
        ("Lucía Fernández", "lucia.fernandez@transportesdelplata.example.com.ar", "Reclutadora Sr.")
    ],
    start="2026-08-27 16:30",
    end="2026-08-27 17:00",
    tz="America/Argentina/Buenos_Aires",
    notes="Calendly booking confirmation in Spanish (Date and ICS in UTC; Argentina -03:00). The recruiter runs the phone screen herself, so she is the interviewer.",
)

# ---------------------------------------------------------------- Italian: hotel, first name only, relative date
add(
    name="inv-w21-it-hotel-colloquio-federica",
    kind="invitation",
    frm=addr("Marco Bellini", "direzione@villafiorita-garda.example.it"),
    to=addr("Alessio Rinaldi", "alessio.rinaldi95@example.it"),
    subject="Re: Candidatura Chef de rang - stagione 2026",
    date=(2026, 4, 13, 20, 41, "Europe/Rome"),
    in_reply_to="<CAB7x0k-9Hq2@mail.example.it>",
    body="""
Ciao Alessio,

grazie per il curriculum, l'esperienza a Bardolino è proprio quella che cerchiamo.

Se ti va passa giovedì alle 11 qui in hotel per un colloquio con me e con Federica, la nostra responsabile di sala. Ci vorrà una mezz'oretta, poi se vuoi ti facciamo vedere la terrazza e il ristorante.

Chiedi di noi alla reception. Se giovedì non riesci scrivimi pure su WhatsApp al 347 555 0182.

A presto,
Marco Bellini
Direttore
Hotel Villa Fiorita – Garda

Inviato da iPhone

> Il giorno 11 apr 2026, alle ore 09:12, Alessio Rinaldi <alessio.rinaldi95@example.it> ha scritto:
>
> Buongiorno, vi invio la mia candidatura per la posizione di Chef de rang per la stagione 2026. Ho lavorato due stagioni all'Hotel Lido di Bardolino.
> Cordiali saluti, Alessio Rinaldi
""",
    company="Hotel Villa Fiorita",
    role="Chef de rang",
    interviewers=[
        ("Marco Bellini", "direzione@villafiorita-garda.example.it", "Direttore"),
        ("Federica", None, "responsabile di sala"),
    ],
    start="2026-04-16 11:00",
    end="2026-04-16 11:30",
    tz="Europe/Rome",
    notes="Owner-manager's phone reply: 'giovedì alle 11' from Monday 13 Apr is Thursday 16 Apr; 'una mezz'oretta' gives 30 minutes. The sender interviews ('con me'); Federica is known only by first name, labelled as written.",
)

# ---------------------------------------------------------------- Taglish: Philippine hospital, 'Ma.' given name
add(
    name="inv-w21-ph-hospital-final-interview-taglish",
    kind="invitation",
    frm=addr("OLPMC Human Resources", "hr.recruitment@olpmc.example.ph"),
    to=addr("Kristine Joy Villanueva", "kjvillanueva.rn@example.com"),
    subject="Final Interview Invitation - Staff Nurse (Emergency Room)",
    date=(2026, 2, 16, 15, 58, "Asia/Manila"),
    fmt="alt",
    body="""
Good afternoon Ms. Villanueva,

Congratulations! You passed the written exam and initial interview for the position of Staff Nurse (Emergency Room) at Our Lady of Peñafrancia Medical Center.

You are invited for your final panel interview:

Date: Monday, February 23, 2026
Time: 2:00 PM - 3:00 PM
Venue: Nursing Service Office, 3rd floor, Main Building

Panel:
- Ma. Cristina dela Cruz, RN, MAN - Chief Nurse
- Jose Ramon Santos - HR Manager
- Dr. Paolo Gatchalian - ER Department Head

Please bring po your original PRC ID, BLS/ACLS certificates and NBI clearance. Pagdating ninyo sa lobby, hanapin lang si Joy (HR Assistant), siya na po ang mag-aassist sa inyo paakyat.

Kindly reply to confirm your attendance. Salamat po!

Regards,
Joy Ann Mercado
HR Assistant - Recruitment
Our Lady of Peñafrancia Medical Center
Naga City
""",
    company="Our Lady of Peñafrancia Medical Center",
    role="Staff Nurse (Emergency Room)",
    interviewers=[
        ("Ma. Cristina dela Cruz", None, "Chief Nurse"),
        ("Jose Ramon Santos", None, "HR Manager"),
        ("Paolo Gatchalian", None, "ER Department Head"),
    ],
    start="2026-02-23 14:00",
    end="2026-02-23 15:00",
    tz="Asia/Manila",
    notes="Taglish hospital mail. 'Ma.' is the usual abbreviation of the given name Maria, not an honorific, and 'dela Cruz' is the surname with its particle; post-nominals 'RN, MAN' dropped. The HR assistant who meets the candidate in the lobby does not interview.",
)

# ---------------------------------------------------------------- info_request: Hindi/English, candidate deadline and decision date
add(
    name="info-w21-hi-hospital-documents-committee-decision",
    kind="info_request",
    frm=addr("Medical Administration - Sanjeevani Hospital", "medadmin@sanjeevani-pune.example.in"),
    to=addr("Dr. Aditi Kulkarni", "aditi.kulkarni.md@example.in"),
    subject=hdr("Documents required - Senior Resident (Anaesthesiology) | दस्तावेज़ जमा करें"),
    date=(2026, 9, 14, 12, 25, "Asia/Kolkata"),
    fmt="alt",
    body="""
Dear Dr. Kulkarni,

Thank you for appearing before the Selection Committee on 11 September 2026 for the post of Senior Resident (Anaesthesiology).

To complete your file, please email the following within 5 working days, i.e. latest by 21 September 2026:

1. MD/DNB Anaesthesiology degree certificate and mark sheets
2. Permanent registration certificate (Maharashtra Medical Council)
3. Experience certificates from previous institutions
4. Two reference letters, one from your Head of Department

कृपया सभी दस्तावेज़ एक ही PDF फ़ाइल में भेजें। अधूरे दस्तावेज़ होने पर आपका आवेदन आगे नहीं बढ़ाया जाएगा।

The Selection Committee will meet again once all shortlisted candidates' documents are in and will communicate its final decision by 30 September 2026.

Regards,
Rohit Deshpande
Executive – Medical Administration
Sanjeevani Multispeciality Hospital, Pune
""",
    company="Sanjeevani Multispeciality Hospital",
    role="Senior Resident (Anaesthesiology)",
    decision_by="2026-09-30",
    notes="Documents and references asked for after the interview. '21 September' is the candidate's upload deadline, not a decision date; the committee's own 'final decision by 30 September 2026' is.",
)

# ---------------------------------------------------------------- offer: Indonesian logistics
add(
    name="offer-w21-id-logistik-surat-penawaran",
    kind="offer",
    frm=addr("Rina Susanti", "rina.susanti@nusantaralogistik.example.co.id"),
    to=addr("Andi Saputra", "andi.saputra88@example.co.id"),
    subject="Surat Penawaran Kerja - Supervisor Gudang (Cikarang)",
    date=(2026, 10, 14, 9, 30, "Asia/Jakarta"),
    fmt="qp",
    body="""
Yth. Bapak Andi Saputra,

Menindaklanjuti rangkaian tes dan wawancara dengan Bapak Hendra Gunawan (Warehouse Manager) dan Ibu Dian Permatasari (HR Manager), dengan senang hati kami menawarkan posisi Supervisor Gudang di PT Nusantara Logistik Prima, Distribution Center Cikarang, dengan rincian sebagai berikut:

- Status: Karyawan tetap (masa percobaan 3 bulan)
- Gaji pokok: Rp 9.500.000 per bulan
- Tunjangan transport & makan, BPJS Kesehatan dan Ketenagakerjaan
- Tanggal mulai: 2 November 2026

Surat penawaran resmi terlampir dalam sistem. Mohon konfirmasi penerimaan dengan menandatangani dan mengirimkan kembali paling lambat Selasa, 20 Oktober 2026.

Selamat, dan kami berharap dapat segera bekerja sama dengan Bapak.

Hormat kami,
Rina Susanti
HR Business Partner
PT Nusantara Logistik Prima
""",
    company="PT Nusantara Logistik Prima",
    role="Supervisor Gudang",
    notes="Indonesian job offer. The names are past interviewers, not a coming interview. 'paling lambat 20 Oktober' is the candidate's acceptance deadline, not an employer decision date.",
)

# ---------------------------------------------------------------- application_ack: Turkish municipality
add(
    name="ack-w21-tr-belediye-basvuru-alindi",
    kind="application_ack",
    frm=addr("Karşıyaka Kıyı Belediyesi e-Başvuru", "ebasvuru@kiyibelediyesi.example.bel.tr"),
    to="zeynep.arslan.plan@example.com",
    subject=hdr("Başvurunuz alınmıştır - Şehir Plancısı (Sözleşmeli Personel) İlanı"),
    date=(2026, 6, 8, 22, 14, "Europe/Istanbul"),
    fmt="html",
    html="""<html><body style="font-family:Tahoma,sans-serif;font-size:12px">
<p><b>T.C. KARŞIYAKA KIYI BELEDİYESİ</b><br>İnsan Kaynakları ve Eğitim Müdürlüğü</p>
<p>Sayın ZEYNEP ARSLAN,</p>
<p><b>Şehir Plancısı</b> (Sözleşmeli Personel) ilanına başvurunuz 08.06.2026 22:14 itibarıyla sistemimize kaydedilmiştir.</p>
<table border="0" cellpadding="3">
<tr><td>Başvuru No</td><td>: 2026/0417</td></tr>
<tr><td>Pozisyon</td><td>: Şehir Plancısı</td></tr>
<tr><td>Birim</td><td>: İmar ve Şehircilik Müdürlüğü</td></tr>
</table>
<p>Ön değerlendirme sonuçları ve sözlü sınava çağrılacak adayların listesi en geç <b>30 Haziran 2026</b> tarihinde Belediyemiz internet sitesinde ilan edilecektir. Ayrıca tebligat yapılmayacaktır.</p>
<p>Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.</p>
</body></html>
""",
    company="Karşıyaka Kıyı Belediyesi",
    role="Şehir Plancısı",
    decision_by="2026-06-30",
    notes="HTML-only automatic acknowledgement from a Turkish municipality; it states when the employer will announce its shortlisting decision ('en geç 30 Haziran 2026'), so that is the decision date.",
)

# ---------------------------------------------------------------- other: Japanese interview-tips newsletter
add(
    name="other-w21-ja-shukatsu-mensetsu-taisaku-mailmag",
    kind="other",
    frm=addr("キャリアナビ転職 編集部", "mailmag@careernavi-tenshoku.example.jp"),
    to="n.kobayashi@example.ne.jp",
    subject=hdr("【面接対策特集】役員面接で必ず聞かれる5つの質問／今週の新着求人 1,284件"),
    date=(2026, 6, 15, 7, 0, "Asia/Tokyo"),
    fmt="alt64",
    body="""
小林 直樹 様

いつもキャリアナビ転職をご利用いただきありがとうございます。

━━━━━━━━━━━━━━━━━━━━
■ 今週の特集：役員面接で必ず聞かれる5つの質問
━━━━━━━━━━━━━━━━━━━━
1. なぜ当社なのか（他社ではなく）
2. 5年後・10年後のキャリアプラン
3. 前職での最大の失敗とそこから学んだこと
4. 入社後すぐに貢献できること
5. 最後に何か質問はありますか？

面接官の視点から「評価される回答例」を人事コンサルタント 山本 恵子 さんが解説します。
▶ 記事を読む https://careernavi-tenshoku.example.jp/article/8841

■ オンライン模擬面接（無料）受付中
6月20日（土）10:00〜12:00／キャリアアドバイザーと1対1

■ あなたにおすすめの新着求人
・ホテル フロントオフィスマネージャー（京都府）
・宿泊部 副支配人（大阪府）

配信停止はこちら https://careernavi-tenshoku.example.jp/unsubscribe
""",
    notes="Job-board newsletter about interview questions, with a mock-interview offer and job listings: item-3 hard negative, other.",
)

# ---------------------------------------------------------------- other: Korean reference check (user is the referee)
add(
    name="other-w21-ko-pyeongpan-johoe-chucheonin",
    kind="other",
    frm=addr("한서진", "seojin.han@peoplebridge-search.example.co.kr"),
    to=addr("이지훈", "jihoon.lee.phd@example.com"),
    subject=hdr("[피플브릿지] 최민호 님 평판조회 관련 통화 요청드립니다"),
    date=(2026, 9, 21, 10, 5, "Asia/Seoul"),
    fmt="alt",
    body="""
이지훈 교수님께

안녕하세요. 헤드헌팅사 피플브릿지의 한서진 컨설턴트입니다.

최민호 님께서 현재 저희 고객사인 대형 물류기업의 데이터분석팀장 포지션 최종 단계에 계시며, 교수님을 추천인(레퍼런스)으로 알려주셨습니다.

최민호 님과 함께 연구하셨던 기간의 업무 역량과 협업 방식에 대해 15분 정도 통화로 여쭙고 싶습니다. 내일(22일) 오후 3시나 목요일 오전 10시 중 편하신 시간을 알려주시면 제가 전화드리겠습니다.

바쁘신 중에 번거롭게 해드려 죄송합니다.

감사합니다.
한서진 드림
시니어 컨설턴트 | 피플브릿지 서치펌
""",
    notes="The user is a reference for a former colleague and is asked for a call: item-3 hard negative (being a reference), other.",
)

# ---------------------------------------------------------------- other: Spanish personal appointment
add(
    name="other-w21-es-cita-dentista-recordatorio",
    kind="other",
    frm=addr("Clínica Dental Sonrisa Triana", "citas@sonrisatriana.example.es"),
    to="lucia.moreno.rrhh@example.es",
    subject="Recordatorio de cita: jueves 19/11 a las 17:30",
    date=(2026, 11, 17, 10, 0, "Europe/Madrid"),
    body="""
Hola Lucía:

Te recordamos tu cita en Clínica Dental Sonrisa Triana:

Profesional: Dra. Elena Ruiz Cabello (ortodoncia)
Fecha: jueves 19/11/2026
Hora: 17:30
Dirección: C/ San Jacinto 41, 1º, Sevilla

Para confirmar responde SÍ; para cambiar o anular la cita llama al 954 555 021 con al menos 24 horas de antelación.

Un saludo,
Recepción – Clínica Dental Sonrisa Triana
""",
    notes="Personal dental appointment with a named professional, a date and a time: item-3 hard negative, other.",
)

# ---------------------------------------------------------------- other: French webinar with ICS (Côte d'Ivoire)
_CI_ICS = ics(
    uid="webinaire-20261105-entretien@talentsabidjan.example.ci",
    start="2026-11-05 18:00",
    end="2026-11-05 19:30",
    tz="Africa/Abidjan",
    utc=True,
    organizer=("Talents d'Abidjan", "evenements@talentsabidjan.example.ci"),
    attendees=[("Awa Koné", "awa.kone.rh@example.ci")],
    summary="Webinaire : Réussir son entretien d'embauche dans les ONG internationales",
    prodid="-//Zoom Video Communications//Webinar//FR",
    desc="Lien Zoom : https://zoom.example/w/91822457713",
)
add(
    name="other-w21-fr-ci-webinaire-entretien-ics",
    kind="other",
    frm=addr("Talents d'Abidjan", "evenements@talentsabidjan.example.ci"),
    to=addr("Awa Koné", "awa.kone.rh@example.ci"),
    subject=hdr(
        "Confirmation d'inscription : Réussir son entretien d'embauche dans les ONG internationales"
    ),
    date=(2026, 10, 29, 12, 0, "Africa/Abidjan"),
    ics=_CI_ICS,
    ics_style="attach",
    fmt="alt",
    body="""
Bonjour Awa,

Merci pour votre inscription à notre webinaire gratuit :

« Réussir son entretien d'embauche dans les ONG internationales »
Jeudi 5 novembre 2026, de 18h00 à 19h30 (heure d'Abidjan, GMT)

Intervenants :
- Mme Mariam Traoré, ancienne responsable RH régionale d'une agence onusienne
- M. Serge Kouassi, coach carrière

Au programme : l'entretien par compétences, les tests écrits, les questions pièges sur la mobilité et le salaire, et une séance de questions-réponses.

L'invitation pour votre agenda est jointe à ce message.

À très bientôt,
L'équipe Talents d'Abidjan
""",
    notes="Career webinar about job interviews with an ICS and named speakers: item-3 hard negative, other.",
)

# ---------------------------------------------------------------- other: Arabic exit interview at current job
add(
    name="other-w21-ar-sa-muqabalat-nihayat-alkhidma",
    kind="other",
    frm=addr("نورة القحطاني", "noura.alqahtani@alrawabi-catering.example.sa"),
    to=addr("فيصل الدوسري", "faisal.aldosari@alrawabi-catering.example.sa"),
    subject=hdr("موعد مقابلة نهاية الخدمة"),
    date=(2026, 11, 2, 9, 40, "Asia/Riyadh"),
    fmt="alt",
    body="""
الأستاذ فيصل الدوسري المحترم،

السلام عليكم ورحمة الله وبركاته،

نشكرك على سنوات عملك معنا في قسم العمليات بشركة الروابي للتموين، ونتمنى لك التوفيق في محطتك القادمة.

ضمن إجراءات إنهاء الخدمة، نود تحديد موعد لمقابلة نهاية الخدمة (Exit Interview) يوم الأربعاء 11 نوفمبر الساعة 10:00 صباحاً في مكتب الموارد البشرية بالدور الثاني، ومدتها نصف ساعة تقريباً. الهدف منها الاستماع لملاحظاتك لتحسين بيئة العمل، وهي سرية.

كما نرجو تسليم بطاقة الدخول وجهاز الحاسب المحمول لقسم تقنية المعلومات قبل آخر يوم عمل.

مع خالص التحية،
نورة القحطاني
أخصائية علاقات الموظفين – الموارد البشرية
""",
    notes="Exit interview at the user's current employer after resignation: a meeting at the current job, not a hiring interview. Other.",
)

# ---------------------------------------------------------------- other: Hindi/English campus mock interviews
add(
    name="other-w21-hi-placement-cell-mock-interview",
    kind="other",
    frm=addr("Training & Placement Cell", "tpo@gecbhopal.example.ac.in"),
    to="btech2027-all@gecbhopal.example.ac.in",
    subject=hdr("Mock Interview Schedule - Final Year B.Tech (Civil & Mechanical) | मॉक इंटरव्यू"),
    date=(2026, 7, 27, 11, 0, "Asia/Kolkata"),
    fmt="alt",
    body="""
Dear Students,

Placement season से पहले Training & Placement Cell द्वारा सभी final year students के लिए mock interviews आयोजित किए जा रहे हैं।

Date: 3 August 2026 (Monday)
Time: 10:00 AM to 4:00 PM (slot list attached on the notice board)
Venue: Seminar Hall, Admin Block

Panel:
- Prof. S.K. Tiwari, HOD Civil
- Dr. Neelam Jain, HOD Mechanical
- Mr. Arvind Rao, Alumni (Project Manager, L&T)

सभी students formal dress में आएँ और resume की दो copies साथ लाएँ। Attendance compulsory है।

Regards,
Dr. P. K. Verma
Training & Placement Officer
Government Engineering College, Bhopal
""",
    notes="Campus mock interviews for students (practice, not a job interview), with a panel, date and time: hard negative, other.",
)
