/**
 * The demo stories: short, made-up accounts in residents' own words — no names, addresses,
 * phone numbers or anything that points to a person. `approved` ones are shown as moderated,
 * the others wait in the moderation queue. `themes` are slugs of the default theme list
 * (data/perception/themes.json); a theme the municipality does not have is left off.
 */
export const DEMO_STORIES: readonly { text: string; approved: boolean; problems: string[]; themes: string[] }[] = [
  {
    text: 'Sinds er nieuwe lantaarnpalen bij het speelveld staan, durf ik ’s avonds weer met de hond naar buiten. Het voelt echt anders.',
    approved: true,
    problems: ['poor-lighting'],
    themes: ['verlichting'],
  },
  {
    text: 'Bij het winkelcentrum hangen na tienen vaak groepjes jongeren met scooters. Ze doen niemand iets, maar het lawaai houdt mij wakker.',
    approved: false,
    problems: ['loitering-youths', 'noise'],
    themes: ['jongeren'],
  },
  {
    text: 'In onze straat is twee keer in een maand ingebroken. Sindsdien doe ik alles op slot, ook overdag, en letten we beter op elkaars huis.',
    approved: true,
    problems: ['burglary'],
    themes: ['inbraak'],
  },
  {
    text: 'Het fietspad langs het water is ’s avonds erg donker. Ik fiets liever om via de grote weg, ook al kost dat tien minuten extra.',
    approved: false,
    problems: ['poor-lighting'],
    themes: ['verlichting'],
  },
  {
    text: 'Fijn dat de wijkagent nu vaker langs de school loopt. De kinderen kennen hem inmiddels en zeggen hem gedag.',
    approved: true,
    problems: [],
    themes: ['handhaving'],
  },
  {
    text: 'Er staat steeds afval naast de containers, soms hele zakken. Dat trekt ratten aan en maakt de buurt rommelig.',
    approved: false,
    problems: ['litter'],
    themes: ['afval'],
  },
  {
    text: 'Ik woon hier al dertig jaar en voel me over het algemeen veilig. Wel merk ik dat buren elkaar minder kennen dan vroeger.',
    approved: true,
    problems: [],
    themes: ['samenhang'],
  },
  {
    text: 'Rond het station wordt soms gedeald, vooral aan het eind van de middag. Mijn dochter loopt daar liever niet meer alleen langs.',
    approved: false,
    problems: ['drugs'],
    themes: ['drugs'],
  },
  {
    text: 'De buurtapp werkt goed: als er iets verdachts gebeurt, weet iedereen het snel. Laatst werd zo een fietsendief op heterdaad betrapt.',
    approved: true,
    problems: [],
    themes: ['samenhang'],
  },
  {
    text: 'Auto’s rijden veel te hard door de woonstraat, terwijl hier veel kinderen buiten spelen. Een drempel zou al helpen.',
    approved: true,
    problems: ['traffic'],
    themes: ['verkeer'],
  },
  {
    text: 'Na het buurtfeest deze zomer ken ik veel meer mensen in de straat. Dat geeft mij een veiliger gevoel dan een extra camera.',
    approved: true,
    problems: [],
    themes: ['samenhang'],
  },
  {
    text: 'De portiekdeur van onze flat staat vaak open en er slapen soms mensen in het trappenhuis. Ik vind het eng als ik ’s avonds thuiskom.',
    approved: false,
    problems: ['other'],
    themes: ['buren'],
  },
];
