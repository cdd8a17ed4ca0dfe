/**
 * Reporting cues of news writing in languages other than English (French, Spanish,
 * Portuguese, Italian, German, Dutch): the verb forms that attribute a quote ("a déclaré",
 * "afirmó", "sagte"), the words that name a source ("selon", "según", "laut"), and the small
 * closed classes the quote stage needs to read the speaker phrase beside them (articles, role
 * nouns, subject pronouns, the prepositions that end the phrase).
 *
 * English lives in `speech-verbs.ts`; this is its sibling for the other languages, and the
 * one home of their cue words. Plain data: the quote stage (`quotes/languages.ts`) builds its
 * patterns from it, so a form added here is read there. Forms are lower case, written as in
 * running text (a compound past with its auxiliary: "a déclaré", "ha detto"), and only the
 * third-person forms news uses (singular and plural).
 */
import { words } from './pattern.js';

/**
 * What the quote stage knows of one language's attributions.
 *
 * @example
 * LANGUAGE_CUES.get('spa')?.verbs.includes('afirmó'); // true
 */
export interface LanguageCues {
  /** Reporting verb forms (one or more words); each attributes a quote on either side. */
  readonly verbs: readonly string[];
  /** Forms that attribute only the quote before them ("„…“, so der Minister", "“…”, aldus X"). */
  readonly afterOnly: readonly string[];
  /** Words naming a source: "selon X", "según X" (before or after the quote). */
  readonly according: readonly string[];
  /** Conjunctions between a verb and its quote: "a déclaré que « … »". */
  readonly complementizers: readonly string[];
  /** Definite articles and demonstratives opening a speaker phrase ("le ministre"). */
  readonly definite: readonly string[];
  /** Indefinite articles ("un responsable": an anonymous source). */
  readonly indefinite: readonly string[];
  /** Role nouns heading a speaker phrase without a name ("le ministre", "die Sprecherin"). */
  readonly roles: readonly string[];
  /** Role nouns also end compounds in this language ("Finanzminister", "woordvoerder"). */
  readonly compoundRoles?: boolean;
  /** Subject pronouns a speaker may be, with the English pronoun they resolve as. */
  readonly pronouns: Readonly<Record<string, 'he' | 'she' | 'they'>>;
  /** Pronouns glued to an inverted verb with a hyphen ("a-t-il déclaré", "ajoute-t-elle"). */
  readonly clitics?: Readonly<Record<string, 'he' | 'she' | 'they'>>;
  /** Words that end a speaker phrase: prepositions and conjunctions opening what follows it. */
  readonly stops: readonly string[];
}

const lines = (list: string): string[] =>
  list
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const fra: LanguageCues = {
  verbs: lines(`
    a déclaré
    a dit
    a affirmé
    a ajouté
    a souligné
    a expliqué
    a indiqué
    a estimé
    a assuré
    a précisé
    a insisté
    a averti
    a martelé
    a commenté
    a confié
    a répondu
    a jugé
    a lancé
    a écrit
    a reconnu
    a déploré
    ont déclaré
    ont dit
    ont affirmé
    ont ajouté
    ont souligné
    ont expliqué
    ont indiqué
    ont estimé
    ont assuré
    ont précisé
    déclare
    dit
    affirme
    ajoute
    souligne
    explique
    indique
    estime
    assure
    précise
    insiste
    avertit
    déclarent
    affirment
    estiment
    soulignent
    déclarait
    disait
    affirmait
    ajoutait
    expliquait
    déclara
    affirma
    ajouta
  `),
  afterOnly: [],
  according: words('selon'),
  complementizers: words("que qu'"),
  definite: words("le la les l' l’ ce cette ces son sa ses leur"),
  indefinite: words('un une des'),
  roles: words(
    'ministre président présidente porte-parole premier secrétaire directeur directrice chef maire député ' +
      'députée sénateur sénatrice responsable dirigeant dirigeante patron patronne avocat avocate procureur ' +
      'juge gouverneur commissaire ambassadeur ambassadrice expert experte analyste économiste entraîneur ' +
      'général officier source sources conseiller conseillère représentant représentante candidat candidate',
  ),
  pronouns: { il: 'he', elle: 'she', ils: 'they', elles: 'they' },
  clitics: {
    '-t-il': 'he',
    '-t-elle': 'she',
    '-t-on': 'they',
    '-il': 'he',
    '-elle': 'she',
    '-ils': 'they',
    '-elles': 'they',
  },
  stops: words(
    'lors à au aux en dans pendant devant durant depuis après avant pour sur sous avec chez par dimanche lundi mardi mercredi jeudi vendredi samedi hier et mais qui dont lorsque quand',
  ),
};

