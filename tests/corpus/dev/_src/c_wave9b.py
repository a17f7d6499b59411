# ruff: noqa: E501
# Wave 9, batch B: the same voice as c_wave9a (mid-career, outside tech, many countries), with
# replaced panelists, agency relays, first-name-only interviewers, "the undersigned" on the panel,
# Irish and Gulf names, DST traps, and more hard negatives (tips, webinars, reviews at the
# user's current job, mock and research interviews).
from lib import add, ics
from mime import addr, hdr, vtz_outlook_us

# ================================================================ invitations and changes
add(
    name="resched-w9-icims-denver-replaced-panelist-dst",
    kind="reschedule",
    frm="Tyler Brandt <tyler.brandt@frontrangehealth.example.org>",
    to="Amanda Kowalski <amanda.kowalski.rn@example.com>",
    subject="UPDATED: Interview for Nurse Manager, Cardiac Step-Down Unit - new date",
    date=(2026, 3, 5, 16, 40, "America/Denver"),
    fmt="alt",
    body="""
Hi Amanda,

I'm sorry for the shuffle. We need to move your panel interview for the Nurse Manager, Cardiac Step-Down Unit position from Friday, March 6 at 10:00 AM to Tuesday, March 10, 1:00-2:30 PM. Same place: Front Range Medical Center, Tower B, 5th floor conference room 512.

One change to the panel as well: Dr. Howard Lindqvist is no longer able to join, and Rebecca Oyelaran-Mills, Director of Nursing Operations, will take his place. You'll still meet Janelle Whitehorse, Director of Cardiovascular Services.

An updated calendar invite is attached. Please accept it or let me know if the new time does not work.

Thanks,
Tyler

Tyler Brandt | Talent Acquisition Partner, Nursing
Front Range Health
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000060D1F1B3A7ACDC01000000000000000010000000",
        start="2026-03-10 13:00",
        end="2026-03-10 14:30",
        tz="America/Denver",
        tzid="Mountain Standard Time",
        vtz=vtz_outlook_us("Mountain Standard Time", -7, -6),
        organizer=("Tyler Brandt", "tyler.brandt@frontrangehealth.example.org"),
        attendees=[
            ("Amanda Kowalski", "amanda.kowalski.rn@example.com"),
            ("Whitehorse, Janelle", "janelle.whitehorse@frontrangehealth.example.org"),
            ("Oyelaran-Mills, Rebecca", "rebecca.oyelaran-mills@frontrangehealth.example.org"),
        ],
        summary="Panel Interview - Amanda Kowalski - Nurse Manager, Cardiac Step-Down Unit",
        seq=2,
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="Front Range Medical Center, Tower B, Conference Room 512",
    ),
    ics_style="outlook",
    company="Front Range Health",
    role="Nurse Manager, Cardiac Step-Down Unit",
    interviewers=[
        (
            "Rebecca Oyelaran-Mills",
            "rebecca.oyelaran-mills@frontrangehealth.example.org",
            "Director of Nursing Operations",
        ),
        (
            "Janelle Whitehorse",
            "janelle.whitehorse@frontrangehealth.example.org",
            "Director of Cardiovascular Services",
        ),
    ],
    start="2026-03-10 13:00",
    end="2026-03-10 14:30",
    tz="America/Denver",
    notes="Reschedule with a replaced panelist: Dr. Howard Lindqvist drops out and is not an interviewer. ICS attendees are 'Last, First' (Outlook). Sent in MST on Mar 5, the new slot is after the DST change (Mar 8): MDT -06:00. Windows zone 'Mountain Standard Time'.",
)

add(
    name="inv-w9-london-agency-second-round-hr-meets-at-reception",
    kind="invitation",
    frm="Imogen Hartley <imogen.hartley@maryleboneleg.example.co.uk>",
    to="Rohan Mehta <rohan.mehta.law@example.co.uk>",
    subject="Ashcombe Reade - 2nd interview confirmed",
    date=(2026, 11, 9, 11, 5, "Europe/London"),
    in_reply_to="<8f1e22c0a1@example.co.uk>",
    body="""
Hi Rohan,

Great news - Ashcombe Reade would like to see you again for the Employment Associate role, and they've taken the slot you offered:

Thursday 19th November, 4pm - c. 1 hour
Ashcombe Reade LLP, 30 Bread Street, London EC4M 9AB

This time you'll meet Hugh Pennington-Ward (Partner, Employment) and Wen Li (Senior Associate). Sarah Kemble, who you met first time round, is on leave so won't be joining. Anna from their HR team will meet you at reception and take you up - she won't sit in on the interview.

Expect a case study discussion (a TUPE transfer scenario) - I'll send you the notes I have from other candidates tomorrow.

Speak soon,
Imogen

Imogen Hartley
Associate Director | Marylebone Legal Search
M: 07700 900 418

> On 6 Nov 2026, at 17:52, Rohan Mehta <rohan.mehta.law@example.co.uk> wrote:
>
> Hi Imogen, thanks for the feedback from Sarah Kemble. Thursday 19th any time after 3pm
> works for me, or Friday 20th morning.
>
> Rohan
""",
    company="Ashcombe Reade",
    role="Employment Associate",
    interviewers=[
        ("Hugh Pennington-Ward", None, "Partner, Employment"),
        ("Wen Li", None, "Senior Associate"),
    ],
    start="2026-11-19 16:00",
    end="2026-11-19 17:00",
    tz="Europe/London",
    notes="Agency relays the client's second-round panel; the first-round interviewer (Sarah Kemble) is named as not joining and also in the quoted reply; 'Anna from their HR team' only meets him at reception. Company is the client. GMT, 'c. 1 hour'.",
)

add(
    name="inv-w9-nairobi-hospital-reply-arap-chair",
    kind="invitation",
    frm="Karura Hills Hospital HR <recruitment@karurahills.example.co.ke>",
    to="Beatrice Wambui <bwambui.rn@example.co.ke>",
    subject="RE: Shortlisting - Nursing Officer In-Charge, ICU",
    date=(2026, 8, 12, 14, 25, "Africa/Nairobi"),
    in_reply_to="<CAB7d9Ff3k@mail.example.co.ke>",
    body="""
Dear Beatrice,

Thank you for your email. Yes, the SMS you received is from us. You are invited for an oral interview for the position of Nursing Officer In-Charge, ICU on Friday 21st August 2026 at 10.00 a.m. at the Hospital Boardroom, 2nd floor, Administration Block.

The interview panel will be chaired by Dr. Wanjiku Mwangi-Otieno, Director of Nursing Services. Other members are Mr. Kiprop arap Chebet, HR Manager, and Ms. Mary Achieng, Nurse Manager - Critical Care.

Please come with your original academic and professional certificates, Nursing Council of Kenya practising licence, national ID and a copy of your CV. The interview takes 45 minutes.

Regards,

Faith Mutua
HR Assistant
Karura Hills Hospital, Nairobi

From: Beatrice Wambui <bwambui.rn@example.co.ke>
Sent: Tuesday, August 11, 2026 9:12 PM
To: recruitment@karurahills.example.co.ke
Subject: Shortlisting - Nursing Officer In-Charge, ICU

Good evening,

I received an SMS today saying I have been shortlisted for the ICU In-Charge post. Kindly confirm the date and venue. My referees are Dr. Otieno Ouma and Sr. Grace Nduta of Mater Hospital.

Kind regards,
Beatrice Wambui
""",
    company="Karura Hills Hospital",
    role="Nursing Officer In-Charge, ICU",
    interviewers=[
        ("Wanjiku Mwangi-Otieno", None, "Director of Nursing Services"),
        ("Kiprop arap Chebet", None, "HR Manager"),
        ("Mary Achieng", None, "Nurse Manager - Critical Care"),
    ],
    start="2026-08-21 10:00",
    end="2026-08-21 10:45",
    tz="Africa/Nairobi",
    notes="Kenyan hospital reply on top of the candidate's question; the candidate's referees in the quoted mail are not interviewers; Kalenjin particle 'arap'; '10.00 a.m.' with a dot; the HR assistant only writes. EAT +03:00, 45 minutes.",
)

add(
    name="inv-w9-teamtailor-sitges-first-name-only-dst",
    kind="invitation",
    frm="Mirall Hotels <no-reply@teamtailor.com>",
    reply_to="laia.casals@mirallhotels.example.es",
    to=addr("Sergio Domínguez", "sergio.dominguez.fb@example.es"),
    subject=hdr("Entrevista para Director/a de Alimentos y Bebidas – Mirall Hotels"),
    date=(2026, 3, 19, 10, 0, "Europe/Madrid"),
    fmt="alt64",
    body="""
Hola Sergio:

¡Gracias por tu interés en Mirall Hotels! Nos ha encantado tu candidatura para el puesto de Director/a de Alimentos y Bebidas en Mirall Sitges.

Te proponemos una entrevista presencial el martes 31 de marzo a las 10:30 en el hotel (Passeig de la Ribera 48, Sitges). Durará unos 45 minutos.

Te entrevistará Nuria, nuestra Directora General, junto con Xavier Puig i Soler, Director de Operaciones del grupo. Después, si te apetece, podrás ver las cocinas con el equipo.

Por favor, confirma tu asistencia respondiendo a este correo.

Un abrazo,

Laia Casals
People & Culture | Mirall Hotels

Enviado a través de Teamtailor
""",
    company="Mirall Hotels",
    role="Director/a de Alimentos y Bebidas",
    interviewers=[
        ("Nuria", None, "Directora General"),
        ("Xavier Puig i Soler", None, "Director de Operaciones"),
    ],
    start="2026-03-31 10:30",
    end="2026-03-31 11:15",
    tz="Europe/Madrid",
    notes="Teamtailor (Date in UTC). The general manager is named only by her first name, nowhere in full: label 'Nuria'. Catalan particle 'i' in 'Puig i Soler'. Sent in CET, the interview is after the DST change on Mar 29: CEST +02:00. People & Culture signer only schedules.",
)

add(
    name="inv-w9-calendly-recruiter-phone-screen-grocery",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    reply_to="tamika.rhodes-bell@harvestlanemarkets.example.com",
    to="Gregory Osei <gregory.osei@example.com>",
    subject="Confirmed: 30 Minute Phone Screen with Tamika Rhodes-Bell on Wednesday, June 24, 2026",
    date=(2026, 6, 22, 14, 37, "America/Chicago"),
    fmt="alt",
    body="""
Hi Gregory Osei,

Your 30 Minute Phone Screen with Tamika Rhodes-Bell at 10:00am - 10:30am (Central Time - US & Canada) on Wednesday, June 24, 2026 is scheduled.

Event Name: 30 Minute Phone Screen

Location: Tamika will call you at the number you provided.

Invitee phone number: +1 469-555-0143

Questions:
Which role are you interested in?
District Manager - North Texas

Description:
Quick intro call with Tamika Rhodes-Bell, Senior Field Recruiter at Harvest Lane Markets. We'll talk about your multi-unit experience and what you're looking for next.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7d1e5a33-0f2b
Reschedule: https://calendly.com/reschedulings/7d1e5a33-0f2b

Powered by Calendly.com
""",
    ics=ics(
        uid="7d1e5a33-0f2b-4c8e-9b21-a6f0e3d4c111@calendly.com",
        start="2026-06-24 10:00",
        end="2026-06-24 10:30",
        tz="America/Chicago",
        utc=True,
        organizer=("Tamika Rhodes-Bell", "tamika.rhodes-bell@harvestlanemarkets.example.com"),
        attendees=[("Gregory Osei", "gregory.osei@example.com")],
        summary="30 Minute Phone Screen between Tamika Rhodes-Bell and Gregory Osei",
        prodid="-//Calendly//EN",
    ),
    ics_style="attach",
    company="Harvest Lane Markets",
    role="District Manager - North Texas",
    interviewers=[
        (
            "Tamika Rhodes-Bell",
            "tamika.rhodes-bell@harvestlanemarkets.example.com",
            "Senior Field Recruiter",
        )
    ],
    start="2026-06-24 10:00",
    end="2026-06-24 10:30",
    tz="America/Chicago",
    notes="Calendly confirmation (Date in UTC; ICS in UTC); the recruiter runs the phone screen, so she is the interviewer; company and her title only in the event description. CDT -05:00.",
)

add(
    name="inv-w9-bologna-sottoscritta-dallolio",
    kind="invitation",
    frm="Chiara De Santis <c.desantis@zanardimeccanica.example.it>",
    to="Davide Marchetti <davide.marchetti@example.it>",
    subject="Colloquio tecnico - Responsabile Manutenzione",
    date=(2026, 11, 4, 17, 10, "Europe/Rome"),
    fmt="qp",
    body="""
Buonasera Davide,

come anticipato al telefono, le confermo il colloquio tecnico per la posizione di Responsabile Manutenzione presso il nostro stabilimento di Castel Maggiore.

Quando: martedì 10/11 alle ore 9:30 (durata circa un'ora e mezza, inclusa la visita ai reparti)
Dove: Officine Zanardi Meccanica S.r.l., Via Saliceto 60, Castel Maggiore (BO) – parcheggio visitatori all'ingresso B

Il colloquio sarà condotto dall'ing. Gianluca Dall'Olio, Direttore di Stabilimento, e dalla sottoscritta. Le chiederemo di portare qualche esempio concreto di piani di manutenzione preventiva (TPM) che ha introdotto.

Per qualsiasi necessità mi trova al numero sotto.

Cordiali saluti,

Chiara De Santis
HR Business Partner
Officine Zanardi Meccanica S.r.l.
Tel. 051 555 0193
""",
    company="Officine Zanardi Meccanica",
    role="Responsabile Manutenzione",
    interviewers=[
        ("Gianluca Dall'Olio", None, "Direttore di Stabilimento"),
        ("Chiara De Santis", "c.desantis@zanardimeccanica.example.it", "HR Business Partner"),
    ],
    start="2026-11-10 09:30",
    end="2026-11-10 11:00",
    tz="Europe/Rome",
    notes="Italian HR partner writes 'condotto ... dalla sottoscritta' (by the undersigned): the signer is an interviewer. 'ing.' dropped, apostrophe in Dall'Olio. Day-first '10/11' is 10 November; 'circa un'ora e mezza' gives the end. CET.",
)

add(
    name="inv-w9-shannonside-board-secretary-not-panel",
    kind="invitation",
    frm="HR Recruitment <recruitment@shannonside.example.ie>",
    to="Niamh Gallagher <niamh.gallagher.fca@example.ie>",
    subject="Lecturer in Accounting (Ref: SSU-ACC-26-09) - invitation to interview",
    date=(2026, 5, 15, 12, 0, "Europe/Dublin"),
    fmt="alt64",
    body="""
Dear Ms Gallagher,

I am pleased to inform you that you have been shortlisted for interview for the post of Lecturer in Accounting in the Kemmy School of Business.

Date: Thursday, 28 May 2026
Time: 14:20 - 15:05 (including a 10-minute presentation)
Venue: Room KB1-04, Kemmy Building, North Campus

Presentation topic: "Embedding sustainability reporting (CSRD) in the undergraduate accounting curriculum". Please bring your slides on a USB key; no more than 5 slides.

The interview board will be:
Professor Aoife Ní Bhriain, Head of School (Chair)
Dr Seán Ó Conchúir, Senior Lecturer in Accounting
Ms Deirdre Fitzgerald, External Assessor

Mr Conor Walsh, HR Officer, will act as secretary to the board and will not take part in the assessment.

Please confirm your attendance to this office by Wednesday, 20 May.

Yours sincerely,

Conor Walsh
HR Officer, Recruitment
Shannonside University
""",
    company="Shannonside University",
    role="Lecturer in Accounting",
    interviewers=[
        ("Aoife Ní Bhriain", None, "Head of School"),
        ("Seán Ó Conchúir", None, "Senior Lecturer in Accounting"),
        ("Deirdre Fitzgerald", None, "External Assessor"),
    ],
    start="2026-05-28 14:20",
    end="2026-05-28 15:05",
    tz="Europe/Dublin",
    notes="Irish university board with Irish-language particles (Ní, Ó) and fadas; 'Professor'/'Dr'/'Ms' dropped; the HR officer who signs is explicitly secretary only, not an interviewer. Reference number not part of the role; 'confirm by' is the candidate's deadline. IST +01:00.",
)

add(
    name="inv-w9-poznan-rozmowa-pani-pan-polish",
    kind="invitation",
    frm=addr("Marta Jędrzejczak", "m.jedrzejczak@transwisla.example.pl"),
    to=addr("Paweł Zając", "pawel.zajac.log@example.pl"),
    subject=hdr("Zaproszenie na rozmowę kwalifikacyjną – Zastępca Kierownika Magazynu"),
    date=(2026, 11, 4, 9, 30, "Europe/Warsaw"),
    fmt="qp",
    body="""
Dzień dobry Panie Pawle,

dziękujemy za przesłanie aplikacji na stanowisko Zastępca Kierownika Magazynu w naszym centrum dystrybucyjnym w Gądkach. Z przyjemnością zapraszamy Pana na rozmowę kwalifikacyjną.

Termin: czwartek, 12 listopada, godz. 10:00 (ok. 60 minut)
Miejsce: Trans-Wisła Sp. z o.o., ul. Magazynowa 5, 62-023 Gądki, budynek biurowy, I piętro

Rozmowę przeprowadzą: Pani Agnieszka Zielińska-Grabowska (Kierownik Magazynu) oraz Pan Łukasz Wróbel (Dyrektor Operacyjny).

Prosimy o zabranie dokumentu tożsamości – przy wejściu wydamy przepustkę. W razie pytań proszę o kontakt telefoniczny.

Z poważaniem
Marta Jędrzejczak
Specjalista ds. Rekrutacji
Trans-Wisła Sp. z o.o.
tel. 61 555 04 27
""",
    company="Trans-Wisła",
    role="Zastępca Kierownika Magazynu",
    interviewers=[
        ("Agnieszka Zielińska-Grabowska", None, "Kierownik Magazynu"),
        ("Łukasz Wróbel", None, "Dyrektor Operacyjny"),
    ],
    start="2026-11-12 10:00",
    end="2026-11-12 11:00",
    tz="Europe/Warsaw",
    notes="Polish invitation; 'Pani'/'Pan' are honorifics and dropped; hyphenated surname; the recruitment specialist only schedules. Date without a year, resolved against the Date header. CET.",
)

add(
    name="inv-w9-county-clerk-fwd-deb-full-name-in-cc",
    kind="invitation",
    frm="Patricia Okafor-Reyes <pokaforreyes@monongaliacounty.example.gov>",
    to="Shawn Whitlock <shawn.whitlock@example.com>",
    cc="Kowalczyk, Deborah <dkowalczyk@monongaliacounty.example.gov>",
    subject="FW: Court Finance Supervisor - next step",
    date=(2026, 11, 2, 8, 5, "America/New_York"),
    body="""
Shawn,

Glad to hear the first conversation went well from Gloria's side. I'd like to have you in for the second round this Thursday, Nov. 5 at 1:30 pm in my office (Courthouse Annex, Room 210). Plan on about an hour. I'll be joined by Deb from Finance - she would be your dotted-line partner on the budget and fee reconciliation side.

HR's original note is below for the job posting details.

Patricia

Patricia Okafor-Reyes
Chief Deputy Clerk
Office of the Clerk of the Circuit Court, Monongalia County

---------- Forwarded message ---------
From: Gloria Sandoval <gsandoval@monongaliacounty.example.gov>
Date: Tue, Oct 20, 2026 at 3:12 PM
Subject: Court Finance Supervisor - next step
To: Shawn Whitlock <shawn.whitlock@example.com>
Cc: Patricia Okafor-Reyes <pokaforreyes@monongaliacounty.example.gov>

Hi Shawn,

Thank you for applying for Court Finance Supervisor (posting #CL-26-031). I'd like to set up a 20-minute phone screen with me on Monday, Oct. 26 at 10:00 am. The salary range is $58,400 - $66,900 DOE.

Gloria Sandoval
HR Generalist, Monongalia County
""",
    company="Monongalia County",
    role="Court Finance Supervisor",
    interviewers=[
        (
            "Patricia Okafor-Reyes",
            "pokaforreyes@monongaliacounty.example.gov",
            "Chief Deputy Clerk",
        ),
        ("Deborah Kowalczyk", "dkowalczyk@monongaliacounty.example.gov", None),
    ],
    start="2026-11-05 13:30",
    end="2026-11-05 14:30",
    tz="America/New_York",
    notes="The hiring manager writes for round 2 herself ('in my office', 'I'll be joined by'); 'Deb from Finance' is Deborah Kowalczyk, named in full only in the Cc header as 'Kowalczyk, Deborah'. The HR generalist's phone screen is in quoted older mail: not this interview. EST after Nov 1.",
)

add(
    name="inv-w9-greenhouse-riyadh-audit-bint",
    kind="invitation",
    frm="Lina Haddad <no-reply@greenhouse-mail.io>",
    reply_to="lina.haddad@tuwaiqcement.example.sa",
    to="Omar Siddiqui <omar.siddiqui.cia@example.com>",
    subject="Interview Confirmation: Head of Internal Audit at Tuwaiq Cement Company",
    date=(2026, 12, 6, 9, 10, "Asia/Riyadh"),
    fmt="alt",
    body="""
Hi Omar,

Thank you for making time to speak with us. Your interview for the Head of Internal Audit position at Tuwaiq Cement Company is confirmed. Please find the details below, and the calendar invitation attached.

Interview: Panel interview (onsite)
Date: Wednesday, December 9, 2026
Time: 11:00 AM - 12:30 PM Arabia Standard Time
Location: Tuwaiq Cement Company HQ, King Fahd Road, Al Olaya, Riyadh - Tower 2, 14th floor

Interviewer(s):
Abdulrahman Al-Qahtani - Chief Financial Officer
Noura bint Saad Al-Otaibi - Chair, Audit Committee

Please bring your Iqama or passport for building access. If you have any questions, reply to this email.

Best regards,
Lina Haddad
Recruiting Coordinator, Tuwaiq Cement Company
""",
    ics=ics(
        uid="greenhouse-interview-99174332@greenhouse.io",
        start="2026-12-09 11:00",
        end="2026-12-09 12:30",
        tz="Asia/Riyadh",
        utc=True,
        organizer=("Lina Haddad", "lina.haddad@tuwaiqcement.example.sa"),
        attendees=[
            ("Omar Siddiqui", "omar.siddiqui.cia@example.com"),
            ("Abdulrahman Al-Qahtani", "a.alqahtani@tuwaiqcement.example.sa"),
            ("Noura Al-Otaibi", "n.alotaibi@tuwaiqcement.example.sa"),
        ],
        summary="Omar Siddiqui - Head of Internal Audit - Panel Interview",
        prodid="-//Greenhouse Software//Greenhouse Calendar//EN",
        location="Tuwaiq Cement Company HQ, Tower 2, 14th floor",
    ),
    ics_style="google",
    company="Tuwaiq Cement Company",
    role="Head of Internal Audit",
    interviewers=[
        (
            "Abdulrahman Al-Qahtani",
            "a.alqahtani@tuwaiqcement.example.sa",
            "Chief Financial Officer",
        ),
        (
            "Noura bint Saad Al-Otaibi",
            "n.alotaibi@tuwaiqcement.example.sa",
            "Chair, Audit Committee",
        ),
    ],
    start="2026-12-09 11:00",
    end="2026-12-09 12:30",
    tz="Asia/Riyadh",
    notes="Greenhouse confirmation (Date and ICS in UTC) in Riyadh (+03:00, no DST). Interviewer lines 'Name - Title'; the body has the full name with 'bint', the ICS attendee the short form (same email). The recruiting coordinator only schedules.",
)

# ================================================================ other kinds
add(
    name="info-w9-vakcollege-vog-diplomas-besluit",
    kind="info_request",
    frm="W.J. van Oosterhout <wj.vanoosterhout@vakcollegeamstelland.example.nl>",
    to="Fatima el Amrani <fatima.elamrani@example.nl>",
    subject="Sollicitatie docent economie - aanvullende stukken",
    date=(2026, 9, 8, 15, 45, "Europe/Amsterdam"),
    body="""
Beste Fatima,

Nogmaals dank voor het prettige gesprek van vanmiddag, mede namens Ingrid Smulders en Youssef Benali.

Om de procedure af te ronden ontvangen wij graag de volgende stukken:
- kopieën van je diploma's (lerarenopleiding economie en je masterdiploma);
- een recente Verklaring Omtrent het Gedrag (VOG) voor het onderwijs, of het bewijs dat je deze hebt aangevraagd;
- namen en telefoonnummers van twee referenties, waarvan één van je huidige werkgever.

Wil je deze vóór vrijdag 18 september mailen aan onze personeelsadministratie (pa@vakcollegeamstelland.example.nl)?

De sollicitatiecommissie neemt uiterlijk 25 september een besluit; je hoort het in elk geval voor die datum van mij.

Met vriendelijke groet,

Willem-Jan van Oosterhout
Teamleider bovenbouw
Vakcollege Amstelland, Amstelveen
""",
    company="Vakcollege Amstelland",
    role="docent economie",
    decision_by="2026-09-25",
    notes="Dutch school asks for diplomas, a VOG and references (info_request). 'vóór vrijdag 18 september' is the candidate's deadline; 'neemt uiterlijk 25 september een besluit' is the employer's decision date. Today's interviewers are thanked, no interview ahead: no interviewers.",
)

add(
    name="offer-w9-doha-cold-chain-sign-by",
    kind="offer",
    frm="Rayyan Cold Chain HR <hr@rayyancoldchain.example.qa>",
    to="Anil Varghese <anil.varghese.scm@example.com>",
    subject="Offer of Employment - Logistics Manager",
    date=(2026, 11, 15, 11, 20, "Asia/Qatar"),
    fmt="alt",
    body="""
Dear Mr. Anil Varghese,

Further to your interview last week, it was a pleasure for Mr. Hamad Al-Kuwari and me to meet you. We are delighted to offer you the position of Logistics Manager at Rayyan Cold Chain W.L.L., based at our Al Wakrah facility.

The main terms are set out in the attached offer letter:
- Basic salary: QAR 18,500 per month
- Housing allowance: QAR 7,000 per month; transport allowance: QAR 1,500 per month
- Annual air ticket to Kochi for you and your family
- 30 working days annual leave; probation period of 6 months
- Family medical insurance

Kindly sign and return the offer letter by Thursday, 19 November 2026 so that we can start the work visa process. Please also send scanned copies of your passport and attested degree certificate.

We look forward to welcoming you to the team.

Best regards,

Mariam Al-Sulaiti
HR Manager
Rayyan Cold Chain W.L.L., Doha, Qatar
""",
    company="Rayyan Cold Chain",
    role="Logistics Manager",
    notes="Offer from a Qatari employer; the past interviewer (Hamad Al-Kuwari) is only mentioned; 'sign and return by' is the candidate's deadline, not a decision date. No interviewers, no start.",
)

add(
    name="next-w9-flour-mills-within-two-weeks",
    kind="next_steps",
    frm="Adaeze Nwankwo <adaeze.nwankwo@goldensheafmills.example.ng>",
    to="Emeka Obi <emeka.obi.engr@example.com>",
    subject="Re: Plant Maintenance Manager - final interview",
    date=(2026, 6, 12, 15, 0, "Africa/Lagos"),
    in_reply_to="<CAJ2h8QwPm@mail.example.com>",
    body="""
Dear Emeka,

Thank you for your note and for attending the final interview on Wednesday. The panel's recommendation has gone to the Managing Director for approval, and you should hear from us within two weeks.

In the meantime, kindly keep your phone line open; the plant engineer may call you to clarify one or two points from your presentation on the milling line overhaul.

Warm regards,

Adaeze Nwankwo
Head, Human Resources
Golden Sheaf Flour Mills Ltd, Apapa, Lagos

-----Original Message-----
From: Emeka Obi
Sent: Thursday, June 11, 2026 8:41 PM
To: Adaeze Nwankwo
Subject: Plant Maintenance Manager - final interview

Dear Mrs. Nwankwo,

Thank you for the opportunity to meet with you, Engr. Tunde Fashola and Mr. Ibrahim Danjuma yesterday. Please may I know when a decision is likely?

Emeka Obi
""",
    company="Golden Sheaf Flour Mills",
    role="Plant Maintenance Manager",
    decision_by="2026-06-26",
    notes="Nigerian post-interview status: 'you should hear from us within two weeks' from Fri 12 June gives 26 June. Past interviewers only in quoted mail; a possible call from the plant engineer is not an interview. No interviewers, no start.",
)

add(
    name="reject-w9-successfactors-quoted-panel",
    kind="rejection",
    frm="Brandenburg Pharma Logistik Recruiting <noreply@successfactors.example.eu>",
    to="Katrin Albers <katrin.albers@example.de>",
    subject="Your application: Head of Warehouse Quality (GDP)",
    date=(2026, 7, 24, 13, 30, "Europe/Berlin"),
    body="""
Dear Ms Albers,

Thank you very much for your interest in Brandenburg Pharma Logistik and for the time you spent with us during the selection process for the position Head of Warehouse Quality (GDP).

After careful consideration we have decided to move forward with another candidate whose profile matches the requirements of the role more closely. This decision was not an easy one.

We would like to keep your details in our talent pool for future vacancies, if you agree. You can withdraw this consent at any time in your candidate profile.

We wish you all the best for your professional future.

Kind regards
Your Recruiting Team
Brandenburg Pharma Logistik GmbH

----- Earlier message -----
On 09.07.2026 10:14, Jana Friedrichs wrote:
> Dear Ms Katrin Albers,
> we are pleased to invite you to a second interview on 15.07.2026 at 11:00 in Ludwigsfelde
> with Dr. Henrik Solberg (Managing Director) and Birgit Lüdecke-Hahn (Head of QA).
""",
    company="Brandenburg Pharma Logistik",
    role="Head of Warehouse Quality (GDP)",
    notes="SuccessFactors rejection after the second round; interviewers and the past interview are only in the quoted earlier message: no interviewers, no start, no decision date.",
)

# ================================================================ hard negatives (other)
add(
    name="other-w9-tips-newsletter-japan-midcareer",
    frm="CareerBridge Japan <newsletter@careerbridge.example.jp>",
    to="ryo.matsumoto@example.jp",
    subject="[CareerBridge] 5 questions Japanese hiring managers ask mid-career candidates",
    date=(2026, 4, 14, 8, 0, "Asia/Tokyo"),
    fmt="html",
    html="""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<h2>Interview Tips for Mid-Career Professionals</h2>
<p>Dear Matsumoto-san,</p>
<p>This month, our senior consultant <b>Hayashi Kenta</b> shares the five questions he hears most often from hiring managers at Japanese manufacturers:</p>
<ol>
<li>Why are you changing jobs now (転職理由)?</li>
<li>What will you contribute in your first year?</li>
<li>How do you handle disagreement with a senior colleague?</li>
<li>Are you open to a transfer (転勤)?</li>
<li>What are your salary expectations?</li>
</ol>
<p>Join our free online seminar "Mastering the final interview" on Thursday, April 23 at 19:30 JST with Hayashi Kenta and guest speaker Ms. Mori Akane, HR Director at a major automotive supplier.</p>
<p><a href="https://careerbridge.example.jp/seminar/0423">Register now</a></p>
<p style="font-size:11px">You are receiving this newsletter as a registered CareerBridge member. <a href="https://careerbridge.example.jp/unsubscribe">Unsubscribe</a></p>
</body></html>
""",
    notes="Interview-tips newsletter with a seminar time and named speakers (family-name-first). Item 3: newsletters and seminars stay other.",
)

add(
    name="other-w9-mitarbeitergespraech-current-job",
    frm=addr("Jörg Tiedemann", "joerg.tiedemann@stadtwerke-halbach.example.de"),
    to=addr("Sönke Petersen", "soenke.petersen@stadtwerke-halbach.example.de"),
    subject=hdr("Einladung: Jahresgespräch 2026"),
    date=(2026, 11, 12, 16, 2, "Europe/Berlin"),
    fmt="qp",
    body="""
Hallo Sönke,

wie jedes Jahr möchte ich mit dir unser Jahresgespräch führen: Rückblick auf 2026, deine Ziele für 2027 und deine Weiterbildungswünsche (du hattest den Meisterkurs angesprochen).

Vorschlag: Dienstag, 24. November, 14:00 bis 15:00 Uhr, in meinem Büro (Verwaltungsgebäude, Raum 1.12). Frau Hübner aus der Personalabteilung kommt für die letzten 15 Minuten dazu, wegen der Eingruppierung.

Bitte bring den ausgefüllten Vorbereitungsbogen mit.

Viele Grüße
Jörg

Jörg Tiedemann
Abteilungsleiter Netzbetrieb
Stadtwerke Halbach GmbH
""",
    notes="Annual review at the user's current employer, with a time and an HR person joining: a meeting at the user's current job (item 3), not a hiring interview: other.",
)

add(
    name="other-w9-webinar-ics-hospital-administration",
    frm="Healthcare Leaders Forum India <events@hlfindia.example.in>",
    to='"Dr. Kavita Menon" <kavita.menon.ha@example.in>',
    subject="You're registered: Leading hospital operations under the new NABH standards",
    date=(2026, 8, 3, 18, 30, "Asia/Kolkata"),
    body="""
Dear Dr. Kavita Menon,

Thank you for registering. Your seat is confirmed for:

Leading hospital operations under the new NABH standards
Saturday, 8 August 2026, 4:00 PM - 5:30 PM IST (online)

Panelists:
- Dr. Sanjay Bhattacharya, Medical Superintendent
- Ms. Revathi Iyengar, Head of Quality & Accreditation
- Mr. Farhan Qureshi, COO
Moderator: Dr. Neha Kapoor

A calendar invitation is attached. The joining link will be shared one hour before the session. A recording and an e-certificate (2 CME credits) will be sent to all attendees.

Team HLF India
""",
    ics=ics(
        uid="hlf-webinar-20260808@hlfindia.example.in",
        start="2026-08-08 16:00",
        end="2026-08-08 17:30",
        tz="Asia/Kolkata",
        organizer=("HLF India Events", "events@hlfindia.example.in"),
        attendees=[("Kavita Menon", "kavita.menon.ha@example.in")],
        summary="HLF Webinar: Leading hospital operations under the new NABH standards",
        prodid="-//Zoho Corporation//Zoho Backstage//EN",
    ),
    ics_style="attach",
    notes="Professional webinar registration with an ICS REQUEST and named panelists (item 3: webinar invites with ICS stay other).",
)

add(
    name="other-w9-ofsted-staff-interviews-current-school",
    frm="Headteacher <head@brackenfieldprimary.example.sch.uk>",
    to="All Staff <staff@brackenfieldprimary.example.sch.uk>",
    subject="Ofsted - Wednesday's timetable and staff interviews",
    date=(2026, 1, 12, 17, 25, "Europe/London"),
    body="""
Dear all,

As you know, we had the call today: our Ofsted inspection starts on Wednesday 14 January. Thank you all in advance - the school is in a great place and I want them to see what we see every day.

The lead inspector, Mrs Hilary Stanbridge, has asked for these conversations on Wednesday:

09:15  Deep dive - Reading (Miss Khan, English lead)
10:30  Early career teachers (Mr Osei, Ms Lindqvist)
13:30  SENCO (Mrs O'Neill)
14:15  Mathematics subject lead (Mr Hughes) - in the library

Please keep your planning to hand. Tea and cake in the staff room after school on both days.

Thank you,
Claire Whitmore
Headteacher, Brackenfield Primary School
""",
    notes="School inspection at the user's current job: the inspector 'interviews' staff at set times. A meeting at the current job, not a hiring interview: other.",
)

add(
    name="other-w9-mock-interview-career-centre",
    frm="Career Services - Red River Polytechnic <careers@redriverpoly.example.ca>",
    to="Jasmine Fontaine <jfontaine@example.ca>",
    subject=hdr("Confirmed: mock interview appointment with Lise Bélanger"),
    date=(2026, 2, 17, 11, 14, "America/Winnipeg"),
    fmt="alt",
    body="""
Hello Jasmine,

Your appointment is confirmed.

Service: Mock Interview (practice, 45 min)
Advisor: Lise Bélanger, Career Advisor
Date: Tuesday, February 24, 2026
Time: 2:00 PM - 2:45 PM Central
Location: Notre Dame Campus, Room C-212, or by phone

To get the most out of your session, bring the job posting you are preparing for (you mentioned the Payroll Supervisor posting at Prairie Lakes Credit Union) and a copy of your resume.

Need to cancel? Please give us at least 24 hours' notice through the booking portal.

Red River Polytechnic - Career Services
""",
    notes="A practice (mock) interview booked with a college career advisor, mentioning a real posting: not an employer interview, other.",
)

add(
    name="other-w9-research-interview-hospital-procurement-seoul",
    frm="Lee Hyun-woo <hwlee@hanyeong-univ.example.ac.kr>",
    to="Jung Min-ji <minji.jung@seoulstmary.example.kr>",
    subject="Request for a research interview - hospital procurement study",
    date=(2026, 9, 22, 10, 45, "Asia/Seoul"),
    body="""
Dear Ms. Jung Min-ji,

I am a doctoral researcher at the Graduate School of Business, Hanyeong University, working with Professor Yoon Seo-yeon on a study of how tertiary hospitals in Korea manage procurement of medical consumables after the 2025 pricing reform.

Because of your experience as purchasing manager, I would be very grateful for a 40-minute interview at a time convenient for you. For example, Tuesday, October 6 at 3:00 PM at your hospital, or online.

All answers will be anonymised. A consent form and the interview questions are attached. As a thank-you, we will share the final report and a small gift card (50,000 KRW).

Sincerely,

Lee Hyun-woo
Ph.D. Candidate, Graduate School of Business
Hanyeong University, Seoul
""",
    notes="A university researcher asks the user for a research interview about her current work. Like a press or podcast interview (item 3), not a hiring interview: other.",
)
