"""Round 9 probes of the kinds: public employers, schools, hospitals, NGOs and hotels
writing in their own languages (Polish, Croatian, Bulgarian, Swahili, Chinese, Japanese,
Spanish, Portuguese, Arabic, Vietnamese, Indonesian, Turkish, Italian, Greek, Romanian,
Ukrainian, French) — invitations, a postponement, a cancellation, a short reply that fixes
the time — and mail in those languages that is no hiring mail. Written from the issue's
definitions and everyday mail, not from any corpus message. Same shape as `probes_kinds.py`.
"""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

# (kind, subject, sender, body): hiring mail.
POSITIVES: list[tuple[str, str, str, str]] = [
    (
        "invitation",
        "Zaproszenie na rozmowę kwalifikacyjną - Specjalista ds. Kadr",
        "Dział HR Miejski Szpital <rekrutacja@szpital-krakow.example>",
        "Szanowna Pani,\n\ndziękujemy za przesłanie aplikacji na stanowisko Specjalista ds. Kadr. Zapraszamy na rozmowę kwalifikacyjną, która odbędzie się we wtorek 10 marca 2026 r. o godz. 10:00 w siedzibie szpitala, ul. Kopernika 15, pok. 204.\n\nRozmowę przeprowadzą: Pani Anna Nowak (Kierownik Działu Kadr) oraz Pan Piotr Kowalski.\n\nZ poważaniem\nMagdalena Wiśniewska\nDział Kadr",
    ),
    (
        "invitation",
        "Poziv na razgovor za posao",
        "Ljudski resursi <hr@grad-zagreb.example>",
        "Poštovani,\n\nzahvaljujemo na prijavi na natječaj za radno mjesto stručnog suradnika. Pozivamo Vas na razgovor (intervju) koji će se održati u utorak, 10. ožujka 2026. u 11:00 sati u prostorijama Gradskog ureda, Trg Stjepana Radića 1.\n\nPovjerenstvo: Ivana Horvat i Marko Kovačević.\n\nS poštovanjem,\nOdjel za ljudske resurse",
    ),
    (
        "invitation",
        "Покана за интервю",
        "Човешки ресурси <hr@sofiabank.example>",
        "Уважаема г-жо Иванова,\n\nБлагодарим Ви за проявения интерес към позицията Финансов анализатор. Каним Ви на интервю във вторник, 10 март 2026 г. от 14:00 ч. в централния ни офис в София.\n\nИнтервюто ще проведат Георги Петров и Мария Димитрова.\n\nС уважение,\nОтдел Човешки ресурси",
    ),
    (
        "invitation",
        "Mwaliko wa usaili - Afisa Ugavi",
        "Idara ya Rasilimali Watu <ajira@kaunti-nakuru.example>",
        "Ndugu Jordan,\n\nTunafurahi kukujulisha kwamba umechaguliwa kwa usaili wa nafasi ya Afisa Ugavi. Usaili utafanyika Jumanne, tarehe 10 Machi 2026, saa 3:00 asubuhi katika ofisi za Kaunti.\n\nJopo la usaili: Bw. John Mwangi na Bi. Grace Achieng.\n\nWako,\nIdara ya Rasilimali Watu",
    ),
    (
        "invitation",
        "面试邀请 - 数据分析师",
        "招聘团队 <hr@huaxin.example>",
        "Jordan 您好，\n\n感谢您应聘我司数据分析师职位。我们诚挚邀请您参加面试，时间为2026年3月10日（周二）下午2:00，地点：上海市浦东新区世纪大道100号15楼。\n\n面试官：王伟（数据部经理）、李娜。\n\n人力资源部",
    ),
    (
        "invitation",
        "面接のご案内",
        "採用担当 <saiyo@sakura-hospital.example>",
        "Jordan様\n\nこの度は看護師職にご応募いただきありがとうございます。面接を下記の通り実施いたします。\n\n日時：2026年3月10日（火）14:00\n場所：本館3階会議室\n面接官：看護部長 山田花子\n\n採用担当",
    ),
    (
        "invitation",
        "Convocatoria a entrevista - Enfermera",
        "Hospital San Rafael <talento@hsanrafael.example>",
        "Estimada Jordan:\n\nReciba un cordial saludo. Su hoja de vida fue seleccionada para el cargo de Enfermera Jefe. Le informamos que la entrevista será el martes 10 de marzo a las 8:00 a. m. en la oficina de Talento Humano, piso 2.\n\nLa entrevistarán la Dra. Carolina Restrepo y el Jefe de Enfermería, Luis Ángel Mejía.\n\nAtentamente,\nTalento Humano",
    ),
    (
        "invitation",
        "Agendamento de entrevista",
        "RH Escola Viva <rh@escolaviva.example>",
        "Olá Jordan,\n\nSeu currículo para a vaga de Professora de Matemática foi selecionado. Agendamos sua entrevista para terça-feira, 10/03, às 14h, na unidade Pinheiros. Você conversará com a coordenadora pedagógica Juliana Alves.\n\nAbraços,\nRH Escola Viva",
    ),
    (
        "invitation",
        "دعوة لإجراء مقابلة عمل",
        "الموارد البشرية <hr@gulfhotel.example>",
        "السيد جوردان المحترم،\n\nيسرنا دعوتكم لإجراء مقابلة شخصية لوظيفة مدير مكتب الاستقبال يوم الثلاثاء 10 مارس 2026 الساعة 11:00 صباحاً في مقر الفندق بدبي.\n\nستجري المقابلة السيدة ليلى حسن مديرة الموارد البشرية.\n\nمع التحية،\nقسم الموارد البشرية",
    ),
    (
        "invitation",
        "Thư mời phỏng vấn",
        "Phòng Nhân sự <tuyendung@vinaedu.example>",
        "Chào bạn Jordan,\n\nCảm ơn bạn đã ứng tuyển vị trí Giáo viên tiếng Anh. Chúng tôi trân trọng mời bạn tham dự buổi phỏng vấn vào lúc 9:00 sáng thứ Ba, ngày 10/03/2026 tại văn phòng trường.\n\nNgười phỏng vấn: Cô Nguyễn Thị Lan.\n\nTrân trọng,\nPhòng Nhân sự",
    ),
    (
        "invitation",
        "Undangan Wawancara",
        "HRD Rumah Sakit Sehat <hrd@rssehat.example>",
        "Yth. Sdr. Jordan,\n\nBerdasarkan hasil seleksi administrasi, Saudara kami undang untuk mengikuti wawancara pada:\nHari/Tanggal: Selasa, 10 Maret 2026\nPukul: 09.00 WIB\nTempat: Ruang Rapat Lt. 3\nPewawancara: dr. Budi Santoso, Sp.PD\n\nHormat kami,\nHRD",
    ),
    (
        "invitation",
        "Mülakat Daveti - Hemşire",
        "İnsan Kaynakları <ik@anadolusaglik.example>",
        "Sayın Jordan,\n\nHemşire pozisyonu için yaptığınız başvuru değerlendirilmiştir. Sizi 10 Mart 2026 Salı günü saat 10:00'da hastanemizde yapılacak mülakata davet ediyoruz.\n\nGörüşmeyi Başhemşire Ayşe Yılmaz yapacaktır.\n\nSaygılarımızla,\nİnsan Kaynakları",
    ),
    (
        "invitation",
        "Invito a colloquio",
        "Ufficio Personale Comune di Bari <personale@comune-bari.example>",
        "Gentile candidata,\n\nLa informiamo che il colloquio per il profilo di Istruttore Amministrativo si terrà martedì 10 marzo 2026 alle ore 9:30 presso la sede comunale. La commissione è composta dal dott. Nicola Lorusso e dalla dott.ssa Maria De Santis.\n\nCordiali saluti",
    ),
    (
        "invitation",
        "Πρόσκληση σε συνέντευξη",
        "Τμήμα Προσωπικού <hr@athensclinic.example>",
        "Αγαπητή κυρία,\n\nΣας προσκαλούμε σε συνέντευξη για τη θέση Νοσηλεύτριας την Τρίτη 10 Μαρτίου 2026 στις 11:00 στα γραφεία μας. Τη συνέντευξη θα πραγματοποιήσει η κα Ελένη Παπαδοπούλου.\n\nΜε εκτίμηση",
    ),
    (
        "invitation",
        "Invitație la interviu",
        "Resurse Umane <hr@spitalcluj.example>",
        "Stimată doamnă,\n\nVă invităm la interviul pentru postul de asistent medical marți, 10 martie 2026, ora 10:00, la sediul spitalului. Comisia: dr. Ioana Pop și as. Mihai Rus.\n\nCu stimă",
    ),
    (
        "invitation",
        "Запрошення на співбесіду",
        "HR <hr@kyivngo.example>",
        "Шановна пані,\n\nЗапрошуємо Вас на співбесіду на посаду координатора проєкту у вівторок, 10 березня 2026 р., о 15:00 (за київським часом) у Zoom. Співбесіду проведуть Олена Коваль та Андрій Шевченко.\n\nЗ повагою",
    ),
    (
        "reschedule",
        "Entrevista - cambio de horario",
        "Ana Torres <ana.torres@hotelmar.example>",
        "Hola Jordan,\n\nTe escribo porque tenemos que cambiar la hora de tu entrevista del jueves: en lugar de las 10:00 será a las 12:00, con el mismo gerente, Pablo Ruiz.\n\nSaludos,\nAna Torres\nRecursos Humanos, Hotel Mar",
    ),
    (
        "reschedule",
        "Adiamento da entrevista",
        "RH Hospital Lusíadas <rh@lusiadas.example>",
        "Cara Jordan,\n\nPor motivos de agenda, a sua entrevista prevista para dia 10 foi adiada para quinta-feira, dia 12 de março, às 15h00, no mesmo local.\n\nCom os melhores cumprimentos,\nRecursos Humanos",
    ),
    (
        "cancellation",
        "Annulation de votre entretien",
        "RH ONG Solidarité <rh@ong-solidarite.example>",
        "Madame,\n\nNous sommes au regret de vous informer que l'entretien prévu le mardi 10 mars à 10h est annulé, le poste de chargée de projet ayant été gelé. Nous reviendrons vers vous si le recrutement reprend.\n\nCordialement",
    ),
    (
        "invitation",
        "Re: entrevista",
        "Mónica Salas <monica.salas@colegiosanjose.example>",
        "Hola Jordan, perfecto, te esperamos el martes a las 10 en la dirección del colegio. Te recibiremos la directora y yo.\n\nMónica",
    ),
    (
        "reschedule",
        "Re: Final round Tuesday",
        "Grace Lin <grace.lin@harborview.example>",
        "Hi Jordan,\n\nA small change for Tuesday: Lisa Wong is traveling, so Ana Ruiz will take her slot at 11:00 AM CT. Everything else stays the same.\n\nBest,\nGrace Lin\nTalent Acquisition",
    ),
]

