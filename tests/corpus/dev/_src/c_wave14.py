# ruff: noqa: E501
# Wave 14: a blind wave in a new voice: skilled trades, engineering and the public sector
# (civil-service and union-agreement panels, utilities, mining, rail, shipping, aviation,
# fire service) in Germany, Austria, the Nordics, Czechia, Romania, Indonesia, Malaysia,
# Pakistan, Bangladesh, Ghana, Argentina, Peru and several US states. Aimed at who interviews
# (panels named every way, trade tests and medicals that are not the interview, escorts,
# replaced panelists, first names only, names only in the calendar data) and at hard negatives.
from lib import add, ics
from mime import VTZ_NEW_YORK, addr, hdr, vtz_outlook_eu

# ================================================================ invitations
add(
    name="inv-w14-stadtwerke-auswahlkommission-kassel",
    kind="invitation",
    frm="Personalabteilung Stadtwerke Nordhessen <bewerbung@stadtwerke-nordhessen.example>",
    to="Marek Kowalczyk <marek.kowalczyk@example.de>",
    subject=hdr(
        "Einladung zum Vorstellungsgespräch – Meister/in Netzbetrieb Wasser (Kennziffer 2026-114)"
    ),
    date=(2026, 9, 28, 10, 12, "Europe/Berlin"),
    fmt="qp",
    body="""
Sehr geehrter Herr Kowalczyk,

vielen Dank für Ihre Bewerbung auf die Stelle „Meister/in Netzbetrieb Wasser" (Kennziffer 2026-114). Wir freuen uns, Sie zu einem strukturierten Auswahlgespräch einzuladen:

Termin: Dienstag, 13.10.2026, 09:30 Uhr (Dauer ca. 60 Minuten)
Ort: Stadtwerke Nordhessen, Verwaltungsgebäude, Königstor 12, 34117 Kassel, Raum 2.14

Der Auswahlkommission gehören an:
- Dipl.-Ing. Frank Biermann, Bereichsleiter Wasserversorgung
- Dr. Claudia Hesse, Abteilungsleiterin Personal
- Uwe Brandt, Mitglied des Personalrats

Zu Beginn bitten wir Sie um eine kurze Präsentation (max. 10 Minuten) zum Thema „Rohrbruch im Winter – Ihre ersten 60 Minuten". Ein Beamer steht zur Verfügung.

Die Schwerbehindertenvertretung ist gemäß § 178 SGB IX informiert. Reisekosten können leider nicht erstattet werden.

Bitte bestätigen Sie den Termin bis zum 02.10.2026 über Ihren Bewerberzugang.

Mit freundlichen Grüßen
Im Auftrag

Melanie Schäfer
Sachbearbeiterin Personalgewinnung
Stadtwerke Nordhessen AöR
Königstor 12, 34117 Kassel
Tel. 0561 7820-2214
""",
    company="Stadtwerke Nordhessen",
    role="Meister/in Netzbetrieb Wasser",
    interviewers=[
        ("Frank Biermann", None, "Bereichsleiter Wasserversorgung"),
        ("Claudia Hesse", None, "Abteilungsleiterin Personal"),
        ("Uwe Brandt", None, "Mitglied des Personalrats"),
    ],
    start="2026-10-13 09:30",
    end="2026-10-13 10:30",
    tz="Europe/Berlin",
    notes="German public utility: the selection committee (Auswahlkommission) of three, including the staff-council member, interviews; Dipl.-Ing. and Dr. are stripped. The HR clerk signs 'im Auftrag' and only schedules. '02.10.2026' is the candidate's confirmation deadline, not a decision date. 60 minutes from 09:30 CEST.",
)

