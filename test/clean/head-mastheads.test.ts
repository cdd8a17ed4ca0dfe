// Mastheads, edition stamps, bylines split over a name and a role line, and the writer's
// contact line, on article-only input. Invented examples; negatives beside them (headlines,
// subheadings and sentences of the story that open like these lines).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { stampKind } from '../../src/clean/rules/metadata/edition-stamp.js';
import { isRoleLine } from '../../src/clean/rules/metadata/byline-role.js';
import { contactName } from '../../src/clean/rules/metadata/author-contact.js';

const HEADLINE = 'Ferry operator cancels winter timetable after engine failures';
const BODY = [
  'The operator said on Wednesday that both of its larger ships had been withdrawn after inspectors found cracks in their engine mounts.',
  'A smaller vessel will run twice a day from the northern harbour, but it cannot carry lorries or more than forty cars.',
  '"We know this is hard for families and for the shops on the island," a spokeswoman said in a statement to local radio.',
];

const join = (lines: readonly string[]) => lines.join('\n\n');
const removedBy = (raw: string, id: string) =>
  clean(raw)
    .edits.filter((edit) => edit.rule === id)
    .map((edit) => edit.before.trim());

describe('metadata/masthead: the outlet line above the headline goes', () => {
  // [masthead line, a credit line of the page (or '' for none), the outlet read]
  const ROWS: ReadonlyArray<readonly [string, string, string]> = [
    ['THE NORTH STAR — Ashford | Brampton | Kelso', '', 'THE NORTH STAR'],
    ['Valley Courier · Ostrava · Brno · Olomouc', '', ''],
    ['Lakeside Gazette — the valley’s voice since 1871', '', 'Lakeside Gazette'],
    ['Der Talbote – seit 1903', '', 'Der Talbote'],
    ['Diario de la Sierra — desde 1921', '', 'Diario de la Sierra'],
    [
      'Harbour Bulletin — Your town, your news',
      '© 2026 Harbour Bulletin Ltd. All rights reserved.',
      'Harbour Bulletin',
    ],
    ['Kelso Record', 'Passengers at the pier on Monday. (Kelso Record file photo)', 'Kelso Record'],
    ['Gazeta do Vale', 'Siga a Gazeta do Vale no WhatsApp', 'Gazeta do Vale'],
    [
      'THE KELSO RECORD',
      'Harbour staff told the Kelso Record that the crossing would resume by Friday.',
      'THE KELSO RECORD',
    ],
  ];
  it.each(ROWS)('%s', (line, credit, outlet) => {
    const raw = join([line, HEADLINE, ...BODY, ...(credit ? [credit] : [])]);
    const result = clean(raw);
    if (line.includes('·') && !line.includes('—')) {
      // A town list without a name part is no masthead of its own.
      expect(removedBy(raw, 'metadata/masthead')).toEqual([]);
      return;
    }
    expect(removedBy(raw, 'metadata/masthead')).toEqual([line]);
    expect(result.text).toContain(BODY[0]);
    expect(result.metadata.outlet).toBe(outlet);
  });

  it('takes the line of towns under a masthead', () => {
    const raw = join([
      'NORTH STAR — the voice of the valley',
      'Ashford | Brampton | Kelso',
      HEADLINE,
      ...BODY,
      '© North Star Media',
    ]);
    // (the town line may be the menu rule's first)
    expect(removedBy(raw, 'metadata/masthead')[0]).toBe('NORTH STAR — the voice of the valley');
    expect(clean(raw).text).not.toContain('Brampton');
  });

  const NEGATIVES: readonly string[] = [
    // A headline with a dash and no headline under it.
    join(['Storm Ada — what we know so far', ...BODY]),
    // A name with a motto-like tail, nowhere credited again, no founding year.
    join(['Harbour Bulletin — Your town, your news', HEADLINE, ...BODY]),
    // A short headline naming a place, repeated in the story but in no credit line.
    join(['Kelso Harbour', HEADLINE, ...BODY, 'Kelso Harbour will reopen in March, the council said.']),
    // A writer and a place, a writer and a role, with a photo credit naming the writer.
    join(['Jana Roe — Kyiv, Ukraine', HEADLINE, ...BODY, 'Photo: Jana Roe']),
    join(['Jana Roe — Political Correspondent', HEADLINE, ...BODY, 'Photo: Jana Roe']),
    // A menu row and a dated field line after a name: the menu and dateline rules' lines.
    join(['Kelso | Local | Sport | Weather', HEADLINE, ...BODY]),
    join(['Kelso Record | 3 March 2026, 09:14', HEADLINE, ...BODY, '© Kelso Record']),
    join(['Kelso Record — 3 March 2026', HEADLINE, ...BODY, '© Kelso Record']),
    // A headline in capitals whose words the story repeats only in part.
    join(['FERRY TIMETABLE CUT', HEADLINE, ...BODY, 'The ferry timetable was cut twice last year.']),
    // A headline in capitals, then the same headline in the page's title form.
    join(['FERRY TIMETABLE CUT', 'Ferry timetable cut', ...BODY]),
    // Below the first prose paragraph.
    join([HEADLINE, BODY[0]!, BODY[1]!, 'THE NORTH STAR — Ashford | Brampton | Kelso', BODY[2]!]),
  ];
  it.each(NEGATIVES)('keeps %#', (raw) => {
    expect(removedBy(raw, 'metadata/masthead')).toEqual([]);
  });
});

