# ruff: noqa: E501
# Wave 9, batch A: mid-career people outside tech (hospitals, schools, banks, plants, hotels,
# local government) in India, Nigeria, Germany, Japan, the UK, Mexico, Ireland, the Gulf, Canada,
# Korea, Italy and Poland. Mostly hand-written by hiring managers, HR generalists and agency
# recruiters; names of every shape; interviewers in sentences, signatures and invitations only.
from lib import add, ics, vtz_fixed
from mime import addr, hdr, vtz_eu

# ================================================================ invitations and changes
add(
    name="inv-w9-pune-hospital-nursing-panel-sentence",
    kind="invitation",
    frm="HR Department - Sahyadri Crest Hospital <hr@sahyadricrest.example.in>",
    to="Reshma Pillai <reshma.pillai84@example.in>",
    subject="Interview Call Letter - Deputy Nursing Superintendent",
    date=(2026, 2, 9, 11, 20, "Asia/Kolkata"),
    body="""
Dear Ms. Reshma Pillai,

With reference to your application for the post of Deputy Nursing Superintendent, we are pleased to inform you that you have been shortlisted for the personal interview.

The interview is scheduled on Thursday, 19/02/2026 at 11:00 AM at the Board Room, 4th Floor, Administrative Block, Sahyadri Crest Hospital, Baner Road, Pune.

The interview panel will comprise Dr. Meenakshi Sundaram, Medical Director, Mrs. Lalitha Ramaswamy, Chief Nursing Officer, and Mr. Arvind Kulkarni from HR.

Kindly carry the following documents in original along with one set of self-attested photocopies:
1. Nursing Council registration certificate (valid)
2. B.Sc./M.Sc. Nursing mark sheets and degree certificates
3. Experience certificates and last three salary slips
4. Two passport size photographs

Please confirm your availability by return mail. Reporting time is 10:30 AM.

Regards,
Pooja Deshmukh
Executive - HR
Sahyadri Crest Hospital, Pune
Ph: 020-2729 4400 Ext. 218
""",
    company="Sahyadri Crest Hospital",
    role="Deputy Nursing Superintendent",
    interviewers=[
        ("Meenakshi Sundaram", None, "Medical Director"),
        ("Lalitha Ramaswamy", None, "Chief Nursing Officer"),
        ("Arvind Kulkarni", None, None),
    ],
    start="2026-02-19 11:00",
    tz="Asia/Kolkata",
    notes="Indian call letter; day-first 19/02/2026; panel in one comma sentence with honorifics (Dr./Mrs./Mr.) dropped; 'from HR' is a department, not a title. The HR executive who signs only schedules. Reporting time 10:30 is not the start. No duration given: end null.",
)

add(
    name="inv-w9-lagos-bank-sme-panel-hyphen-names",
    kind="invitation",
    frm="Human Capital Management <hcm.recruitment@meridiantrustbank.example.ng>",
    to="Oluwaseun Adebayo-Cole <seun.adebayocole@example.com>",
    subject="INVITATION FOR PANEL INTERVIEW - RELATIONSHIP MANAGER, SME BANKING",
    date=(2026, 3, 11, 16, 5, "Africa/Lagos"),
    fmt="alt",
    body="""
Dear Oluwaseun,

INVITATION FOR PANEL INTERVIEW

Following your performance at the assessment test, we are pleased to invite you for a panel interview for the role of Relationship Manager, SME Banking.

Date: Tuesday, 17th March 2026
Time: 10:00am prompt
Venue: Meridian Trust Bank Plc, Head Office, 14 Adeola Odeku Street, Victoria Island, Lagos (3rd floor, Conference Room B)
Duration: about 1 hour

Your panel will be Mrs. Ngozi Okonkwo-Adeyemi (Head, SME Banking) and Mr. Babatunde Ajayi-Lawal (Regional Manager, Lagos Island). Mr. Chinedu Eze of our Learning & Development team will brief you on the graduate-to-management pathway while you wait, so please arrive by 9:30am.

Kindly come along with the originals of your credentials, NYSC discharge certificate and a valid means of identification. Business attire is expected.

Please acknowledge receipt of this mail.

Yours faithfully,

Funmilayo Bamgbose
Human Capital Management
Meridian Trust Bank Plc
""",
    company="Meridian Trust Bank",
    role="Relationship Manager, SME Banking",
    interviewers=[
        ("Ngozi Okonkwo-Adeyemi", None, "Head, SME Banking"),
        ("Babatunde Ajayi-Lawal", None, "Regional Manager, Lagos Island"),
    ],
    start="2026-03-17 10:00",
    end="2026-03-17 11:00",
    tz="Africa/Lagos",
    notes="Nigerian bank call; hyphenated double surnames; 'Mr. Chinedu Eze' briefs the candidate while waiting and does not interview; HCM signer only schedules. 'about 1 hour' gives the end. WAT +01:00.",
)

