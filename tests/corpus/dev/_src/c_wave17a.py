# ruff: noqa: E501
# Wave 17 (batch A): international organisations, NGOs and public institutions — UN agencies,
# EU institutions, development banks, humanitarian NGOs and foundations. Written tests followed by
# competency-based interviews, panels with a chair, an HR observer or a committee secretary who do
# not interview, candidates in another time zone than the panel, formal letters with reference
# numbers, mail in English, French, Spanish and Arabic, and hard negatives of this world.
from lib import add, ics, vtz_fixed
from mime import addr, hdr

# ================================================================ invitations and reschedules
add(
    name="inv-w17-nairobi-cbi-chair-members-hr-observer-bangkok-candidate",
    kind="invitation",
    frm="Grace Mwangi <grace.mwangi@unhabitat.example.org>",
    to="Pimchanok Srisuk <pim.srisuk@example.co.th>",
    subject="Competency-based interview - Job Opening 26-HSO-245678 - Human Settlements Officer, P3",
    date=(2026, 10, 5, 15, 20, "Africa/Nairobi"),
    body="""
Dear Ms. Srisuk,

Reference: Job Opening No. 26-Human Settlements-UN-HABITAT-245678-R-Nairobi (X)

Further to the written assessment you completed on 22 September, I am pleased to inform you that you have been shortlisted for a competency-based interview for the position of Human Settlements Officer, P3, with the Urban Planning and Design Branch of UN-Habitat.

The interview is scheduled as follows:

Date: Tuesday, 13 October 2026
Time: 10:00 - 11:00 Nairobi time (EAT, GMT+3) - this is 14:00 - 15:00 in Bangkok
Platform: Microsoft Teams (the link will be sent separately by calendar invitation)

The assessment panel will be composed of:

Chair: Mr. Peter Kamau, Chief, Urban Planning Section
Member: Ms. Ingrid Solberg, Senior Human Settlements Officer
Member: Dr. Wanjiru Njoroge, Programme Management Officer

Ms. Faith Otieno, Human Resources Officer, will attend as the HR observer to ensure the process is followed; she does not assess candidates.

The interview will focus on the competencies of Professionalism, Planning and Organizing, and Communication. Please have a valid photo ID at hand; the panel will ask you to show it at the start.

Kindly acknowledge receipt of this message and confirm your availability by Thursday, 8 October 2026.

Best regards,

Grace Mwangi
Human Resources Assistant
Human Resources Management Unit
UN-Habitat | P.O. Box 30030, Nairobi, Kenya
""",
    company="UN-Habitat",
    role="Human Settlements Officer",
    interviewers=[
        ("Peter Kamau", None, "Chief, Urban Planning Section"),
        ("Ingrid Solberg", None, "Senior Human Settlements Officer"),
        ("Wanjiru Njoroge", None, "Programme Management Officer"),
    ],
    start="2026-10-13 10:00",
    end="2026-10-13 11:00",
    tz="Africa/Nairobi",
    notes="UN panel: chair + two members interview; the HR observer explicitly does not assess and the HR assistant only schedules. Bangkok time is a conversion of the same instant. Role without the grade/job-opening number. 'Confirm by 8 October' is a candidate deadline.",
)

add(
    name="inv-w17-bruxelles-comite-selection-fr-secretaire-non-membre",
    kind="invitation",
    frm="ECHO SELECTIONS <ECHO-SELECTIONS@ec.europa.example>",
    to=addr("Anaïs Lefèvre", "anais.lefevre@example.fr"),
    subject=hdr("Invitation à un entretien – Réf. Ares(2026)4412873"),
    date=(2026, 9, 8, 11, 5, "Europe/Brussels"),
    fmt="qp",
    body="""
Commission européenne
Direction générale de la protection civile et des opérations d'aide humanitaire européennes (DG ECHO)
Unité B.2 – Ressources humaines et sélection

Bruxelles, le 8 septembre 2026
Réf. Ares(2026)4412873

Objet : Sélection d'agents contractuels – Chargé(e) de programme humanitaire (GF IV) – invitation à un entretien

Madame,

Suite à l'examen de votre candidature et aux résultats de l'épreuve écrite, nous avons le plaisir de vous inviter à un entretien avec le comité de sélection le jeudi 17 septembre 2026 à 14h30 (heure de Bruxelles), par visioconférence (Webex). L'entretien durera environ 45 minutes et se déroulera en anglais et en français.

Le comité de sélection sera composé de :
- M. Laurent Dubois, chef d'unité adjoint (président) ;
- Mme Katarzyna Nowak, chargée de programme ;
- M. Jean-Baptiste Mercier, administrateur RH.

Mme Sofia Ricci, assistante, assurera le secrétariat du comité et vous contactera le jour même pour un test de connexion.

Nous vous prions de bien vouloir confirmer votre participation en répondant à ce message avant le 11 septembre 2026.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour le comité de sélection,
Sofia Ricci
DG ECHO – Unité B.2
""",
    company="Commission européenne",
    role="Chargé(e) de programme humanitaire",
    interviewers=[
        ("Laurent Dubois", None, "chef d'unité adjoint"),
        ("Katarzyna Nowak", None, "chargée de programme"),
        ("Jean-Baptiste Mercier", None, "administrateur RH"),
    ],
    start="2026-09-17 14:30",
    end="2026-09-17 15:15",
    tz="Europe/Brussels",
    notes="Formal EU letter in French with an Ares reference; the three committee members interview, the assistant who runs the committee secretariat and signs does not. 45 minutes from 14h30 CEST. 'Confirmer avant le 11 septembre' is a candidate deadline.",
)