describe('metadata/edition-stamp', () => {
  const HEAD_OR_TAIL: readonly string[] = [
    'Published in The Valley Courier, March 3rd, 2026',
    'First published in Kelso Record on 3 March 2026.',
    'Erschienen in Der Talbote am 3. März 2026',
    'Publicado en El Diario de la Sierra, 3 de marzo de 2026',
    'Print edition, Page 5',
    'Printausgabe: Seite 12',
    'Edición impresa · 3 de marzo de 2026',
    'This article appeared in the print edition of March 3, 2026.',
    'English edition',
    'Edición en inglés',
    'Englische Ausgabe',
    '[Édition anglaise]',
    '英文版',
  ];
  it.each(HEAD_OR_TAIL)('%s goes at the tail', (line) => {
    expect(stampKind(line)).toBe('edge');
    // (a line in another script may be the foreign-passage rule's first)
    expect(clean(join([HEADLINE, ...BODY, line])).text).not.toContain(line);
  });
  it.each(['Filed from Kelso | 3 March 2026', 'Reporting from Kelso, Scotland'])('%s goes in the head', (line) => {
    expect(stampKind(line)).toBe('head');
    // (a line with a date may be the dateline rule's first)
    expect(clean(join([HEADLINE, line, ...BODY])).text).not.toContain(line);
  });

  const NOT_STAMPS: readonly string[] = [
    'Published in 1998, the report found that rents had doubled in a decade.',
    'Published in Nature on Monday, the study followed 4,000 patients for ten years.',
    'In print, the magazine sold fewer copies than ever.',
    'Printed in red ink, the warning was hard to miss.',
    'Reporting from the front line has become more dangerous, the union said.',
    'Filed from memory',
    'English edition of the novel sold out',
  ];
  it.each(NOT_STAMPS)('%s is no stamp', (line) => {
    expect(stampKind(line)).toBeUndefined();
  });

  it('keeps a stamp-shaped line with the story going on after it', () => {
    const raw = join([HEADLINE, ...BODY, 'Print edition, Page 5', BODY[0]!]);
    expect(removedBy(raw, 'metadata/edition-stamp')).toEqual([]);
  });
});

