"""Hiring mail in the other languages it comes in: the same kinds, said in French, German,
Spanish, Italian, Dutch, Portuguese, Swedish and Chinese (the English, and some of these,
are in cues.py and phrasings.py). Each kind gets the few phrases that say it in any letter of
that kind; weights are those of the English cues. Also the words that show a message is
about a job at all, and the bulk-mail signs (unsubscribe links) in those languages.
"""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re

from ..model import Kind
from .cuetable import Cue, cues, merged

LEXICON: dict[Kind, tuple[Cue, ...]] = {
    Kind.INVITATION: cues(
        (
            r"\b(intervju|träffa dig|uitnodigen voor een (\w+ )?gesprek|sollicitatiegesprek|vi invitiamo|la invitiamo|invitarla a un colloquio|convocation à un entretien|vous convier à un entretien|convidá-lo|convocatoria a entrevista)\b|面试邀请|邀请您参加|面試邀請|參加面試|邀請您參加|敬邀|誠邀|诚邀|面試通知|面试通知|面試委員|面试官|面試官",
            3.0,
        ),
        # a self-scheduling link: "pick a time" ("réserver un créneau", "elige el horario")
        # (one cue a language or two: with fewer alternatives the gate can read their words)
        (
            r"\b((réserver|choisir|sélectionner|réservez|choisissez) (un|le|votre) créneau|prendre rendez-vous)",
            3.5,
        ),
        (r"\b(elige|elegir|selecciona|seleccionar|reserva|reservar) (el|un|tu|su) horario", 3.5),
        (
            r"\b((wählen|buchen) sie\b.{0,60}\btermin|termin (buchen|auswählen|wählen)|kies een (tijdstip|tijdslot))",
            3.5,
        ),
        (
            r"\b((prenotare|prenota|scegliere|scegli) (uno|un) (slot|orario)|(escolha|escolher|reserve|reservar) (o|um) (melhor )?horário)",
            3.5,
        ),
        # "I'd like to schedule a first phone call with you"
        (
            r"\b(planifier|organiser|fixer|convenir d'|prévoir) (un|une) (premier |premiere |première |bref |court )?(appel|entretien|entrevue|échange|rencontre|rendez-vous)",
            2.5,
        ),
        (
            r"\b(agendar|programar|coordinar|organizar|marcar) (una|uma|um) (primera |primeira |breve )?(llamada|videollamada|entrevista|reuni[óo]n|chamada|videochamada|conversa|reunião)",
            2.5,
        ),
        (
            r"\b(ein|einen) (erstes |kurzes |erstes kurzes )?(telefonat|telefoninterview|kennenlerngespräch|gespräch|videocall|termin) (vereinbaren|ausmachen|planen)|\b(inplannen|plannen|afspreken) (van )?(een )?(gesprek|kennismakingsgesprek|telefoongesprek)",
            2.5,
        ),
        (
            r"\b(fissare|organizzare|programmare|pianificare) (un|una) (primo |prima |breve )?(colloquio|chiamata|videochiamata|telefonata|call)",
            2.5,
        ),
    ),
    Kind.RESCHEDULE: cues(
        (
            r"\b(spostare|spostamento|posticipare|anticipare il colloquio|verschieben|verlegen|déplacer|reporter (notre|l'|votre)|décaler|reprogramar|cambiar la (fecha|hora)|remarcar|mover (la|nuestra|tu|su) (entrevista|cita|reuni[oó]n|llamada)|aplazar|trasladar (la|nuestra) (entrevista|cita)|cambio de (hora|fecha)|changement d'horaire|verzetten|verplaatsen|flytta)\b|改期|调整时间|更改時間",
            3.0,
        ),
        (  # "foi adiada para", "reportée au", "rinviato a" (a cue of its own: the gate
            # reads the words of a pattern with fewer alternatives)
            r"\b(adiad[oa] para|adiamento|remarcad[oa] para|reagendad[oa] para|pospuest[oa] para|aplazad[oa] (para|al)|rinviat[oa] a|report[ée]e? (au|à))\b",
            3.0,
        ),
        (  # Japanese and Chinese, in words of three characters or more (for the gate)
            r"日程変更|日程の変更|変更させて|调整至|調整至|调整为|改期至|改期为|更改为|时间调整|時間調整|面试改期|面試改期",
            3.0,
        ),
        # "a new date / time" and "change the interview" (English: cues.RESCHEDULE)
        (
            r"\b(nueva (cita|fecha|hora)|nuevo horario|cambiar (la|nuestra|tu|su) (entrevista|cita|reuni[oó]n|llamada)|nouvelle (date|heure)|nouvel horaire|changer (la date|l'heure|l'horaire|notre entretien|votre entretien)|neue[rn]? (termin|uhrzeit|datum)|termin (ändern|verlegen)|nuova (data|ora)|nuovo orario|cambiare (la data|l'orario|il colloquio)|nova data|novo horário|mudar (a data|o horário|a entrevista)|nieuwe (datum|tijd)|nieuw tijdstip|ny (tid|dag)|nytt datum)\b",
            2.0,
        ),
    ),
    Kind.CANCELLATION: cues(
        (
            r"\b(annullare|annullato|annuler|annulé|cancelar|cancelada|afzeggen|annuleren|geannuleerd|absagen|abgesagt|ställa in|inställd)\b.{0,60}\b(colloquio|entretien|entrevista|gesprek|gespräch|termin|intervju|visite|visita|besuch|bezoek)|取消.{0,10}面试",
            3.5,
        ),
        (  # "leider müssen wir den Termin ... absagen"; a calendar's "Abgesagt: Vorstellungsgespräch"
            r"\b(müssen|muss|mussten|musste) (wir|ich)\b.{0,120}?\b(absagen|stornieren)\b|(?m:^)(abgesagt|annulé|cancelado|cancelada|geannuleerd|annullato|inställt|odwołane)\s*:",
            3.5,
        ),
        (  # the noun ("Annullamento colloquio"), and the interview first: "il colloquio
            # previsto per giovedì ... è annullato"
            r"\b(annullamento|annulation|cancelación|cancelamento|absage|afzegging|annulering|inställt)\b.{0,30}\b(del |della |de l'|de la |des |do |da |van het |van de |des |of )?(colloquio|entretien|entrevista|gesprek|gespräch|vorstellungsgespräch|termins?|intervju)|\b(colloquio|entretien|entrevista|gesprek|gespräch|vorstellungsgespräch|intervju)\b.{0,200}?\b(è|é|est|ist|wird|wurde|is|fue|foi|ha sido|a été|è stato) (stato |été |sido |werd )?(annullato|annullata|annulé|annulée|cancelad[oa]|abgesagt|geannuleerd|afgezegd|inställd)\b",
            3.5,
        ),
    ),
    Kind.REJECTION: cues(
        (
            r"\b(helaas|purtroppo|malheureusement|lamentablemente|infelizmente|tyvärr|leider)\b",
            1.0,
        ),
        (
            r"\b(niet verder (gaan|met)|gekozen voor een (andere )?kandida\w*|proseguire con (un )?altr[oia]|altro candidato|altri candidati|non (è|e) stat[oa] selezionat[oaie]|esito negativo|ne pas donner suite|pas été retenue?|un autre candidat|otro candidato|no ha(s)? sido seleccionad[oa]|no seguir(emos)? adelante|não seguiremos|outro candidato|annan kandidat|gått vidare med|für eine(n)? andere\w*)\b|很遗憾|很遺憾|未能进入|未能進入|遗憾地通知|不予录用|婉拒",
            3.5,
        ),
        # (their own cue: the gate reads the words of a pattern with fewer alternatives)
        (
            r"\b(non in posizione utile|non (è|e) risultat[oa] vincit\w*|non (ha|abbia) superato|não foi (considerad[oa] )?(aprovad|classificad|selecionad)\w*|no (fue|ha sido|resultó|resulto) (seleccionad|elegid|aprobad)\w*)\b",
            3.5,
        ),
    ),
    Kind.OFFER: cues(
        (  # "ofrecerte el puesto", "vous proposer le poste", "Ihnen die Stelle anbieten"
            r"\b((ofrecer|ofrecerte|ofrecerle|offrirti|offrirle|oferecer|oferecer-lhe|vous proposer|te proponer|aanbieden) (el |le |il |la |o |a |de |het )?(puesto|poste|posizione|ruolo|cargo|vaga|functie|baan)|(die )?(stelle|position) (als \w+ )?anbieten|carta (de )?oferta|lettera di offerta|lettre d'offre)\b",
            3.5,
        ),
        (
            r"\b(promesse d'embauche|proposition d'embauche|offre d'emploi|vertragsangebot|arbeitsvertrag|oferta (de trabajo|laboral|formal)|proposta di assunzione|offerta di lavoro|arbeidsovereenkomst|contractvoorstel|aanbod|anställningserbjudande|proposta de emprego)\b|录用通知|錄取通知|录用意向|內定|内定",
            3.5,
        ),
    ),
    Kind.NEXT_STEPS: cues(
        (  # "... et reviendrons vers vous", "ainda estamos conversando com outros candidatos"
            r"\b(reviendr(ons|ai) vers vous|(rencontrons|voyons|recevons) encore (\w+ ){0,2}candidat\w*|ainda estamos (conversando|entrevistando|avaliando)|(dar|daremos|damos) (um )?retorno|entraremos em contato|(te|le) daremos (una )?respuesta|nos pondremos en contacto)\b",
            2.5,
        ),
        (
            r"\b((tomar|tomaremos|tomará|prendre|prendrons|prendere|prenderemo|tomar|tomaremos) (una|une|uma) (decisi[oó]n|décision|decisione|decisão)|seguimos entrevistando|(eine|die) entscheidung (treffen|fällen)|nous reviendrons vers vous|prochaines étapes|(werden|geben) ihnen\b.{0,40}\brückmeldung|melden uns|nächsten schritte|weitere gespräche|tomará una decisión|(te|le) (la )?comunicaremos|próximos pasos|gracias por participar|le faremo sapere|prossimi passi|vi aggiorneremo|laten (we|wij) (je|u) weten|volgende stap|hör(a|er) av oss|återkommer)\b|通知您结果|下一步|結果通知您",
            2.5,
        ),
        (
            r"\b(comunic\w*|informarle|informarte|darle|darte|communiqu\w*|comunicar-lhe) (la |nuestra |notre |sa |su |la nostra |a |nossa |sua |l')?(decisi[oó]n|décision|decisione|decisão|esito|résultat|resultados?|risultato)\b",
            2.5,
        ),
        (
            r"\b((estamos|seguimos) (concluyendo|terminando|finalizando|realizando) (las )?entrevistas|(otros|otras|d'autres|altri|outros) (\w+ )?(candidatos|candidatas|finalistas|candidats|finalistes|candidati|finalisti))\b",
            2.5,
        ),
    ),
    Kind.INFO_REQUEST: cues(
        (
            r"\b(pedimos que nos envie|(envie|envia)-nos|os seguintes documentos|solicitamos o envio|los siguientes documentos|(te|le) pedimos que nos (envíes|envíe|hagas llegar|haga llegar)|benötigen wir|folgende unterlagen|senden sie uns|merci de nous (faire parvenir|transmettre|envoyer)|pièces justificatives|documents suivants|necesitamos (que nos envíes|los siguientes|la siguiente)|envíanos|documentación|inviarci|i seguenti documenti|stuur (ons|je)|de volgende documenten|skicka (oss|in))\b|请提供|請提供|補件|提供以下",
            3.0,
        ),
        (  # "ontvangen wij graag de volgende stukken", "zwei Referenzen", "deux références"
            r"\b(ontvangen (wij|we) graag|graag ontvangen|de volgende (stukken|gegevens)|onderstaande (stukken|documenten)|aanvullende stukken|(twee|drie) referenties|(zwei|drei) referenzen|(deux|trois) références|(dos|tres) referencias|(duas|três) referências|(due|tre) referenze|(två|tre) referenser)\b",
            3.0,
        ),
    ),
    Kind.APPLICATION_ACK: cues(
        (  # also said in invitations and rejections, which have stronger words of their own
            r"\b(grazie per (la (sua|tua)|aver inviato la) candidatura|gracias por (tu|su) candidatura|merci d'avoir postulé|bedankt voor je sollicitatie)\b",
            2.0,
        ),
        (
            r"\b(accusons (bonne )?réception|bien reçu votre candidature|eingang ihrer bewerbung|eingangsbestätigung|(ist|sind) bei uns eingegangen|hemos recibido|abbiamo ricevuto la (sua|tua) candidatura|ontvangst van (je|uw) sollicitatie|bedankt voor (je|uw) sollicitatie|tack för din ansökan|vi har tagit emot)\b|已收到|收到您的|感谢您应聘|感謝您應徵|ご応募いただき|受け付けました",
            3.0,
        ),
    ),
}

