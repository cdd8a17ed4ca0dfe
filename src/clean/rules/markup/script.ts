/**
 * markup/script and markup/script-block — the bodies of <script>, <style> and <noscript>
 * elements that leak into scraped text when HTML is stripped naively ("window.ads = [];",
 * CSS rules). Tag stripping alone (markup/html-tag) would leave the code in the article.
 *
 * Inside one paragraph the element goes from its opening to its closing tag; an element that
 * opens a paragraph and closes in a later one goes as whole paragraphs. An opening tag
 * without a closing tag is left to markup/html-tag (the text after it may be the article).
 * Both scan linearly: each closing tag is searched for once.
 */
import type { BlockRule, InlineEdit, InlineRule } from '../../rule.js';
import type { Block } from '../../segment.js';

const OPEN = /<(script|style|noscript)\b[^<>]{0,1000}>/gi;
const OPENS_BLOCK = /^<(?:script|style|noscript)\b[^<>]{0,1000}>/i;
const CLOSE = /<\/(?:script|style|noscript)\s*>/i;

/**
 * Rule `markup/script`: <script>, <style> and <noscript> elements inside a paragraph, code included.
 *
 * @example
 * clean('The vote was close.<script>window.ads = [];</script>', { rules: [scriptRule] }).text; // 'The vote was close.'
 */
export const scriptRule: InlineRule = {
  type: 'inline',
  id: 'markup/script',
  category: 'markup',
  description: '<script>, <style> and <noscript> elements inside a paragraph, code included',
  requiresChars: ['<'],
  find(text) {
    if (!text.includes('<')) return [];
    const edits: InlineEdit[] = [];
    const lower = text.toLowerCase();
    const noCloser = new Set<string>(); // tags with no closing tag after the last search
    OPEN.lastIndex = 0;
    for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
      const tag = m[1]!.toLowerCase();
      if (noCloser.has(tag)) continue;
      const close = lower.indexOf(`</${tag}`, m.index + m[0].length);
      const end = close < 0 ? -1 : lower.indexOf('>', close);
      if (end < 0) {
        noCloser.add(tag);
        continue;
      }
      edits.push({ start: m.index, end: end + 1, after: '' });
      OPEN.lastIndex = end + 1;
    }
    return edits;
  },
};

// blocks → for each block, the index of the first block at or after it holding a closing tag.
const NEXT_CLOSER = new WeakMap<readonly Block[], Int32Array>();

function nextCloser(blocks: readonly Block[]): Int32Array {
  let next = NEXT_CLOSER.get(blocks);
  if (!next) {
    next = new Int32Array(blocks.length);
    let at = -1;
    for (let i = blocks.length - 1; i >= 0; i--) {
      if (blocks[i]!.source.includes('</') && CLOSE.test(blocks[i]!.source)) at = i;
      next[i] = at;
    }
    NEXT_CLOSER.set(blocks, next);
  }
  return next;
}

/**
 * True when block `index` opens a script, style or noscript element that a later block
 * closes (the blocks `markup/script-block` removes; `clean` leaves such a block to it even
 * when the tag stripper empties it).
 *
 * @example
 * opensClosedElement(segment('<script>\n\nx = 1;\n\n</script>'), 0); // true
 */
export function opensClosedElement(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index]!;
  return block.source.charCodeAt(0) === 60 && OPENS_BLOCK.test(block.source) && nextCloser(blocks)[index]! >= 0;
}

/**
 * Rule `markup/script-block`: a <script>, <style> or <noscript> element spanning paragraphs, removed through its closing tag.
 *
 * @example
 * clean('The vote was close.\n\n<script>\nwindow.ads = [];\n</script>', { rules: [scriptBlockRule] }).text; // 'The vote was close.'
 */
export const scriptBlockRule: BlockRule = {
  type: 'block',
  id: 'markup/script-block',
  category: 'markup',
  description: '<script>, <style> or <noscript> elements spanning paragraphs, removed through the closing tag',
  match(block, context) {
    if (block.source.charCodeAt(0) !== 60 || !OPENS_BLOCK.test(block.source)) return null;
    const through = nextCloser(context.blocks)[block.index]!;
    return through >= 0 ? { through } : null;
  },
};