add(
    name="resched-w9-personio-werksleiter-von-der-heydt",
    kind="reschedule",
    frm=addr("Sabine Krämer (Personio)", "noreply@personio.de"),
    reply_to="sabine.kraemer@hollmann-armaturen.example.de",
    to="Markus Feldhaus <m.feldhaus@example.de>",
    subject=hdr("Verschiebung Ihres Vorstellungsgesprächs – Produktionsleiter Armaturenfertigung"),
    date=(2026, 10, 20, 10, 12, "Europe/Berlin"),
    fmt="qp",
    body="""
Sehr geehrter Herr Feldhaus,

leider müssen wir Ihr Vorstellungsgespräch für die Position Produktionsleiter Armaturenfertigung verschieben: Unser Werksleiter ist am ursprünglich geplanten Termin (Mittwoch, 28.10., 10:00 Uhr) kurzfristig auf einer Kundenabnahme in Polen.

Neuer Termin: Dienstag, 3. November 2026, 14:00 bis 15:30 Uhr
Ort: Hollmann Armaturen GmbH, Werk 2, Industriestraße 41, 58636 Iserlohn – bitte melden Sie sich am Empfang Tor 3.

Das Gespräch führen Herr Dr. Klaus-Peter von der Heydt (Werksleiter) und Frau Anja Wöllner (Leiterin Personal). Im Anschluss ist ein kurzer Rundgang durch die Montage vorgesehen.

Eine aktualisierte Kalendereinladung finden Sie im Anhang. Sollte der neue Termin für Sie nicht passen, antworten Sie bitte einfach auf diese E-Mail.

Mit freundlichen Grüßen

Sabine Krämer
Recruiting | Hollmann Armaturen GmbH
""",
    ics=ics(
        uid="personio-interview-5581203@personio.de",
        start="2026-11-03 14:00",
        end="2026-11-03 15:30",
        tz="Europe/Berlin",
        vtz=vtz_eu("Europe/Berlin", "+0100", "+0200", "CET", "CEST"),
        organizer=("Sabine Krämer", "sabine.kraemer@hollmann-armaturen.example.de"),
        attendees=[
            ("Markus Feldhaus", "m.feldhaus@example.de"),
            ("Klaus-Peter von der Heydt", "kp.vonderheydt@hollmann-armaturen.example.de"),
            ("Anja Wöllner", "a.woellner@hollmann-armaturen.example.de"),
        ],
        summary="Vorstellungsgespräch Markus Feldhaus – Produktionsleiter Armaturenfertigung",
        seq=1,
        prodid="-//Personio GmbH//Personio Calendar//DE",
        location="Hollmann Armaturen GmbH, Werk 2, Industriestraße 41, 58636 Iserlohn",
    ),
    ics_style="attach",
    company="Hollmann Armaturen",
    role="Produktionsleiter Armaturenfertigung",
    interviewers=[
        (
            "Klaus-Peter von der Heydt",
            "kp.vonderheydt@hollmann-armaturen.example.de",
            "Werksleiter",
        ),
        ("Anja Wöllner", "a.woellner@hollmann-armaturen.example.de", "Leiterin Personal"),
    ],
    start="2026-11-03 14:00",
    end="2026-11-03 15:30",
    tz="Europe/Berlin",
    notes="German reschedule through Personio (Date in UTC); old slot 28.10. is CEST, the new one after the DST change is CET (+01:00). Name with 'Herr Dr.' and particle 'von der'; the recruiter (ICS organizer) only schedules; the head of HR does interview.",
)

add(
    name="inv-w9-tokyo-university-family-name-first",
    kind="invitation",
    frm="Faculty Recruitment Office <kyoin-saiyo@kasumigaoka-u.example.jp>",
    to="Emily Nakashima-Ross <e.nakashima.ross@example.org>",
    subject="Interview for the Associate Professor (Adult Nursing) position",
    date=(2026, 6, 3, 15, 40, "Asia/Tokyo"),
    fmt="b64",
    body="""
Dear Dr. Nakashima-Ross,

(日本語の案内は下にあります)

Thank you for applying for the Associate Professor (Adult Nursing) position at the Faculty of Nursing, Kasumigaoka University. After document screening, the Selection Committee would like to invite you to an online interview.

Date/time: June 16 (Tue), 13:30-14:30 Japan Standard Time
Format: Zoom (the link will be sent separately the day before)
Content: 20-minute presentation on your research and teaching plan, followed by questions from the committee

Selection Committee members:
  Prof. TANAKA Hiroshi, Dean of the Faculty of Nursing (chair)
  Prof. SUZUKI Michiko, Professor of Adult Nursing
  Dr. OKADA Ren, Associate Professor of Gerontological Nursing

Please reply by June 8 to confirm. If you need interpretation support, let us know.

Sincerely,

WATANABE Yui
Faculty Recruitment Office, General Affairs Division
Kasumigaoka University

--------------------------------------------------
ナカシマ＝ロス先生

面接日時：6月16日（火）13:30～14:30（日本時間）、Zoomにて実施します。
ご確認のほど、よろしくお願いいたします。

霞ヶ丘大学 総務課 教員採用担当 渡辺
""",
    company="Kasumigaoka University",
    role="Associate Professor (Adult Nursing)",
    interviewers=[
        ("TANAKA Hiroshi", None, "Dean of the Faculty of Nursing"),
        ("SUZUKI Michiko", None, "Professor of Adult Nursing"),
        ("OKADA Ren", None, "Associate Professor of Gerontological Nursing"),
    ],
    start="2026-06-16 13:30",
    end="2026-06-16 14:30",
    tz="Asia/Tokyo",
    notes="Japanese university, family names first in capitals, kept as written; 'Prof.'/'Dr.' dropped; the office clerk signs and only schedules. 'reply by June 8' is the candidate's deadline. Base64 body with a Japanese paragraph.",
)