describe('metadata/byline-role: a name line and a role line', () => {
  const PAIRS: ReadonlyArray<readonly [string, string]> = [
    ['Mara Lind', 'Transport reporter'],
    ['Ivo Brandt', 'Staff Correspondent'],
    ['Jana Roe', 'Redakteurin Wirtschaft'],
    ['Ana de la Cruz', 'Corresponsal en Bruselas'],
    ['Pekka Virtanen', 'Toimittaja'],
    ['Tomasz Nowak', 'Dziennikarz'],
    ['Olu Adeyemi', 'Senior Political Editor'],
    ['Mara Lind', 'Our Correspondent'],
  ];
  it.each(PAIRS)('%s / %s', (name, role) => {
    const raw = join([HEADLINE, name, role, ...BODY]);
    const result = clean(raw);
    // (a desk line alone, "Staff Correspondent", is the byline rule's: the name line goes with it)
    expect(clean(raw).text).not.toContain(role);
    expect(removedBy(raw, 'metadata/byline-role')[0]).toMatch(new RegExp(`^${name}`));
    expect(result.metadata.byline).toEqual([name]);
  });

  it.each(['Mara Lind, Health Correspondent', 'Ivo Brandt — Chief Reporter', 'Jana Roe — Korrespondentin'])(
    '%s on one line',
    (line) => {
      const raw = join([HEADLINE, line, ...BODY]);
      expect(removedBy(raw, 'metadata/byline-role')).toEqual([line]);
    },
  );

  it('takes a beat alone under a name when a date line follows', () => {
    const raw = join([HEADLINE, 'Mara Lind', 'Municipal affairs', '3 March 2026', ...BODY]);
    expect(removedBy(raw, 'metadata/byline-role')).toEqual(['Mara Lind\n\nMunicipal affairs']);
  });

  const KEPT: readonly string[] = [
    // A one-line paragraph that is a name, then the story.
    join([HEADLINE, 'Mara Lind', ...BODY]),
    // A beat-like subheading under a name, no date line beside them.
    join([HEADLINE, 'Mara Lind', 'Municipal affairs', ...BODY]),
    // Past the head: a name and a role in the story's list of winners.
    join([
      HEADLINE,
      ...BODY,
      'The winners were announced on Friday evening in the town hall.',
      'Mara Lind',
      'Transport reporter',
      BODY[0]!,
    ]),
    // A headline then a sentence about reporters.
    join([HEADLINE, 'Mara Lind', 'Reporters say the ferry is late.', ...BODY]),
  ];
  it.each(KEPT)('keeps %#', (raw) => {
    expect(removedBy(raw, 'metadata/byline-role')).toEqual([]);
  });

  it.each([
    ['Environment reporter', true],
    ['Reporter for the Coast Herald', true],
    ['Municipal affairs', false],
    ['Reporters say the ferry is late.', false],
    ['The reporter', false],
  ] as const)('isRoleLine(%s) is %s', (line, expected) => {
    expect(isRoleLine(line)).toBe(expected);
  });
});

describe('metadata/author-contact', () => {
  const LINES: ReadonlyArray<readonly [string, string]> = [
    ['Contact Mara Lind at mlind@example.org or on X at @maralind.', 'Mara Lind'],
    ['Email Mara Lind | Follow @maralind', 'Mara Lind'],
    ['Mara Lind can be reached at mlind@example.org', 'Mara Lind'],
    ['Schreiben Sie Mara Lind: mlind@example.org', 'Mara Lind'],
    ['Escribe a Mara Lind en mlind@example.org', 'Mara Lind'],
    ['Kontakta Mara Lind på mlind@example.org', 'Mara Lind'],
  ];
  it.each(LINES)('%s', (line, name) => {
    const raw = join([HEADLINE, `By ${name}`, ...BODY, line]);
    expect(removedBy(raw, 'metadata/author-contact')).toEqual([line]);
  });

  it('takes "Contact the writer" without a name', () => {
    const raw = join([HEADLINE, ...BODY, 'Contact the writer: desk@example.org']);
    expect(removedBy(raw, 'metadata/author-contact')).toEqual(['Contact the writer: desk@example.org']);
  });

  it('keeps a contact line naming no one the page credits', () => {
    const raw = join([HEADLINE, ...BODY, 'Email Customer Services at help@example.org to claim a refund.']);
    expect(removedBy(raw, 'metadata/author-contact')).toEqual([]);
  });

  it.each([
    'Contact tracing teams wrote to 400 people at help@example.org this week.',
    'Follow Mara Lind as she walks the coast. Tell her your stories at @maralind or at mlind@example.org if you want.',
    'Email the council at help@example.org, residents were told. Hundreds did.',
    'Reach out to us at news@example.org',
  ])('%s is no contact line', (line) => {
    expect(contactName(line)).toBeUndefined();
  });
});
