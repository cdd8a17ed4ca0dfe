/**
 * Applies inline rules to one paragraph in sequence, each rule seeing the text as the rules
 * before it left it ("[Iran](#)‘s" → "Iran‘s" → "Iran’s"), while every change stays mapped
 * to raw offsets.
 *
 * The paragraph is a list of pieces covering its raw text: unchanged raw text, or edited
 * text with the rule that made it. A rule's edits split unchanged pieces where they begin
 * and end; an edit that cuts into an already edited piece absorbs the whole piece, so an
 * edit never splits another edit. The final pieces are the paragraph's edits, and their
 * joined text is exactly what the cleaned paragraph reads — block rules judge that text.
 */
import type { RuleEdit } from './assemble.js';
import { charsOf, gateAllows, type CharGate } from './char-gate.js';
import type { InlineContext, InlineEdit, InlineRule } from './rule.js';
import type { Block } from './segment.js';

const MAX_ROUNDS = 4;

interface Piece {
  rawStart: number;
  rawEnd: number;
  text: string;
  /** Set on edited pieces. */
  rule?: string;
  category?: string;
}

/**
 * The outcome of the inline rules on one paragraph.
 *
 * @example
 * const result: InlineResult = applyInlineRules(segment('He [said](#).')[0]!, [markdownLinkRule], { isFirst: true, language: 'eng' });
 * // { text: 'He said.', edits: [{ start: 3, end: 12, after: 'said', rule: 'markup/markdown-link', category: 'markup' }] }
 */
export interface InlineResult {
  /** What the paragraph reads after the inline rules. */
  text: string;
  /** The edits, in block-relative raw offsets. */
  edits: RuleEdit[];
}

/**
 * Runs `rules` over `block`, in order, and returns the paragraph's final text and edits.
 * `gates[k]`, when given, is rule k's compiled `requiresChars` (see char-gate.ts): the rule is
 * not called on a text that lacks its characters.
 *
 * @example
 * const { text, edits } = applyInlineRules(block, DEFAULT_RULES.filter(isInline), { isFirst: true, language: 'eng' });
 */
export function applyInlineRules(
  block: Block,
  rules: readonly InlineRule[],
  context: InlineContext,
  gates?: ReadonlyArray<CharGate | undefined>,
): InlineResult {
  let pieces = initialPieces(block);
  let text = joinText(pieces);
  // The characters of the text as it now reads, taken when a gate first asks (into an array
  // borrowed like idleAt's, and given back at the end).
  const charsScratch = gateScratch ?? new Int32Array(5);
  gateScratch = undefined;
  let chars: Int32Array | undefined;
  // The list runs again while a pass changed something (a shortcode inside link text, nested
  // markdown, chains of stray punctuation), so cleaning the result again changes nothing.
  // Most paragraphs need no edit at all and cost a single pass.
  // A rule is pure: when it found nothing and no edit has been applied since, it would find
  // nothing again, so a later round skips it. `applied` counts applied edit lists; idleAt[k]
  // is its value when rule k last found nothing (-1: must run).
  let applied = 0;
  // (Borrowed from idleScratch while the block is read, so a rule that cleans another text
  // meanwhile gets its own list.)
  const idleAt = idleScratch && idleScratch.length >= rules.length ? idleScratch : new Int32Array(rules.length);
  idleScratch = undefined;
  idleAt.fill(-1, 0, rules.length);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (let k = 0; k < rules.length; k++) {
      if (idleAt[k] === applied) continue;
      const gate = gates?.[k];
      // A text without the rule's characters: it would find nothing, as in an idle round.
      if (gate && !gateAllows(gate, (chars ??= charsOf(text, charsScratch)))) {
        idleAt[k] = applied;
        continue;
      }
      const rule = rules[k]!;
      const proposed = rule.find(text, context);
      const found = proposed.length === 0 ? proposed : usable(proposed, text);
      if (found.length === 0) {
        idleAt[k] = applied;
        continue;
      }
      idleAt[k] = -1;
      applied++;
      const before = text;
      pieces = applyEdits(pieces, found, rule.id, rule.category);
      text = joinText(pieces);
      chars = undefined;
      // An edit may leave spaces at the paragraph's edges ("[caption …] Containers"): trim
      // them at once, so the next rule reads the paragraph as a second cleaning would.
      const trims = edgeTrims(text);
      if (trims.length) {
        applied++;
        pieces = applyEdits(pieces, trims, 'whitespace/trim', 'whitespace');
        text = joinText(pieces);
      }
      if (text !== before) changed = true;
    }
    if (!changed) break;
  }
  idleScratch = idleAt;
  gateScratch = charsScratch;
  const edits: RuleEdit[] = [];
  for (const piece of pieces) {
    if (piece.rule === undefined || (piece.rawStart === piece.rawEnd && piece.text === '')) continue;
    edits.push({
      start: piece.rawStart - block.start,
      end: piece.rawEnd - block.start,
      after: piece.text,
      rule: piece.rule,
      category: piece.category!,
    });
  }
  return { text, edits };
}