add(
    name="inv-w9-trac-nhs-physio-apostrophe-ap",
    kind="invitation",
    frm="Trac Recruitment <no-reply@trac-jobs.example.uk>",
    reply_to="hvft.recruitment@nhs.example.uk",
    to="Kirsty Galbraith <kirstygalbraith@example.co.uk>",
    subject="Invitation to Interview: 294-AHP-7731 Advanced Practitioner Physiotherapist (MSK)",
    date=(2026, 10, 2, 14, 3, "Europe/London"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Kirsty Galbraith</p>
<p>Thank you for your application for the post of <b>Advanced Practitioner Physiotherapist (MSK)</b>, reference 294-AHP-7731, with <b>Hollins Valley NHS Foundation Trust</b>. We are pleased to invite you to interview.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td><b>Interview date</b></td><td>22/10/2026</td></tr>
<tr><td><b>Interview time</b></td><td>10:15</td></tr>
<tr><td><b>Location</b></td><td>Therapy Department Seminar Room, Hollins Valley General Hospital, Moor Lane, Burnley BB11 2QT</td></tr>
<tr><td><b>Duration</b></td><td>Approximately 45 minutes</td></tr>
</table>
<p><b>Message from the recruiting manager:</b><br>
The panel will be Siobhán O'Sullivan-Hart (Clinical Lead Physiotherapist) and Gareth ap Rhys (Therapy Services Manager). Please prepare a 10 minute presentation on &ldquo;Managing demand in a first contact practitioner service&rdquo;. Looking forward to meeting you.</p>
<p>Please log in to your Trac account to confirm your attendance. You will be asked to bring identity documents for pre-employment checks; see the attached checklist.</p>
<p>Kind regards<br>Recruitment Team<br>Hollins Valley NHS Foundation Trust</p>
<p style="font-size:11px;color:#777">This is an automated message sent via Trac. Please do not reply to this email.</p>
</body></html>
""",
    company="Hollins Valley NHS Foundation Trust",
    role="Advanced Practitioner Physiotherapist (MSK)",
    interviewers=[
        ("Siobhán O'Sullivan-Hart", None, "Clinical Lead Physiotherapist"),
        ("Gareth ap Rhys", None, "Therapy Services Manager"),
    ],
    start="2026-10-22 10:15",
    end="2026-10-22 11:00",
    tz="Europe/London",
    notes="HTML-only NHS Trac mail; the vacancy reference is dropped from the role; panel named in the manager's free-text note with a UTF-8 accented name and an apostrophe; Welsh particle 'ap'. Day-first date, BST, 45 minutes.",
)

add(
    name="inv-w9-agency-mx-logistica-de-la-garza",
    kind="invitation",
    frm=addr("Mariana Zúñiga Leal", "mariana.zuniga@talentonorte.example.mx"),
    to=addr("Héctor Villarreal", "hector.villarreal.m@example.com"),
    subject=hdr("Entrevista con Transportes del Bajío - Gerente de Logística"),
    date=(2026, 10, 14, 18, 22, "America/Mexico_City"),
    fmt="qp",
    body="""
Hola Héctor, ¿qué tal?

Te tengo buenas noticias: Transportes del Bajío quiere conocerte para la vacante de Gerente de Logística en su CEDIS de Celaya.

La entrevista quedó para el jueves 22 de octubre a las 17:00 hrs (hora del centro de México), en sus oficinas de Av. Tecnológico 1450, Celaya, Gto. Calcula aproximadamente una hora.

Te van a entrevistar el Ing. José Luis de la Garza Treviño, Director de Operaciones, y la Lic. María Fernanda Ríos Ochoa, Gerente de Recursos Humanos. José Luis es muy directo y le interesa mucho el tema de indicadores (OTIF, costo por kilómetro, rotación de operadores), así que llévate números concretos de tu operación actual.

Yo no voy a estar en la entrevista, pero márcame al salir para platicar cómo te fue.

Cualquier duda me avisas.

Saludos,

Mariana Zúñiga Leal
Consultora Senior | Supply Chain & Manufactura
Talento Norte Consultores
Cel. 442 318 7720
""",
    company="Transportes del Bajío",
    role="Gerente de Logística",
    interviewers=[
        ("José Luis de la Garza Treviño", None, "Director de Operaciones"),
        ("María Fernanda Ríos Ochoa", None, "Gerente de Recursos Humanos"),
    ],
    start="2026-10-22 17:00",
    end="2026-10-22 18:00",
    tz="America/Mexico_City",
    notes="Mexican agency consultant relays the client's interviewers (two given names, two surnames, particle 'de la', 'Ing.'/'Lic.' honorifics dropped); she says she will not be there. Company is the client, not the agency. Central Mexico has no DST since 2022: -06:00.",
)

add(
    name="inv-w9-dubai-hotel-outlook-arabian-bin-al",
    kind="invitation",
    frm="Rania Haddad <rania.haddad@palmcrescenthotel.example.ae>",
    to="Joseph Mathew <joseph.mathew.fo@example.com>",
    subject="Interview - Front Office Manager | Palm Crescent Hotel Dubai",
    date=(2026, 10, 12, 10, 30, "Asia/Dubai"),
    body="""
Dear Joseph,

Thank you for your interest in the Front Office Manager role at Palm Crescent Hotel Dubai. I am pleased to confirm your interview on Wednesday, 21 October 2026 at 3:00 PM (UAE time) at the hotel. Please see the meeting invitation attached.

You will meet our Director of Rooms, Mr. Faisal bin Khalid Al-Mansoori, and our General Manager, Ms. Claire Dubois-Laurent. The conversation will take about an hour.

On arrival please ask for me at the Concierge desk and I will take you to the Executive Office on the Mezzanine level.

Kind regards,

Rania Haddad
Talent Acquisition Specialist
Palm Crescent Hotel Dubai
T +971 4 555 0192
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000B0C3A4E5F7A1DC01000000000000000010000000",
        start="2026-10-21 15:00",
        end="2026-10-21 16:00",
        tz="Asia/Dubai",
        tzid="Arabian Standard Time",
        vtz=vtz_fixed("Arabian Standard Time", "+0400", "Arabian Standard Time"),
        organizer=("Rania Haddad", "rania.haddad@palmcrescenthotel.example.ae"),
        attendees=[
            ("Joseph Mathew", "joseph.mathew.fo@example.com"),
            ("Faisal Al-Mansoori", "faisal.almansoori@palmcrescenthotel.example.ae"),
            ("Claire Dubois-Laurent", "claire.duboislaurent@palmcrescenthotel.example.ae"),
        ],
        summary="Interview: Joseph Mathew - Front Office Manager",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="Executive Office, Mezzanine, Palm Crescent Hotel Dubai",
    ),
    ics_style="outlook",
    company="Palm Crescent Hotel Dubai",
    role="Front Office Manager",
    interviewers=[
        (
            "Faisal bin Khalid Al-Mansoori",
            "faisal.almansoori@palmcrescenthotel.example.ae",
            "Director of Rooms",
        ),
        (
            "Claire Dubois-Laurent",
            "claire.duboislaurent@palmcrescenthotel.example.ae",
            "General Manager",
        ),
    ],
    start="2026-10-21 15:00",
    end="2026-10-21 16:00",
    tz="Asia/Dubai",
    notes="Outlook invite with Windows zone 'Arabian Standard Time'. Full name with 'bin' and 'Al-' is in the body; the ICS attendee is the short 'Faisal Al-Mansoori' (same person, same email). Titles come before the names ('our Director of Rooms, Mr. ...'). The TA specialist organizes only.",
)

