/**
 * The processing activities (verwerkingsactiviteiten) of the register of processing (AVG art. 30).
 * Every audit record names one of these ids; later modules add theirs.
 */
export const PROCESSING_ACTIVITIES = {
  'accounts.authenticate': 'Inloggen en sessies van medewerkers',
  'accounts.manage': 'Beheer van gebruikersaccounts',
  'audit.search': 'Inzage in het verwerkingenlogboek',
  'audit.export': 'Export van het verwerkingenlogboek als CSV voor een inzageverzoek of audit',
  'signals.intake': 'Ontvangen van meldingen openbare ruimte en veiligheid met contactgegevens van de melder',
  'signals.contact': 'Inzage in en gebruik van contactgegevens van melders',
  'signals.notify': 'Berichten aan melders en abonnees over de voortgang van meldingen',
  'signals.subscribe': 'Beheer van e-mailabonnementen op meldingen en buurten',
  'signals.retention': 'Verwijderen van contactgegevens van melders na de bewaartermijn',
  'mail.retention': 'Verwijderen van berichten uit de uitgaande post (mail_outbox) na de bewaartermijn',
  'signals.read': 'Inzage in meldingen (omschrijving, plaats, foto’s) door medewerkers en partners: melding, werkvoorraad',
  'signals.export': 'Export van meldingen als CSV (omschrijving, adres, exacte coördinaten)',
  'signals.partner':
    'Behandeling van doorgestuurde meldingen door partners: status, berichten aan de gemeente, teruggeven aan de gemeente; vroegsignalen van partners doorgeven',
  'signals.track': 'Inzage door de melder in de eigen melding en foto’s met de persoonlijke volgcode',
  'mail.outbox': 'Inzage in de e-mailwachtrij (mislukte berichten: onderwerp, domein van de ontvanger, foutmelding)',
  'perception.moderate': 'Modereren van verhalen uit de buurtpeiling (inzien, persoonsgegevens verwijderen, goed- of afkeuren)',
  'analysis.repeat-refs': 'Inzage in aantallen per pseudoniem (daders, slachtoffers, adressen) voor hotshot/hotvic-analyse (analisten)',
  'missions.manage': 'Beheer van opgaven: eigenaar, deelnemende partners en logboek van besluiten en overleggen (medewerkers)',
  'initiatives.intake': 'Aanmelden van bewonersinitiatieven met contactgegevens van de initiatiefnemers',
  'initiatives.contact':
    'Inzage in contactgegevens van initiatiefnemers van bewonersinitiatieven (medewerkers die initiatieven beoordelen)',
  'initiatives.retention': 'Verwijderen van contactgegevens van initiatiefnemers een jaar nadat het initiatief stopte',
  'youthgroups.register':
    'Register van problematische jeugdgroepen (shortlist Beke): inzien, vastleggen en wijzigen van groepen, beoordelingen en verwijzingen naar PGA-casussen',
  'network.contacts.read': 'Inzage in contactpersonen van partners (naam, functie, werk-e-mail en -telefoon) door medewerkers en partners',
  'network.contacts.manage': 'Vastleggen, wijzigen en verwijderen van contactpersonen van partners (werkgegevens)',
  'imports.run':
    'Importeren van bestanden (incidenten, meldingen, enquêtes, adressen, gebieden) door beheerders, vanuit de browser of de opdrachtregel',
  'cases.read': 'Inzage in PGA-casussen (persoon, huishouden, plan, tijdlijn) door de procesregisseur en toegewezen partners',
  'cases.manage': 'Vastleggen en wijzigen van PGA-casussen: persoon, huishouden, criteria, betrokkenen, status, plan en interventies',
  'cases.meetings': 'Casusoverleg: agenda, deelnemers, besluiten en afspraken per casus (alleen voor wie een rol heeft in de casus)',
  'cases.search': 'Zoeken of er een PGA-casus bestaat voor een persoon (alleen bestaan en procesregisseur, nooit inhoud)',
  'cases.break-glass':
    'Doorbreken van de toegang (break-glass) tot een PGA-casus met een reden; melding aan procesregisseur en privacyfunctionaris',
  'cases.review': 'Toezicht door de privacyfunctionaris: overzicht van break-glass en verwerkingen van casussen, zonder inhoud',
  'cases.export': 'Inzageverzoek (AVG art. 15): export van alle gegevens over één persoon als PDF en JSON; afdrukken van een casus',
  'cases.retention': 'Anonimiseren van afgesloten PGA-casussen na de bewaartermijn, met jaarlijks bewijs van wat is verwijderd',
  'powers.decisions.read':
    'Inzage in het register van besluiten onder bestuurlijke bevoegdheden (sluitingen, gebiedsverboden, cameratoezicht, Bibob) en hun termijnen',
  'powers.decisions.manage':
    'Vastleggen en wijzigen van besluiten onder bestuurlijke bevoegdheden en hun Awb-procedure (zienswijze, besluit, bekendmaking, bezwaar, beroep)',
} as const;

export type ProcessingActivityId = keyof typeof PROCESSING_ACTIVITIES;
