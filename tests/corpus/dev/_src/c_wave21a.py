# ruff: noqa: E501
# Wave 21, batch A: public-sector and institutional hiring outside the English-speaking world —
# selection boards with honorifics and functions, observers and substitute members who do not
# interview, coordinators who only sign, written tests before the interview, family-name-first
# and non-Latin names; hard negatives in the same languages.
from lib import add, ics, vtz_fixed
from mime import addr, hdr

# ---------------------------------------------------------------- Spanish, Colombia: hospital
add(
    name="inv-w21-es-hospital-comite-observadora",
    kind="invitation",
    frm=addr("Talento Humano - HUSRO", "talentohumano@husro.example.co"),
    to=addr("Camila Andrea Restrepo", "camila.restrepo.enf@example.com"),
    subject=hdr("Citación a prueba escrita y entrevista - Convocatoria 014 de 2026"),
    date=(2026, 5, 6, 16, 42, "America/Bogota"),
    fmt="qp",
    body="""
Bogotá D.C., 6 de mayo de 2026

Señora
CAMILA ANDREA RESTREPO
Ciudad

Asunto: Citación a prueba escrita y entrevista – Convocatoria 014 de 2026, cargo Enfermero(a) Jefe UCI Adultos

Respetada señora Restrepo:

Una vez verificado el cumplimiento de los requisitos mínimos, nos permitimos citarla a la etapa de selección del cargo en referencia en el Hospital Universitario San Rafael de Occidente, de acuerdo con la siguiente programación:

1. Prueba escrita de conocimientos
   Fecha: martes 12 de mayo de 2026
   Hora: 7:30 a.m. (duración 90 minutos)
   Lugar: Auditorio Bloque C, piso 2

2. Entrevista ante el Comité de Selección
   Fecha: martes 12 de mayo de 2026
   Hora: 10:30 a.m. a 11:00 a.m.
   Lugar: Sala de Juntas de la Subdirección Científica

El Comité de Selección está conformado por:
- Dra. Luz Marina Ospina Castaño, Jefe del Departamento de Enfermería (preside)
- Dr. Andrés Felipe Rojas Mejía, Coordinador Médico UCI Adultos
- Ps. Natalia Vélez Arango, Psicóloga de Selección

Asistirá en calidad de observadora, con voz pero sin voto y sin formular preguntas, la Sra. Gloria Inés Patiño, de la Oficina de Control Interno.

Debe presentarse con quince (15) minutos de anticipación, con documento de identidad original y tarjeta profesional. La inasistencia a cualquiera de las dos pruebas se entenderá como desistimiento del proceso.

Cordialmente,

Diana Carolina Suárez Molina
Profesional Universitario – Talento Humano
Hospital Universitario San Rafael de Occidente E.S.E.
PBX (601) 555 0140 ext. 2210
""",
    company="Hospital Universitario San Rafael de Occidente",
    role="Enfermero(a) Jefe UCI Adultos",
    interviewers=[
        ("Luz Marina Ospina Castaño", None, "Jefe del Departamento de Enfermería"),
        ("Andrés Felipe Rojas Mejía", None, "Coordinador Médico UCI Adultos"),
        ("Natalia Vélez Arango", None, "Psicóloga de Selección"),
    ],
    start="2026-05-12 10:30",
    end="2026-05-12 11:00",
    tz="America/Bogota",
    notes="Colombian formal citación: written test at 7:30 comes first, the interview (the labelled event) at 10:30-11:00. Honorifics Dra./Dr./Ps. dropped; the Control Interno observer asks no questions and the HR professional only signs.",
)