add(
    name="inv-w9-halifax-transit-panel-includes-myself",
    kind="invitation",
    frm="Priya Raghunathan <raghunp@halifaxharbourregion.example.ca>",
    to="Brendan Kehoe <bkehoe.ns@example.ca>",
    cc="Marie-Eve Tremblay-Gagnon <tremblm@halifaxharbourregion.example.ca>",
    subject="Interview invitation - Transit Operations Supervisor (Competition #2026-114)",
    date=(2026, 10, 19, 13, 10, "America/Halifax"),
    fmt="alt",
    body="""
Good afternoon Brendan,

Thank you for applying to the Transit Operations Supervisor competition. I'm pleased to let you know you have been selected for an interview.

Date: Wednesday, October 28
Time: 9:30 a.m. to 11:00 a.m. (Atlantic)
Location: Ragged Lake Transit Centre, 200 Horseshoe Lake Dr., Halifax - main reception

The interview panel will consist of myself, Marie-Eve Tremblay-Gagnon (Superintendent, Transit Operations) and Dwayne MacIsaac (Manager, Fleet Services). The first hour is the panel interview; the last 30 minutes is a short written exercise (scheduling scenario), so please bring a pen. Calculators will be provided.

If you require any accommodation for the interview process, please let me know.

Please confirm your attendance by replying to this email.

Regards,

Priya Raghunathan
HR Advisor, Talent Acquisition
Halifax Harbour Region Municipality
""",
    company="Halifax Harbour Region Municipality",
    role="Transit Operations Supervisor",
    interviewers=[
        (
            "Priya Raghunathan",
            "raghunp@halifaxharbourregion.example.ca",
            "HR Advisor, Talent Acquisition",
        ),
        (
            "Marie-Eve Tremblay-Gagnon",
            "tremblm@halifaxharbourregion.example.ca",
            "Superintendent, Transit Operations",
        ),
        ("Dwayne MacIsaac", None, "Manager, Fleet Services"),
    ],
    start="2026-10-28 09:30",
    end="2026-10-28 11:00",
    tz="America/Halifax",
    notes="Municipal HR advisor sits on the panel herself ('consist of myself'), so she is an interviewer, named only in the signature; the competition number is not part of the role. Superintendent also in Cc. ADT (-03:00) before Nov 1.",
)