add(
    name="inv-w17-addis-outlook-e-africa-std-time-ambassador-panel",
    kind="invitation",
    frm="Hiwot Bekele <BekeleH@africa-union.example.org>",
    to="Dawit Tesfaye <dawit.tesfaye@example.com>",
    cc="Recruitment AUC <recruitment@africa-union.example.org>",
    subject="Interview: Senior Policy Officer (Trade Facilitation) - Dawit Tesfaye",
    date=(2026, 10, 12, 16, 40, "Africa/Addis_Ababa"),
    fmt="alt",
    ics_style="outlook",
    body="""
Dear Mr. Tesfaye,

On behalf of the African Union Commission, I am pleased to invite you to an interview for the position of Senior Policy Officer (Trade Facilitation), Department of Economic Development, Trade, Tourism, Industry and Minerals.

The interview will take place on Tuesday 20 October 2026 from 09:30 to 10:30 (Addis Ababa time) at the AUC Headquarters, Roosevelt Street, Old Airport Area, Building C, Conference Room 4. Please present yourself at the main gate at least 30 minutes before with your passport or national ID.

The interview panel will consist of:
1. Amb. Fatima Diallo, Director, Trade and Industry - Chairperson
2. Mr. Getachew Alemu, Head of Division, Customs Cooperation
3. Ms. Nomvula Dlamini, Senior Human Resource Officer

Please accept the attached meeting request to confirm.

Kind regards,
Hiwot Bekele
Recruitment Officer, Talent Acquisition Division
African Union Commission
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E008000000003C8A52D1E45ADB01000000000000000010000000AUC2026",
        start="2026-10-20 09:30",
        end="2026-10-20 10:30",
        tz="Africa/Addis_Ababa",
        tzid="E. Africa Standard Time",
        vtz=vtz_fixed("E. Africa Standard Time", "+0300", "EAT"),
        organizer=("Hiwot Bekele", "BekeleH@africa-union.example.org"),
        attendees=[
            ("Dawit Tesfaye", "dawit.tesfaye@example.com"),
            ("Fatima Diallo", "DialloF@africa-union.example.org"),
            ("Getachew Alemu", "AlemuG@africa-union.example.org"),
            ("Nomvula Dlamini", "DlaminiN@africa-union.example.org"),
        ],
        summary="Interview: Senior Policy Officer (Trade Facilitation) - Dawit Tesfaye",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="AUC HQ, Building C, Conference Room 4",
    ),
    company="African Union Commission",
    role="Senior Policy Officer (Trade Facilitation)",
    interviewers=[
        ("Fatima Diallo", "DialloF@africa-union.example.org", "Director, Trade and Industry"),
        (
            "Getachew Alemu",
            "AlemuG@africa-union.example.org",
            "Head of Division, Customs Cooperation",
        ),
        ("Nomvula Dlamini", "DlaminiN@africa-union.example.org", "Senior Human Resource Officer"),
    ],
    start="2026-10-20 09:30",
    end="2026-10-20 10:30",
    tz="Africa/Addis_Ababa",
    notes="Outlook request with the Windows zone 'E. Africa Standard Time'. 'Amb.' is an honorific and is dropped. The recruitment officer organises but is not on the panel; the HR officer is a listed panel member and interviews.",
)

add(
    name="inv-w17-amman-arabic-b64-hr-observer-not-panel",
    kind="invitation",
    frm=addr("ريم عبد الله", "reem.abdullah@alamal-relief.example.org", encoding="b"),
    to=addr("نور الهدى", "nour.alhuda@example.jo", encoding="b"),
    subject=hdr("دعوة لمقابلة - Protection Officer", encoding="b"),
    date=(2026, 9, 14, 13, 10, "Asia/Amman"),
    fmt="alt64",
    body="""
السيدة نور الهدى المحترمة،

تحية طيبة وبعد،

يسرّنا إبلاغك بأنك اجتزت الاختبار الكتابي لوظيفة Protection Officer (مسؤول/ة حماية) في مكتب عمّان، ونودّ دعوتك إلى مقابلة قائمة على الكفاءات.

الموعد: يوم الأحد 20 أيلول/سبتمبر 2026، الساعة 11:00 صباحاً بتوقيت عمّان
المكان: مكتب المنظمة، الشميساني، شارع عبد الحميد شرف، عمارة رقم 14، الطابق الثالث
المدة: حوالي 45 دقيقة

تتكوّن لجنة المقابلة من:
- سامر الخطيب، مدير البرامج (رئيس اللجنة)
- لينا حداد، منسقة الحماية

وسأحضر المقابلة بصفتي مراقِبة من قسم الموارد البشرية فقط، دون المشاركة في التقييم.

يرجى إحضار بطاقة الهوية الشخصية، وتأكيد الحضور بالرد على هذه الرسالة.

مع خالص التحية،
ريم عبد الله
مسؤولة الموارد البشرية
Al-Amal Relief Organization – Jordan Office
""",
    company="Al-Amal Relief Organization",
    role="Protection Officer",
    interviewers=[
        ("سامر الخطيب", None, "مدير البرامج"),
        ("لينا حداد", None, "منسقة الحماية"),
    ],
    start="2026-09-20 11:00",
    end="2026-09-20 11:45",
    tz="Asia/Amman",
    notes="Arabic, base64 in both parts, RFC 2047 B-encoded Arabic headers. Sunday is a working day in Jordan. The HR sender attends only as observer and says she does not assess; Arabic names kept as written.",
)

add(
    name="rsch-w17-geneva-moved-past-dst-panelist-replaced-ny-candidate",
    kind="reschedule",
    frm="Recruitment Team <recruitment@alpinehealth.example.ch>",
    to="Marcus Bell <marcus.bell@example.com>",
    subject="RE: Interview - Senior Grants Officer (Ref. AHP/2026/071) - new date",
    date=(2026, 10, 16, 17, 25, "Europe/Zurich"),
    fmt="qp",
    in_reply_to="<AHP2026071.inv.8812@alpinehealth.example.ch>",
    body="""
Dear Mr. Bell,

Due to an unforeseen scheduling conflict on the panel's side, we need to move your interview for the position of Senior Grants Officer (Ref. AHP/2026/071).

Previous date: Thursday 22 October 2026, 15:00 Geneva time
New date: Tuesday 27 October 2026, 15:00–16:00 Geneva time (CET) — please note this is 10:00–11:00 in New York, as Europe changes its clocks on 25 October.

Please also note a change in the panel composition: Dr. Anneliese Vogt is no longer able to take part and will be replaced by Dr. Kwame Asante. The panel will therefore be:

• Isabelle Favre, Director of Programmes (Chair)
• Kwame Asante, Head of Grant Management
• Tomás Herrera, Senior Finance Specialist

The Zoom link you received remains valid. Should the new time not suit you, please let us know by Monday 19 October.

With kind regards,

Chloé Martin
Talent Acquisition Coordinator
Alpine Health Partnership
Chemin de Blandonnet 8, 1214 Vernier, Geneva

-----Original Message-----
From: Recruitment Team <recruitment@alpinehealth.example.ch>
Sent: Friday, 9 October 2026 10:12
To: Marcus Bell <marcus.bell@example.com>
Subject: Interview - Senior Grants Officer (Ref. AHP/2026/071)

Dear Mr. Bell,

We are pleased to invite you to an interview on Thursday 22 October 2026 at 15:00 Geneva time with Isabelle Favre, Dr. Anneliese Vogt and Tomás Herrera.
""",
    company="Alpine Health Partnership",
    role="Senior Grants Officer",
    interviewers=[
        ("Isabelle Favre", None, "Director of Programmes"),
        ("Kwame Asante", None, "Head of Grant Management"),
        ("Tomás Herrera", None, "Senior Finance Specialist"),
    ],
    start="2026-10-27 15:00",
    end="2026-10-27 16:00",
    tz="Europe/Zurich",
    notes="Moved across the EU DST change (CET, +01:00) while the US is still on EDT: New York is 5 h behind. Anneliese Vogt is replaced and appears in the quoted original; she is not an interviewer. Coordinator signs only.",
)

add(
    name="inv-w17-bogota-workable-entrevista-competencias-es",
    kind="invitation",
    frm=addr(
        "Laura Jiménez - Fundación Tejido Social", "laura.jimenez@tejidosocial-workable.example"
    ),
    to="Camilo Restrepo <camilo.restrepo@example.com.co>",
    reply_to="talento@tejidosocial.example.org",
    subject=hdr("Entrevista por competencias – Coordinador/a de Monitoreo y Evaluación"),
    date=(2026, 9, 24, 16, 45, "America/Bogota"),
    fmt="alt",
    body="""
Hola Camilo,

¡Gracias por presentar la prueba técnica escrita! Nos alegra contarte que tu resultado te permite continuar en el proceso para el cargo de Coordinador/a de Monitoreo y Evaluación.

Te invitamos a una entrevista por competencias:

Fecha: miércoles 30 de septiembre de 2026
Hora: 9:00 a. m. a 10:00 a. m. (hora de Colombia)
Modalidad: Google Meet (te enviaremos el enlace el día anterior)

Te entrevistarán:
Diana Marcela Ospina – Directora de Programas
Andrés Felipe Cárdenas – Líder de Gestión del Conocimiento

Yo estaré pendiente de la logística y de cualquier inquietud que tengas antes de la entrevista.

Por favor confírmanos tu asistencia respondiendo a este correo.

Un saludo,
Laura Jiménez
Analista de Talento Humano
Fundación Tejido Social · Bogotá D.C.

Enviado a través de Workable
""",
    company="Fundación Tejido Social",
    role="Coordinador/a de Monitoreo y Evaluación",
    interviewers=[
        ("Diana Marcela Ospina", None, "Directora de Programas"),
        ("Andrés Felipe Cárdenas", None, "Líder de Gestión del Conocimiento"),
    ],
    start="2026-09-30 09:00",
    end="2026-09-30 10:00",
    tz="America/Bogota",
    notes="Spanish via Workable; two interviewers with compound given names; the talent analyst handles logistics only.",
)

add(
    name="inv-w17-port-au-prince-preselection-telephonique-rh-appelle",
    kind="invitation",
    frm=addr("Nadège Pierre-Louis", "npierrelouis@solidarite-sante-haiti.example.org"),
    to="Jean-Robert Augustin <jr.augustin@example.ca>",
    subject=hdr("Entretien téléphonique de présélection – Responsable logistique"),
    date=(2026, 10, 29, 14, 30, "America/Port-au-Prince"),
    body="""
Bonjour M. Augustin,

Merci pour votre candidature au poste de Responsable logistique basé à Port-au-Prince.

Je souhaiterais avoir un premier échange avec vous : je vous appellerai moi-même le jeudi 5 novembre à 10 h (heure de Port-au-Prince) pour un entretien téléphonique de présélection d'environ 30 minutes. Nous parlerons de votre expérience en gestion d'entrepôts et de chaîne d'approvisionnement médicale, et de vos disponibilités.

Attention : Haïti passe à l'heure d'hiver le dimanche 1er novembre, comme Montréal, donc il n'y aura pas de décalage entre nous.

Merci de me confirmer le numéro auquel je peux vous joindre.

Cordialement,

Nadège Pierre-Louis
Chargée des ressources humaines
Solidarité Santé Haïti
Delmas 33, Port-au-Prince
""",
    company="Solidarité Santé Haïti",
    role="Responsable logistique",
    interviewers=[
        (
            "Nadège Pierre-Louis",
            "npierrelouis@solidarite-sante-haiti.example.org",
            "Chargée des ressources humaines",
        )
    ],
    start="2026-11-05 10:00",
    end="2026-11-05 10:30",
    tz="America/Port-au-Prince",
    notes="French; the HR officer runs the phone pre-screen herself, so she is the interviewer. Haiti leaves DST on 1 November: the call is at EST (-05:00) though the mail is sent in EDT.",
)

add(
    name="inv-w17-bangkok-ics-utc-chair-members-nairobi-candidate",
    kind="invitation",
    frm="ESCAP Recruitment <escap-recruitment@un.example.org>",
    to="Achieng Odhiambo <achieng.odhiambo@example.co.ke>",
    subject="Interview invitation - Economic Affairs Officer, P-4 (Trade Policy) - JO 26-ECO-ESCAP-251902",
    date=(2026, 10, 6, 9, 15, "Asia/Bangkok"),
    ics_style="attach",
    body="""
Dear Ms. Odhiambo,

With reference to your application for the position of Economic Affairs Officer, P-4 (Trade Policy), Job Opening 26-ECO-ESCAP-251902, we are pleased to invite you to a competency-based interview.

Date: Wednesday, 14 October 2026
Time: 13:00-14:00 Bangkok time (ICT, UTC+7), i.e. 09:00-10:00 Nairobi time
Mode: Microsoft Teams (link in the attached calendar invitation)

Panel members:
- Mr. Somchai Wongsuwan, Chief, Trade Policy and Facilitation Section (Chair)
- Ms. Mei Lin Tan, Senior Economic Affairs Officer
- Mr. Hiroshi Tanaka, Economic Affairs Officer

Please test your connection in advance and keep a valid identity document at hand. In case of connectivity problems, the panel secretary will call you on the number in your Inspira profile.

Yours sincerely,
Human Resources Management Section
Economic and Social Commission for Asia and the Pacific (ESCAP)
United Nations Building, Rajadamnern Nok Avenue, Bangkok 10200
""",
    ics=ics(
        uid="ESCAP-JO251902-ODHIAMBO-20261014",
        start="2026-10-14 13:00",
        end="2026-10-14 14:00",
        tz="Asia/Bangkok",
        utc=True,
        organizer=("ESCAP Recruitment", "escap-recruitment@un.example.org"),
        attendees=[
            ("Achieng Odhiambo", "achieng.odhiambo@example.co.ke"),
            ("Somchai Wongsuwan", "wongsuwan@un.example.org"),
            ("Mei Lin Tan", "tanm@un.example.org"),
            ("Hiroshi Tanaka", "tanaka2@un.example.org"),
        ],
        summary="CBI - Economic Affairs Officer P-4 (Trade Policy) - A. Odhiambo",
        prodid="Microsoft Exchange Server 2016",
    ),
    company="Economic and Social Commission for Asia and the Pacific",
    role="Economic Affairs Officer",
    interviewers=[
        (
            "Somchai Wongsuwan",
            "wongsuwan@un.example.org",
            "Chief, Trade Policy and Facilitation Section",
        ),
        ("Mei Lin Tan", "tanm@un.example.org", "Senior Economic Affairs Officer"),
        ("Hiroshi Tanaka", "tanaka2@un.example.org", "Economic Affairs Officer"),
    ],
    start="2026-10-14 13:00",
    end="2026-10-14 14:00",
    tz="Asia/Bangkok",
    notes="ICS times in UTC (06:00Z); the body gives Bangkok and Nairobi times of the same instant. The unnamed panel secretary only handles connectivity. Role without grade/section suffix and job-opening number.",
)

add(
    name="inv-w17-beirut-country-director-thursday-me-and-rana",
    kind="invitation",
    frm="Karim Haddad <k.haddad@cedarrelief.example.org>",
    to="Layla Nasser <layla.nasser@example.com>",
    subject="Re: Grants Manager - next step",
    date=(2026, 9, 21, 18, 2, "Asia/Beirut"),
    in_reply_to="<CAH7xq2LaylaN@mail.example.com>",
    body="""
Hi Layla,

Thanks for sending the writing test back so quickly, we liked it a lot.

Could you do Thursday at 3pm Beirut time for the interview? It'll be me and Rana from our finance team, about 45 mins on Zoom. If Thursday doesn't work, Friday morning is also possible.

Best,
Karim

--
Karim Haddad
Country Director, Lebanon
Cedar Relief International
Badaro, Beirut

On Mon, 21 Sep 2026 at 11:40, Layla Nasser <layla.nasser@example.com> wrote:
> Dear Karim,
> Please find attached my written test for the Grants Manager position.
> Best regards,
> Layla
""",
    company="Cedar Relief International",
    role="Grants Manager",
    interviewers=[
        ("Karim Haddad", "k.haddad@cedarrelief.example.org", "Country Director, Lebanon"),
        ("Rana", None, None),
    ],
    start="2026-09-24 15:00",
    end="2026-09-24 15:45",
    tz="Asia/Beirut",
    notes="Short reply from the country director: 'Thursday' resolved against a Monday Date header; Rana is named by first name only and nothing gives the rest. Beirut in summer time (+03:00).",
)

add(
    name="inv-w17-successfactors-ny-html-only-passed-written-test-hr-member",
    kind="invitation",
    frm="UNDP Careers <noreply-careers@undp-successfactors.example.com>",
    to="Sofia Marquez <sofia.marquez@example.org>",
    subject="Invitation to Interview - Partnerships Specialist (Req. 41877)",
    date=(2026, 10, 9, 11, 30, "America/New_York"),
    fmt="html",
    html="""<html><head><meta charset="utf-8"><style>td{padding:6px 10px;border:1px solid #d0d7de;font-family:Arial,sans-serif;font-size:13px}</style></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2937">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0468b1;color:#fff;border:0;font-size:18px">United Nations Development Programme</td></tr></table>
<p>Dear Sofia Marquez,</p>
<p>Congratulations! You have successfully passed the written assessment for the position of <b>Partnerships Specialist</b> (Req. 41877), Bureau for External Relations and Advocacy, New York.</p>
<p>We are pleased to invite you to a competency-based interview:</p>
<table cellpadding="0" cellspacing="0">
<tr><td><b>Date</b></td><td>Monday, 19 October 2026</td></tr>
<tr><td><b>Time</b></td><td>9:30 AM &ndash; 10:30 AM (New York time, EDT)</td></tr>
<tr><td><b>Location</b></td><td>Microsoft Teams &ndash; link to follow</td></tr>
</table>
<p>The interview panel:</p>
<table cellpadding="0" cellspacing="0">
<tr><td><b>Name</b></td><td><b>Function</b></td><td><b>Role on panel</b></td></tr>
<tr><td>Ms. Aisha Rahman</td><td>Chief, Partnerships Unit</td><td>Chair</td></tr>
<tr><td>Mr. Daniel Okonkwo</td><td>Programme Specialist</td><td>Member</td></tr>
<tr><td>Ms. Claire Dubois</td><td>HR Business Advisor</td><td>Member (HR)</td></tr>
</table>
<p>Please confirm your availability in the candidate portal by clicking <a href="https://undp-successfactors.example.com/career?career_ns=job_application&amp;req=41877">here</a>.</p>
<p>Kind regards,<br>UNDP Talent Acquisition<br>One United Nations Plaza, New York, NY 10017</p>
<p style="font-size:11px;color:#6b7280">This is a system-generated message from SuccessFactors. Please do not reply.</p>
</body></html>
""",
    company="United Nations Development Programme",
    role="Partnerships Specialist",
    interviewers=[
        ("Aisha Rahman", None, "Chief, Partnerships Unit"),
        ("Daniel Okonkwo", None, "Programme Specialist"),
        ("Claire Dubois", None, "HR Business Advisor"),
    ],
    start="2026-10-19 09:30",
    end="2026-10-19 10:30",
    tz="America/New_York",
    notes="HTML-only SuccessFactors notice with the panel in a table; here the HR business advisor is a voting panel member ('Member (HR)'), so she interviews. Requisition number not part of the role.",
)

add(
    name="inv-w17-geneva-foundation-calendly-intro-call-with-me",
    kind="invitation",
    frm=addr("Hélène Rochat", "helene.rochat@fondation-lumen.example.ch"),
    to="Priya Nair <priya.nair@example.com>",
    subject="Philanthropy Advisor - introductory call",
    date=(2026, 9, 14, 9, 50, "Europe/Zurich"),
    fmt="alt",
    body="""
Dear Priya,

Thank you for your application for the Philanthropy Advisor role at Fondation Lumen.

As a first step, I would like to have a 30-minute introductory call with you about your experience with family foundations and your motivation. Please pick a time that suits you in my calendar: https://calendly.example.com/helene-rochat-lumen/30min

The slots are shown in your own time zone. If none of them work from Singapore, just tell me and I will open an early-morning slot.

Best regards,
Hélène Rochat
Talent & Culture Lead
Fondation Lumen, Rue du Rhône 14, 1204 Genève
""",
    company="Fondation Lumen",
    role="Philanthropy Advisor",
    interviewers=[
        ("Hélène Rochat", "helene.rochat@fondation-lumen.example.ch", "Talent & Culture Lead")
    ],
    notes="Self-scheduling link: an invitation with no time yet. The talent lead holds the call herself, so she is the interviewer.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w17-geneva-donor-briefing-ics-speakers",
    kind="other",
    frm="OCHA Donor Relations <ocha-donorrelations@un.example.org>",
    to="Anna Lindqvist <anna.lindqvist@sida-partner.example.se>",
    subject="Invitation: Donor briefing - Sahel Humanitarian Response Plan 2027",
    date=(2026, 11, 2, 10, 0, "Europe/Zurich"),
    ics_style="google",
    body="""
Dear colleagues,

You are cordially invited to a donor briefing on the 2027 Humanitarian Response Plans for the Sahel.

Thursday 12 November 2026, 14:00-15:30 (Geneva time)
Palais des Nations, Room XXIV, and online via Webex

Speakers:
- Ms. Joyce Msuya, Assistant Secretary-General for Humanitarian Affairs
- Mr. Ibrahim Maïga, Humanitarian Coordinator, Mali
- Ms. Céline Roux, Head of Donor Relations Section

Member States and partners will have an opportunity to ask questions after the presentations. Please register your delegation by 9 November.

Donor Relations Section
UN Office for the Coordination of Humanitarian Affairs (OCHA), Geneva
""",
    ics=ics(
        uid="donor-briefing-sahel-hrp2027@ocha.example.org",
        start="2026-11-12 14:00",
        end="2026-11-12 15:30",
        tz="Europe/Zurich",
        organizer=("OCHA Donor Relations", "ocha-donorrelations@un.example.org"),
        attendees=[("Anna Lindqvist", "anna.lindqvist@sida-partner.example.se")],
        summary="Donor briefing - Sahel HRP 2027",
        location="Palais des Nations, Room XXIV",
    ),
    notes="A donor briefing with an ICS and a list of named speakers and a Q&A: a work event for the user, not an interview.",
)

add(
    name="oth-w17-nairobi-staff-union-general-meeting-recruitment-panels",
    kind="other",
    frm="Staff Union UNON <staff.union@unon.example.org>",
    to="All Staff Nairobi <allstaff-nairobi@unon.example.org>",
    subject="Staff Union General Meeting - Recruitment reform and panel composition",
    date=(2026, 10, 1, 8, 30, "Africa/Nairobi"),
    fmt="alt",
    body="""
Dear colleagues,

The Staff Union Executive Committee invites all staff to an extraordinary General Meeting on Wednesday 7 October 2026 from 13:00 to 14:00 in Conference Room 2 (and on Teams).

Agenda:
1. The proposed reform of the staff selection system: written tests, competency-based interviews and the role of HR observers on assessment panels
2. Staff representation on Central Review Bodies
3. Rotation and mobility for G-staff
4. Any other business

Our President, Mr. Joseph Otieno, and the Vice-President, Ms. Amina Yusuf, will present the Union's position paper and answer questions.

Please bring your staff ID. Light lunch will be provided.

In solidarity,
Executive Committee
UNON Staff Union
""",
    notes="A staff-union meeting at the user's current job; talks about competency-based interviews and panels, names presenters and gives a time, but nobody interviews the user.",
)

add(
    name="oth-w17-inspira-roster-membership-notice",
    kind="other",
    frm="Inspira <inspira-noreply@un.example.org>",
    to=addr("Tomás Villalobos", "tomas.villalobos@example.cl"),
    subject="Roster membership - Programme Management Officer, P3",
    date=(2026, 10, 22, 3, 14, "America/New_York"),
    body="""
Dear Tomás Villalobos,

Reference: Job Opening 25-Programme Management-UNEP-238811-R-Nairobi (R)

We are pleased to inform you that, following the assessment exercise for the above job opening and the endorsement of the Central Review Body, you have been placed on the roster of pre-approved candidates for Programme Management Officer, P3.

Being on the roster does not guarantee selection. As a roster member, you may be considered for similar job openings at the same level without further competitive examination or interview. Hiring managers may contact you directly when a suitable position becomes available.

Please keep your contact details up to date in your Inspira profile.

This is an automated message. Please do not reply.

United Nations Careers | Inspira
""",
    notes="A roster-membership notice: not a rejection, offer or interview; no decision date. Mentions 'interview' only to say none will be needed.",
)

add(
    name="oth-w17-consultant-survey-on-recruitment-experience",
    kind="other",
    frm="Meridian Org Review <survey@meridian-orgreview.example.com>",
    to="Oluwaseun Adebayo <seun.adebayo@example.com>",
    subject="10 minutes of your time? Review of IFAD's recruitment experience",
    date=(2026, 11, 3, 14, 0, "Europe/London"),
    fmt="alt",
    body="""
Dear Oluwaseun Adebayo,

Meridian Org Review has been commissioned by the International Fund for Agricultural Development (IFAD) to carry out an independent review of its recruitment processes. You are receiving this message because you took part in an IFAD selection process in the past 12 months.

We would be grateful if you could complete a short, anonymous survey about your experience as a candidate: the clarity of the vacancy announcement, the written test, the competency-based interview and the panel, and how you were kept informed.

Survey link: https://survey.meridian-orgreview.example.com/ifad-candidates
The survey closes on Friday 20 November 2026.

Participation is voluntary and will have no bearing on any current or future application.

With thanks,
Dr. Helen Carter
Lead Consultant, Meridian Org Review
""",
    notes="A consultant's survey about the interview experience, with a closing date for the candidate: a hard negative.",
)

add(
    name="oth-w17-bangkok-user-sits-on-panel-outlook-ics",
    kind="other",
    frm="Nattaya Chaiyaporn <nattaya.chaiyaporn@unfpa-apro.example.org>",
    to="Kenji Watanabe <kenji.watanabe@unfpa-apro.example.org>",
    cc="Ravi Menon <ravi.menon@unfpa-apro.example.org>",
    subject="Panel: Programme Associate (G7) interviews - candidate pack attached",
    date=(2026, 10, 8, 10, 20, "Asia/Bangkok"),
    ics_style="outlook",
    body="""
Dear Kenji,

Thank you for agreeing to serve as a panel member for the Programme Associate (G7) recruitment. Ravi will chair the panel and I will attend as the HR observer.

Interviews: Friday 16 October, 09:00-12:30 Bangkok time, Meeting Room Lotus / Teams
Candidates (30 minutes each, 15 minutes for scoring):
09:00 Ms. Siriporn Boonmee
09:45 Mr. Anucha Phromma
10:30 Ms. Thida Aung
11:15 Mr. Bounmy Keovongsa

Please review the written test results and the competency questions in the attached pack, and read the conflict-of-interest declaration before the first interview.

Thank you,
Nattaya Chaiyaporn
HR Associate, Asia-Pacific Regional Office
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000G7PANEL2026APRO",
        start="2026-10-16 09:00",
        end="2026-10-16 12:30",
        tz="Asia/Bangkok",
        tzid="SE Asia Standard Time",
        vtz=vtz_fixed("SE Asia Standard Time", "+0700", "ICT"),
        organizer=("Nattaya Chaiyaporn", "nattaya.chaiyaporn@unfpa-apro.example.org"),
        attendees=[
            ("Kenji Watanabe", "kenji.watanabe@unfpa-apro.example.org"),
            ("Ravi Menon", "ravi.menon@unfpa-apro.example.org"),
        ],
        summary="Interview panel - Programme Associate (G7)",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="Meeting Room Lotus / Microsoft Teams",
    ),
    notes="The user sits on the panel and interviews other candidates; an Outlook request with a Windows zone, names and times, but the user is not being interviewed.",
)

