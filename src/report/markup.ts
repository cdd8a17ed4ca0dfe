/**
 * HTML building blocks of the report: escaping, and text with nested highlighted spans.
 *
 * Every piece of article text goes through `escapeHtml` (text and attribute values alike), so
 * `<script>` or `"><img onerror=…>` in an article is shown as text and never parsed as markup.
 */

/**
 * Escapes text for an HTML text node or a quoted attribute value.
 *
 * @example
 * escapeHtml('"><img src=x onerror=alert(1)>'); // '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\0]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\0': '\uFFFD',
};

/** A highlighted range of a text: `open` and `close` are markup; `note` is read to screen readers after it. */
export interface Highlight {
  start: number;
  end: number;
  open: string;
  close: string;
  note?: string;
}

/**
 * The text, escaped, with every highlight wrapped around its range. Highlights may nest; when
 * two cross, the inner one is closed and reopened around the crossing point, so the markup is
 * always well formed (elements of one highlight share its `data-i`, so their text joins up).
 * A zero-length highlight is written at its position.
 */
export function renderHighlights(text: string, highlights: readonly Highlight[]): string {
  const sorted = highlights
    .filter((h) => h.start >= 0 && h.end <= text.length && h.start <= h.end)
    .map((h, order) => ({ ...h, order }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const points = [...new Set([0, text.length, ...sorted.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: typeof sorted = [];
  let next = 0;
  let at = 0;
  for (const p of points) {
    if (p > at) out.push(escapeHtml(text.slice(at, p)));
    at = p;
    // close what ends here, reopening anything above it that goes on
    if (stack.some((h) => h.end === p)) {
      const reopen: typeof sorted = [];
      while (stack.some((h) => h.end === p)) {
        const top = stack.pop()!;
        out.push(top.close);
        if (top.end === p) {
          if (top.note) out.push(srOnly(top.note));
        } else reopen.unshift(top);
      }
      for (const h of reopen) {
        out.push(h.open);
        stack.push(h);
      }
    }
    // open what starts here (outer first); empty highlights are written whole
    while (next < sorted.length && sorted[next]!.start === p) {
      const h = sorted[next++]!;
      if (h.end === p) {
        out.push(h.open, h.close);
        if (h.note) out.push(srOnly(h.note));
      } else {
        out.push(h.open);
        stack.push(h);
      }
    }
  }
  return out.join('');
}

function srOnly(note: string): string {
  return `<span class="sr-only"> (${escapeHtml(note)})</span>`;
}

/**
 * An attribute list from a record, values escaped; undefined values are left out.
 *
 * @example
 * attributes({ class: 'date', 'data-tip': '2021-12-07' }); // ' class="date" data-tip="2021-12-07"'
 */
export function attributes(attrs: Record<string, string | number | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
}