add(
    name="inv-w9-seoul-headhunter-client-drops-off",
    kind="invitation",
    frm="Kim Soo-min <soomin.kim@bridgepeople.example.kr>",
    to="Daniel Cho <daniel.cho.scm@example.com>",
    subject="[Hanbit Logistics] 1st interview confirmed - Global Procurement Manager",
    date=(2026, 11, 4, 9, 15, "Asia/Seoul"),
    body="""
Dear Daniel,

Good morning. I am happy to confirm your 1st interview with my client, Hanbit Logistics, for the Global Procurement Manager position.

- Date & time: Tuesday, November 10, 2:00 PM KST (about 50 minutes)
- Format: Microsoft Teams (the client will send the link)
- Interviewers: Mr. Park Ji-hoon, Team Leader of Global Procurement, and Ms. Choi Yu-na, HR Manager

I will join the call only at the start to introduce you, and then I will drop off so you can talk freely. Mr. Park will mostly ask about carrier contracts and your experience with ocean freight tenders; Ms. Choi will cover your motivation and salary expectations.

The interview will be in English, but Mr. Park may switch to Korean for a few questions - please be ready for that.

Best regards,

Kim Soo-min (Sophie)
Senior Consultant, Supply Chain Practice
Bridge People Search | Seoul
""",
    company="Hanbit Logistics",
    role="Global Procurement Manager",
    interviewers=[
        ("Park Ji-hoon", None, "Team Leader of Global Procurement"),
        ("Choi Yu-na", None, "HR Manager"),
    ],
    start="2026-11-10 14:00",
    end="2026-11-10 14:50",
    tz="Asia/Seoul",
    notes="Korean headhunter relays the client's interviewers, family name first kept as written, honorifics dropped. The consultant joins only to introduce and drops off: not an interviewer. Company is the client. KST +09:00, 50 minutes.",
)

add(
    name="inv-w9-workday-krakow-names-only-in-ics-utc",
    kind="invitation",
    frm="Nordhaven Careers <nordhaven@myworkday.example.com>",
    to="Agata Sobczak <agata.sobczak@example.pl>",
    subject="Your interview for Finance Controller has been scheduled",
    date=(2026, 4, 21, 12, 4, "Europe/Warsaw"),
    fmt="alt",
    body="""
Hi Agata,

Your interview for the Finance Controller position (R-40217) with Nordhaven Business Services has been scheduled. Please see the attached calendar invitation for the date, time and your interviewers.

Interview type: Video (Microsoft Teams)
Location: Kraków, Poland (hybrid role)

If you need to reschedule, please reply to this message at least 24 hours in advance.

To review your application status, sign in to your candidate home account.

Nordhaven Talent Acquisition

This message was sent via Workday. Please do not forward this email.
""",
    ics=ics(
        uid="WD-INT-8f2c1a90-4d7b-4b8e-b1f0-77a9c3e21d55",
        start="2026-04-28 10:00",
        end="2026-04-28 11:00",
        tz="Europe/Warsaw",
        utc=True,
        organizer=("Marta Lis", "marta.lis@nordhaven.example.com"),
        attendees=[
            ("Agata Sobczak", "agata.sobczak@example.pl"),
            ("Katarzyna Wiśniewska-Nowak", "k.wisniewska-nowak@nordhaven.example.com"),
            ("Tomasz Dąbrowski", "tomasz.dabrowski@nordhaven.example.com"),
        ],
        summary="Interview: Agata Sobczak - Finance Controller",
        desc="Microsoft Teams meeting\nJoin: https://teams.example.com/l/meetup-join/19%3ameeting_NDA3\nScheduled by Marta Lis, Recruiting Coordinator",
        prodid="-//Workday//Workday Calendar//EN",
    ),
    ics_style="attach",
    company="Nordhaven Business Services",
    role="Finance Controller",
    interviewers=[
        ("Katarzyna Wiśniewska-Nowak", "k.wisniewska-nowak@nordhaven.example.com", None),
        ("Tomasz Dąbrowski", "tomasz.dabrowski@nordhaven.example.com", None),
    ],
    start="2026-04-28 10:00",
    end="2026-04-28 11:00",
    tz="Europe/Warsaw",
    notes="Workday body names no one; interviewers only as ICS attendees (Polish diacritics, hyphenated surname); the organizer is the recruiting coordinator who 'scheduled' it. ICS in UTC (08:00Z); label keeps Warsaw CEST. Requisition R-40217 not part of the role.",
)

