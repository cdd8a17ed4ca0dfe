/**
 * renderReport: one self-contained HTML page showing what newsnorm did to an article — the raw
 * input with every removal struck through (coloured by category, rule and reason on hover or
 * focus), repairs as before → after and flags underlined; the cleaned text with its dates,
 * entities and quotes; a side panel with the metadata and counts. Inline CSS only, no script,
 * and a Content-Security-Policy that forbids scripts anyway: article text is escaped everywhere.
 */
import { checkOptions, assertText } from '../core/errors.js';
import type { Edit, Entity, Flag } from '../core/types.js';
import type { Article } from '../normalize.js';
import { attributes, escapeHtml, renderHighlights, type Highlight } from './markup.js';
import { CATEGORY_COLOURS, LAYERS, stylesheet } from './style.js';

/**
 * Options of `renderReport`.
 *
 * @example
 * renderReport(article, raw, { title: 'reuters-001.txt' });
 */
export interface ReportOptions {
  /** Heading and document title, default the article's metadata title or 'newsnorm report'. */
  title?: string;
}

/**
 * Renders a normalized article and its raw input as one self-contained HTML page (a string).
 * `raw` must be the input the article came from (checked against the edit log).
 *
 * @example
 * import { normalizeArticle } from 'newsnorm';
 * import { renderReport } from 'newsnorm/report';
 * import { writeFileSync } from 'node:fs';
 * const raw = 'Kremlin spokesman Dmitry Peskov said on Tuesday the talks were “frank”.\nFollow us on Telegram';
 * writeFileSync('report.html', renderReport(normalizeArticle(raw, { publishedAt: '2021-12-07' }), raw));
 */
