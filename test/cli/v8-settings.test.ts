// The V8 flags the `newsnorm` command sets on itself (src/cli/v8-settings.ts) must exist in the
// Node running the tests: node refuses an unknown V8 option on its command line (exit 9), while
// setFlagsFromString would ignore it silently, and the command would lose its memory bound
// without a word. A misspelled flag is the negative row.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMAND_V8_FLAGS } from '../../src/cli/v8-settings.js';

function nodeAccepts(flag: string): boolean {
  const run = spawnSync(process.execPath, [flag, '-e', ''], { encoding: 'utf8' });
  return run.status === 0 && run.stderr === '';
}

describe('the V8 settings of the newsnorm command', () => {
  it.each(COMMAND_V8_FLAGS.map((flag) => [flag]))('%s is an option of this node', (flag) => {
    expect(nodeAccepts(flag)).toBe(true);
  });

  it('a misspelled flag is refused (the check can fail)', () => {
    expect(nodeAccepts('--no-allocation-site-pretenurin')).toBe(false);
  });
});