add(
    name="inv-w14-outlook-teams-w-europe-alpenbahn-innsbruck",
    kind="invitation",
    frm="Gruber Lena <lena.gruber@alpenbahn-infra.example>",
    to=addr("Nikola Ilić", "nikola.ilic@example.at"),
    subject=hdr("Vorstellungsgespräch Fahrleitungsmonteur:in (Teams) – Mo 19.10., 14:00"),
    date=(2026, 10, 7, 15, 40, "Europe/Vienna"),
    body="""
Sehr geehrter Herr Ilić,

wie telefonisch besprochen, sende ich Ihnen hiermit die Einladung zum Online-Vorstellungsgespräch für die Position Fahrleitungsmonteur:in im Bereich Streckenmanagement Tirol.

Datum: Montag, 19. Oktober 2026
Uhrzeit: 14:00 – 14:45 Uhr
Ort: Microsoft Teams (Link siehe Termin)

Ihre Gesprächspartner:
Ing. Martin Huber, Teamleiter Fahrleitung Innsbruck
Mag. Sabine Pichler, HR Business Partnerin

Ich selbst bin beim Gespräch nicht dabei – bei Fragen zur Technik erreichen Sie mich aber gerne unter +43 1 93000 42817.

Freundliche Grüße
Lena Gruber
Recruiting Center
Alpenbahn Infrastruktur GmbH
Wien | Innsbruck | Salzburg
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E008000000009A4C1E2B7F5ADC01000000000000000010000000B3D1",
        start="2026-10-19 14:00",
        end="2026-10-19 14:45",
        tz="Europe/Vienna",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Gruber Lena", "lena.gruber@alpenbahn-infra.example"),
        attendees=[
            ("Huber Martin", "martin.huber@alpenbahn-infra.example"),
            ("Pichler Sabine", "sabine.pichler@alpenbahn-infra.example"),
            ("nikola.ilic@example.at", "nikola.ilic@example.at"),
        ],
        summary="Vorstellungsgespräch Fahrleitungsmonteur:in – Ilić",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams-Besprechung",
        stamp="20261007T134000Z",
    ),
    ics_style="outlook",
    company="Alpenbahn Infrastruktur",
    role="Fahrleitungsmonteur:in",
    interviewers=[
        (
            "Martin Huber",
            "martin.huber@alpenbahn-infra.example",
            "Teamleiter Fahrleitung Innsbruck",
        ),
        ("Sabine Pichler", "sabine.pichler@alpenbahn-infra.example", "HR Business Partnerin"),
    ],
    start="2026-10-19 14:00",
    end="2026-10-19 14:45",
    tz="Europe/Vienna",
    notes="Austrian Outlook invite with the Windows zone 'W. Europe Standard Time'; display names 'Surname Given' in the ICS. Ing. and Mag. are academic titles, stripped. The recruiting-center sender says she will not be in the interview.",
)

add(
    name="inv-w14-recruiter-phone-screen-offshore-stavanger",
    kind="invitation",
    frm="Ingrid Solberg <ingrid.solberg@nordvind.example>",
    to=addr("Tomasz Wróbel", "t.wrobel@example.pl"),
    subject="Electrical Technician - Offshore Wind (Utsira Nord) / short phone call",
    date=(2026, 11, 2, 8, 55, "Europe/Oslo"),
    body="""
Hi Tomasz,

Thank you for applying for the Electrical Technician – Offshore Wind position with Nordvind Energi. I'm the recruiter for this role and would like to have a first phone conversation with you, around 30 minutes, about your experience, your GWO certificates and the rotation (2 weeks on / 4 weeks off).

Would Thursday 5 November at 13:00 Norwegian time work? I will call you on +48 601 234 567. If not, just send me two or three alternatives this week.

Best regards,
Ingrid Solberg
Talent Acquisition Partner
Nordvind Energi AS | Stavanger
+47 51 99 00 00
""",
    company="Nordvind Energi",
    role="Electrical Technician – Offshore Wind",
    interviewers=[
        ("Ingrid Solberg", "ingrid.solberg@nordvind.example", "Talent Acquisition Partner")
    ],
    start="2026-11-05 13:00",
    end="2026-11-05 13:30",
    tz="Europe/Oslo",
    notes="The recruiter proposes a specific 30-minute phone screen she runs herself, so she is the interviewer. 13:00 Norwegian time is CET (+01:00) in November.",
)

add(
    name="inv-w14-varbi-kommun-swedish-va-tekniker",
    kind="invitation",
    frm="Sundsbergs kommun via Varbi <no-reply@varbi.example>",
    reply_to=addr("Åsa Lindqvist", "asa.lindqvist@sundsberg.example"),
    to="Elias Berg <elias.berg@example.se>",
    subject="Inbjudan till intervju - VA-tekniker, Sundsbergs kommun",
    date=(2026, 9, 14, 16, 20, "Europe/Stockholm"),
    fmt="alt",
    body="""
Hej Elias!

Tack för din ansökan till tjänsten som VA-tekniker på Samhällsbyggnadsförvaltningen. Vi vill gärna träffa dig på en intervju.

Tid: onsdag 23 september kl. 10.00–11.00
Plats: Kommunhuset, Storgatan 8, Sundsberg. Anmäl dig i receptionen.

Du kommer att träffa Åsa Lindqvist (enhetschef VA-drift) och Göran Ekström (driftingenjör). Om du vill kan en facklig representant från Kommunal närvara – meddela i så fall oss senast dagen innan.

Svara gärna på detta meddelande och bekräfta att tiden passar.

Vänliga hälsningar
Åsa Lindqvist
Enhetschef VA-drift
Sundsbergs kommun

Detta meddelande skickades via Varbi. Du kan se dina ansökningar på ditt konto.
""",
    company="Sundsbergs kommun",
    role="VA-tekniker",
    interviewers=[
        ("Åsa Lindqvist", "asa.lindqvist@sundsberg.example", "enhetschef VA-drift"),
        ("Göran Ekström", None, "driftingenjör"),
    ],
    start="2026-09-23 10:00",
    end="2026-09-23 11:00",
    tz="Europe/Stockholm",
    notes="Swedish municipality via an e-recruitment system; the unit head writes and is one of the two interviewers (her address is in Reply-To). An optional, unnamed union representative is not an interviewer. 'kl. 10.00–11.00' with dots.",
)

add(
    name="inv-w14-czech-b64-ing-phd-krommeriz",
    kind="invitation",
    frm=addr("Hana Nováková", "hana.novakova@moravske-strojirny.example"),
    to=addr("Jiří Horák", "jiri.horak@example.cz"),
    subject=hdr("Pozvánka na pohovor – Konstruktér ocelových konstrukcí"),
    date=(2026, 10, 1, 9, 14, "Europe/Prague"),
    fmt="b64",
    body="""
Dobrý den, pane Horáku,

děkujeme za Váš zájem o pozici Konstruktér ocelových konstrukcí v naší společnosti Moravské strojírny a.s. Rádi bychom Vás pozvali na osobní pohovor, který proběhne

ve čtvrtek 8. 10. 2026 od 13:30 hod. v budově ředitelství, Hulínská 1420, Kroměříž (3. patro, zasedací místnost).

Pohovor s Vámi povedou Ing. Petr Dvořák, vedoucí konstrukce, a Ing. Jana Svobodová, Ph.D., technická ředitelka. Počítejte prosím s délkou cca 1,5 hodiny; součástí bude krátký praktický úkol v programu Tekla Structures.

Prosím o potvrzení účasti odpovědí na tento e-mail.

S pozdravem

Hana Nováková
HR specialistka
Moravské strojírny a.s.
tel.: +420 573 501 212
""",
    company="Moravské strojírny",
    role="Konstruktér ocelových konstrukcí",
    interviewers=[
        ("Petr Dvořák", None, "vedoucí konstrukce"),
        ("Jana Svobodová", None, "technická ředitelka"),
    ],
    start="2026-10-08 13:30",
    end="2026-10-08 15:00",
    tz="Europe/Prague",
    notes="Czech, base64 body, RFC 2047 From/Subject. 'Ing.' before and 'Ph.D.' after the names are dropped. The HR specialist only arranges. 1.5 hours from 13:30 CEST.",
)

add(
    name="inv-w14-romania-site-office-escort-brasov",
    kind="invitation",
    frm="Ioana Marinescu <ioana.marinescu@carpati-construct.example>",
    to="Radu Georgescu <radu.georgescu@example.ro>",
    subject="Invitatie interviu - Inginer sef de santier (Brasov)",
    date=(2026, 10, 5, 11, 30, "Europe/Bucharest"),
    fmt="qp",
    body="""
Bună ziua, domnule Georgescu,

În urma analizării CV-ului dumneavoastră, vă invităm la un interviu pentru postul de Inginer șef de șantier, proiectul Centura Ocolitoare Brașov – Lot 2.

Data: joi, 15 octombrie 2026, ora 11:00
Locul: organizarea de șantier, DN1 km 168, Cristian (jud. Brașov)
Durata estimată: o oră

Interviul va fi susținut de dl. ing. Andrei Popescu, Director Tehnic, și de subsemnata. La poartă vă rugăm să vă prezentați la domnul Mihai Stan, administratorul organizării de șantier, care vă va conduce la sala de ședințe. Echipamentul de protecție (cască, vestă) vi se va pune la dispoziție; vă rugăm să veniți cu bocanci de protecție.

Vă rugăm să ne confirmați prezența.

Cu stimă,
Ioana Marinescu
Manager Resurse Umane
Carpați Construct S.R.L.
Str. Zizinului 110, Brașov
""",
    company="Carpați Construct",
    role="Inginer șef de șantier",
    interviewers=[
        ("Andrei Popescu", None, "Director Tehnic"),
        ("Ioana Marinescu", "ioana.marinescu@carpati-construct.example", "Manager Resurse Umane"),
    ],
    start="2026-10-15 11:00",
    end="2026-10-15 12:00",
    tz="Europe/Bucharest",
    notes="Romanian site-office interview by the technical director and 'subsemnata' (the undersigned HR manager who writes). The site administrator at the gate only escorts. 'dl. ing.' stripped. One hour from 11:00 EEST.",
)

add(
    name="inv-w14-kalimantan-wita-mononym-interview-user",
    kind="invitation",
    frm="HR Recruitment PT Bara Kalimantan Sejahtera <recruitment@barakaltim.example>",
    to="Rudi Hartono <rudi.hartono88@example.co.id>",
    subject="Undangan Interview User - Mechanic Heavy Equipment (Site Sangatta)",
    date=(2026, 9, 21, 14, 10, "Asia/Makassar"),
    fmt="alt",
    body="""
Kepada Yth.
Sdr. Rudi Hartono
di tempat

Dengan hormat,

Menindaklanjuti hasil psikotes dan tes praktik yang telah Saudara ikuti, bersama ini kami mengundang Saudara untuk mengikuti Interview User untuk posisi Mechanic Heavy Equipment, dengan jadwal sebagai berikut:

Hari/Tanggal : Senin, 28 September 2026
Waktu        : 08.30 - 10.00 WITA
Tempat       : Kantor Site Sangatta, Jl. Poros Sangatta-Bengalon Km 12, Ruang Meeting Plant
Pewawancara  : Ir. Bambang Wijaya (Plant Manager) dan Sutrisno (Superintendent Workshop)

Harap membawa KTP asli, sertifikat SIO/kompetensi, dan APD lengkap (safety shoes). Medical check-up (MCU) akan dijadwalkan terpisah oleh tim HSE setelah interview.

Mohon konfirmasi kehadiran melalui WhatsApp ke 0812-5501-7733 (Sdri. Dewi) paling lambat Jumat, 25 September 2026.

Hormat kami,

Dewi Kartika Sari
Recruitment Officer
PT Bara Kalimantan Sejahtera
""",
    company="Bara Kalimantan Sejahtera",
    role="Mechanic Heavy Equipment",
    interviewers=[
        ("Bambang Wijaya", None, "Plant Manager"),
        ("Sutrisno", None, "Superintendent Workshop"),
    ],
    start="2026-09-28 08:30",
    end="2026-09-28 10:00",
    tz="Asia/Makassar",
    notes="Indonesian formal letter; 'Pewawancara' line names the plant manager (engineering title Ir. stripped) and a one-name (mononym) superintendent. WITA is UTC+8 (Asia/Makassar), not Jakarta time. The recruitment officer only confirms; the MCU is not an interview; 25 September is the candidate's deadline.",
)

add(
    name="inv-w14-malaysia-mro-assessment-then-panel-subang",
    kind="invitation",
    frm="Nurul Aina binti Rashid <nurulaina.rashid@semenanjung-aero.example>",
    to="Suresh Arumugam <suresh.arumugam@example.com.my>",
    subject="Invitation: Technical Assessment & Interview - B1 Licensed Aircraft Engineer (A320)",
    date=(2026, 10, 12, 17, 45, "Asia/Kuala_Lumpur"),
    fmt="alt",
    body="""
Dear Mr. Arumugam,

Thank you for your interest in the B1 Licensed Aircraft Engineer (A320) position at Semenanjung Aero Services.

We are pleased to invite you to the next stage of our selection process at our hangar in Subang:

Date: Wednesday, 21 October 2026
08:00 - 09:30   Written technical assessment (ATA 21/24/29, human factors), Training Room 2
09:45 - 10:45   Panel interview, Hangar 3 Meeting Room

The written assessment is invigilated by our Training Department. Your interview panel will be:
• Encik Mohd Faizal bin Ahmad – Base Maintenance Manager
• Ms Tan Wei Ling – Quality Assurance Manager (Part 145)

Please bring your CAAM licence, logbook and IC/passport. An airside visitor pass will be arranged; kindly be at the Security Office (Gate 2) by 7.30am.

Should you need any clarification, please do not hesitate to contact me.

Best regards,
Nurul Aina binti Rashid
Talent Acquisition Executive
Semenanjung Aero Services Sdn. Bhd.
Hangar 3, Sultan Abdul Aziz Shah Airport, Subang
""",
    company="Semenanjung Aero Services",
    role="B1 Licensed Aircraft Engineer (A320)",
    interviewers=[
        ("Mohd Faizal bin Ahmad", None, "Base Maintenance Manager"),
        ("Tan Wei Ling", None, "Quality Assurance Manager"),
    ],
    start="2026-10-21 09:45",
    end="2026-10-21 10:45",
    tz="Asia/Kuala_Lumpur",
    notes="Written assessment then panel interview: the interview is the 09:45-10:45 panel; the invigilating Training Department is nobody's name. 'Encik' and 'Ms' are honorifics; 'bin Ahmad' is part of the Malay name; 'Tan Wei Ling' is family-name-first and kept as written. The TA executive only arranges.",
)

add(
    name="inv-w14-pakistan-call-letter-committee-unnamed-lahore",
    kind="invitation",
    frm="Recruitment Cell PPTCL <recruitment@pptcl.example.pk>",
    to="Hamza Tariq <hamza.tariq.ee@example.com>",
    subject="Interview Call Letter - Junior Engineer (Grid Stations) BPS-17 - Roll No. 1047",
    date=(2026, 10, 16, 11, 5, "Asia/Karachi"),
    body="""
PUNJAB POWER TRANSMISSION COMPANY LIMITED
Human Resource Directorate, WAPDA House Annex, Lahore

No. HR/REC/JE-GS/2026/1047                          Dated: 16-10-2026

Mr. Hamza Tariq
Roll No. 1047

SUBJECT: INTERVIEW FOR THE POST OF JUNIOR ENGINEER (GRID STATIONS) BPS-17

With reference to your application and the written test conducted by the testing agency on 27-09-2026, you are hereby informed that you have qualified the written test and are called for interview before the Departmental Selection Committee as per the following schedule:

    Date:             29-10-2026 (Thursday)
    Reporting time:   09:00 AM
    Interview time:   10:00 AM
    Venue:            Committee Room, 3rd Floor, HR Directorate, WAPDA House Annex, Lahore

2. You are required to bring original documents (CNIC, degree, PEC registration, domicile, experience certificates) along with one set of attested photocopies. Candidates without original documents will not be interviewed.

3. No TA/DA is admissible for appearing in the interview.

4. This call letter is issued provisionally and does not confer any right of appointment.

(Muhammad Imran Qureshi)
Deputy Director (Recruitment)
For Chief Executive Officer
""",
    company="Punjab Power Transmission Company",
    role="Junior Engineer (Grid Stations)",
    interviewers=[],
    start="2026-10-29 10:00",
    end=None,
    tz="Asia/Karachi",
    notes="Pakistani public-sector call letter: the Departmental Selection Committee is not named, so no interviewers; the signing deputy director issues the letter only. Day-first dates; the interview time (10:00) is the start, not the 09:00 reporting time; no end given. BPS-17 is a pay scale, not part of the title.",
)

add(
    name="inv-w14-dhaka-viva-board-engr-bst-is-bangladesh",
    kind="invitation",
    frm=addr("HR Department, Meghna Power", "hr@meghnapower.example.bd"),
    to="Nazmul Hasan <nazmul.hasan.me@example.com>",
    subject="Viva Voce Invitation - Assistant Engineer (Mechanical), Sirajganj 450 MW CCPP",
    date=(2026, 11, 8, 15, 20, "Asia/Dhaka"),
    fmt="alt",
    body="""
Dear Mr. Hasan,

Congratulations! You have been shortlisted for the viva voce for the position of Assistant Engineer (Mechanical) for our Sirajganj 450 MW Combined Cycle Power Plant.

Schedule: Sunday, 15 November 2026 at 11:30 AM (BST)
Venue: Meghna Power Corporate Office, House 27, Road 11, Banani, Dhaka-1213

The viva board will comprise:
1. Engr. Md. Rafiqul Islam, General Manager (O&M)
2. Engr. Farzana Haque, Deputy General Manager (Mechanical)
3. Mr. A. K. M. Shahidullah, Head of HR & Admin

Please bring your original certificates, NID and two passport-size photographs. Kindly confirm your attendance by replying to this email.

Regards,
Tanvir Ahmed Chowdhury
Senior Executive, HR
Meghna Power Generation Ltd.
Phone: +880 2 9882 3410
""",
    company="Meghna Power",
    role="Assistant Engineer (Mechanical)",
    interviewers=[
        ("Md. Rafiqul Islam", None, "General Manager (O&M)"),
        ("Farzana Haque", None, "Deputy General Manager (Mechanical)"),
        ("A. K. M. Shahidullah", None, "Head of HR & Admin"),
    ],
    start="2026-11-15 11:30",
    end=None,
    tz="Asia/Dhaka",
    notes="'Viva voce' / 'viva board' is the interview in Bangladesh. 'Engr.' and 'Mr.' are honorifics; 'Md.' is part of the name and kept as written. 'BST' here is Bangladesh Standard Time (UTC+6), not British Summer Time. Sunday is a working day. No end given. The HR executive only arranges.",
)

add(
    name="inv-w14-ghana-fwd-panel-change-trade-test-medical-tarkwa",
    kind="invitation",
    frm="Kofi Mensah-Bonsu <kofi.mensah-bonsu@wassaridge.example>",
    to="Daniel Agyeman <d.agyeman@example.com>",
    subject="Fwd: Interview - Mechanical Fitter (Processing Plant) - Tuesday 20 October",
    date=(2026, 10, 14, 18, 2, "Africa/Accra"),
    body="""
Hello Daniel,

Forwarding HR's note below so you have the details. One change on our side: Emmanuel is on leave that week, so the panel will be myself and Akosua Frimpong (Reliability Engineer) instead. Time and place stay as below. The trade test in the workshop beforehand is run by the training centre, you'll be fine.

See you Tuesday.

Kofi
--
Kofi Mensah-Bonsu
Maintenance Superintendent, Processing Plant
Wassa Ridge Mining Ltd | Tarkwa
+233 24 555 0192

---------- Forwarded message ---------
From: Wassa Ridge Recruitment <recruitment@wassaridge.example>
Date: Mon, 12 Oct 2026 at 10:41
Subject: Interview - Mechanical Fitter (Processing Plant) - Tuesday 20 October
To: Daniel Agyeman <d.agyeman@example.com>
Cc: Kofi Mensah-Bonsu <kofi.mensah-bonsu@wassaridge.example>

Dear Daniel,

We are pleased to invite you for a trade test and interview for the position of Mechanical Fitter (Processing Plant) at our Tarkwa mine.

Tuesday, 20 October 2026
07:30 - 10:00   Trade test (pump alignment and bearing replacement), Central Workshop
10:30 - 11:30   Panel interview, Plant Admin Block conference room
Panel: Emmanuel Tetteh (Maintenance Manager) and Kofi Mensah-Bonsu (Maintenance Superintendent)

If successful, you will be booked for a pre-employment medical with Dr. Yaw Boateng at the Wassa Ridge clinic.

Please bring your trade certificate (NVTI/CTVET), Ghana Card and safety boots. The company bus leaves Tarkwa lorry station at 06:45.

Kind regards,
Recruitment Team
Wassa Ridge Mining Ltd
""",
    company="Wassa Ridge Mining",
    role="Mechanical Fitter (Processing Plant)",
    interviewers=[
        ("Kofi Mensah-Bonsu", "kofi.mensah-bonsu@wassaridge.example", "Maintenance Superintendent"),
        ("Akosua Frimpong", None, "Reliability Engineer"),
    ],
    start="2026-10-20 10:30",
    end="2026-10-20 11:30",
    tz="Africa/Accra",
    notes="Line manager forwards HR's invitation and swaps a panelist: Emmanuel Tetteh (quoted panel) is replaced by Akosua Frimpong; the forwarder stays on the panel. The trade test is run by the training centre and the medical doctor is not an interviewer. The interview is the 10:30-11:30 panel. Accra is UTC+0 all year.",
)

add(
    name="inv-w14-neuquen-teams-lic-ing-yo",
    kind="invitation",
    frm=addr("María Fernanda Gómez", "mfgomez@patagonia-energia.example"),
    to=addr("Lucas Benítez", "lucas.benitez@example.com.ar"),
    subject=hdr(
        "Entrevista - Supervisor/a de Mantenimiento de Instalaciones de Superficie (Neuquén)"
    ),
    date=(2026, 10, 9, 12, 18, "America/Argentina/Buenos_Aires"),
    fmt="alt",
    body="""
Hola Lucas, ¿cómo estás?

Te escribo de Patagonia Energía para coordinar la entrevista técnica por la búsqueda de Supervisor/a de Mantenimiento de Instalaciones de Superficie, base Añelo.

Te propongo el martes 20/10 a las 15 hs (hora Argentina), por Teams. La entrevista la hacemos el Ing. Martín Rodríguez Paz, Jefe de Mantenimiento Upstream, y yo. Dura aproximadamente una hora.

Si te queda bien, te mando la invitación de Teams. Si no, decime qué otro horario te sirve esa semana.

Saludos,

Lic. María Fernanda Gómez
Analista Sr. de Talento
Patagonia Energía S.A.
Neuquén – Argentina
""",
    company="Patagonia Energía",
    role="Supervisor/a de Mantenimiento de Instalaciones de Superficie",
    interviewers=[
        ("Martín Rodríguez Paz", None, "Jefe de Mantenimiento Upstream"),
        ("María Fernanda Gómez", "mfgomez@patagonia-energia.example", "Analista Sr. de Talento"),
    ],
    start="2026-10-20 15:00",
    end="2026-10-20 16:00",
    tz="America/Argentina/Buenos_Aires",
    notes="Argentine talent analyst proposes a Teams interview she runs with the maintenance head ('la hacemos ... y yo'): both interview. 'Ing.' and 'Lic.' are titles, stripped; two surnames kept. Day-first '20/10', '15 hs', UTC-3.",
)

add(
    name="inv-w14-peru-html-only-apellidos-caps-arequipa",
    kind="invitation",
    frm=addr("Minera Andina del Sur - Selección", "seleccion@mineraandina.example"),
    to="Wilber Condori <wilber.condori@example.pe>",
    subject=hdr("Citación a entrevista - Técnico Electricista de Mina - Unidad Chapi Alto"),
    date=(2026, 9, 30, 19, 40, "America/Lima"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Estimado Wilber:</p>
<p>Reciba un cordial saludo de parte de <b>Minera Andina del Sur S.A.A.</b> Luego de la evaluación de su perfil, nos complace invitarlo a la entrevista para el puesto de <b>Técnico Electricista de Mina</b> (Unidad Chapi Alto, régimen 14x7).</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #999">
<tr><td style="background:#e8eef4"><b>Fecha</b></td><td>jueves 08 de octubre de 2026</td></tr>
<tr><td style="background:#e8eef4"><b>Hora</b></td><td>09:00 a 10:00 a.m.</td></tr>
<tr><td style="background:#e8eef4"><b>Modalidad</b></td><td>Presencial – Oficina Arequipa, Av. Ejército 710, Yanahuara</td></tr>
<tr><td style="background:#e8eef4"><b>Entrevistadores</b></td><td>QUISPE MAMANI, Rosa – Superintendente de Mantenimiento Eléctrico<br>FLORES ARIAS, Javier – Especialista de Selección</td></tr>
</table>
<p>Por favor traer su DNI, certificado de habilidad vigente y su CV documentado. El examen médico ocupacional (EMO) se coordinará posteriormente con la clínica, solo para los candidatos seleccionados.</p>
<p>Agradeceremos confirmar su asistencia respondiendo a este correo.</p>
<p>Atentamente,<br>Equipo de Selección y Atracción de Talento<br>Minera Andina del Sur S.A.A.</p>
<p style="font-size:10px;color:#888">Este mensaje es confidencial. Si lo recibió por error, por favor elimínelo.</p>
</body></html>
""",
    company="Minera Andina del Sur",
    role="Técnico Electricista de Mina",
    interviewers=[
        ("Rosa Quispe Mamani", None, "Superintendente de Mantenimiento Eléctrico"),
        ("Javier Flores Arias", None, "Especialista de Selección"),
    ],
    start="2026-10-08 09:00",
    end="2026-10-08 10:00",
    tz="America/Lima",
    notes="HTML-only Peruvian mining mail; interviewers written 'APELLIDOS, Nombre' in capitals, labelled in natural order with both surnames. The occupational medical is not an interview. Lima is UTC-5, no DST.",
)

