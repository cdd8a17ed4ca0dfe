// recordTask: one JSON line → a task, or a failure that says what is wrong with the line.
import { describe, expect, it } from 'vitest';
import { recordTask } from '../../src/cli/input.js';

const FIELDS = { text: 'text', id: 'id', published: 'publishedAt' };
const PLAIN_TEXT = /give a plain-text article as a \.txt file/;

describe('recordTask', () => {
  it.each([
    // line → [id, error name or 'ok', does the message point at plain text?]
    ['{"id": "a", "text": "Putin spoke."}', 'a', 'ok', false],
    ['Putin spoke on Tuesday.', 7, 'SyntaxError', true],
    ['  The minister said so.', 7, 'SyntaxError', true],
    ['{"id": "a", "text": "Putin spoke."', 7, 'SyntaxError', false],
    ['[1, 2]', 7, 'TypeError', false],
    ['{"id": 3}', 3, 'TypeError', false],
  ] as const)('%j → %j %s', (line, id, outcome, pointsAtText) => {
    const task = recordTask(line, 7, FIELDS, {});
    expect(task.id).toBe(id);
    if (outcome === 'ok') {
      expect('raw' in task && task.raw).toBe('Putin spoke.');
      return;
    }
    expect('failure' in task && task.failure.name).toBe(outcome);
    expect('failure' in task && PLAIN_TEXT.test(task.failure.message)).toBe(pointsAtText);
  });
});