add(
    name="inv-w9-school-principal-demo-class-director",
    kind="invitation",
    frm="Principal - St. Aloysius Senior Secondary School <principal.stalmangalore@example.in>",
    to="Nikhil Shenoy <nikhil.shenoy.chem@example.in>",
    subject="PGT Chemistry - demo class and interview",
    date=(2026, 7, 9, 19, 42, "Asia/Kolkata"),
    body="""
Dear Mr. Shenoy,

Thank you for your application for the post of PGT Chemistry. We would like you to come to the school on Saturday, 18th July 2026 at 9:00 a.m.

You will first take a demo class of 30 minutes for Grade XI (topic: Chemical Bonding - hybridisation), which will be observed and assessed by our Academic Coordinator, Mrs. Farzana Sheikh. This will be followed by an interview with me and our Director, Mr. Rajendra Prasad Singh.

Please bring your original certificates, B.Ed. degree and CTET scorecard. Our office assistant Mr. Ramesh will meet you at the main gate and take you to the staff room.

With best wishes,

Dr. (Mrs.) Anita D'Souza
Principal
St. Aloysius Senior Secondary School, Kankanady, Mangaluru
""",
    company="St. Aloysius Senior Secondary School",
    role="PGT Chemistry",
    interviewers=[
        ("Farzana Sheikh", None, "Academic Coordinator"),
        ("Anita D'Souza", None, "Principal"),
        ("Rajendra Prasad Singh", None, "Director"),
    ],
    start="2026-07-18 09:00",
    tz="Asia/Kolkata",
    notes="School principal writing herself: 'an interview with me' makes the signer an interviewer ('Dr. (Mrs.)' dropped, apostrophe kept). The academic coordinator assesses the demo lesson, so she is on the interviewing side despite 'Coordinator' in her title. Office assistant Mr. Ramesh only meets him at the gate. No end given.",
)

add(
    name="cancel-w9-fonderie-colloquio-annullato",
    kind="cancellation",
    frm="Ufficio Personale Fonderie Morandi <personale@fonderiemorandi.example.it>",
    to="Stefano Greco <stefano.greco79@example.it>",
    subject="Annullamento colloquio - Controller di stabilimento",
    date=(2026, 5, 12, 8, 55, "Europe/Rome"),
    body="""
Gentile Dott. Greco,

con la presente siamo spiacenti di comunicarle che il colloquio previsto per giovedì 14 maggio alle ore 15:00 con la dott.ssa Elena Bianchi, Responsabile Amministrazione e Finanza, per la posizione di Controller di stabilimento, è annullato a causa di un'indisposizione della stessa.

Sarà nostra cura ricontattarla non appena possibile per fissare una nuova data. Ci scusiamo per il disagio.

Cordiali saluti

Lucia Ferraro
Ufficio Personale
Fonderie Morandi S.p.A.
Via dell'Industria 22 - 25020 Flero (BS)
""",
    company="Fonderie Morandi",
    role="Controller di stabilimento",
    interviewers=[("Elena Bianchi", None, "Responsabile Amministrazione e Finanza")],
    start="2026-05-14 15:00",
    tz="Europe/Rome",
    notes="Italian cancellation (no new date yet) of the interview with the finance head ('dott.ssa' dropped); the personnel office clerk only writes. The cancelled slot is labelled as the interview the message is about. CEST +02:00.",
)

add(
    name="next-w9-dublin-credit-risk-by-friday-6th",
    kind="next_steps",
    frm="Aoife Brennan <aoife.brennan@liffeymutual.example.ie>",
    to=addr("Ciarán Doyle", "ciaran.doyle@example.ie"),
    subject="RE: Credit Risk Manager - interview",
    date=(2026, 10, 27, 17, 48, "Europe/Dublin"),
    in_reply_to="<CAE9kd0Qw2@mail.example.ie>",
    body="""
Hi Ciarán,

Many thanks for coming in yesterday, and for the follow-up note - Declan and Fiona both enjoyed the conversation.

We have two more candidates to see this week. The panel will meet on Thursday and we expect to be in a position to come back to all candidates by Friday 6th November. I'll ring you either way.

Best,
Aoife

Aoife Brennan
Senior HR Business Partner | Liffey Mutual
Ph: +353 1 555 0148

-----Original Message-----
From: Aoife Brennan
Sent: 15 October 2026 11:02
To: Ciarán Doyle
Subject: Credit Risk Manager - interview

Hi Ciarán,

Confirming your interview for the Credit Risk Manager role on Monday 26th October at 2.30pm in our Harcourt Street office. You will meet Declan Moriarty (Chief Risk Officer) and Fiona Ní Mhurchú (Head of Credit). It will last about an hour.

Best,
Aoife
""",
    company="Liffey Mutual",
    role="Credit Risk Manager",
    decision_by="2026-11-06",
    notes="Post-interview timeline: 'come back to all candidates by Friday 6th November' is the employer's decision date. Interviewers and the past slot are only in quoted older mail: no interviewers, no start. Sent in GMT after the DST change.",
)