add(
    name="inv-w14-texas-fire-oral-board-ranks-0830",
    kind="invitation",
    frm="City of Brazos Falls Civil Service <civilservice@brazosfallstx.example>",
    to="Marcus Whitfield <mwhitfield@example.com>",
    subject="Entry-Level Firefighter - Oral Board Interview Notice",
    date=(2026, 9, 24, 16, 2, "America/Chicago"),
    body="""
CITY OF BRAZOS FALLS
Fire Fighters' and Police Officers' Civil Service Commission

Candidate: Marcus Whitfield
Eligibility list: Entry-Level Firefighter 2026-02

Congratulations on passing the written examination and the CPAT. You are scheduled for an oral board interview as follows:

Date/Time:  Wednesday, October 7, 2026 at 0830 hours (please report by 0800)
Location:   Fire Training Academy, Classroom B, 1200 Station Rd, Brazos Falls, TX
Length:     30 minutes

Oral board members:
  Battalion Chief Ramon Delgado
  Captain Teresa Nguyen
  Driver/Engineer Kyle Brennan (IAFF Local 4127 appointee)

All candidates are asked the same competency-based questions. The board will not discuss your written score. Dress is business attire.

Please do not reply to this email. Questions may be directed to the Civil Service Office at (979) 555-0143, Monday-Friday 0800-1700.

Angela Pruitt
Civil Service Director
City of Brazos Falls
""",
    company="City of Brazos Falls",
    role="Entry-Level Firefighter",
    interviewers=[
        ("Ramon Delgado", None, "Battalion Chief"),
        ("Teresa Nguyen", None, "Captain"),
        ("Kyle Brennan", None, "Driver/Engineer"),
    ],
    start="2026-10-07 08:30",
    end="2026-10-07 09:00",
    tz="America/Chicago",
    notes="US civil-service oral board: ranks precede the names (they are titles, not part of the name); the union appointee sits on the board. 24-hour '0830 hours', 30 minutes, CDT. The civil service director signs only.",
)