add(
    name="oth-w17-reliefweb-style-job-alert-fr",
    kind="other",
    frm="Alertes emploi HumaJobs <alertes@humajobs.example.org>",
    to="claire.bonnet@example.fr",
    subject=hdr("6 nouvelles offres pour votre alerte « coordination humanitaire »"),
    date=(2026, 9, 29, 6, 0, "Europe/Paris"),
    fmt="alt",
    body="""
Bonjour,

Voici les nouvelles offres correspondant à votre alerte « coordination humanitaire » :

• Coordinateur/trice terrain – Médecins du Désert – Mopti, Mali – date limite : 12 octobre 2026
• Chef(fe) de projet sécurité alimentaire – Action Solidaire – Bangui – date limite : 9 octobre 2026
• Humanitarian Affairs Officer, P3 – OCHA – Port-au-Prince – deadline 20 October 2026
• Responsable des programmes – Fondation Horizon – Dakar – date limite : 15 octobre 2026
• Coordonnateur/trice des urgences – CroixVerte – Beyrouth – date limite : 6 octobre 2026
• Oficial de Protección – Consejo para Refugiados – Bogotá – fecha límite: 14 de octubre

Conseil de la semaine : préparez l'entretien par compétences avec la méthode STAR.

Gérer mes alertes : https://humajobs.example.org/alertes
Se désabonner : https://humajobs.example.org/unsub?u=cb7731
""",
    notes="French job-alert digest with application deadlines and an interview tip: other.",
)