# ================================================================ hard negatives (other)
add(
    name="other-w9-poznan-user-on-hiring-panel",
    frm=addr("Joanna Kowalewska", "joanna.kowalewska@vistulalogistics.example.pl"),
    to="Piotr Mazur <piotr.mazur@vistulalogistics.example.pl>",
    subject="Interview schedule - Shift Supervisor (night shift), Thursday",
    date=(2026, 5, 5, 8, 47, "Europe/Warsaw"),
    body="""
Hi Piotr,

As agreed, here is the schedule for Thursday 7 May. You and Bartek Nowicki will interview the three shortlisted candidates for the night Shift Supervisor role in the small meeting room next to the dispatch office.

09:00 - 09:45  Damian Kaczmarek (currently team leader at a 3PL in Swarzędz)
10:00 - 10:45  Ewelina Lewandowska (internal - forklift team leader, B shift)
11:00 - 11:45  Rafał Szymański

CVs and the scoring sheet are in the shared folder HR > Recruitment > 2026 > Shift Supervisor. Please send me your scores by Friday noon so I can prepare the offer.

Thanks,
Joanna

Joanna Kowalewska
HR Generalist | Vistula Logistics Sp. z o.o. | DC Poznań
""",
    notes="The user (a warehouse manager) is on his own employer's hiring panel: he interviews others. Names, times and 'interview' are all present but nothing is an interview of the user: other.",
)

add(
    name="other-w9-kazilink-job-alert-recruiter-names",
    frm="KaziLink Job Alerts <alerts@kazilink.example.co.ke>",
    to="wanjiru.njoroge@example.co.ke",
    subject="12 new jobs for 'procurement' in Nairobi",
    date=(2026, 9, 14, 7, 0, "Africa/Nairobi"),
    fmt="alt",
    body="""
Hi Wanjiru,

Here are the latest jobs matching your alert "procurement" in Nairobi.

Procurement Officer - Kenyatta Avenue Medical Centre
Nairobi CBD | KES 120,000 - 150,000 | Posted 2 days ago
Recruiter: Grace Atieno. Interviews will be held in the week of 28 September.

Senior Buyer, Pharmaceuticals - Savanna Pharma Distributors
Industrial Area | Posted 3 days ago

Supply Chain Manager - Lake Basin Breweries
Nairobi / Kisumu | Posted 5 days ago | Easy Apply

Stores and Procurement Assistant - County Government of Kiambu
Kiambu | Closing date: 25 September 2026

See all 12 jobs: https://kazilink.example.co.ke/alerts/8812

Tip: candidates who upload a cover letter get 3x more interview invitations.

You are receiving this email because you created a job alert. Unsubscribe | Manage alerts
KaziLink Ltd, Westlands, Nairobi
""",
    notes="Kenyan job-alert digest: a recruiter's name and an interview week appear inside a listing, but nothing is addressed to the user's own process: other.",
)