add(
    name="inv-w14-google-cal-ics-utc-names-only-in-guests-ferry",
    kind="invitation",
    frm="Brittany Cole <bcole@psferry.example>",
    to="jordan.price@example.com",
    subject="Invitation: Interview - Mate (Deck Officer), Jordan Price @ Tue Oct 27, 2026 10am - 11am (PDT) (jordan.price@example.com)",
    date=(2026, 10, 19, 13, 37, "America/Los_Angeles"),
    body="""
Brittany Cole has invited you to an event

Interview - Mate (Deck Officer), Jordan Price
Tuesday Oct 27, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)

Join with Google Meet
meet.google.com/qvd-hmrk-tze

Guests
Brittany Cole - organizer
Dana Whitaker
Luis Ortega
jordan.price@example.com

Hi Jordan, this is your interview with our Port Captain and one of our senior Chief Mates, as discussed on the phone. I'll open the call, make introductions and then drop off. Please have your MMC and STCW endorsements handy.
Brittany Cole, Marine Recruiting | Puget Sound Ferry Authority

Reply for jordan.price@example.com: Yes | No | Maybe | More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
    ics=ics(
        uid="5r0j2kq8n1c4u7f3s9d6b2e1ma@google.com",
        start="2026-10-27 10:00",
        end="2026-10-27 11:00",
        tz="America/Los_Angeles",
        utc=True,
        organizer=("Brittany Cole", "bcole@psferry.example"),
        attendees=[
            ("Dana Whitaker", "dwhitaker@psferry.example"),
            ("Luis Ortega", "lortega@psferry.example"),
            ("jordan.price@example.com", "jordan.price@example.com"),
            ("Brittany Cole", "bcole@psferry.example"),
        ],
        summary="Interview - Mate (Deck Officer)\\, Jordan Price",
        desc="Hi Jordan, this is your interview with our Port Captain and one of our senior Chief Mates, as discussed on the phone. I'll open the call, make introductions and then drop off.",
        location="meet.google.com/qvd-hmrk-tze",
        stamp="20261019T203700Z",
    ),
    ics_style="google",
    company="Puget Sound Ferry Authority",
    role="Mate (Deck Officer)",
    interviewers=[
        ("Dana Whitaker", "dwhitaker@psferry.example", None),
        ("Luis Ortega", "lortega@psferry.example", None),
    ],
    start="2026-10-27 10:00",
    end="2026-10-27 11:00",
    tz="America/Los_Angeles",
    notes="Google Calendar invitation, ICS in UTC. The interviewers are named only in the guest list / attendees; the organizer says she only opens the call and drops off. Which guest is the Port Captain is not stated, so no titles.",
)

add(
    name="inv-w14-arizona-mine-first-name-foreman-630am",
    kind="invitation",
    frm="Dale Harmon <dharmon@sonorancopper.example>",
    to="Ray Castillo <ray.castillo@example.com>",
    subject="Re: Haul Truck Mechanic - next step",
    date=(2026, 7, 6, 14, 25, "America/Phoenix"),
    in_reply_to="<B7F1C2D4-44A1-4E0B-9D3A-1F0C2E7A9B11@example.com>",
    body="""
Ray,

Good talking with you Friday. Next step is a phone interview with Wes, our maintenance general foreman, and me. How's Thursday at 6:30 AM Arizona time? We start early out here, before shift change at 7. Wes will call you from the shop line, (928) 555-0177, and I'll be on too. Figure 45 minutes.

If that doesn't work let me know and I'll find another morning.

Dale Harmon
Maintenance Superintendent - Mobile Equipment
Sonoran Copper Company | Morenci Road Operations

> On Jul 3, 2026, at 4:12 PM, Ray Castillo <ray.castillo@example.com> wrote:
>
> Dale, thanks for the call today. I sent my resume through the portal under Haul Truck Mechanic (req 26-311) like you asked. I'm off rotation after the 4th so most days work.
>
> Ray
""",
    company="Sonoran Copper",
    role="Haul Truck Mechanic",
    interviewers=[
        ("Wes", None, "maintenance general foreman"),
        (
            "Dale Harmon",
            "dharmon@sonorancopper.example",
            "Maintenance Superintendent - Mobile Equipment",
        ),
    ],
    start="2026-07-09 06:30",
    end="2026-07-09 07:15",
    tz="America/Phoenix",
    notes="Terse superintendent reply; the foreman is named by first name only, so the label is 'Wes'. 'Thursday' is resolved against Monday 6 July. Arizona has no DST (UTC-7 in July). 45 minutes. The sender is on the call too.",
)

# ================================================================ reschedules
add(
    name="res-w14-outlook-update-replaced-panelist-duisburg",
    kind="reschedule",
    frm="Kerstin Albrecht <kerstin.albrecht@rheinwerk-anlagenbau.example>",
    to="Deniz Yilmaz <deniz.yilmaz@example.de>",
    subject=hdr(
        "Terminänderung: Vorstellungsgespräch Projektingenieur E-Technik (m/w/d) – neuer Termin 04.11., 10:00 Uhr"
    ),
    date=(2026, 10, 27, 13, 10, "Europe/Berlin"),
    body="""
Hallo Herr Yilmaz,

leider müssen wir unser Gespräch am Donnerstag, 29.10., verschieben. Herr Schulz ist kurzfristig auf einer Baustelle in Rotterdam gebunden; an seiner Stelle nimmt Frau Dr. Katrin Vogel (Leiterin Inbetriebnahme) teil. Herr Kaya bleibt wie gehabt dabei.

Neuer Termin: Mittwoch, 04.11.2026, 10:00–11:00 Uhr, wie bisher per Microsoft Teams. Die aktualisierte Einladung hängt an.

Entschuldigen Sie bitte die Umstände.

Viele Grüße
Kerstin Albrecht
Personalreferentin
Rheinwerk Anlagenbau GmbH | Duisburg

-----Ursprüngliche Nachricht-----
Von: Kerstin Albrecht
Gesendet: Dienstag, 20. Oktober 2026 09:02
An: Deniz Yilmaz
Betreff: Einladung Vorstellungsgespräch Projektingenieur E-Technik (m/w/d)

Hallo Herr Yilmaz,

gerne laden wir Sie zu einem Teams-Gespräch am Donnerstag, 29.10.2026, 14:00–15:00 Uhr ein. Ihre Gesprächspartner sind Herr Thomas Schulz (Abteilungsleiter Elektrotechnik) und Herr Murat Kaya (Senior Projektingenieur).

Viele Grüße
Kerstin Albrecht
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D2F3B91A6C64DC01000000000000000010000000A7E2",
        start="2026-11-04 10:00",
        end="2026-11-04 11:00",
        tz="Europe/Berlin",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Kerstin Albrecht", "kerstin.albrecht@rheinwerk-anlagenbau.example"),
        attendees=[
            ("Deniz Yilmaz", "deniz.yilmaz@example.de"),
            ("Vogel, Katrin", "katrin.vogel@rheinwerk-anlagenbau.example"),
            ("Kaya, Murat", "murat.kaya@rheinwerk-anlagenbau.example"),
        ],
        summary="Vorstellungsgespräch Projektingenieur E-Technik – Yilmaz",
        seq=1,
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams-Besprechung",
        stamp="20261027T121000Z",
    ),
    ics_style="outlook",
    company="Rheinwerk Anlagenbau",
    role="Projektingenieur E-Technik",
    interviewers=[
        ("Katrin Vogel", "katrin.vogel@rheinwerk-anlagenbau.example", "Leiterin Inbetriebnahme"),
        ("Murat Kaya", "murat.kaya@rheinwerk-anlagenbau.example", "Senior Projektingenieur"),
    ],
    start="2026-11-04 10:00",
    end="2026-11-04 11:00",
    tz="Europe/Berlin",
    notes="Outlook update (SEQUENCE 1, Windows zone). Thomas Schulz is replaced by Katrin Vogel (Dr. stripped); Murat Kaya stays. The quoted original holds the old time and the replaced panelist. '(m/w/d)' is not part of the title. After the DST change: CET.",
)