add(
    name="oth-w17-scam-un-recruitment-processing-fee",
    kind="other",
    frm="United Nations Recruitment Office <un.recruitment.office2026@gmail.example.com>",
    to="Samuel Mensah <samuel.mensah@example.com.gh>",
    reply_to="dr.williams.hr@outlook.example.com",
    subject="CONGRATULATIONS: Your Selection for UN Project Officer Position (Ref: UN/NY/HR/7731)",
    date=(2026, 10, 14, 2, 47, "America/New_York"),
    body="""
UNITED NATIONS HEADQUARTERS
HUMAN RESOURCES DEPARTMENT, NEW YORK

Ref: UN/NY/HR/7731

Dear Samuel Mensah,

We are pleased to inform you that your CV has been shortlisted for the position of PROJECT OFFICER with the United Nations Development Project in New York with a monthly salary of USD 12,500 plus accommodation.

You are required to attend an ONLINE INTERVIEW on Telegram with our Recruitment Director, Dr. Mark Williams (@DrMarkWilliamsUN), on Monday 19 October 2026 at 10:00 AM.

Before the interview you must pay the mandatory Work Permit and Visa Processing Fee of USD 450 to our accredited travel agent. Payment details will be sent upon your reply. Failure to pay within 48 hours will lead to the cancellation of your selection.

Note: The United Nations does not charge any fee at any stage of recruitment except for the visa processing fee.

Yours faithfully,
Dr. Mark Williams
Recruitment Director, UN Headquarters
""",
    notes="A scam imitating the UN (free-mail sender, fee, Telegram interview). Item 3: scams stay other even though they name an interviewer and a time.",
)