# ---------------------------------------------------------------- Portuguese, Brazil: city hall
add(
    name="inv-w21-pt-prefeitura-banca-suplente",
    kind="invitation",
    frm=addr("Secretaria Municipal de Educação", "selecao.sme@aguasclaras.example.gov.br"),
    to="rafael.moura.pedagogo@example.com.br",
    subject=hdr("Processo Seletivo Simplificado nº 03/2026 – Convocação para entrevista"),
    date=(2026, 3, 18, 11, 5, "America/Sao_Paulo"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p align="center"><b>PREFEITURA MUNICIPAL DE ÁGUAS CLARAS DO SUL</b><br>Secretaria Municipal de Educação<br>Processo Seletivo Simplificado nº 03/2026</p>
<p>Prezado candidato <b>RAFAEL MOURA DOS SANTOS</b>,</p>
<p>Em atenção ao item 8.2 do Edital, e tendo Vossa Senhoria sido aprovado na prova objetiva e na análise de títulos, fica CONVOCADO para a etapa de <b>entrevista</b> para a função de <b>Coordenador Pedagógico – Ensino Fundamental II</b>, conforme abaixo:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Data</b></td><td>25/03/2026 (quarta-feira)</td></tr>
<tr><td><b>Horário</b></td><td>14h20 às 14h50</td></tr>
<tr><td><b>Local</b></td><td>Centro de Formação de Professores – Rua Sete de Setembro, 410, sala 3</td></tr>
</table>
<p><b>Banca examinadora</b> (Portaria SME nº 118/2026):</p>
<ul>
<li>Prof.ª Dra. Helena Cristina Bastos – Presidente da banca, Diretora de Ensino</li>
<li>Sr. Rogério Tavares Lima – Secretário Adjunto de Educação</li>
<li>Prof. Márcio Aurélio Figueiredo – Supervisor Escolar</li>
<li>Prof.ª Sandra Regina Pacheco – membro suplente (atua somente na ausência de titular)</li>
</ul>
<p>O candidato deverá comparecer com 30 minutos de antecedência, munido de documento oficial com foto. O não comparecimento implicará eliminação do certame.</p>
<p>Atenciosamente,<br>Comissão Organizadora do Processo Seletivo<br>Secretaria Municipal de Educação – Águas Claras do Sul/RS</p>
</body></html>
""",
    company="Prefeitura Municipal de Águas Claras do Sul",
    role="Coordenador Pedagógico – Ensino Fundamental II",
    interviewers=[
        ("Helena Cristina Bastos", None, "Diretora de Ensino"),
        ("Rogério Tavares Lima", None, "Secretário Adjunto de Educação"),
        ("Márcio Aurélio Figueiredo", None, "Supervisor Escolar"),
    ],
    start="2026-03-25 14:20",
    end="2026-03-25 14:50",
    tz="America/Sao_Paulo",
    notes="HTML-only edital-style convocação. Three titular board members interview; the substitute (suplente) acts only if a titular is absent, so she is not labelled. Brazil has no DST since 2019 (-03:00). Role as written including the level.",
)

# ---------------------------------------------------------------- French, Senegal: ministry
add(
    name="inv-w21-fr-ministere-jury-observateur",
    kind="invitation",
    frm=addr("Direction des Ressources Humaines - MSAS", "drh.recrutement@sante.example.sn"),
    to=addr("Mamadou Lamine Faye", "ml.faye@example.sn"),
    subject=hdr("Convocation à l'entretien – Chargé(e) de suivi-évaluation (projet PASS-2)"),
    date=(2026, 4, 9, 17, 30, "Africa/Dakar"),
    fmt="b64",
    body="""
RÉPUBLIQUE DU SÉNÉGAL
Un Peuple – Un But – Une Foi
Ministère de la Santé et de l'Action sociale
Direction des Ressources humaines

Dakar, le 9 avril 2026

Objet : Convocation à l'entretien de sélection

Monsieur,

Suite aux résultats du test écrit du 2 avril 2026, nous avons l'honneur de vous informer que vous êtes retenu pour l'entretien oral relatif au poste de Chargé(e) de suivi-évaluation (projet PASS-2).

L'entretien se tiendra le jeudi 16 avril 2026 à 10 heures, à la salle de conférence de la DRH (Fann Résidence, rue Aimé Césaire), pour une durée de 45 minutes.

Le jury sera composé comme suit :
 - M. Ousmane Diallo, Directeur de la Planification, de la Recherche et des Statistiques, président ;
 - Mme Aïssatou Ndiaye Sow, Cheffe de la Division de la Gestion du personnel, membre ;
 - Dr Ibrahima Kane, Coordonnateur de l'Unité de gestion du projet PASS-2, membre.

M. Cheikh Tidiane Sarr, représentant du bailleur, assistera à l'entretien en qualité d'observateur.

Vous voudrez bien vous munir de votre carte nationale d'identité et des originaux de vos diplômes.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Pour le Directeur des Ressources humaines et par délégation,
Fatou Bintou Cissé
Chef du Bureau du Recrutement
""",
    company="Ministère de la Santé et de l'Action sociale",
    role="Chargé(e) de suivi-évaluation",
    interviewers=[
        (
            "Ousmane Diallo",
            None,
            "Directeur de la Planification, de la Recherche et des Statistiques",
        ),
        ("Aïssatou Ndiaye Sow", None, "Cheffe de la Division de la Gestion du personnel"),
        ("Ibrahima Kane", None, "Coordonnateur de l'Unité de gestion du projet PASS-2"),
    ],
    start="2026-04-16 10:00",
    end="2026-04-16 10:45",
    tz="Africa/Dakar",
    notes="Formal Senegalese convocation in base64. The written test is already past; the jury of three (M./Mme/Dr dropped) interviews; the donor's observer and the signing recruitment bureau head do not. Role without the project suffix in parentheses.",
)

# ---------------------------------------------------------------- Japanese: hotel, ISO-2022-JP
add(
    name="inv-w21-ja-hotel-mensetsu-iso2022",
    kind="invitation",
    frm=f"{hdr('京都嵐山グランヴィラホテル 人事部', 'iso-2022-jp', 'b')} <saiyo@arashiyama-grandvilla.example.jp>",
    to=f"{hdr('小林 直樹', 'iso-2022-jp', 'b')} <n.kobayashi@example.ne.jp>",
    subject=hdr("【京都嵐山グランヴィラホテル】二次面接のご案内", "iso-2022-jp", "b"),
    date=(2026, 6, 10, 18, 12, "Asia/Tokyo"),
    charset="iso-2022-jp",
    body="""
小林 直樹 様

お世話になっております。
京都嵐山グランヴィラホテル 人事部 採用担当の高橋でございます。

先日は一次面接にお越しいただき、誠にありがとうございました。
厳正なる選考の結果、二次面接にお進みいただくことになりましたので、ご案内申し上げます。

■募集職種：フロントオフィスマネージャー
■日時：2026年6月18日（木）14:00〜15:00
■場所：当ホテル 本館2階 会議室「桂」
■面接官：
　総支配人　佐藤 健一
　宿泊部長　中村 美咲
■持ち物：筆記用具、職務経歴書（一次面接時にご提出済みの場合は不要）

当日は正面玄関ではなく、従業員通用口の守衛室にてお名前をお伝えください。
ご都合が悪い場合は、6月12日（金）までにご連絡くださいますようお願いいたします。

何卒よろしくお願い申し上げます。

――――――――――――――――
京都嵐山グランヴィラホテル
人事部 採用担当　高橋 由美
TEL 075-555-0123
――――――――――――――――
""",
    company="京都嵐山グランヴィラホテル",
    role="フロントオフィスマネージャー",
    interviewers=[
        ("佐藤 健一", None, "総支配人"),
        ("中村 美咲", None, "宿泊部長"),
    ],
    start="2026-06-18 14:00",
    end="2026-06-18 15:00",
    tz="Asia/Tokyo",
    notes="ISO-2022-JP body and B-encoded headers. Interviewers listed 'title + family-name-first name', kept as written; the recruiter Takahashi only schedules. The 6/12 reply deadline is the candidate's.",
)

# ---------------------------------------------------------------- other: Spanish job alert
add(
    name="other-w21-es-alerta-empleos-salud",
    kind="other",
    frm=addr("Empleos Andinos", "alertas@empleosandinos.example.com"),
    to="camila.restrepo.enf@example.com",
    subject=hdr("8 nuevas ofertas: Enfermero(a) Jefe en Bogotá"),
    date=(2026, 5, 7, 6, 0, "America/Bogota"),
    fmt="alt",
    body="""
Hola Camila,

Estas son las ofertas más recientes que coinciden con tu alerta "enfermera jefe UCI – Bogotá":

• Enfermero(a) Jefe UCI Adultos – Hospital Universitario San Rafael de Occidente – Bogotá
  Publicada hace 3 días · Salario a convenir · Entrevista con el comité de selección
• Enfermera Jefe Urgencias – Clínica Los Nogales – Bogotá
  $4.800.000 · Turnos rotativos
• Coordinador(a) de Enfermería – IPS Salud Total Norte – Chía
  Contrato a término indefinido
• Enfermero(a) Jefe Hospitalización – Fundación Clínica del Country – Bogotá
  Entrevistas esta semana
• Enfermera Jefe Cirugía – Clínica Marly – Bogotá

Ver las 8 ofertas: https://www.empleosandinos.example.com/alertas/58213

Consejo de la semana: prepara tu entrevista por competencias con el método STAR.

Recibes este correo porque creaste una alerta en Empleos Andinos. Gestionar alertas | Darse de baja
""",
    notes="Job-alert digest that names the employer and role the user is really in process with, and says 'entrevista'; it is not from the employer and schedules nothing.",
)

# ---------------------------------------------------------------- Turkish: airline MRO, Outlook ICS
_TR_ICS = ics(
    uid="040000008200E00074C5B7101A82E00800000000B0A1C3E2F1D9DC010000000000000000100000007A1F",
    start="2026-09-08 11:00",
    end="2026-09-08 12:00",
    tz="Europe/Istanbul",
    tzid="Turkey Standard Time",
    vtz=vtz_fixed("Turkey Standard Time", "+0300", "TRT"),
    organizer=("Selin Yıldız", "selin.yildiz@anadolukanat.example.com.tr"),
    attendees=[
        ("Burak Demirtaş", "burak.demirtas@example.com"),
        ("Kemal Öztürk", "kemal.ozturk@anadolukanat.example.com.tr"),
        ("Elif Şahin", "elif.sahin@anadolukanat.example.com.tr"),
    ],
    summary="Mülakat - Bakım Planlama Mühendisi - Burak Demirtaş",
    prodid="Microsoft Exchange Server 2016",
    location="Genel Müdürlük, Teknik Hangar Binası, 3. kat Toplantı Odası B",
)
add(
    name="inv-w21-tr-havayolu-mulakat-outlook",
    kind="invitation",
    frm=addr("Selin Yıldız", "selin.yildiz@anadolukanat.example.com.tr"),
    to=addr("Burak Demirtaş", "burak.demirtas@example.com"),
    cc=f"{addr('Kemal Öztürk', 'kemal.ozturk@anadolukanat.example.com.tr')}, {addr('Elif Şahin', 'elif.sahin@anadolukanat.example.com.tr')}",
    subject=hdr("Mülakat Daveti - Bakım Planlama Mühendisi"),
    date=(2026, 9, 1, 15, 47, "Europe/Istanbul"),
    ics=_TR_ICS,
    ics_style="outlook",
    body="""
Sayın Burak Demirtaş,

Anadolu Kanatları Hava Yolları Bakım Planlama Mühendisi pozisyonuna yapmış olduğunuz başvuru için teşekkür ederiz.

Değerlendirme sürecinin bir sonraki aşaması olarak sizi 8 Eylül 2026 Salı günü Yeşilköy'deki Genel Müdürlüğümüzde aşağıdaki programa davet ediyoruz:

09:30 - 10:30  İngilizce yazılı sınav (İK eğitim salonu)
11:00 - 12:00  Yüz yüze mülakat

Mülakat heyeti:
Kemal Öztürk - Teknik Direktör
Elif Şahin - İnsan Kaynakları İş Ortağı

Lütfen nüfus cüzdanınızı ve SHY-66 lisans belgenizin aslını yanınızda getiriniz. Giriş için güvenlik kontrolü yaklaşık 20 dakika sürmektedir.

Saygılarımızla,

Selin Yıldız
İşe Alım Uzmanı | İnsan Kaynakları
Anadolu Kanatları Hava Yolları A.Ş.
""",
    company="Anadolu Kanatları Hava Yolları",
    role="Bakım Planlama Mühendisi",
    interviewers=[
        ("Kemal Öztürk", "kemal.ozturk@anadolukanat.example.com.tr", "Teknik Direktör"),
        ("Elif Şahin", "elif.sahin@anadolukanat.example.com.tr", "İnsan Kaynakları İş Ortağı"),
    ],
    start="2026-09-08 11:00",
    end="2026-09-08 12:00",
    tz="Europe/Istanbul",
    notes="Outlook invite with Windows zone 'Turkey Standard Time' (+03:00). The ICS is the interview, not the 09:30 English test. The recruiter organizes and is not on the panel; the two panelists are attendees with emails.",
)

# ---------------------------------------------------------------- other: Greek press interview
add(
    name="other-w21-el-radio-synenteuxi",
    kind="other",
    frm=addr("Δήμητρα Κωνσταντίνου", "d.konstantinou@radio-aigaio.example.gr"),
    to=addr("Νίκος Αλεξίου", "n.alexiou@example.gr"),
    subject=hdr("Συνέντευξη στην εκπομπή «Πρωινή Ενημέρωση» – Πέμπτη 10:15"),
    date=(2026, 10, 12, 13, 20, "Europe/Athens"),
    fmt="alt",
    body="""
Αγαπητέ κ. Αλεξίου,

Σας ευχαριστούμε θερμά που δεχτήκατε να μιλήσετε στην εκπομπή μας για τη νέα μονάδα εντατικής θεραπείας του Γενικού Νοσοκομείου Χανίων.

Η συνέντευξη θα γίνει ζωντανά την Πέμπτη 15 Οκτωβρίου, στις 10:15, τηλεφωνικά. Θα σας καλέσει η παραγωγός μας λίγα λεπτά νωρίτερα. Η διάρκεια θα είναι περίπου 12 λεπτά και θα σας ρωτήσει ο παρουσιαστής Γιάννης Μαυρίδης.

Αν θέλετε, στείλτε μας δύο-τρία σημεία που θέλετε οπωσδήποτε να αναφερθούν.

Με εκτίμηση,
Δήμητρα Κωνσταντίνου
Παραγωγός – Ράδιο Αιγαίο 98,4
""",
    notes="A press/radio 'συνέντευξη' with a time and a named presenter who asks the questions: not a job interview, so other with no people and no time.",
)

# ---------------------------------------------------------------- Arabic, Jordan: university
add(
    name="inv-w21-ar-jamiaa-lajna-muqabala",
    kind="invitation",
    frm=addr("دائرة الموارد البشرية - جامعة البلقاء الشرقية", "hr.academic@ebu.example.edu.jo"),
    to=addr("م. ليث العمري", "laith.alomari@example.com"),
    subject=hdr("دعوة لمقابلة شخصية - وظيفة أستاذ مساعد في الهندسة المدنية"),
    date=(2026, 6, 3, 12, 40, "Asia/Amman"),
    fmt="alt64",
    body="""
السيد ليث العمري المحترم،

تحية طيبة وبعد،

إشارة إلى طلبكم للتعيين في وظيفة أستاذ مساعد في الهندسة المدنية (تخصص هندسة إنشائية) في كلية الهندسة، يسرّنا دعوتكم لحضور المقابلة الشخصية أمام لجنة التعيين في القسم، وذلك وفق ما يلي:

اليوم والتاريخ: الأحد 14 حزيران 2026
الوقت: الساعة 11:00 صباحاً ولمدة ساعة تقريباً
المكان: مبنى كلية الهندسة، الطابق الثالث، قاعة مجلس الكلية

وتتكون اللجنة من:
١. أ.د. سامر الخطيب – عميد كلية الهندسة (رئيساً)
٢. د. رنا حدّاد – رئيسة قسم الهندسة المدنية (عضواً)
٣. د. يوسف النسور – أستاذ مشارك في الهندسة الإنشائية (عضواً)

يُرجى إعداد عرض تقديمي عن أبحاثكم مدته 15 دقيقة يُقدَّم في بداية المقابلة، وإحضار النسخ الأصلية من الشهادات.

وتفضلوا بقبول فائق الاحترام،

هبة الزعبي
منسقة التعيينات الأكاديمية
دائرة الموارد البشرية – جامعة البلقاء الشرقية
""",
    company="جامعة البلقاء الشرقية",
    role="أستاذ مساعد في الهندسة المدنية",
    interviewers=[
        ("سامر الخطيب", None, "عميد كلية الهندسة"),
        ("رنا حدّاد", None, "رئيسة قسم الهندسة المدنية"),
        ("يوسف النسور", None, "أستاذ مشارك في الهندسة الإنشائية"),
    ],
    start="2026-06-14 11:00",
    end="2026-06-14 12:00",
    tz="Asia/Amman",
    notes="Arabic academic appointment committee; honorifics أ.د. and د. dropped; the HR appointments coordinator signs only. 'ولمدة ساعة تقريباً' gives the end. Jordan is on permanent +03:00.",
)

# ---------------------------------------------------------------- reschedule: Polish logistics, DST
add(
    name="resch-w21-pl-logistyka-zmiana-terminu-cet",
    kind="reschedule",
    frm=addr("Karolina Zielińska", "karolina.zielinska@wislacargo.example.pl"),
    to=addr("Michał Grabowski", "m.grabowski@example.pl"),
    subject=hdr("RE: Zaproszenie na rozmowę kwalifikacyjną – Kierownik Zmiany Magazynu (Poznań)"),
    date=(2026, 10, 21, 9, 14, "Europe/Warsaw"),
    in_reply_to="<a81f2c.0042@wislacargo.example.pl>",
    fmt="qp",
    body="""
Dzień dobry Panie Michale,

bardzo przepraszam za zamieszanie – musimy przełożyć Pana rozmowę zaplanowaną na czwartek 22 października. Pan Piotr Nowak jest niestety na zwolnieniu lekarskim.

Nowy termin: wtorek, 27 października 2026 r., godz. 10:00–11:00, centrum dystrybucyjne Wisła Cargo w Sadach k. Poznania (ul. Magazynowa 12, budynek biurowy, I piętro).

Rozmowę przeprowadzą:
Agnieszka Wróblewska – Kierownik Magazynu
Tomasz Kowalczyk – Dyrektor Operacyjny

(Pan Tomasz zastąpi Pana Piotra, więc część techniczna dotycząca WMS zostanie omówiona z nim.)

Proszę o krótkie potwierdzenie, czy nowy termin Panu odpowiada.

Pozdrawiam serdecznie
Karolina Zielińska
Specjalista ds. Rekrutacji
Wisła Cargo Sp. z o.o.
tel. +48 61 555 02 17

-----Wiadomość oryginalna-----
Od: Karolina Zielińska
Wysłano: środa, 14 października 2026 11:02
Do: Michał Grabowski
Temat: Zaproszenie na rozmowę kwalifikacyjną – Kierownik Zmiany Magazynu (Poznań)

Szanowny Panie,

zapraszamy na rozmowę kwalifikacyjną w czwartek 22 października o godz. 13:00. Rozmowę przeprowadzą Agnieszka Wróblewska (Kierownik Magazynu) oraz Piotr Nowak (Kierownik ds. Systemów WMS).

Pozdrawiam
Karolina Zielińska
""",
    company="Wisła Cargo",
    role="Kierownik Zmiany Magazynu",
    interviewers=[
        ("Agnieszka Wróblewska", None, "Kierownik Magazynu"),
        ("Tomasz Kowalczyk", None, "Dyrektor Operacyjny"),
    ],
    start="2026-10-27 10:00",
    end="2026-10-27 11:00",
    tz="Europe/Warsaw",
    notes="Moved across the 25 Oct DST change: sent in CEST, the new slot is CET (+01:00). Piotr Nowak is the replaced panelist (also in the quoted original) and is not labelled; the recruiter only schedules. Role without '(Poznań)'.",
)

# ---------------------------------------------------------------- other: Hindi scam imitating an airline
add(
    name="other-w21-hi-scam-cabin-crew-fee",
    kind="other",
    frm=addr("SkyBharat Airways HR Department", "skybharat.hrdept.recruit@gmail.example.com"),
    to="priya.verma.94@example.in",
    subject="Congratulations!! Selected for Cabin Crew Interview - SkyBharat Airways",
    date=(2026, 7, 2, 10, 3, "Asia/Kolkata"),
    fmt="alt",
    body="""
Dear Candidate Priya Verma,

बधाई हो! आपका resume हमारी HR team द्वारा shortlist कर लिया गया है।

You are selected for FINAL INTERVIEW for the post of Cabin Crew (Air Hostess) at SkyBharat Airways, Delhi.
Salary: Rs 65,000/- per month + free accommodation + free travel.

Interview Date : 09/07/2026, 11:00 AM
Venue : Hotel Royal Palace, Near IGI Airport, New Delhi
Interview Panel : Capt. R.K. Malhotra (Chief Operations Officer)

इंटरव्यू में शामिल होने से पहले आपको Rs 2,500/- refundable registration fee तथा Rs 8,500/- uniform & training security deposit जमा करना होगा।
Payment UPI ID : skybharat.hr@okbank (Account name: R Sharma)

Payment के बाद screenshot इसी mail पर भेजें, उसके बाद ही आपको Interview Call Letter मिलेगा। यह offer केवल 48 घंटे के लिए valid है।

Regards,
Mrs. Neha Kapoor
HR Manager
SkyBharat Airways Pvt Ltd
""",
    notes="Recruitment scam imitating an airline: free-mail sender, fee to a personal UPI account, 48-hour pressure. Hard negative despite date, time, venue and a 'panel': other.",
)

# ---------------------------------------------------------------- Vietnamese: factory
add(
    name="inv-w21-vi-nhamay-thu-moi-phong-van",
    kind="invitation",
    frm=addr(
        "Phòng Nhân sự - Công ty TNHH Cơ khí Chính xác Sông Bé",
        "tuyendung@songbe-precision.example.vn",
    ),
    to=addr("Phạm Quốc Bảo", "phamquocbao.ck@example.com"),
    subject=hdr("Thư mời phỏng vấn - Vị trí Kỹ sư Bảo trì"),
    date=(2026, 8, 4, 16, 25, "Asia/Ho_Chi_Minh"),
    fmt="alt",
    body="""
Kính gửi Anh Phạm Quốc Bảo,

Công ty TNHH Cơ khí Chính xác Sông Bé trân trọng cảm ơn Anh đã quan tâm và ứng tuyển vào vị trí Kỹ sư Bảo trì tại nhà máy Bình Dương.

Chúng tôi trân trọng mời Anh tham dự vòng kiểm tra và phỏng vấn như sau:

- Thời gian: Thứ Hai, ngày 10/08/2026
  + 8h00 – 9h00: Bài kiểm tra kỹ thuật (đọc bản vẽ, điện – khí nén)
  + 9h30 – 10h30: Phỏng vấn trực tiếp
- Địa điểm: Lô C5, KCN Mỹ Phước 3, TX. Bến Cát, Bình Dương (nhà văn phòng, tầng 2)
- Hội đồng phỏng vấn:
  + Ông Nguyễn Văn Hùng – Giám đốc Nhà máy
  + Bà Trần Thị Mai – Trưởng phòng Nhân sự
  + Ông Đặng Minh Tuấn – Trưởng bộ phận Bảo trì

Anh vui lòng mang theo CCCD, bằng tốt nghiệp (bản sao) và máy tính cầm tay. Vui lòng xác nhận tham dự qua email hoặc số điện thoại bên dưới trước 17h00 ngày 06/08/2026.

Trân trọng,
Lê Thị Thu Hà
Chuyên viên Tuyển dụng
ĐT: 0274 555 0198
""",
    company="Công ty TNHH Cơ khí Chính xác Sông Bé",
    role="Kỹ sư Bảo trì",
    interviewers=[
        ("Nguyễn Văn Hùng", None, "Giám đốc Nhà máy"),
        ("Trần Thị Mai", None, "Trưởng phòng Nhân sự"),
        ("Đặng Minh Tuấn", None, "Trưởng bộ phận Bảo trì"),
    ],
    start="2026-08-10 09:30",
    end="2026-08-10 10:30",
    tz="Asia/Ho_Chi_Minh",
    notes="Vietnamese names family-name first, Ông/Bà dropped. The technical test 8h00-9h00 precedes the labelled 9h30-10h30 interview; the recruitment officer signs only; day-first 10/08/2026. The confirm-by date is the candidate's.",
)

# ---------------------------------------------------------------- other: Thai meeting at current job (ICS)
_TH_ICS = ics(
    uid="7g3kq2m1c9v0s8t6p4r2@google.com",
    start="2026-07-28 14:00",
    end="2026-07-28 15:30",
    tz="Asia/Bangkok",
    organizer=("วรรณา ศรีสวัสดิ์", "wanna.s@riverside-sathorn.example.co.th"),
    attendees=[
        ("ธนพล จันทร์เพ็ญ", "thanaphon.c@riverside-sathorn.example.co.th"),
        ("สมชาย ใจดี", "somchai.j@riverside-sathorn.example.co.th"),
    ],
    summary="ประชุมประจำเดือนฝ่ายแม่บ้าน (Housekeeping Monthly Review)",
    location="ห้องประชุม Orchid ชั้น 5",
)
add(
    name="other-w21-th-prachum-fai-maeban-ics",
    kind="other",
    frm=addr("วรรณา ศรีสวัสดิ์", "wanna.s@riverside-sathorn.example.co.th"),
    to=addr("ธนพล จันทร์เพ็ญ", "thanaphon.c@riverside-sathorn.example.co.th"),
    subject=hdr("เชิญประชุม: ประชุมประจำเดือนฝ่ายแม่บ้าน (Housekeeping Monthly Review)"),
    date=(2026, 7, 21, 9, 30, "Asia/Bangkok"),
    ics=_TH_ICS,
    body="""
เรียน คุณธนพล และคุณสมชาย

ขอเชิญประชุมประจำเดือนฝ่ายแม่บ้าน วันอังคารที่ 28 กรกฎาคม 2569 เวลา 14.00-15.30 น. ห้องประชุม Orchid ชั้น 5

วาระการประชุม
1. สรุปคะแนนความพึงพอใจของแขก (Guest Satisfaction) เดือนมิถุนายน
2. การสัมภาษณ์และรับพนักงานทำความสะอาดห้องพักเพิ่ม 4 ตำแหน่ง
3. ตารางกะช่วง High Season

กรุณาเตรียมข้อมูลอัตรากำลังของแต่ละชั้นมาด้วย

ขอบคุณค่ะ
วรรณา ศรีสวัสดิ์
Executive Housekeeper
Riverside Sathorn Hotel Bangkok
""",
    notes="Internal monthly meeting at the user's current hotel job, with a Google Calendar invite; the agenda even mentions interviewing room attendants (the user hires, not is hired). Other.",
)

# ---------------------------------------------------------------- Korean: university research post
add(
    name="inv-w21-ko-daehak-myeonjeop-annae",
    kind="invitation",
    frm=addr("한빛대학교 교무처", "faculty@hanbit.example.ac.kr"),
    to=addr("이지훈", "jihoon.lee.phd@example.com"),
    subject=hdr("[한빛대학교] 2026학년도 2학기 전임교원 공개채용 면접 안내"),
    date=(2026, 5, 20, 14, 0, "Asia/Seoul"),
    fmt="alt64",
    body="""
이지훈 선생님께

안녕하십니까. 한빛대학교 교무처 교원인사팀입니다.

2026학년도 2학기 전임교원 공개채용 전공심사를 통과하셨음을 알려드리며, 아래와 같이 면접(공개강의 포함)을 실시하오니 참석하여 주시기 바랍니다.

1. 채용분야: 컴퓨터공학과 조교수 (인공지능 분야)
2. 일시: 2026년 5월 29일(금) 15:00 ~ 16:00
   - 15:00 ~ 15:30 공개강의 (주제 자유, 20분 강의 + 질의응답)
   - 15:30 ~ 16:00 학과 면접
3. 장소: 공학관 4층 412호 세미나실
4. 면접위원
   - 김민준 교수 (컴퓨터공학과 학과장)
   - 박서연 교수 (공과대학 학장)
   - 정하늘 부교수 (인공지능융합연구소장)

※ 총장 면접은 학과 면접 합격자에 한하여 추후 별도로 안내드립니다.
※ 신분증을 지참하시고, 강의 자료는 5월 27일(수)까지 회신 메일로 제출하여 주십시오.

문의: 교원인사팀 최윤아 (02-555-0172)

한빛대학교 교무처장
""",
    company="한빛대학교",
    role="컴퓨터공학과 조교수",
    interviewers=[
        ("김민준", None, "컴퓨터공학과 학과장"),
        ("박서연", None, "공과대학 학장"),
        ("정하늘", None, "인공지능융합연구소장"),
    ],
    start="2026-05-29 15:00",
    end="2026-05-29 16:00",
    tz="Asia/Seoul",
    notes="Korean faculty hiring: the open lecture and the department interview form one 15:00-16:00 session before the same committee. 교수/부교수 are titles after the name and not part of it; the later president's interview is not this one; the personnel officer only answers questions.",
)

# ---------------------------------------------------------------- rejection: Italian hospital
add(
    name="rej-w21-it-azienda-ospedaliera-esito",
    kind="rejection",
    frm=addr("Ufficio Concorsi - AO Santa Maria delle Grazie", "concorsi@aosmg.example.it"),
    to=addr("Giulia Ferraresi", "giulia.ferraresi@example.it"),
    subject=hdr("Esito colloquio – Avviso pubblico per Dirigente Medico di Cardiologia"),
    date=(2026, 11, 9, 12, 18, "Europe/Rome"),
    fmt="qp",
    body="""
Gentile Dott.ssa Ferraresi,

con riferimento all'avviso pubblico, per titoli e colloquio, per il conferimento di un incarico a tempo determinato di Dirigente Medico – disciplina di Cardiologia, Le comunichiamo che la Commissione esaminatrice, presieduta dal Direttore della UOC Cardiologia Prof. Lorenzo Bellandi, ha concluso i lavori in data 4 novembre 2026.

Nella graduatoria approvata con deliberazione n. 1187 del 6 novembre 2026, pubblicata all'Albo pretorio online, Ella risulta idonea ma non in posizione utile per il conferimento dell'incarico.

La graduatoria resterà valida per 24 mesi e potrà essere utilizzata per eventuali ulteriori incarichi nella medesima disciplina.

La ringraziamo per la partecipazione e Le porgiamo distinti saluti.

Il Responsabile del Procedimento
Dott. Paolo Cerutti
UOC Gestione Risorse Umane – Ufficio Concorsi
Azienda Ospedaliera Santa Maria delle Grazie
""",
    company="Azienda Ospedaliera Santa Maria delle Grazie",
    role="Dirigente Medico – disciplina di Cardiologia",
    notes="Italian public-competition outcome: 'idonea ma non in posizione utile' means she is not hired (rejection), softened by the list staying valid. The commission chair is from a past interview: no interviewers, no time.",
)

# ---------------------------------------------------------------- Swahili/English NGO, Google ICS in UTC
_SW_ICS = ics(
    uid="1q9v2x7b0n3m5k8j4h6g@google.com",
    start="2026-08-19 10:00",
    end="2026-08-19 11:00",
    tz="Africa/Dar_es_Salaam",
    utc=True,
    organizer=("Rehema Massawe", "rehema.massawe@tumainiafya.example.org"),
    attendees=[
        ("Baraka Mushi", "baraka.mushi@example.co.tz"),
        ("Neema Mwakyusa", "neema.mwakyusa@tumainiafya.example.org"),
        ("Juma Kiprono", "juma.kiprono@tumainiafya.example.org"),
        ("Rehema Massawe", "rehema.massawe@tumainiafya.example.org"),
    ],
    summary="Usaili / Interview: Afisa Ufuatiliaji na Tathmini (M&E Officer) - Baraka Mushi",
    desc="Google Meet: https://meet.google.com/xpt-qmwa-rzh",
)
add(
    name="inv-w21-sw-ngo-mwaliko-usaili-utc",
    kind="invitation",
    frm=addr("Rehema Massawe", "rehema.massawe@tumainiafya.example.org"),
    to=addr("Baraka Mushi", "baraka.mushi@example.co.tz"),
    subject="Mwaliko wa Usaili / Interview Invitation - M&E Officer, Tumaini Afya",
    date=(2026, 8, 12, 14, 50, "Africa/Dar_es_Salaam"),
    ics=_SW_ICS,
    body="""
Ndugu Baraka,

Habari za mchana. Asante kwa maombi yako ya nafasi ya Afisa Ufuatiliaji na Tathmini (M&E Officer) katika shirika la Tumaini Afya Foundation.

Tunafurahi kukujulisha kuwa umechaguliwa kwa hatua ya usaili (interview). Usaili utafanyika kwa njia ya Google Meet siku ya Jumatano, tarehe 19 Agosti 2026, saa 4:00 asubuhi hadi saa 5:00 asubuhi (10:00-11:00 EAT).

Jopo la usaili / Interview panel:
- Bi. Neema Mwakyusa - Mkurugenzi wa Programu (Director of Programs)
- Bw. Juma Kiprono - Meneja wa Fedha na Utawala (Finance & Admin Manager)

Mimi nitajiunga mwanzoni tu kukutambulisha na kushughulikia masuala ya kiufundi; sitashiriki kuuliza maswali.

Tafadhali thibitisha kupokea mwaliko huu kwa kubofya "Yes" kwenye kalenda.

Wako,
Rehema Massawe
Afisa Rasilimali Watu / HR Officer
Tumaini Afya Foundation, Dar es Salaam
""",
    company="Tumaini Afya Foundation",
    role="M&E Officer",
    interviewers=[
        ("Neema Mwakyusa", "neema.mwakyusa@tumainiafya.example.org", "Mkurugenzi wa Programu"),
        ("Juma Kiprono", "juma.kiprono@tumainiafya.example.org", "Meneja wa Fedha na Utawala"),
    ],
    start="2026-08-19 10:00",
    end="2026-08-19 11:00",
    tz="Africa/Dar_es_Salaam",
    notes="Swahili time-of-day: 'saa 4:00 asubuhi' is 10:00 EAT (Swahili hours count from 06:00); the English '10:00-11:00 EAT' and the Google ICS in UTC agree. Bi./Bw. dropped. The HR officer is an ICS attendee but only introduces and says she will not ask questions.",
)

# ---------------------------------------------------------------- other: Chinese, user asked to be an interviewer
add(
    name="other-w21-zh-qing-dan-ren-mianshiguan",
    kind="other",
    frm=addr("王丽娜", "wang.lina@huayu-logistics.example.cn"),
    to=addr("陈志远", "chen.zhiyuan@huayu-logistics.example.cn"),
    subject=hdr("请协助担任面试官：仓储主管岗位 周四下午"),
    date=(2026, 9, 14, 10, 22, "Asia/Shanghai"),
    fmt="alt",
    body="""
志远，你好：

华宇物流苏州分拨中心仓储主管岗位本周进入复试，想请你作为业务面试官参加。

时间：9月17日（周四）14:00-16:00，共三位候选人，每人约40分钟
地点：园区办公楼 3 楼 301 会议室（也可以腾讯会议远程参加）
面试小组：你、运营总监刘建国、我（HR 记录）

候选人简历和面试评分表我稍后发到你的企业微信。评分请在当天 18:00 前提交到北森系统。

如果时间有冲突请尽快告诉我，我再找其他同事。

谢谢！
王丽娜
人力资源部 招聘经理
华宇物流（苏州）有限公司
""",
    notes="The user is asked to sit on the interview panel for other candidates at their current employer: the user interviews others, so other, with no interviewers and no time.",
)

# ---------------------------------------------------------------- next_steps: Mexico airline
add(
    name="next-w21-es-mx-aerolinea-comite-fecha",
    kind="next_steps",
    frm=addr("Mariana Castillo Ibarra", "mariana.castillo@aeropacifico.example.mx"),
    to=addr("Jorge Luis Herrera", "jlherrera.ing@example.com.mx"),
    subject="Seguimiento a su entrevista - Ingeniero de Confiabilidad",
    date=(2026, 7, 13, 17, 5, "America/Mexico_City"),
    fmt="alt",
    body="""
Estimado Ing. Herrera:

Muchas gracias por el tiempo que dedicó el pasado jueves a las entrevistas con el Comité Técnico en nuestras instalaciones del hangar de Guadalajara. Los comentarios de los ingenieros Salvador Mendoza y Patricia Luna fueron muy positivos.

Le comparto el estado del proceso: todavía estamos concluyendo entrevistas con otros dos finalistas esta semana. El Comité de Contratación sesiona el próximo miércoles y nos comprometemos a comunicarle la decisión final a más tardar el viernes 24 de julio.

Si en el inter surge cualquier duda, con gusto la atiendo.

Saludos cordiales,

Lic. Mariana Castillo Ibarra
Business Partner de Talento – Dirección Técnica
Aerolíneas del Pacífico
Tel. +52 33 5555 0184
""",
    company="Aerolíneas del Pacífico",
    role="Ingeniero de Confiabilidad",
    decision_by="2026-07-24",
    notes="Status after the onsite, explicit decision date 'a más tardar el viernes 24 de julio'. The two engineers named are past interviewers, so none are labelled for this message.",
)

# ---------------------------------------------------------------- Greek: hotel, surname-comma list
add(
    name="inv-w21-el-xenodocheio-epitropi",
    kind="invitation",
    frm=addr("Τμήμα Ανθρώπινου Δυναμικού - Aegean Blue Resort", "hr@aegeanblue-resort.example.gr"),
    to=addr("Ελένη Μαρκοπούλου", "eleni.markopoulou@example.gr"),
    subject=hdr("Πρόσκληση σε συνέντευξη – Guest Relations Supervisor"),
    date=(2026, 3, 24, 10, 35, "Europe/Athens"),
    fmt="qp",
    body="""
Αγαπητή κα Μαρκοπούλου,

Σας ευχαριστούμε για το ενδιαφέρον σας για τη θέση Guest Relations Supervisor στο Aegean Blue Resort (Χερσόνησος, Κρήτη) για τη σεζόν 2026.

Θα χαρούμε να σας γνωρίσουμε σε συνέντευξη μέσω Microsoft Teams την Τετάρτη 1 Απριλίου 2026, ώρα 12:00-12:45 (ώρα Ελλάδος). Ο σύνδεσμος θα σας σταλεί την προηγούμενη ημέρα.

Επιτροπή αξιολόγησης:
Παπαδάκης, Γεώργιος – Γενικός Διευθυντής
Νικολάου, Ελένη – Front Office Manager

Παρακαλούμε να έχετε διαθέσιμα πιστοποιητικά γλωσσομάθειας (αγγλικά, γερμανικά), καθώς μέρος της συνέντευξης θα γίνει στα αγγλικά.

Με εκτίμηση,
Σοφία Δημητρίου
HR Coordinator
Aegean Blue Resort
""",
    company="Aegean Blue Resort",
    role="Guest Relations Supervisor",
    interviewers=[
        ("Γεώργιος Παπαδάκης", None, "Γενικός Διευθυντής"),
        ("Ελένη Νικολάου", None, "Front Office Manager"),
    ],
    start="2026-04-01 12:00",
    end="2026-04-01 12:45",
    tz="Europe/Athens",
    notes="Greek 'Surname, Given' list with comma, put in natural order. Sent before the 29 Mar EU DST change, interview after it: EEST +03:00. The HR coordinator signs only.",
)

# ---------------------------------------------------------------- other: Portuguese survey
add(
    name="other-w21-pt-inquerito-experiencia-entrevista",
    kind="other",
    frm=addr("Tejo Logística Recrutamento", "noreply@tejologistica.recruitee.example.com"),
    to="ines.carvalho.log@example.pt",
    subject=hdr("Como correu a sua entrevista na Tejo Logística? (2 minutos)"),
    date=(2026, 6, 22, 9, 0, "Europe/Lisbon"),
    fmt="html",
    html="""<!DOCTYPE html><html><body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td style="padding:24px"><h2 style="margin:0 0 12px">Olá Inês,</h2>
<p>Na semana passada teve uma entrevista connosco para a vaga de Planeador(a) de Transportes. Gostaríamos muito de saber como foi a sua experiência — independentemente do resultado do processo.</p>
<p>O questionário é anónimo e demora cerca de 2 minutos:</p>
<p style="text-align:center"><a href="https://tejologistica.recruitee.example.com/survey/c8f21" style="background:#0a7d5a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Avaliar a entrevista</a></p>
<p>Como avaliaria a clareza das perguntas do painel? A pontualidade? A informação recebida antes da entrevista?</p>
<p>Obrigado,<br>Equipa de Talento · Tejo Logística</p>
<p style="font-size:11px;color:#888">Enviado através do Recruitee. As suas respostas não influenciam a avaliação da sua candidatura.</p>
</td></tr></table></td></tr></table></body></html>
""",
    notes="Recruitee candidate-experience survey after a real interview: item-3 hard negative, other.",
)

# ---------------------------------------------------------------- cancellation: French, Morocco, ICS CANCEL
_MA_ICS = ics(
    uid="f3b8e1d2-6c4a-4b7e-9a10-2e5d7c81a9f4@riadatlas.example.ma",
    start="2026-10-06 15:00",
    end="2026-10-06 15:45",
    tz="Africa/Casablanca",
    tzid="Morocco Standard Time",
    vtz=vtz_fixed("Morocco Standard Time", "+0100", "+01"),
    organizer=("Salma Benjelloun", "s.benjelloun@riadatlas.example.ma"),
    attendees=[("Youssef El Amrani", "youssef.elamrani@example.ma")],
    summary="Entretien - Chef de Réception - Y. El Amrani",
    method="CANCEL",
    seq=1,
    status="CANCELLED",
    prodid="Microsoft Exchange Server 2016",
)
add(
    name="canc-w21-fr-ma-hotel-entretien-annule",
    kind="cancellation",
    frm=addr("Salma Benjelloun", "s.benjelloun@riadatlas.example.ma"),
    to=addr("Youssef El Amrani", "youssef.elamrani@example.ma"),
    subject=hdr("Annulé : Entretien - Chef de Réception - Y. El Amrani"),
    date=(2026, 10, 2, 11, 40, "Africa/Casablanca"),
    ics=_MA_ICS,
    ics_method="CANCEL",
    ics_style="outlook",
    body="""
Bonjour Monsieur El Amrani,

Je suis au regret de vous informer que nous devons annuler l'entretien prévu le mardi 6 octobre à 15h00 pour le poste de Chef de Réception.

Suite à une réorganisation interne, le recrutement pour ce poste est suspendu jusqu'à nouvel ordre. Votre candidature reste dans notre vivier et je ne manquerai pas de revenir vers vous si le poste est rouvert.

Veuillez nous excuser pour ce contretemps.

Bien cordialement,

Salma Benjelloun
Responsable Recrutement
Riad Atlas Hôtels & Spa – Marrakech
""",
    company="Riad Atlas Hôtels & Spa",
    role="Chef de Réception",
    start="2026-10-06 15:00",
    end="2026-10-06 15:45",
    tz="Africa/Casablanca",
    notes="Outlook CANCEL with Windows zone 'Morocco Standard Time' (+01:00 outside Ramadan). The cancelled slot is labelled; nobody will interview, so no interviewers.",
)