add(
    name="res-w14-hm-moves-vessel-delay-quoted-hr-copenhagen",
    kind="reschedule",
    frm=addr("Søren Kjærgaard", "sokj@nordhavnline.example"),
    to="Aditya Kulkarni <aditya.kulkarni@example.in>",
    cc="Mette Holm <meho@nordhavnline.example>",
    subject="Re: Interview - Marine Superintendent (Technical), Nordhavn Line",
    date=(2026, 9, 8, 7, 52, "Europe/Copenhagen"),
    fmt="qp",
    body="""
Dear Aditya,

I'm afraid I have to move our interview. One of our vessels has been delayed into Aarhus and I need to be on board on Thursday. Could we do Monday 14 September at 15:00 Copenhagen time (18:30 in Mumbai) instead? Same Teams link, and Mette will still join from the fleet HR side.

Apologies for the short notice.

Best regards
Søren Kjærgaard
Head of Technical Management, Tanker Fleet
Nordhavn Line A/S

From: Mette Holm <meho@nordhavnline.example>
Sent: 1 September 2026 14:05
To: Aditya Kulkarni <aditya.kulkarni@example.in>
Cc: Søren Kjærgaard <sokj@nordhavnline.example>
Subject: Interview - Marine Superintendent (Technical), Nordhavn Line

Dear Aditya,

Following your application, we would like to invite you to a Teams interview with Søren Kjærgaard (Head of Technical Management, Tanker Fleet) and myself on Thursday 10 September at 10:00 CEST (13:30 IST). Duration: 1 hour.

Kind regards
Mette Holm
Senior HR Partner, Fleet
Nordhavn Line A/S
""",
    company="Nordhavn Line",
    role="Marine Superintendent (Technical)",
    interviewers=[
        (
            "Søren Kjærgaard",
            "sokj@nordhavnline.example",
            "Head of Technical Management, Tanker Fleet",
        ),
        ("Mette Holm", "meho@nordhavnline.example", "Senior HR Partner, Fleet"),
    ],
    start="2026-09-14 15:00",
    end="2026-09-14 16:00",
    tz="Europe/Copenhagen",
    notes="The hiring manager moves the interview himself; Mette (first name in the new text) is the HR partner who co-interviews per the quoted invitation, so her full name, address and title come from the quote. The quoted Thursday 10:00 is the old time. One hour, CEST.",
)

add(
    name="res-w14-goodtime-rail-after-us-dst-early-shift",
    kind="reschedule",
    frm="Keystone Regional Rail <no-reply@goodtime.io>",
    reply_to="Heather Kowalski <hkowalski@keystonerail.example>",
    to="Jamal Reed <jamal.reed@example.com>",
    subject="Updated: Your interview with Keystone Regional Rail has been rescheduled",
    date=(2026, 10, 26, 10, 30, "America/New_York"),
    fmt="alt",
    body="""
Hi Jamal,

Your interview for Signal Maintainer (Harrisburg Division) has been rescheduled.

NEW TIME
Tuesday, November 3, 2026
7:00 AM - 7:45 AM EST (America/New_York)

Previously: Thursday, October 29, 2026, 2:00 PM - 2:45 PM EDT

Location: Microsoft Teams (link below)

Interviewers
Andre Baptiste, Signal Supervisor
Heather Kowalski, Talent Acquisition Specialist

Note from your recruiter: Andre is on the second-trick rotation that week, so early morning was the only slot before his shift. Thanks for being flexible!

Join Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk2
Need to make a change? Reply to this email or contact Heather Kowalski (hkowalski@keystonerail.example).

Powered by GoodTime
""",
    ics=ics(
        uid="gt-7f3e9a21-5b8c-4d0e-a1f2-3c4d5e6f7a8b@goodtime.io",
        start="2026-11-03 07:00",
        end="2026-11-03 07:45",
        tz="America/New_York",
        vtz=VTZ_NEW_YORK,
        organizer=("Keystone Regional Rail", "no-reply@goodtime.io"),
        attendees=[
            ("Jamal Reed", "jamal.reed@example.com"),
            ("Andre Baptiste", "abaptiste@keystonerail.example"),
            ("Heather Kowalski", "hkowalski@keystonerail.example"),
        ],
        summary="Interview: Signal Maintainer - Jamal Reed",
        seq=2,
        prodid="-//GoodTime//Interview Scheduling//EN",
        stamp="20261026T143000Z",
    ),
    ics_style="attach",
    company="Keystone Regional Rail",
    role="Signal Maintainer",
    interviewers=[
        ("Andre Baptiste", "abaptiste@keystonerail.example", "Signal Supervisor"),
        ("Heather Kowalski", "hkowalski@keystonerail.example", "Talent Acquisition Specialist"),
    ],
    start="2026-11-03 07:00",
    end="2026-11-03 07:45",
    tz="America/New_York",
    notes="Scheduling-tool reschedule with ICS (TZID America/New_York + VTIMEZONE). The new time is after US DST ends (EST, -05:00); the 'Previously' line is the old time. '(Harrisburg Division)' is the location, not part of the title.",
)