const spa: LanguageCues = {
  verbs: lines(`
    dijo
    afirmó
    declaró
    señaló
    añadió
    agregó
    explicó
    aseguró
    indicó
    subrayó
    destacó
    advirtió
    insistió
    manifestó
    sostuvo
    apuntó
    comentó
    respondió
    reconoció
    precisó
    ha dicho
    ha afirmado
    ha declarado
    ha señalado
    ha añadido
    ha explicado
    ha asegurado
    dijeron
    afirmaron
    declararon
    señalaron
    añadieron
    explicaron
    aseguraron
    dice
    afirma
    declara
    señala
    añade
    explica
    asegura
    indica
    decía
    afirmaba
  `),
  afterOnly: [],
  according: words('según'),
  complementizers: words('que'),
  definite: words('el la los las este esta su sus'),
  indefinite: words('un una unos unas'),
  roles: words(
    'ministro ministra presidente presidenta portavoz secretario secretaria director directora jefe jefa ' +
      'alcalde alcaldesa diputado diputada senador senadora responsable dirigente abogado abogada fiscal juez ' +
      'jueza gobernador gobernadora embajador embajadora experto experta analista economista entrenador ' +
      'general fuente fuentes asesor asesora representante candidato candidata consejero consejera',
  ),
  pronouns: { él: 'he', ella: 'she', ellos: 'they', ellas: 'they' },
  stops: words(
    'en durante ante tras desde hasta para por con sobre sin a al lunes martes miércoles jueves viernes sábado domingo ayer y pero que quien cuando',
  ),
};

const por: LanguageCues = {
  verbs: lines(`
    disse
    afirmou
    declarou
    destacou
    acrescentou
    explicou
    assegurou
    garantiu
    sublinhou
    salientou
    frisou
    indicou
    referiu
    apontou
    comentou
    respondeu
    reconheceu
    advertiu
    alertou
    defendeu
    disseram
    afirmaram
    declararam
    acrescentaram
    explicaram
    diz
    afirma
    declara
    acrescenta
    explica
    garante
    sublinha
  `),
  afterOnly: [],
  according: words('segundo conforme'),
  complementizers: words('que'),
  definite: words('o a os as este esta seu sua'),
  indefinite: words('um uma uns umas'),
  roles: words(
    'ministro ministra presidente porta-voz secretário secretária diretor diretora chefe prefeito prefeita ' +
      'deputado deputada senador senadora responsável dirigente advogado advogada procurador procuradora juiz ' +
      'juíza governador governadora embaixador embaixadora especialista analista economista treinador general ' +
      'fonte fontes assessor assessora representante candidato candidata',
  ),
  pronouns: { ele: 'he', ela: 'she', eles: 'they', elas: 'they' },
  stops: words(
    'em no na nos nas durante perante após desde até para por pelo pela com sobre sem ao à segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo ontem e mas que quem quando',
  ),
};