// applyInlineRules's idleAt list and character set, kept for the next paragraph (one
// allocation, not one a paragraph).
let idleScratch: Int32Array | undefined;
let gateScratch: Int32Array | undefined;

function edgeTrims(text: string): InlineEdit[] {
  const trims: InlineEdit[] = [];
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (lead > 0) trims.push({ start: 0, end: lead, after: '' });
  if (trail > 0 && lead < text.length) trims.push({ start: text.length - trail, end: text.length, after: '' });
  return trims;
}

// Soft-wrapped line breaks read as one space from the start.
function initialPieces(block: Block): Piece[] {
  // Most paragraphs have no wrap: one piece, in a list of its size.
  if (block.wraps.length === 0) return [{ rawStart: block.start, rawEnd: block.end, text: block.text }];
  const pieces: Piece[] = [];
  let at = block.start;
  for (const wrap of block.wraps) {
    pieces.push({
      rawStart: at,
      rawEnd: wrap.start,
      text: block.text.slice(at - block.start, wrap.start - block.start),
    });
    pieces.push({
      rawStart: wrap.start,
      rawEnd: wrap.end,
      text: ' ',
      rule: 'whitespace/line-wrap',
      category: 'whitespace',
    });
    at = wrap.end;
  }
  pieces.push({ rawStart: at, rawEnd: block.end, text: block.text.slice(at - block.start) });
  return pieces;
}

function joinText(pieces: readonly Piece[]): string {
  return pieces.length === 1 ? pieces[0]!.text : pieces.map((p) => p.text).join('');
}

// A rule's edits, in range, sorted, with overlaps among them dropped (first wins).
function usable(edits: InlineEdit[], text: string): InlineEdit[] {
  const { length } = text;
  const valid = edits.filter((e) => e.start >= 0 && e.end <= length && e.start <= e.end && typeof e.after === 'string');
  valid.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: InlineEdit[] = [];
  for (const edit of valid) {
    const last = out[out.length - 1];
    if (last && (edit.start < last.end || (edit.start === last.start && edit.end === last.end))) {
      // A removal widened over shared spaces overlaps its neighbour: keep the rest of it.
      if (edit.after === '' && edit.end > last.end) out.push({ start: last.end, end: edit.end, after: '' });
      continue;
    }
    out.push(edit);
  }
  return out.length > DENSE_EDITS ? compact(out, text) : out;
}

// A rule that proposes hundreds of edits in one paragraph is editing garbage (a megabyte of
// ". . ."): its edits separated by a few unchanged characters are merged into one replace
// edit (the characters between go into `after`), so the edit log and the pieces stay small
// while every byte is still accounted for. Ordinary paragraphs never get near the limit.
const DENSE_EDITS = 64;
const MERGE_GAP = 16;