# ================================================================ cancellation
add(
    name="can-w14-outlook-cancel-absage-termin-not-application-tunnel",
    kind="cancellation",
    frm="Wimmer Christina <christina.wimmer@arge-tauerntunnel.example>",
    to=addr("Dario Kovač", "dario.kovac@example.hr"),
    subject=hdr("Abgesagt: Vorstellungsgespräch Polier Tunnelbau (Hr. Kovač)"),
    date=(2026, 11, 4, 16, 48, "Europe/Vienna"),
    body="""
Sehr geehrter Herr Kovač,

leider müssen wir den Termin für Ihr Vorstellungsgespräch mit Herrn Bauleiter DI Stefan Brunner am Montag, 09.11.2026 um 08:00 Uhr absagen. Herr Brunner muss aufgrund eines Wassereintritts im Vortrieb Nord auf der Baustelle bleiben.

Bitte verstehen Sie dies nicht als Absage Ihrer Bewerbung – wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

Mit freundlichen Grüßen
Christina Wimmer
Personal & Recruiting
ARGE Tauerntunnel Nord
Baubüro Flachau, Salzburg
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000C1A2F3E45B62DC01000000000000000010000000F9C4",
        start="2026-11-09 08:00",
        end="2026-11-09 09:00",
        tz="Europe/Vienna",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Wimmer Christina", "christina.wimmer@arge-tauerntunnel.example"),
        attendees=[
            ("Brunner Stefan", "stefan.brunner@arge-tauerntunnel.example"),
            ("dario.kovac@example.hr", "dario.kovac@example.hr"),
        ],
        summary="Abgesagt: Vorstellungsgespräch Polier Tunnelbau",
        method="CANCEL",
        seq=1,
        status="CANCELLED",
        prodid="Microsoft Exchange Server 2010",
        location="Baubüro Flachau",
        stamp="20261104T154800Z",
    ),
    ics_method="CANCEL",
    ics_style="outlook",
    company="ARGE Tauerntunnel Nord",
    role="Polier Tunnelbau",
    interviewers=[("Stefan Brunner", "stefan.brunner@arge-tauerntunnel.example", "Bauleiter")],
    start="2026-11-09 08:00",
    end="2026-11-09 09:00",
    tz="Europe/Vienna",
    notes="Outlook CANCEL: the appointment is called off ('Abgesagt'), the application is explicitly not rejected ('nicht als Absage Ihrer Bewerbung'). The cancelled interview was with the site manager (Bauleiter, DI stripped). The HR sender only scheduled.",
)

# ================================================================ outcomes and other hiring mail
add(
    name="rej-w14-after-panel-quoted-invitation-helsinki",
    kind="rejection",
    frm="Noora Salo <noora.salo@uusimaavesi.example>",
    to="Chioma Okafor <chioma.okafor@example.com>",
    subject="RE: Interview invitation: Process Engineer, Wastewater Treatment",
    date=(2026, 11, 18, 10, 20, "Europe/Helsinki"),
    fmt="alt64",
    body="""
Dear Chioma,

Thank you for coming to Viikinmäki for the panel interview with Päivi and Jukka on 3 November, and for your patience while we completed the process.

After careful consideration the panel has decided to offer the position to a candidate with longer hands-on experience of membrane bioreactor operation. This was a close decision and your process-modelling background was noted very positively.

With your permission we will keep your application on file for 12 months and contact you if a suitable opening comes up in our treatment plants.

Kind regards,
Noora Salo
Recruitment Coordinator
Uusimaa Vesi Oy

From: Noora Salo
Sent: Tuesday, 20 October 2026 12.05
To: Chioma Okafor
Subject: Interview invitation: Process Engineer, Wastewater Treatment

Dear Ms Okafor,

We would like to invite you to a panel interview at our Viikinmäki treatment plant on Tuesday 3 November 2026 at 9.00–10.30. The panel: Päivi Mäkelä (Head of Wastewater Treatment), Jukka Heikkinen (Process Engineering Manager) and Laura Virtanen (HR Specialist).
""",
    company="Uusimaa Vesi",
    role="Process Engineer, Wastewater Treatment",
    interviewers=[],
    decision_by=None,
    notes="Rejection after the interview; the past panel and the old time appear only in the quoted invitation and in passing, so no interviewers and no start. Keeping the CV on file is not a decision date.",
)

add(
    name="off-w14-conditional-offer-physical-appointment-denver",
    kind="offer",
    frm="Front Range Water Authority HR <hr@frwa.example>",
    reply_to="Lindsey Ortega-Baird <lortegabaird@frwa.example>",
    to="Travis Nakamura <travis.nakamura@example.com>",
    subject="Conditional Offer of Employment - Water Treatment Plant Operator II",
    date=(2026, 11, 19, 11, 5, "America/Denver"),
    fmt="alt",
    body="""
Dear Travis,

On behalf of the Front Range Water Authority, I am pleased to extend to you a conditional offer of employment as Water Treatment Plant Operator II at the Marston Treatment Plant.

Pay: $34.62/hour (Step 3 of grade OP-II under the current AFSCME Local 1876 agreement)
Schedule: rotating 12-hour shifts, 0600-1800 / 1800-0600, with shift differential
Start date: Monday, December 14, 2026 (new-employee orientation 0730)

This offer is contingent on a pre-employment physical, drug screen and a Motor Vehicle Record check. Your physical is booked at Concentra, 1730 Blake St, Denver, on Tuesday, December 1 at 8:00 AM; please bring photo ID and your Class B CDL.

Please sign and return the attached offer letter by Friday, November 27, 2026 to accept. If you have any questions about benefits or PERA, call me at 303-555-0196.

We look forward to welcoming you to the Marston crew.

Lindsey Ortega-Baird
Senior HR Analyst
Front Range Water Authority
""",
    company="Front Range Water Authority",
    role="Water Treatment Plant Operator II",
    interviewers=[],
    notes="Conditional public-utility offer. The physical appointment and orientation are not interviews, so no start; 27 November is the candidate's acceptance deadline.",
)

add(
    name="nxt-w14-sheriff-background-decide-by-friday-20th",
    kind="next_steps",
    frm=addr("Sgt. Paula Jensen", "pjensen@lakeshorecounty-mi.example"),
    to="Andre Williams <andre.williams@example.com>",
    subject="Deputy Sheriff hiring - next steps after your panel interview",
    date=(2026, 10, 19, 15, 40, "America/Detroit"),
    body="""
Mr. Williams,

Thank you for interviewing with our hiring panel on October 14. You have been moved forward to the background phase for the Deputy Sheriff (Road Patrol) position.

What happens next:
1. Complete the Personal History Statement in the applicant portal by Friday, October 30.
2. A background investigator will contact your references and prior employers.
3. Psychological screening and a medical exam will be scheduled once the background is complete. Neither is an interview.

The Sheriff will make final hiring decisions by Friday, November 20. Conditional offers will be made by phone and confirmed in writing.

Respectfully,

Sgt. Paula Jensen
Recruitment & Background Unit
Lakeshore County Sheriff's Office
""",
    company="Lakeshore County Sheriff's Office",
    role="Deputy Sheriff (Road Patrol)",
    interviewers=[],
    decision_by="2026-11-20",
    notes="Status after the interview, no decision yet. 'By Friday, November 20' is the employer's decision date; 'by Friday, October 30' is the candidate's form deadline. The psych screening and medical are explicitly not interviews. 'Sgt.' in the sender name is a rank.",
)

add(
    name="info-w14-indonesia-shipping-documents-vague-result",
    kind="info_request",
    frm="HRD PT Pelayaran Nusantara Bahari <hrd@pnbahari.example>",
    to="Agus Setiawan <agus.setiawan.mar@example.co.id>",
    subject="Kelengkapan Dokumen - Second Engineer (Kapal Tanker) - PT Pelayaran Nusantara Bahari",
    date=(2026, 10, 23, 9, 30, "Asia/Jakarta"),
    fmt="qp",
    body="""
Yth. Bapak Agus Setiawan,

Terima kasih atas kehadiran Bapak pada interview hari Rabu lalu dengan Capt. Hendra dan Chief Engineer kami.

Untuk proses selanjutnya, mohon Bapak melengkapi dokumen berikut dan mengirimkannya dalam format PDF ke email ini paling lambat Jumat, 30 Oktober 2026:

1. Buku Pelaut (Seaman Book) yang masih berlaku
2. Sertifikat COC ATT-II dan endorsement
3. Sertifikat BST, AFF, MEFA, SCRB
4. SKCK dari Polres domisili
5. Surat keterangan kesehatan (MCU) dari klinik yang disetujui Kemenhub
6. Dua referensi dari perusahaan pelayaran sebelumnya (nama, jabatan, nomor telepon)

Hasil akhir seleksi akan kami informasikan secepatnya setelah dokumen lengkap diverifikasi.

Hormat kami,

Rina Marlina
Crewing & HRD Staff
PT Pelayaran Nusantara Bahari
Jl. Yos Sudarso Kav. 88, Tanjung Priok, Jakarta Utara
""",
    company="Pelayaran Nusantara Bahari",
    role="Second Engineer (Kapal Tanker)",
    interviewers=[],
    decision_by=None,
    notes="Indonesian shipping company asks for seafarer documents, a police certificate and references after the interview. 30 October is the candidate's deadline; 'secepatnya' (as soon as possible) is vague, so no decision date. The interview mentioned is past.",
)

add(
    name="ack-w14-interamt-federal-agency-verfahren-bis-18-12",
    kind="application_ack",
    frm="Interamt <noreply@interamt.example>",
    to="Jan-Hendrik Ohlsen <jh.ohlsen@example.de>",
    subject=hdr("Eingangsbestätigung Ihrer Bewerbung – Wasserbauer/in (Außenbezirk Bremerhaven)"),
    date=(2026, 11, 12, 8, 3, "Europe/Berlin"),
    fmt="related",
    body="""
Sehr geehrter Herr Ohlsen,

Ihre Bewerbung auf die Stellenausschreibung „Wasserbauer/in (Außenbezirk Bremerhaven)" (Stellen-ID 1284417) beim Wasserstraßen- und Schifffahrtsamt Unterweser-Nord ist bei uns eingegangen.

Die Bewerbungsfrist endet am 30.11.2026. Nach Ablauf der Frist werden alle Bewerbungen gesichtet; die Vorstellungsgespräche finden voraussichtlich in der 50. Kalenderwoche statt. Wir beabsichtigen, das Auswahlverfahren bis zum 18.12.2026 abzuschließen.

Bitte sehen Sie von Nachfragen zum Sachstand ab. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.

Mit freundlichen Grüßen
Ihr Sachgebiet Personal
Wasserstraßen- und Schifffahrtsamt Unterweser-Nord

Diese Nachricht wurde automatisch über Interamt erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
    company="Wasserstraßen- und Schifffahrtsamt Unterweser-Nord",
    role="Wasserbauer/in",
    interviewers=[],
    decision_by="2026-12-18",
    notes="German federal agency acknowledgement ('(Außenbezirk Bremerhaven)' is the duty station, not the title) via a public-sector e-recruitment portal (not the employer). 30.11.2026 is the application deadline; interviews 'in KW 50' have no date; 'das Auswahlverfahren bis zum 18.12.2026 abzuschließen' is the employer's decision date.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w14-jobagent-digest-elektrotechnik-austria",
    kind="other",
    frm=addr("karriere.example Jobagent", "jobagent@karriere.example"),
    to="nikola.ilic@example.at",
    subject=hdr("7 neue Jobs für „Elektrotechnik Bahn“ in Tirol"),
    date=(2026, 10, 21, 6, 0, "Europe/Vienna"),
    fmt="alt",
    body="""
Hallo Nikola,

dein Jobagent „Elektrotechnik Bahn – Tirol" hat 7 neue Stellen für dich gefunden:

Fahrleitungsmonteur:in (m/w/d)
Alpenbahn Infrastruktur GmbH – Innsbruck – ab € 2.980 brutto/Monat (KV Eisenbahnen)
„Schnelles Auswahlverfahren: Vorstellungsgespräch innerhalb von 10 Tagen!"

Elektriker:in Oberleitungsbau
Tiroler Gleisbau GmbH – Wörgl – ab € 2.750 brutto/Monat

Stellwerkstechniker:in
Signaltechnik Westösterreich – Hall in Tirol – Gehalt nach Vereinbarung

Servicetechniker:in Bahnstromanlagen
Energie Inntal AG – Jenbach – ab € 3.100 brutto/Monat

… und 3 weitere Jobs

Alle Jobs ansehen: https://www.karriere.example/jobagent/84412

Tipp der Woche: So bereitest du dich auf das Vorstellungsgespräch vor – 12 Fragen, die fast immer kommen.

Du erhältst diese E-Mail, weil du einen Jobagent angelegt hast. Jobagent bearbeiten oder abmelden: https://www.karriere.example/jobagent/einstellungen
""",
    notes="Job-alert digest from a job board; mentions an employer the user is in process with and the word Vorstellungsgespräch, but it is a listing, not hiring mail about the user's application.",
)

