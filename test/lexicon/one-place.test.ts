// One place to teach every stage a word (issue 14): a copy of src/ gets three new entries in
// src/lexicon only — a holiday, a title and a speech verb — and each stage that reads that
// kind of word changes its output. Every row runs on both trees: the unchanged one (negative)
// beside the patched one (positive). All words and sentences are invented.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
// Inside the project (so the copy resolves compromise and chrono-node), outside tsconfig and git.
const COPY = join(ROOT, '.tmp', `one-place-${process.pid}`);

/** The three additions, each one line in one table of src/lexicon. */
const ADDITIONS = [
  {
    file: 'holidays.ts',
    after: 'export const HOLIDAYS: readonly Holiday[] = Object.freeze([\n',
    line: "  { key: 'lantern harvest', forms: ['Lantern Harvest'], needsDay: 'always', date: { month: 9, day: 14 } },\n",
  },
  {
    file: 'titles.ts',
    after: 'export const TITLE_TABLE: readonly Title[] = Object.freeze([\n',
    line: "  ...entries('office', 'wardenmistress', 'female'),\n",
  },
  {
    file: 'speech-verbs.ts',
    after: 'export const SPEECH_VERB_TABLE: readonly SpeechVerb[] = Object.freeze([\n',
    line: "  ...group(REPORTING_DATING, 'harrumph harrumphs harrumphed harrumphing'),\n",
  },
];

type Modules = {
  api: typeof import('../../src/index.js');
  entityRules: typeof import('../../src/entities/rules.js');
  speechVerbs: typeof import('../../src/lexicon/speech-verbs.js');
};
let before: Modules;
let after: Modules;

async function load(src: string): Promise<Modules> {
  return {
    api: await import(join(src, 'index.ts')),
    entityRules: await import(join(src, 'entities/rules.ts')),
    speechVerbs: await import(join(src, 'lexicon/speech-verbs.ts')),
  };
}

beforeAll(async () => {
  mkdirSync(COPY, { recursive: true });
  cpSync(join(ROOT, 'src'), join(COPY, 'src'), { recursive: true });
  for (const { file, after: anchor, line } of ADDITIONS) {
    const path = join(COPY, 'src', 'lexicon', file);
    const source = readFileSync(path, 'utf8');
    if (!source.includes(anchor)) throw new Error(`the table opening moved in ${file}: update this test`);
    writeFileSync(path, source.replace(anchor, anchor + line));
  }
  before = await load(join(ROOT, 'src'));
  after = await load(join(COPY, 'src'));
}, 120_000);

afterAll(() => rmSync(COPY, { recursive: true, force: true }));

/** Runs a probe on both trees: [unchanged, with the three additions]. */
const both = <T>(probe: (m: Modules) => T): [T, T] => [probe(before), probe(after)];

describe('a holiday added to HOLIDAYS', () => {
  it('dates: resolved to its date rule', () => {
    const values = (m: Modules) =>
      m.api
        .resolveDates('Crowds gathered on Lantern Harvest Day by the river.', { publishedAt: '2022-09-21' })
        .map((d) => d.value);
    expect(both(values)).toEqual([[], ['2022-09-14']]);
  });

  it('entities: the typing rule none/holiday says it is no entity', () => {
    const isHoliday = (m: Modules) => {
      const rule = m.entityRules.TYPE_RULES.find((r) => r.id === 'none/holiday')!;
      const text = 'Lantern Harvest Day';
      const input = { source: text, cand: { text, start: 0, end: text.length } };
      return rule.when(input as Parameters<typeof rule.when>[0]);
    };
    expect(both(isHoliday)).toEqual([false, true]);
  });
});

describe('a title added to TITLE_TABLE', () => {
  it('entities: the title leaves the name, and its gender goes to the person', () => {
    const text = 'The prison board met on Monday. Wardenmistress Ada Okafor told reporters the cells were full.';
    const people = (m: Modules) => m.api.extractEntities(text).map((e) => [e.id, e.gender ?? null]);
    expect(both(people)).toEqual([[['person:wardenmistres-ada-okafor', null]], [['person:ada-okafor', 'female']]]);
  });

  it('quotes: "the wardenmistress said" names the person titled so before', () => {
    const text =
      'Wardenmistress Ada Okafor toured the block on Monday. “We have no more room,” the wardenmistress said.';
    const speakers = (m: Modules) =>
      m.api.extractQuotes(text, { entities: m.api.extractEntities(text) }).map((q) => q.speaker?.name);
    expect(both(speakers)).toEqual([['wardenmistress'], ['Ada Okafor']]);
  });

  it('translation: an adverb between an article and the title is flagged', () => {
    const text = 'The prison opened in 1990. The still wardenmistress refused to comment on the plan.';
    const rules = (m: Modules) =>
      m.api.assessTranslation(text, { parse: m.api.parseText(text) }).flags.map((f) => f.rule);
    expect(both(rules)).toEqual([[], ['translation/adverb-before-title']]);
  });
});

describe('a speech verb added to SPEECH_VERB_TABLE', () => {
  it('quotes: a cue on either side of the quote', () => {
    const text = '“Enough of this,” the mayor harrumphed. The mayor harrumphed: “Nobody asked me.”';
    const cues = (m: Modules) => m.api.extractQuotes(text).map((q) => q.cue ?? null);
    expect(both(cues)).toEqual([[null], ['harrumphed', 'harrumphed']]);
  });

  it('clean: reported speech with a first-person pronoun is flagged', () => {
    const text = 'The minister harrumphed that I would never sign the deal with them.';
    const flags = (m: Modules) => m.api.clean(text).flags.map((f) => f.rule);
    expect(both(flags)).toEqual([[], ['flag/first-person-report']]);
  });

  // An unknown '-ed' word already reads as a past verb, so the date stage's output on a
  // sentence does not change; what changes is the view its tense reader is built from.
  it('dates: the tense reader skips it (tense-neutral) and its past dates the report', () => {
    const views = (m: Modules) => [
      m.speechVerbs.TENSE_NEUTRAL_VERBS.has('harrumphed'),
      new RegExp(`^(?:${m.speechVerbs.REPORT_PAST_PATTERN})$`).test('harrumphed'),
    ];
    expect(both(views)).toEqual([
      [false, false],
      [true, true],
    ]);
    const tense = readFileSync(join(ROOT, 'src/dates/tense.ts'), 'utf8');
    expect(tense).toMatch(
      /import \{[^}]*\bREPORT_PAST_PATTERN\b[^}]*\bTENSE_NEUTRAL_VERBS\b[^}]*\} from '\.\.\/lexicon\/speech-verbs\.js'/,
    );
  });
});