export function renderReport(result: Article, raw: string, options?: ReportOptions): string {
  checkResult(result);
  assertText(raw, 'renderReport', 'raw');
  const opts = checkOptions(options, ['title'], 'renderReport');
  if (opts.title !== undefined && typeof opts.title !== 'string')
    throw new TypeError('renderReport: expected options.title to be a string');
  for (const edit of result.edits) {
    if (raw.slice(edit.rawStart, edit.rawEnd) !== edit.before) {
      throw new RangeError(
        `renderReport: raw does not match the result (edit ${edit.rule} at ${edit.rawStart}–${edit.rawEnd})`,
      );
    }
  }
  const title = opts.title ?? result.metadata.title ?? 'newsnorm report';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>${escapeHtml(title)} — newsnorm report</title>
<style>${stylesheet()}</style>
</head>
<body>
<a class="skip" href="#cleaned">Skip to the cleaned text</a>
<header><h1>${escapeHtml(title)}</h1><p>${summaryLine(result, raw)}</p></header>
<main class="layout">
<fieldset class="filters"><legend>Show layers</legend>
${LAYERS.map(([layer, label]) => `<label><input type="checkbox" id="layer-${layer}" checked> ${label}</label>`).join('\n')}
</fieldset>
<div>
<section class="doc" aria-labelledby="raw-heading"><h2 id="raw-heading">Raw input, with what was removed or repaired</h2>
<div class="text" data-view="raw">${renderRaw(result, raw)}</div></section>
<section class="doc" id="cleaned" aria-labelledby="cleaned-heading"><h2 id="cleaned-heading">Cleaned text, with dates, entities and quotes</h2>
<div class="text" data-view="cleaned">${renderCleaned(result)}</div></section>
</div>
<aside aria-label="Metadata and counts">${sidePanel(result)}</aside>
</main>
</body>
</html>
`;
}

function checkResult(result: unknown): asserts result is Article {
  const r = result as Partial<Article> | null;
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof r.text !== 'string' ||
    !Array.isArray(r.edits) ||
    typeof r.metadata !== 'object'
  ) {
    throw new TypeError('renderReport: expected result to be an Article (from normalizeArticle)');
  }
}

function summaryLine(result: Article, raw: string): string {
  const removed = result.edits
    .filter((e) => e.kind === 'remove' && e.category !== 'whitespace')
    .reduce((n, e) => n + e.before.length, 0);
  return escapeHtml(
    `${raw.length.toLocaleString('en-US')} characters in, ${result.text.length.toLocaleString('en-US')} kept; ` +
      `${removed.toLocaleString('en-US')} removed by ${count(
        result.edits.filter((e) => e.kind === 'remove' && e.category !== 'whitespace'),
        'edit',
      )}; ` +
      `${count(result.dates ?? [], 'date')}, ${count(result.entities ?? [], 'entity', 'entities')}, ${count(result.quotes ?? [], 'quote')}`,
  );
}

function count(list: readonly unknown[], one: string, many = `${one}s`): string {
  return `${list.length} ${list.length === 1 ? one : many}`;
}

// ---------------------------------------------------------------- raw view

function renderRaw(result: Article, raw: string): string {
  const highlights: Highlight[] = result.edits.map(editHighlight);
  // a flag is drawn over whole edits: a boundary inside an edit moves out to the edit's edge
  for (const [i, flag] of (result.flags ?? []).entries()) {
    let { rawStart: start, rawEnd: end } = flag;
    for (const e of result.edits) {
      if (e.rawStart < start && start < e.rawEnd) start = e.rawStart;
      if (e.rawStart < end && end < e.rawEnd) end = e.rawEnd;
    }
    highlights.push({ start, end, ...flagMarkup(flag, i, 'raw') });
  }
  return renderHighlights(raw, highlights);
}

function editHighlight(edit: Edit, i: number): Highlight {
  const tip = [
    `${edit.category} · ${edit.rule}`,
    edit.reason,
    edit.language ? `language: ${edit.language}` : undefined,
    edit.kind === 'replace' ? `→ ${JSON.stringify(edit.after)}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
  const base = { start: edit.rawStart, end: edit.rawEnd };
  if (edit.category === 'whitespace') {
    return {
      ...base,
      open: `<span${attributes({ class: 'whitespace', 'data-layer': 'edit', 'data-i': i, 'data-tip': tip })}>`,
      close: '</span>',
    };
  }
  if (edit.kind === 'remove') {
    const cls = `removed cat-${CATEGORY_COLOURS[edit.category] ? edit.category : 'other'}`;
    return {
      ...base,
      open: `<del${attributes({ class: cls, tabindex: 0, 'data-layer': 'edit', 'data-i': i, 'data-rule': edit.rule, 'data-tip': tip })}>`,
      close: '</del>',
      note: `removed, ${edit.category}, rule ${edit.rule}${edit.reason ? `: ${edit.reason}` : ''}`,
    };
  }
  return {
    ...base,
    open: `<span${attributes({ class: 'repair', tabindex: 0, 'data-layer': 'edit', 'data-i': i, 'data-rule': edit.rule, 'data-tip': tip })}><del>`,
    close: `</del><span class="arrow" aria-hidden="true">→</span><ins>${escapeHtml(edit.after)}</ins></span>`,
    note: `repaired by rule ${edit.rule}`,
  };
}

function flagMarkup(flag: Flag, i: number, view: 'raw' | 'cleaned'): Omit<Highlight, 'start' | 'end'> {
  const tip = `${flag.kind}${flag.rule ? ` · ${flag.rule}` : ''}\n${flag.message}`;
  return {
    open: `<span${attributes({ class: 'flag', tabindex: view === 'cleaned' ? 0 : undefined, 'data-layer': 'flag', 'data-view': view, 'data-i': i, 'data-tip': tip })}>`,
    close: '</span>',
    note: view === 'cleaned' ? `flagged: ${flag.message}` : undefined,
  };
}

// ---------------------------------------------------------------- cleaned view