add(
    name="other-w9-survey-after-interview-named-interviewer",
    frm="Brightwater Health Talent Team <surveys@brightwaterhealth.example.com>",
    to="Latoya Simmons <latoya.simmons@example.com>",
    subject="How was your interview with Brightwater Health?",
    date=(2026, 8, 19, 10, 2, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Latoya,</p>
<p>Thank you for interviewing for the <b>Clinical Documentation Specialist</b> role on August 17. Whatever the outcome, we would love to hear how it went.</p>
<p>The survey takes 2 minutes and asks about your conversation with <b>Dana Whitfield</b> and your overall experience. Your answers are anonymous and are not shared with the hiring team.</p>
<p style="text-align:center"><a href="https://survey.example.com/s/BWH-cx-7731" style="background:#0b6e4f;color:#fff;padding:10px 18px;text-decoration:none">Take the survey</a></p>
<p>Please respond by August 26.</p>
<p>Brightwater Health Talent Acquisition</p>
</body></html>
""",
    notes="Candidate-experience survey after a real interview, naming the interviewer and a past date; 'respond by' is a survey deadline. Item 3: surveys about an interview experience stay other.",
)

add(
    name="other-w9-valencia-press-entrevista-hotel",
    frm=addr("Núria Sempere", "nsempere@correodelturia.example.es"),
    to="Alejandro Pastor <direccion@hotelalbufera.example.es>",
    subject=hdr("Petición de entrevista - reportaje sobre la temporada turística"),
    date=(2026, 6, 8, 12, 31, "Europe/Madrid"),
    fmt="qp",
    body="""
Buenos días, Sr. Pastor:

Soy periodista de la sección de Economía de El Correo del Turia. Estamos preparando un reportaje sobre cómo los hoteles de la costa valenciana están afrontando la falta de personal en temporada alta, y nos gustaría hacerle una entrevista como director del Hotel Albufera Playa.

Le propongo el martes 16 de junio a las 11:00, en el hotel o por teléfono, como le venga mejor. Serían unos 30 minutos; nos acompañaría nuestro fotógrafo, Toni Ferrandis, para un par de fotos.

Muchas gracias de antemano.

Un saludo,

Núria Sempere
Redactora - Economía
El Correo del Turia
""",
    notes="A newspaper asks the user (a hotel director) for a press 'entrevista', with a proposed time and a photographer's name. Item 3: a press interview is not a hiring interview: other.",
)

add(
    name="other-w9-tandarts-afspraak-html-only",
    frm="Tandartspraktijk De Linde <noreply@tandartsdelinde.example.nl>",
    to="Sanne de Vries <sanne.devries@example.nl>",
    subject="Bevestiging van uw afspraak op donderdag 24 september",
    date=(2026, 9, 17, 9, 0, "Europe/Amsterdam"),
    fmt="html",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Beste mevrouw De Vries,</p>
<p>Hierbij bevestigen wij uw afspraak:</p>
<p><b>Datum:</b> donderdag 24 september 2026<br><b>Tijd:</b> 08:40 - 09:10<br><b>Behandelaar:</b> tandarts mw. E. van der Linden<br><b>Soort afspraak:</b> periodieke controle + gebitsreiniging (mondhygiënist)</p>
<p>Bent u verhinderd? Meld dit dan uiterlijk 24 uur van tevoren, anders zijn wij genoodzaakt de afspraak in rekening te brengen.</p>
<p>Met vriendelijke groet,<br>Tandartspraktijk De Linde<br>Lindelaan 12, 3521 Utrecht</p>
</body></html>
""",
    notes="Dutch dentist appointment confirmation (personal appointment) with a practitioner's name and an exact slot: other.",
)

add(
    name="other-w9-law-reference-check-for-former-paralegal",
    frm="Rebecca Thornbury <rthornbury@calloway-pierce.example.com>",
    to="Marcus Delgado <marcus.delgado@example.com>",
    subject="Reference for Jamal Whitaker - quick call?",
    date=(2026, 9, 29, 15, 20, "America/Chicago"),
    body="""
Mr. Delgado,

Jamal Whitaker has applied for a senior litigation paralegal position with our firm and listed you as a reference from his time at your office. Jamal has interviewed with our litigation partners and we are completing references before we make a decision.

Would you have 15 minutes for a call this Thursday, October 1, at 2:00 p.m. Central? If another time suits you better, just let me know. My direct line is below.

Thank you in advance,

Rebecca Thornbury
Director of Human Resources
Calloway Pierce LLP
(312) 555-0177
""",
    notes="The user is the reference for a former paralegal; a call with a time is proposed but it is not an interview of the user (item 3: being a reference): other.",
)

add(
    name="other-w9-scam-oil-company-shortlist-fee",
    frm="Deltacrest Energy Recruitment <deltacrest.recruitment2026@freemail.example.com>",
    to="undisclosed-recipients:;",
    subject="CONGRATULATIONS!!! SHORTLISTED FOR INTERVIEW - DELTACREST ENERGY NIGERIA LTD",
    date=(2026, 4, 2, 23, 14, "Africa/Lagos"),
    body="""
DELTACREST ENERGY NIGERIA LIMITED
2026 RECRUITMENT EXERCISE

Dear Applicant,

We are pleased to inform you that you have been SHORTLISTED for the final oral interview for the position of HSE OFFICER / LOGISTICS SUPERVISOR at our Port Harcourt and Lagos offices.

Interview Date: Monday 13th April 2026
Time: 9:00am
Venue: Deltacrest Towers, Trans-Amadi, Port Harcourt

Your interview panel will be chaired by Engr. Tamunotonye Briggs (General Manager, HR) and Mrs. Ifeoma Nwachukwu.

To confirm your slot you are required to pay a NON-REFUNDABLE processing and accreditation fee of N25,500 into the account below not later than Tuesday 7th April 2026 and send evidence of payment to this email. Candidates who fail to pay will be disqualified.

Bank: Prime Harvest Microfinance Bank
Account name: DCE Accreditation Services
Account no: 0123456789

Note: Accommodation and feeding will be provided for candidates coming from outside Rivers State.

Signed,
Management
""",
    notes="Recruitment scam imitating an oil company: free-mail sender, undisclosed recipients, a processing fee before an 'interview' with a named panel. Item 3: scams stay other, no interview, no interviewers.",
)