# Polish, in the words any Polish letter of each kind uses.
POLISH: dict[Kind, tuple[Cue, ...]] = {
    Kind.INVITATION: cues(
        (
            r"\b(zaprasza(my|m) (pana|panią|cię|państwa) na (rozmowę|spotkanie)|zaproszenie na (rozmowę|spotkanie)|rozmow[aęy] (rekrutacyjn|kwalifikacyjn)\w*)",
            3.0,
        ),
    ),
    Kind.RESCHEDULE: cues(
        (r"\b(zmian[aęy] terminu|nowy termin|przełoż\w+|przesun\w+ (rozmow|spotkani)\w*)", 3.0),
    ),
    Kind.CANCELLATION: cues(
        (r"\b(odwoła\w*|anulowa\w*)\b.{0,60}\b(rozmow\w*|spotkani\w*)", 3.5),
    ),
    Kind.REJECTION: cues(
        (r"\bniestety\b", 1.0),
        (
            r"\b(inn(ego|ej|ych|ym|ą) kandydat\w*|nie zosta\w+ (\w+ )?zakwalifikowan\w*|nie będziemy kontynuować|zdecydowaliśmy się na (inn|kandydat))",
            3.5,
        ),
    ),
    Kind.OFFER: cues(
        (r"\b(ofert[aęy] (pracy|zatrudnienia)|propozycj[aęi] zatrudnienia|umow[aęy] o pracę)", 3.5),
    ),
    Kind.NEXT_STEPS: cues(
        (
            r"\b(kolejn(e|ych) krok\w*|poinformujemy (pana|panią|cię|państwa)? ?o decyzji|"
            r"decyzj\w* (przekażemy|przekaże|podejmiemy)|przekażemy (decyzję|informację))",
            2.5,
        ),
    ),
    Kind.INFO_REQUEST: cues(
        (
            r"\b(prosimy o (przesłanie|dostarczenie)|następujące dokumenty|dane kontaktowe referencyjne)",
            3.0,
        ),
    ),
    Kind.APPLICATION_ACK: cues(
        (
            r"\b(dziękujemy za (przesłanie|złożenie) (aplikacji|zgłoszenia|cv)|otrzymaliśmy (\w+ )?(aplikację|zgłoszenie))",
            3.0,
        ),
    ),
}
LEXICON = merged(LEXICON, POLISH)