add(
    name="oth-w14-tips-newsletter-star-panel-interview-malaysia",
    kind="other",
    frm="Jobkaki Career Advice <newsletter@jobkaki.example.my>",
    to="suresh.arumugam@example.com.my",
    subject="Panel interview this week? 5 STAR answers that impress engineering managers",
    date=(2026, 10, 15, 20, 0, "Asia/Kuala_Lumpur"),
    fmt="html",
    html="""<html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px;background:#0b4f6c;color:#fff;font-size:22px">Jobkaki Career Advice</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<h2 style="margin-top:0">Facing a competency-based panel interview?</h2>
<p>Most engineering and aviation employers in Malaysia now use panels of two or three interviewers: usually the line manager, someone from QA or HSE, and HR. Here is how to answer with the STAR method (Situation, Task, Action, Result).</p>
<ol>
<li><b>"Tell us about a time you found a defect others missed."</b> Name the aircraft type or plant, the task card, and what you signed off.</li>
<li><b>"Describe a conflict with a supervisor."</b> Keep it about the work, not the person.</li>
<li><b>"When did you stop a job for safety?"</b> Panels love a clear stop-work story.</li>
<li><b>"What would you do in your first 30 days?"</b> Show you read about the company.</li>
<li><b>"Any questions for us?"</b> Always ask when they expect to decide.</li>
</ol>
<p>Want to practise? Book a free 20-minute mock interview with one of our career coaches, Mon-Fri 10am-6pm MYT.</p>
<p><a href="https://jobkaki.example.my/mock" style="background:#f28c28;color:#fff;padding:10px 18px;text-decoration:none">Book a mock interview</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888">You are receiving this because you subscribed to Jobkaki Career Advice. <a href="https://jobkaki.example.my/unsub">Unsubscribe</a></td></tr>
</table></body></html>
""",
    notes="Interview-tips newsletter (HTML only) describing panels and offering mock interviews; no interview of the user's.",
)

add(
    name="oth-w14-rail-careers-webinar-ics-speakers-oslo",
    kind="other",
    frm="Bane Nordvest Karriere <karriere@banenordvest.example>",
    to="t.wrobel@example.pl",
    subject="Your registration: Live Q&A - Careers in signalling and catenary (Thursday 12 November)",
    date=(2026, 11, 3, 14, 15, "Europe/Oslo"),
    fmt="alt",
    body="""
Hi Tomasz,

Thanks for registering for our live Q&A, "Careers in signalling and catenary at Bane Nordvest".

Thursday 12 November, 16:00-17:00 (Norwegian time), on Microsoft Teams Live. The calendar invitation is attached.

You'll hear from:
- Kari Nordby, Head of Signalling Maintenance
- Henrik Aasen, Catenary Foreman, Bergen line
- Marte Løvås, Talent Acquisition

They will talk about what a typical week looks like, our apprenticeship and certification programme, and how our selection process works, and answer your questions live. This is an information event, not part of any recruitment process, and attendance has no effect on applications.

See you there!
Bane Nordvest Karriere
""",
    ics=ics(
        uid="webinar-20261112-signal-catenary@banenordvest.example",
        start="2026-11-12 16:00",
        end="2026-11-12 17:00",
        tz="Europe/Oslo",
        organizer=("Bane Nordvest Karriere", "karriere@banenordvest.example"),
        attendees=[("t.wrobel@example.pl", "t.wrobel@example.pl")],
        summary="Live Q&A: Careers in signalling and catenary",
        prodid="-//ON24//Webinar//EN",
        location="Microsoft Teams Live",
        stamp="20261103T131500Z",
    ),
    ics_style="attach",
    notes="Careers webinar registration with an ICS REQUEST and named speakers; explicitly not part of recruitment. No interview, no interviewers.",
)

add(
    name="oth-w14-trade-press-interview-site-manager-hamburg",
    kind="other",
    frm="Annika Reuter <a.reuter@tiefbau-magazin.example>",
    to="Deniz Yilmaz <deniz.yilmaz@example.de>",
    subject=hdr(
        "Interviewanfrage: Sanierung Köhlbrand-Düker – kurzes Gespräch für die Dezemberausgabe"
    ),
    date=(2026, 11, 10, 11, 22, "Europe/Berlin"),
    fmt="qp",
    body="""
Sehr geehrter Herr Yilmaz,

ich bin Redakteurin beim Tiefbau Magazin und bereite für die Dezemberausgabe einen Beitrag über die Sanierung des Köhlbrand-Dükers vor. Ihr Name wurde mir von der Pressestelle der Hafenbehörde als Ansprechpartner für die elektrotechnische Ausrüstung genannt.

Hätten Sie Zeit für ein etwa 30-minütiges Telefoninterview, zum Beispiel am Donnerstag, 19.11., um 10:00 Uhr? Themen wären die Ertüchtigung der Pumpensteuerung im laufenden Betrieb und die Abstimmung mit dem Hafenbetrieb.

Vor Veröffentlichung erhalten Sie Ihre Zitate selbstverständlich zur Freigabe.

Mit freundlichen Grüßen
Annika Reuter
Redaktion Tiefbau Magazin
Telefon 040 3288 1190
""",
    notes="A press interview request to the user about his current project, with a specific phone time: not a job interview.",
)

add(
    name="oth-w14-user-on-apprentice-panel-outlook-eastern-ohio",
    kind="other",
    frm="Melissa Grant <mgrant@mvwater.example>",
    to="Travis Nakamura <tnakamura@mvwater.example>",
    cc="Jerome Hill <jhill@mvwater.example>",
    subject="Panel interviews - Utility Worker Apprentice (you + Jerome) - Nov 17",
    date=(2026, 11, 9, 9, 45, "America/New_York"),
    body="""
Hi Travis,

Thanks again for agreeing to sit on the panel for the Utility Worker Apprentice openings. Per the Local 1234 agreement the panel is one supervisor (you), one bargaining-unit member (Jerome) and me from HR.

Tuesday, November 17, 8:00 AM - 12:00 PM, Training Room A
08:00  Kayla Morrison
09:00  Devonte Harris
10:00  Samuel Ochoa
11:00  Brianna Kettering

I'll bring the scoring sheets and the question set. Please don't discuss the questions with anyone beforehand, and remember to complete your confidentiality form. Invite attached to hold the time.

Thanks,
Melissa Grant
HR Generalist
Miami Valley Water Department
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000E4B5C6D78A70DC01000000000000000010000000D5B6",
        start="2026-11-17 08:00",
        end="2026-11-17 12:00",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz="""BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
        organizer=("Melissa Grant", "mgrant@mvwater.example"),
        attendees=[
            ("Travis Nakamura", "tnakamura@mvwater.example"),
            ("Jerome Hill", "jhill@mvwater.example"),
        ],
        summary="Panel interviews - Utility Worker Apprentice",
        prodid="Microsoft Exchange Server 2010",
        location="Training Room A",
        stamp="20261109T144500Z",
    ),
    ics_style="outlook",
    notes="The user is a panelist interviewing apprentice candidates at his own employer (Outlook invite, Windows zone): he is the interviewer, not the candidate. Meeting at the current job.",
)

add(
    name="oth-w14-reference-check-former-colleague-accra",
    kind="other",
    frm="Efua Ansah <efua.ansah@voltalink-energy.example>",
    to="Daniel Agyeman <d.agyeman@example.com>",
    subject="Reference request: Samuel Owusu-Ansah (Instrument Technician)",
    date=(2026, 11, 2, 10, 5, "Africa/Accra"),
    body="""
Dear Mr. Agyeman,

Samuel Owusu-Ansah has applied for the position of Instrument Technician at VoltaLink Energy and has named you as a referee from your time together at Akosombo Engineering Services.

Would you be available for a short reference call of about 15 minutes on Thursday, 5 November at 2:00 pm? If another time suits you better, please let me know. The questions cover his technical competence, safety behaviour and reliability.

Alternatively, you may complete the attached reference form and return it by email.

Thank you for your help.

Kind regards,
Efua Ansah
HR Officer, Talent Acquisition
VoltaLink Energy Ltd, Tema
""",
    notes="The user is the reference for someone else's application; the call time is a reference call, not the user's interview.",
)

