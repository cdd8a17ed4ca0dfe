// Adversarial inputs for `npm run bench -- adversarial` (issue 16): text shapes that made a
// stage superlinear or memory-hungry, and a realistic article repeated, cut to a size in bytes.
import { readFileSync } from 'node:fs';

const article = readFileSync(new URL('../../fixtures/001_86f532ec41cc6b46.txt', import.meta.url), 'utf8');

/** Shape name → the unit repeated to build it. */
export const SHAPES: Record<string, string> = {
  'dot runs': '. ',
  'Mr. Joe repeats': 'Mr. Joe ',
  'whitespace runs': '   \n',
  'quote marks': '"“ ”‘’« » \'',
  brackets: '([{ ',
  'realistic article repeated': `${article}\n\n`,
};

export function adversarialInput(shape: string, bytes: number): string {
  const unit = SHAPES[shape];
  if (unit === undefined) throw new RangeError(`unknown shape ${shape} (known: ${Object.keys(SHAPES).join(', ')})`);
  let text = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
  while (Buffer.byteLength(text) > bytes)
    text = text.slice(0, text.length - Math.max(1, Buffer.byteLength(text) - bytes));
  return text;
}