const ita: LanguageCues = {
  verbs: lines(`
    ha detto
    ha dichiarato
    ha affermato
    ha aggiunto
    ha spiegato
    ha sottolineato
    ha ribadito
    ha precisato
    ha assicurato
    ha osservato
    ha commentato
    ha risposto
    ha spiegato
    ha avvertito
    ha concluso
    hanno detto
    hanno dichiarato
    hanno affermato
    hanno aggiunto
    hanno spiegato
    dice
    afferma
    dichiara
    aggiunge
    spiega
    sottolinea
    ribadisce
    osserva
    disse
    dichiarò
    affermò
    aggiunse
    spiegò
  `),
  afterOnly: [],
  according: words('secondo'),
  complementizers: words('che'),
  definite: words("il lo la i gli le l' l’ questo questa suo sua"),
  indefinite: words("un uno una un'"),
  roles: words(
    'ministro ministra presidente portavoce segretario segretaria direttore direttrice capo sindaco sindaca ' +
      'deputato deputata senatore senatrice responsabile dirigente avvocato avvocata procuratore giudice ' +
      'governatore ambasciatore esperto esperta analista economista allenatore generale fonte fonti consigliere ' +
      'rappresentante candidato candidata',
  ),
  pronouns: { lui: 'he', lei: 'she', loro: 'they' },
  stops: words(
    'in nel nella durante davanti dopo prima da dal dalla per con su sul sulla senza a al alla lunedì martedì mercoledì giovedì venerdì sabato domenica ieri e ma che chi quando',
  ),
};

const deu: LanguageCues = {
  verbs: lines(`
    sagte
    sagten
    sagt
    erklärte
    erklärten
    erklärt
    betonte
    betonten
    betont
    fügte
    ergänzte
    meinte
    sagte dazu
    unterstrich
    warnte
    versicherte
    bekräftigte
    kritisierte
    räumte
    stellte
    schrieb
    teilte
    antwortete
    hat gesagt
    hat erklärt
  `),
  afterOnly: words('so'),
  according: words('laut zufolge'),
  complementizers: words('dass'),
  definite: words('der die das den dem des dieser diese sein seine ihr ihre'),
  indefinite: words('ein eine einer'),
  roles: words(
    'minister ministerin präsident präsidentin sprecher sprecherin kanzler kanzlerin sekretär sekretärin ' +
      'direktor direktorin chef chefin bürgermeister bürgermeisterin abgeordnete abgeordneter anwalt anwältin ' +
      'staatsanwalt richter richterin gouverneur botschafter botschafterin experte expertin analyst analystin ' +
      'ökonom ökonomin trainer general quelle quellen berater beraterin vertreter vertreterin kandidat kandidatin ' +
      'vorsitzende vorsitzender',
  ),
  compoundRoles: true,
  pronouns: { er: 'he', sie: 'she' },
  stops: words(
    'am im in bei auf vor nach gegenüber während seit mit ohne für über zu zum zur montag dienstag mittwoch donnerstag freitag samstag sonntag gestern und aber hinzu dazu ein klar',
  ),
};

const nld: LanguageCues = {
  verbs: lines(`
    zei
    zeiden
    zegt
    verklaarde
    verklaarden
    verklaart
    stelde
    stelden
    stelt
    benadrukte
    benadrukt
    voegde
    vertelde
    vertelt
    meldde
    liet
    schreef
    waarschuwde
    antwoordde
    reageerde
    heeft gezegd
    heeft verklaard
  `),
  afterOnly: words('aldus'),
  according: words('volgens'),
  complementizers: words('dat'),
  definite: words('de het die dat deze zijn haar'),
  indefinite: words('een'),
  roles: words(
    'minister premier president voorzitter woordvoerder woordvoerster secretaris directeur burgemeester ' +
      'kamerlid senator advocaat officier rechter gouverneur ambassadeur deskundige expert analist econoom ' +
      'trainer generaal bron bronnen adviseur vertegenwoordiger kandidaat',
  ),
  compoundRoles: true,
  pronouns: { hij: 'he', zij: 'she', ze: 'she' },
  stops: words(
    'op in bij tijdens na voor met zonder over tegen tegenover maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren en maar toe weten',
  ),
};

/**
 * The reporting cues of each supported language, by ISO 639-3 code (English is not here: its
 * cues are `SPEECH_VERB_TABLE`).
 *
 * @example
 * LANGUAGE_CUES.get('deu')?.according; // ['laut', 'zufolge']
 * LANGUAGE_CUES.has('eng'); // false
 */
export const LANGUAGE_CUES: ReadonlyMap<string, LanguageCues> = new Map([
  ['fra', fra],
  ['spa', spa],
  ['por', por],
  ['ita', ita],
  ['deu', deu],
  ['nld', nld],
]);