function renderCleaned(result: Article): string {
  const highlights: Highlight[] = [];
  (result.quotes ?? []).forEach((q, i) => {
    const who = q.speaker
      ? `${q.speaker.name}${q.speaker.entityId ? ` (${q.speaker.entityId})` : ''}${q.speaker.anonymous ? ', anonymous' : ''}`
      : 'no speaker found';
    const tip = `${q.kind} quote · speaker: ${who}${q.cue ? ` · cue: ${q.cue}` : ''}`;
    highlights.push({
      start: q.start,
      end: q.end,
      open: `<q${attributes({ class: 'quote', tabindex: 0, 'data-layer': 'quote', 'data-i': i, 'data-tip': tip })}>`,
      close: '</q>',
      note: `quote, ${tip}`,
    });
  });
  (result.entities ?? []).forEach((entity: Entity, i) => {
    const tip = `${entity.type}: ${entity.name}\nid: ${entity.id}${entity.titles?.length ? `\ntitles: ${entity.titles.join(', ')}` : ''}`;
    entity.mentions.forEach((m, k) => {
      highlights.push({
        start: m.start,
        end: m.end,
        open: `<mark${attributes({ class: `entity ${entity.type}`, tabindex: 0, 'data-layer': 'entity', 'data-i': `${i}.${k}`, 'data-id': entity.id, 'data-tip': tip })}>`,
        close: '</mark>',
        note: `${entity.type} ${entity.name}`,
      });
    });
  });
  (result.dates ?? []).forEach((d, i) => {
    const tip = `${d.type} ${d.value ?? '(unresolved)'}${d.mod ? ` ${d.mod}` : ''}${d.anchor ? ` · from ${d.anchor}` : ''}${d.range ? `\n${d.range.start} – ${d.range.end}` : ''}`;
    highlights.push({
      start: d.start,
      end: d.end,
      open: `<time${attributes({ class: 'date', tabindex: 0, 'data-layer': 'date', 'data-i': i, 'data-value': d.value ?? '', 'data-tip': tip })}>`,
      close: '</time>',
      note: `${d.type.toLowerCase()} ${d.value ?? 'unresolved'}`,
    });
  });
  (result.flags ?? []).forEach((f, i) =>
    highlights.push({ start: f.start, end: f.end, ...flagMarkup(f, i, 'cleaned') }),
  );
  return renderHighlights(result.text, highlights);
}

// ---------------------------------------------------------------- side panel

function sidePanel(result: Article): string {
  const meta = Object.entries(result.metadata).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length));
  const byCategory = new Map<string, number>();
  for (const e of result.edits) byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + 1);
  const byType = new Map<string, number>();
  for (const e of result.entities ?? []) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const rows = (pairs: Iterable<[string, number]>) =>
    [...pairs].map(([k, n]) => `<tr><td>${escapeHtml(k)}</td><td class="n">${n}</td></tr>`).join('');
  const quality = (result as Article & { translationQuality?: { score: number; likelyMachineTranslated: boolean } })
    .translationQuality;
  return `
<section aria-labelledby="meta-heading"><h2 id="meta-heading">Metadata</h2><dl>
${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(Array.isArray(v) ? v.join('; ') : String(v))}</dd>`).join('\n')}
${quality ? `<dt>translation</dt><dd>score ${quality.score.toFixed(2)}${quality.likelyMachineTranslated ? ', likely machine-translated' : ''}</dd>` : ''}
</dl></section>
<section aria-labelledby="counts-heading"><h2 id="counts-heading">Counts</h2><table>
${rows([
  ['dates', (result.dates ?? []).length],
  ['entities', (result.entities ?? []).length],
  ['quotes', (result.quotes ?? []).length],
  ['flags', (result.flags ?? []).length],
  ['edits', result.edits.length],
])}
</table></section>
<section aria-labelledby="edits-heading"><h2 id="edits-heading">Edits by category</h2><table>${rows([...byCategory].sort((a, b) => b[1] - a[1]))}</table></section>
<section aria-labelledby="entities-heading"><h2 id="entities-heading">Entities</h2><table>${rows([...byType])}</table>
<ul>${(result.entities ?? []).map((e) => `<li><span class="entity ${e.type}">${escapeHtml(e.name)}</span> <small>${escapeHtml(e.id)} ×${e.mentions.length}</small></li>`).join('')}</ul></section>
<section aria-labelledby="legend-heading" class="legend"><h2 id="legend-heading">Legend</h2>
<span class="removed cat-footer">removed</span> <span class="repair"><del>before</del> → <ins>after</ins></span> <span class="flag">flag</span>
<span class="date">date</span> <span class="entity person">person</span> <span class="entity organization">organization</span> <span class="entity place">place</span> <span class="quote">quote</span>
</section>`;
}
