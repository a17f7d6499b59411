"""Round 7: the other kinds in the languages lexicon.py covers, as everyday letters say
them — rejections ("non è stata selezionata", "gekozen voor een andere kandidaat", "z innym
kandydatem"), offers ("ofrecerte el puesto", "carta oferta"), status updates after an
interview ("reviendrons vers vous", "ainda estamos conversando com outros candidatos"),
documents asked for ("pedimos que nos envie os seguintes documentos"). Word stems matched
whole ("selezionat" in "selezionata"), not cut at a word boundary that is not there."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"

LETTERS = [
    (
        "rejection",
        "Votre candidature - Analyste",
        "RH Lumière <rh@lumiere.example.fr>",
        "Bonjour Jordan,\n\nNous vous remercions pour l'intérêt que vous portez à notre société. Après examen attentif de votre candidature, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nLe service RH",
    ),
    (
        "rejection",
        "Ihre Bewerbung als Data Analyst",
        "Personal Nordwerk <jobs@nordwerk.example.de>",
        "Sehr geehrter Herr Avery,\n\nvielen Dank für Ihr Interesse und das angenehme Gespräch. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "rejection",
        "Proceso de selección - Analista",
        "Talento <talento@andes.example.cl>",
        "Hola Jordan,\n\nGracias por participar en nuestro proceso de selección. Lamentablemente, en esta ocasión hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos.\n\nTe deseamos mucho éxito.\n\nEquipo de Talento",
    ),
    (
        "rejection",
        "Candidatura - Analista de Dados",
        "RH Vale <rh@vale.example.br>",
        "Olá Jordan,\n\nAgradecemos sua participação no processo seletivo. Infelizmente, optamos por seguir com outro candidato neste momento.\n\nDesejamos sucesso!\n\nEquipe de RH",
    ),
    (
        "rejection",
        "Candidatura - Analista",
        "HR Ferranti <hr@ferranti.example.it>",
        "Gentile Jordan,\n\nla ringraziamo per l'interesse dimostrato. Purtroppo la sua candidatura non è stata selezionata per le fasi successive.\n\nCordiali saluti,\nUfficio HR",
    ),
    (
        "rejection",
        "Je sollicitatie",
        "HR Van Dijk <hr@vandijk.example.nl>",
        "Beste Jordan,\n\nBedankt voor je sollicitatie en het prettige gesprek. Helaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat.\n\nVeel succes!\nHR",
    ),
    (
        "offer",
        "Angebot - Data Analyst",
        "Personal Nordwerk <jobs@nordwerk.example.de>",
        "Sehr geehrter Herr Avery,\n\nwir freuen uns, Ihnen die Position als Data Analyst anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag mit einem Jahresgehalt von 62.000 EUR und Starttermin 1. April.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "offer",
        "Proposition d'embauche",
        "RH Lumière <rh@lumiere.example.fr>",
        "Bonjour Jordan,\n\nNous avons le plaisir de vous proposer le poste d'analyste de données. Vous trouverez ci-joint notre promesse d'embauche, avec une rémunération annuelle de 48 000 € brut et une prise de poste le 1er avril.\n\nLe service RH",
    ),
    (
        "offer",
        "Oferta - Analista",
        "Talento <talento@andes.example.cl>",
        "Hola Jordan,\n\n¡Nos alegra mucho ofrecerte el puesto de Analista de Datos! Adjuntamos la carta oferta con un sueldo bruto mensual de 2.500.000 CLP y fecha de inicio el 1 de abril.\n\nEquipo de Talento",
    ),
    (
        "next_steps",
        "Suivi de votre entretien",
        "RH Lumière <rh@lumiere.example.fr>",
        "Bonjour Jordan,\n\nMerci encore pour votre entretien de mardi. Nous rencontrons encore deux candidats cette semaine et reviendrons vers vous d'ici le vendredi 13 mars.\n\nLe service RH",
    ),
    (
        "next_steps",
        "Stand Ihrer Bewerbung",
        "Personal Nordwerk <jobs@nordwerk.example.de>",
        "Sehr geehrter Herr Avery,\n\nvielen Dank für das Gespräch am Dienstag. Wir führen derzeit noch weitere Gespräche und melden uns bis Ende nächster Woche bei Ihnen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "next_steps",
        "Atualização do processo",
        "RH Vale <rh@vale.example.br>",
        "Olá Jordan,\n\nObrigada pela entrevista de ontem! Ainda estamos conversando com outros candidatos e devemos dar um retorno até sexta-feira, 13 de março.\n\nEquipe de RH",
    ),
    (
        "application_ack",
        "Candidature reçue",
        "RH Lumière <rh@lumiere.example.fr>",
        "Bonjour Jordan,\n\nNous accusons bonne réception de votre candidature au poste d'analyste de données. Notre équipe l'étudiera avec attention et reviendra vers vous si votre profil correspond.\n\nLe service RH",
    ),
    (
        "application_ack",
        "Eingangsbestätigung",
        "Personal Nordwerk <jobs@nordwerk.example.de>",
        "Sehr geehrter Herr Avery,\n\nvielen Dank für Ihre Bewerbung als Data Analyst. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir melden uns in den nächsten zwei Wochen.\n\nPersonalabteilung",
    ),
    (
        "info_request",
        "Documentos - Analista",
        "RH Vale <rh@vale.example.br>",
        "Olá Jordan,\n\nPara darmos continuidade ao processo, pedimos que nos envie os seguintes documentos até sexta-feira: cópia do RG, CPF e comprovante de residência.\n\nEquipe de RH",
    ),
    (
        "info_request",
        "Referenze",
        "HR Ferranti <hr@ferranti.example.it>",
        "Gentile Jordan,\n\nper procedere, potrebbe inviarci i contatti di due referenze e una copia del suo titolo di studio?\n\nCordiali saluti,\nUfficio HR",
    ),
    (
        "cancellation",
        "Entretien annulé",
        "RH Lumière <rh@lumiere.example.fr>",
        "Bonjour Jordan,\n\nNous sommes contraints d'annuler votre entretien prévu le mardi 10 mars, le poste ayant été gelé. Nous vous recontacterons si la situation évolue.\n\nLe service RH",
    ),
    (
        "reschedule",
        "Verschiebung Ihres Termins",
        "Personal Nordwerk <jobs@nordwerk.example.de>",
        "Sehr geehrter Herr Avery,\n\nleider müssen wir unser Gespräch verschieben. Neuer Termin: Donnerstag, 12. März, 14:00 Uhr.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "reschedule",
        "Cambio de horario",
        "Talento <talento@andes.example.cl>",
        "Hola Jordan,\n\nTe escribo para mover tu entrevista del martes al jueves 12 de marzo a las 10:00, por un imprevisto del gerente.\n\nSaludos,\nEquipo de Talento",
    ),
    (
        "rejection",
        "選考結果のご連絡",
        "採用担当 <saiyo@hoshizora.example.jp>",
        "Jordan Avery 様\n\nこの度は弊社求人にご応募いただき、誠にありがとうございました。慎重に選考を重ねました結果、誠に残念ながら今回はご期待に添えない結果となりました。\n\n株式会社ほしぞら 採用担当",
    ),
    (
        "rejection",
        "Twoja aplikacja",
        "HR Wisła <rekrutacja@wisla.example.pl>",
        "Dzień dobry,\n\ndziękujemy za udział w procesie rekrutacji. Niestety zdecydowaliśmy się kontynuować proces z innym kandydatem.\n\nPozdrawiamy,\nDział HR",
    ),
]


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body"), LETTERS, ids=[x[1] for x in LETTERS]
)
def test_letter_keeps_its_kind(
    understander: Understander, kind: str, subject: str, sender: str, body: str
) -> None:
    facts = understander.facts(email(body, subject=subject, sender=sender, to=TO, date=SENT))
    assert facts.kind.value == kind