# ================================================================ outcomes
add(
    name="rej-w17-addis-uneca-not-selected-after-interview",
    kind="rejection",
    frm="ECA Recruitment <eca-recruitment@un.example.org>",
    to="Meron Haile <meron.haile@example.com>",
    subject="Job Opening 26-Statistics-ECA-247310-R-Addis Ababa (X) - outcome",
    date=(2026, 11, 10, 14, 5, "Africa/Addis_Ababa"),
    body="""
Dear Ms. Haile,

Reference: Job Opening 26-Statistics-ECA-247310-R-Addis Ababa (X), Statistician, P-3

Thank you for your interest in the position of Statistician at the United Nations Economic Commission for Africa and for the time you devoted to the written assessment and the competency-based interview held on 21 October 2026.

After careful consideration, we regret to inform you that you have not been selected for this position. The competition was strong and the panel was impressed by the quality of many candidates.

We encourage you to continue to apply for positions that match your profile through the UN Careers portal.

With best wishes for your future endeavours,

Human Resources Services Section
United Nations Economic Commission for Africa
Menelik II Avenue, Addis Ababa
""",
    company="United Nations Economic Commission for Africa",
    role="Statistician",
    notes="Formal rejection after the interview, with a job-opening reference; the past interview date is not an interview to track.",
)

add(
    name="next-w17-amman-panel-recommendation-decision-by-6-nov",
    kind="next_steps",
    frm="Dana Qasem <dana.qasem@jrc-relief.example.org>",
    to="Omar Farouk <omar.farouk@example.com>",
    subject="Follow-up: Cash Programme Manager interview",
    date=(2026, 10, 20, 12, 40, "Asia/Amman"),
    fmt="alt",
    body="""
Dear Omar,

Thank you again for meeting the panel last Thursday for the Cash Programme Manager position. I wanted to keep you updated on the next steps.

The panel has completed its scoring and its recommendation now goes to our Regional Director for approval, together with the reference checks we will run this week for the recommended candidates. We expect the final decision to be made by 6 November, and I will contact you either way as soon as it is.

If your availability or notice period changes in the meantime, please let me know.

Kind regards,
Dana Qasem
HR Business Partner
Jordan Relief Consortium
Amman
""",
    company="Jordan Relief Consortium",
    role="Cash Programme Manager",
    decision_by="2026-11-06",
    notes="After the interview: the recommendation goes for approval, decision expected by 6 November (resolved against the October Date header).",
)