add(
    name="oth-w14-us-consulate-visa-interview-karachi",
    kind="other",
    frm=addr("U.S. Visa Information Service Pakistan", "noreply@usvisa-info.example"),
    to="hamza.tariq.ee@example.com",
    subject="Appointment Confirmation - U.S. Consulate General Karachi",
    date=(2026, 10, 20, 22, 14, "Asia/Karachi"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>APPOINTMENT CONFIRMATION</b></p>
<p>Applicant: TARIQ, HAMZA<br>Passport number: XXXXXX8831<br>Visa class: B1/B2<br>Confirmation No: 4471 2209 3158</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Consular Interview</td><td>U.S. Consulate General Karachi, Plot 3-5 New TPX Area, Mai Kolachi Road</td><td>Monday, 7 December 2026, 08:15</td></tr>
</table>
<p>Please arrive no earlier than 15 minutes before your interview. Bring your passport, the DS-160 confirmation page, your MRV fee receipt and one 5x5 cm photograph. Electronic devices are not permitted.</p>
<p>To reschedule, log in to your profile. Do not reply to this email.</p>
</body></html>
""",
    notes="A visa interview at a consulate: a personal appointment, not a job interview.",
)

add(
    name="oth-w14-candidate-survey-after-interview-varbi-swedish",
    kind="other",
    frm="Sundsbergs kommun via Varbi <no-reply@varbi.example>",
    to="Elias Berg <elias.berg@example.se>",
    subject="Hur upplevde du rekryteringen? (2 minuter)",
    date=(2026, 9, 25, 9, 0, "Europe/Stockholm"),
    fmt="alt",
    body="""
Hej Elias!

Du var nyligen på intervju hos Sundsbergs kommun för tjänsten som VA-tekniker. Vi vill gärna veta hur du upplevde rekryteringsprocessen – oavsett utfall.

Enkäten tar ungefär två minuter och är anonym. Dina svar påverkar inte din ansökan.

Svara på enkäten: https://survey.varbi.example/s/8c2f1e

Tack för att du hjälper oss att bli en bättre arbetsgivare!

Sundsbergs kommun, HR-avdelningen

Detta meddelande skickades via Varbi.
""",
    notes="Candidate-experience survey about an interview already held; carries no interview, no decision and is explicitly independent of the application.",
)

add(
    name="oth-w14-scam-offshore-telegram-visa-fee",
    kind="other",
    frm="PETROSAMUDERA HR Recruitment <petrosamudera.hr.recruit@gmail.example>",
    to="undisclosed-recipients:;",
    subject="URGENT OFFSHORE RECRUITMENT 2026 - Interview Shortlisted - Ref PSB/OFF/2291",
    date=(2026, 11, 6, 3, 12, "Asia/Kuala_Lumpur"),
    body="""
Dear Applicant,

Greetings from PETROSAMUDERA BERHAD (Offshore Division).

We are pleased to inform you that your CV has been SHORTLISTED for the position of OFFSHORE ELECTRICAL TECHNICIAN on our FPSO project, salary USD 7,500/month tax free, 28/28 rotation.

Your online interview will be conducted by our HR Manager Mr. David Lim via TELEGRAM (@psb_hr_davidlim) on Monday 9th November 2026 at 10:00am Malaysia time. Camera is not required.

Before the interview, all shortlisted candidates must pay the refundable Visa & Work Permit processing fee of RM 850 to our appointed agent:
Bank: Maybank, Acc name: Global Crew Link Enterprise, Acc no: 5140 2233 8810

Send the payment slip, passport copy and IC to this email within 48 hours or your slot will be given to other candidates.

Best regards,
HR Recruitment Department
PETROSAMUDERA BERHAD
""",
    notes="Recruitment scam imitating an energy employer (free-mail sender, undisclosed recipients, Telegram interview, fee to a third-party account): other, with no interview or interviewer.",
)

add(
    name="oth-w14-exit-interview-current-employer-cluj",
    kind="other",
    frm="Alina Pop <alina.pop@transilvania-rail.example>",
    to="Radu Georgescu <radu.georgescu@transilvania-rail.example>",
    subject=hdr("Interviu de ieșire - programare"),
    date=(2026, 11, 16, 14, 2, "Europe/Bucharest"),
    fmt="qp",
    body="""
Bună ziua, Radu,

Am primit demisia ta și îți mulțumim pentru cei șase ani petrecuți în echipa de întreținere a liniei.

Conform procedurii interne, te rugăm să participi la un scurt interviu de ieșire cu mine, joi, 26 noiembrie, ora 10:00, în sala de ședințe de la etajul 2 (sediul Cluj). Discuția durează aproximativ 30 de minute și este confidențială.

Te rog să aduci echipamentul de protecție și legitimația de acces, pentru predare.

Cu bine,
Alina Pop
Specialist Resurse Umane
Transilvania Rail Services
""",
    notes="Exit interview at the user's current employer before he leaves: not a hiring interview.",
)

add(
    name="oth-w14-overseas-agency-walk-in-blast-dhaka",
    kind="other",
    frm="Bengal Gulf Overseas (RL-1187) <info@bengalgulfoverseas.example.bd>",
    to="nazmul.hasan.me@example.com",
    subject="Urgent demand: 60 Welders & Pipe Fitters for Romania shipyard - walk-in interview 28 Nov",
    date=(2026, 11, 18, 12, 40, "Asia/Dhaka"),
    body="""
Dear Job Seeker,

Bengal Gulf Overseas (Govt. approved recruiting agency, RL-1187) has received an urgent demand from a reputed shipyard in Constanța, Romania:

- 6G Welder (TIG/MIG): 40 persons
- Pipe Fitter: 20 persons
Salary EUR 900-1,200 + overtime, food and accommodation provided. 2-year contract.

WALK-IN INTERVIEW: Saturday 28 November 2026, 9 AM to 5 PM at our Dhaka office, Rupayan Trade Center (10th floor), Banglamotor.
Bring passport, BMET registration, trade certificate and 4 photographs. Trade test on the spot.

Hotline: 01711-555-042 (WhatsApp)

You have received this message because your CV is in our database. Reply STOP to unsubscribe.
""",
    notes="Mass advertisement from a recruiting agency to its CV database announcing an open walk-in day; not addressed to any application of the user's, so other.",
)

add(
    name="oth-w14-gwo-training-course-booking-esbjerg",
    kind="other",
    frm="Vestkyst Safety Training <booking@vestkyst-safety.example>",
    to="Tomasz Wrobel <t.wrobel@example.pl>",
    subject="Booking confirmed: GWO Basic Safety Training (BST) - 30 Nov-3 Dec 2026, Esbjerg",
    date=(2026, 11, 11, 15, 30, "Europe/Copenhagen"),
    fmt="alt",
    body="""
Dear Tomasz Wrobel,

Thank you for your booking. Your place is confirmed.

Course: GWO Basic Safety Training - First Aid, Manual Handling, Fire Awareness, Working at Heights, Sea Survival
Dates: Monday 30 November - Thursday 3 December 2026
Check-in: 07:45 on day 1 (course days 08:00-16:00)
Venue: Vestkyst Safety Training, Hulvejen 12, 6700 Esbjerg
Instructor team: Jesper Dahl and Mikkel Rasmussen

Please bring a valid passport or ID, your WINDA ID, swimwear and a towel for the sea survival module. A medical declaration must be signed on arrival.

Invoice no. 2026-11834 has been sent to your company.

Best regards
Course Administration
Vestkyst Safety Training ApS
""",
    notes="Safety-course booking with dates, times and named instructors; a training course, not an interview.",
)

add(
    name="oth-w14-jahresgespraech-appraisal-outlook-munich",
    kind="other",
    frm="Thomas Aigner <thomas.aigner@isar-kraftwerkstechnik.example>",
    to="Marek Kowalczyk <marek.kowalczyk@isar-kraftwerkstechnik.example>",
    subject=hdr("Mitarbeiterjahresgespräch 2026", encoding="b"),
    date=(2026, 11, 13, 8, 20, "Europe/Berlin"),
    body="""
Servus Marek,

wie jedes Jahr im November würde ich gerne unser Mitarbeiterjahresgespräch führen. Termin habe ich Dir für Mittwoch, 25.11., 13:00–14:30 Uhr in meinem Büro eingestellt.

Bitte bring den ausgefüllten Vorbereitungsbogen mit (liegt im Intranet unter Personal > Formulare) und überleg Dir, welche Schulungen Du für 2027 brauchst – Schaltberechtigung und SCC wären bei uns noch offen.

Viele Grüße
Thomas

Thomas Aigner
Teamleiter Instandhaltung Elektro
Isar Kraftwerkstechnik GmbH
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000B7C8D9EA1F75DC01000000000000000010000000C3A1",
        start="2026-11-25 13:00",
        end="2026-11-25 14:30",
        tz="Europe/Berlin",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Aigner Thomas", "thomas.aigner@isar-kraftwerkstechnik.example"),
        attendees=[("Kowalczyk Marek", "marek.kowalczyk@isar-kraftwerkstechnik.example")],
        summary="Mitarbeiterjahresgespräch Kowalczyk",
        prodid="Microsoft Exchange Server 2010",
        location="Büro Aigner, Geb. 4",
        stamp="20261113T072000Z",
    ),
    ics_style="outlook",
    notes="Annual appraisal with the user's current manager (Outlook invite, Windows zone): a meeting at the current job, not an interview.",
)

add(
    name="oth-w14-university-research-interview-calendly-lineworkers",
    kind="other",
    frm=addr("Dr. Megan Castellanos", "castellm@cascadia-state.example.edu"),
    to="Marcus Whitfield <mwhitfield@example.com>",
    subject="Research study: 45-minute interview about apprenticeship in the electrical trades ($50 gift card)",
    date=(2026, 11, 4, 13, 10, "America/Los_Angeles"),
    body="""
Hi Marcus,

Thank you for signing up at the IBEW training center open house to hear about our study. I'm a researcher in the School of Labor and Employment Relations at Cascadia State University, and we're interviewing tradespeople about how apprenticeships prepare them for work on the grid.

The interview is about 45 minutes over Zoom, and you'll receive a $50 gift card as a thank-you. You can pick a time that suits you here:

https://calendly.com/castellanos-lab/trades-study-interview

Participation is voluntary, and you can stop at any time. This study has been approved by the Cascadia State IRB (Protocol #2026-0412).

Best,
Megan Castellanos, PhD
Assistant Professor
Cascadia State University
""",
    notes="Research-study interview with a self-scheduling link: the user is a study participant, not a job candidate.",
)

add(
    name="oth-w14-jobcenter-einladung-meldetermin",
    kind="other",
    frm="Jobcenter Kassel <Jobcenter-Kassel@jobcenter-ge.example>",
    to="Marek Kowalczyk <marek.kowalczyk@example.de>",
    subject=hdr("Einladung zu einem persönlichen Gespräch"),
    date=(2026, 9, 30, 7, 45, "Europe/Berlin"),
    fmt="b64",
    body="""
Sehr geehrter Herr Kowalczyk,

bitte kommen Sie am Mittwoch, 14.10.2026 um 09:15 Uhr in das Jobcenter Kassel, Grüner Weg 46, Raum 3.07, zu Ihrer Ansprechpartnerin Frau Yvonne Lehmann.

Ich möchte mit Ihnen über Ihre aktuellen Bewerbungen und Ihre berufliche Situation sprechen.

Bitte bringen Sie folgende Unterlagen mit:
- Personalausweis
- Nachweise über Ihre Bewerbungsbemühungen der letzten drei Monate
- Einladungen zu Vorstellungsgesprächen, sofern vorhanden

Wenn Sie ohne wichtigen Grund nicht kommen, kann Ihr Bürgergeld gemindert werden (§ 32 SGB II).

Mit freundlichen Grüßen
Im Auftrag
Yvonne Lehmann
Integrationsfachkraft
""",
    notes="Appointment at the public employment office (Jobcenter) about the user's job search: not an employer and not an interview for a job, though it asks for interview invitations.",
)
