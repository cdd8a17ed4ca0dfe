// Formats an Article as a readable report. Shared by the ESM and CJS examples (plain
// functions over the result, no library calls).
const width = 100;
const clip = (s, n = width) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** @param {string} name @param {import('newsnorm').Article} article @param {number} ms */
export function formatReport(name, article, ms) {
  const out = [];
  const { metadata, edits, flags, dates, entities, quotes } = article;
  out.push(`━━━ ${name} ${'━'.repeat(Math.max(0, width - name.length - 5))}`);
  out.push(`  ${article.text.length} chars kept, ${edits.length} edits, ${ms.toFixed(0)} ms`);
  out.push('  metadata');
  for (const [key, value] of Object.entries(metadata))
    out.push(`    ${key.padEnd(12)} ${Array.isArray(value) ? value.join('; ') : value}`);
  const removed = edits.filter((e) => e.kind === 'remove' && e.category !== 'whitespace');
  if (removed.length) out.push('  removed');
  for (const e of removed)
    out.push(
      `    ${e.rule.padEnd(28)} ${clip(JSON.stringify(e.before.trim()), 70)}${e.language ? `  [${e.language}]` : ''}`,
    );
  const repairs = edits.filter((e) => e.kind === 'replace' && e.category !== 'whitespace');
  if (repairs.length) out.push('  repaired');
  for (const e of repairs)
    out.push(`    ${e.rule.padEnd(28)} ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}`);
  const whitespace = edits.filter((e) => e.category === 'whitespace').length;
  if (whitespace) out.push(`    (and ${whitespace} whitespace normalisations)`);
  if (flags.length) out.push('  flagged (left in place)');
  for (const f of flags) out.push(`    ${f.kind.padEnd(28)} ${JSON.stringify(f.text)}`);
  if (dates.length) out.push('  dates');
  for (const d of dates)
    out.push(`    ${clip(d.text, 26).padEnd(27)} ${String(d.value).padEnd(14)} ${d.type}${d.mod ? ` ${d.mod}` : ''}`);
  if (entities.length) out.push('  entities');
  for (const e of entities) {
    const extra = [e.aliases.filter((a) => a !== e.name).join(', '), e.titles?.join(', ')].filter(Boolean).join(' · ');
    out.push(`    ${e.type.padEnd(13)} ${e.name}${extra ? `  (${clip(extra, 60)})` : ''}  ×${e.mentions.length}`);
  }
  if (quotes.length) out.push('  quotes');
  for (const q of quotes) {
    const who = q.speaker
      ? `${q.speaker.name}${q.speaker.text !== q.speaker.name ? ` [“${q.speaker.text}”]` : ''}`
      : '(no speaker)';
    out.push(
      `    ${q.kind === 'direct' ? '“' : '‘'}${clip(q.text, 60)}${q.kind === 'direct' ? '”' : '’'} — ${who}${q.cue ? `, ${q.cue}` : ''}`,
    );
  }
  return out.join('\n');
}