# The message is about the user's own candidacy, in these languages.
CANDIDACY = re.compile(
    r"(?i)\b(colloquio|selezione|posizione|candidatura|sollicitatie|functie|vacature|tjänst(en)?|"
    r"ansökan|intervju|rekrytering|poste|entretien|puesto|proceso de selección|stelle|bewerbung|"
    r"hire|hiring|take-?home|vorstellungsgespr\w*|bewerbungsgespr\w*|sollicitatiegesprek|"
    r"entrevista|entretien|colloquio|kennenlern\w*|sollicitatie|werving|stanowisk\w*|rekrutac\w*|"
    r"contrataci[oó]n|vaga|empleo|emprego|recrutamento|reclutamiento|selecci[oó]n|sele[çc][ãa]o|"
    r"para el cargo|natje[čc]aj\w*|curr[ií]culo|currículum|(?<=il )curriculum|"
    r"curriculum vitae|hoja de vida|lebenslauf)\b|职位|岗位|面试|面試|應徵|应聘|职缺|職缺|履歷|简历"
)

# Mailing lists in these languages: the unsubscribe link, the "tip of the week", a listicle.
VETOES = cues(
    (
        r"\b(abmelden|abbestellen|darse de baja|cancelar (la )?suscripción|désabonner|désinscri(re|ption)|afmelden|uitschrijven|avregistrera|annulla iscrizione|disiscriviti|descadastrar)\b|配信停止|退订|取消订阅",
        2.5,
    ),
    (
        r"\b(tipp der woche|consejo de la semana|astuce de la semaine|webinar gratuito|webinaire|suchauftrag|alerta de empleo|alerte emploi|neue jobs für sie|nuevas ofertas|offres pour vous|jobbagent\w*|jobagent\w*|jobbvarsl\w*|jobbevakning\w*|(nye|nya) (stillinger|jobb|jobs|tjänster)|vacaturemelding\w*|vacature-?alert\w*|työpaikkavahti\w*)\b",
        4.0,
    ),
    (
        r"^\W*\d{1,2} (errores|tips|mistakes|ways|questions|things|reasons|consejos|fehler|tipps|conseils|erreurs|signs|secrets)\b",
        3.5,
    ),
    (
        r"\b(journaliste|periodista|journalistin|rédaction|redaktion|notre dossier|nuestro reportaje|reportage|interview pour (le|la|notre))\b",
        4.5,
    ),
    (r"\b(journalist|reporter|correspondent)\b", 3.0),
    (  # a practice interview with a careers service, not an employer's
        r"\b(simulaci[oó]n de (una )?entrevista|entrevistas? simuladas?|simulacro de entrevista|simulação de entrevista|simulation d'entretien|entretiens? (blancs?|simulés?)|probe-?(vorstellungs|bewerbungs)gespräch\w*|bewerbungstraining|simulazione di (un )?colloquio|colloqui? simulat[oi]|proefsollicitatie|oefengesprek)\b",
        4.5,
    ),
    (  # an unemployment office's summons: the user is the benefit's claimant, not a candidate
        r"\b(meldetermin|bürgergeld|arbeitslosengeld|sgb (ii|iii)|eingliederungsvereinbarung|universal credit|jobseeker's allowance|unemployment (benefits?|insurance claim)|france travail|pôle emploi|prestación por desempleo|subsidio de desempleo|werkloosheidsuitkering|arbetslöshetsersättning)\b",
        4.0,
    ),
    # an event the user signed up for, one of many: a workshop, a seminar, a fair (not the
    # seminar room an interview is held in: "Seminar Room 2", "salle de séminaire")
    (
        r"(?<!salle de )(?<!sala de )\b(atelier|séminaire|salon de l'emploi|taller|seminario|charla|feria de empleo|seminar|vortrag|karrieremesse|jobmesse|workshop|evento)\b(?! ?(room|raum|saal|sala|suite)\b)",
        2.5,
    ),
    (
        r"\b(votre inscription|inscription (est )?confirmée|places limitées|tu inscripción|su inscripción|plazas limitadas|ihre anmeldung|anmeldung (ist )?bestätigt|la tua iscrizione|posti limitati|sua inscrição|vagas limitadas)\b",
        2.5,
    ),
)

JOB_LINE = re.compile(
    r"^\s*(?:[-*•·●▪◦]|\d+[.)])\s+.{3,120}(?:\((?:m/w/d|w/m/d|m/f/d|h/f|f/h|m/f|f/m|m/v)\)|"
    r"\s[–—|-]\s.+\s[–—|-]\s)",
    re.MULTILINE | re.IGNORECASE,
)


def digest_veto(text: str) -> float:
    """Three or more list lines that each read as a job posting ("• Title (m/w/d) – Company
    – City"): a job-alert digest, whatever its words say."""
    return 4.5 if len(JOB_LINE.findall(text)) >= 3 else 0.0