# (subject, sender, body, calendars): mail in those languages that is not the user's hiring.
NEGATIVES: list[tuple[str, str, str, list[str]]] = [
    (
        "Бюлетин: 10 съвета за интервю",
        "Кариерен център <news@kariera.example.bg>",
        "Здравейте,\n\nВ този брой: 10 съвета как да се представите добре на интервю за работа. Запишете се за нашия безплатен уебинар във вторник, 10 март, от 18:00 ч.\n\nОтписване: https://kariera.example.bg/unsub",
        [],
    ),
    (
        "Mkutano wa kamati - Jumanne",
        "Katibu <katibu@ngo-mazingira.example>",
        "Habari wote,\n\nMkutano wa kamati ya mazingira utafanyika Jumanne, tarehe 10 Machi 2026, saa 10:00 katika ukumbi wa ofisi. Ajenda: bajeti ya robo ya pili.\n\nAsanteni,\nKatibu",
        [],
    ),
    (
        "वार्षिक खेल दिवस - आमंत्रण",
        "Principal Office <office@school.example.in>",
        "आदरणीय अभिभावकगण,\n\nविद्यालय का वार्षिक खेल दिवस 10 मार्च 2026 को प्रातः 9:00 बजे आयोजित किया जाएगा। आप सादर आमंत्रित हैं।\n\nप्रधानाचार्य",
        [],
    ),
    (
        "Zaproszenie na webinar: jak przygotować się do rozmowy kwalifikacyjnej",
        "Akademia Kariery <events@akademia.example.pl>",
        "Dzień dobry,\n\nZapraszamy na bezpłatny webinar we wtorek 10 marca o 18:00: jak przygotować się do rozmowy kwalifikacyjnej. Liczba miejsc ograniczona.\n\nWypisz się z newslettera: https://akademia.example.pl/unsub",
        [],
    ),
]
