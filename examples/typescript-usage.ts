// TypeScript consumer: typed results and subpath imports. Typechecked in CI against the
// built package (.ci/run), run with `npx tsx examples/typescript-usage.ts`.
import { normalizeArticle, type Article, type Quote } from 'newsnorm';
import { clean, DEFAULT_RULES, type CleanRule } from 'newsnorm/clean';
import { resolveDates, type TemporalExpression } from 'newsnorm/dates';

const raw = [
  'Kremlin spokesman Dmitry Peskov said on Tuesday the talks were “frank”.',
  '“Russia has never planned to attack anyone,” he said.',
  'Follow us on Telegram',
].join('\n');

const article: Article = normalizeArticle(raw, { publishedAt: '2021-12-07' });
const speakers = article.quotes.map((q: Quote) => q.speaker?.name ?? '(unknown)');
console.log(speakers);

// A custom rule list: drop the flags, keep everything else.
const rules: CleanRule[] = DEFAULT_RULES.filter((rule) => rule.type !== 'flag');
console.log(clean(raw, { rules }).text);

const dates: TemporalExpression[] = resolveDates('The talks will resume next week.', { publishedAt: '2021-12-07' });
console.log(dates.map((d) => `${d.text} → ${d.value}`));
