// A reviewer-readable summary of an Article: one line per edit, flag, date, entity and
// quote, so a change in behaviour shows as a small diff of the golden files.
import type { Article } from '../../src/index.js';

const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface Summary {
  metadata: Article['metadata'];
  paragraphs: string[];
  edits: string[];
  whitespace: Record<string, number>;
  flags: string[];
  dates: string[];
  entities: string[];
  quotes: string[];
}

export function summarize(article: Article): Summary {
  const whitespace: Record<string, number> = {};
  const edits: string[] = [];
  for (const e of article.edits) {
    if (e.category === 'whitespace') whitespace[e.rule] = (whitespace[e.rule] ?? 0) + 1;
    else
      edits.push(
        `${e.rule}: ${clip(JSON.stringify(e.before))} → ${JSON.stringify(e.after)}${e.language ? ` [${e.language}]` : ''}`,
      );
  }
  return {
    metadata: article.metadata,
    paragraphs: article.text.split('\n\n'),
    edits,
    whitespace,
    flags: article.flags.map((f) => `${f.kind}: ${JSON.stringify(f.text)}`),
    dates: article.dates.map(
      (d) => `${d.text} → ${d.value ?? 'null'} ${d.type}${d.mod ? ` ${d.mod}` : ''}${d.anchor ? ` (${d.anchor})` : ''}`,
    ),
    entities: article.entities.map((e) => {
      const aliases = e.aliases.filter((a) => a !== e.name);
      return `${e.type} ${e.name}${aliases.length ? ` = ${aliases.join(' | ')}` : ''}${e.titles?.length ? ` [${e.titles.join('; ')}]` : ''} ×${e.mentions.length}`;
    }),
    quotes: article.quotes.map((q) => {
      const speaker = q.speaker
        ? `${q.speaker.name}${q.speaker.text !== q.speaker.name ? ` via "${q.speaker.text}"` : ''}`
        : 'no speaker';
      return `${q.kind} “${clip(q.text, 80)}” — ${speaker}${q.cue ? ` (${q.cue})` : ''}`;
    }),
  };
}