function compact(edits: readonly InlineEdit[], text: string): InlineEdit[] {
  const out: InlineEdit[] = [];
  let run: InlineEdit | undefined;
  let parts: string[] = [];
  const flush = () => {
    if (run) out.push(parts.length > 1 ? { start: run.start, end: run.end, after: parts.join('') } : run);
  };
  for (const edit of edits) {
    if (run && edit.start - run.end <= MERGE_GAP) {
      parts.push(text.slice(run.end, edit.start), edit.after);
      run = { start: run.start, end: edit.end, after: '' };
      continue;
    }
    flush();
    run = edit;
    parts = [edit.after];
  }
  flush();
  return out;
}

interface Placed extends Piece {
  /** Offset of the piece in the current text. */
  at: number;
}

function applyEdits(pieces: readonly Piece[], edits: readonly InlineEdit[], rule: string, category: string): Piece[] {
  const split = splitAtEdits(pieces, edits);
  const out: Piece[] = [];
  let k = 0;
  for (const edit of edits) {
    // Pieces that end at or before the edit come first (zero-width ones at its start too).
    while (
      k < split.length &&
      split[k]!.at + split[k]!.text.length <= edit.start &&
      !(split[k]!.at === edit.start && split[k]!.text.length > 0)
    ) {
      out.push(strip(split[k++]!));
    }
    const first = k;
    // Covered: pieces starting inside the edit, or an edited piece straddling its start.
    while (k < split.length && (split[k]!.at < edit.end || split[k]!.at < edit.start)) k++;
    if (k === first) {
      const rawAt = k < split.length ? split[k]!.rawStart : (out[out.length - 1]?.rawEnd ?? 0);
      out.push({ rawStart: rawAt, rawEnd: rawAt, text: edit.after, rule, category });
      continue;
    }
    const head = split[first]!;
    const tail = split[k - 1]!;
    const prefix = head.at < edit.start ? head.text.slice(0, edit.start - head.at) : '';
    const suffix = tail.at + tail.text.length > edit.end ? tail.text.slice(edit.end - tail.at) : '';
    out.push({ rawStart: head.rawStart, rawEnd: tail.rawEnd, text: prefix + edit.after + suffix, rule, category });
  }
  while (k < split.length) out.push(strip(split[k++]!));
  return out;
}

function strip(placed: Placed): Piece {
  const piece: Piece = { rawStart: placed.rawStart, rawEnd: placed.rawEnd, text: placed.text };
  if (placed.rule !== undefined) {
    piece.rule = placed.rule;
    piece.category = placed.category!;
  }
  return piece;
}

// Splits unchanged pieces at every edit boundary that falls strictly inside them (their
// text is raw text, so any offset maps to raw). Edited pieces are never split.
function splitAtEdits(pieces: readonly Piece[], edits: readonly InlineEdit[]): Placed[] {
  const cuts: number[] = [];
  for (const e of edits) {
    if (cuts[cuts.length - 1] !== e.start) cuts.push(e.start);
    if (e.end !== e.start) cuts.push(e.end);
  }
  const out: Placed[] = [];
  let at = 0;
  let c = 0;
  for (const piece of pieces) {
    const end = at + piece.text.length;
    while (c < cuts.length && cuts[c]! <= at) c++;
    if (piece.rule !== undefined) {
      out.push({ ...piece, at });
    } else {
      let from = at;
      while (c < cuts.length && cuts[c]! < end) {
        const cut = cuts[c++]!;
        out.push(rawPiece(piece, at, from, cut));
        from = cut;
      }
      out.push(rawPiece(piece, at, from, end));
    }
    at = end;
  }
  return out;
}

function rawPiece(piece: Piece, pieceAt: number, from: number, to: number): Placed {
  const rawStart = piece.rawStart + (from - pieceAt);
  return { rawStart, rawEnd: rawStart + (to - from), text: piece.text.slice(from - pieceAt, to - pieceAt), at: from };
}
