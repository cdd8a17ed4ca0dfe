import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/index.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const meta = JSON.parse(readFileSync(new URL('fixtures.json', FIXTURES), 'utf8')) as Record<string, { publishedAt: string }>;
const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Chatham'];
const original = process.env.TZ;

function runAll() {
  return Object.entries(meta).map(([file, { publishedAt }]) =>
    resolveDates(readFileSync(new URL(file, FIXTURES), 'utf8'), { publishedAt }));
}

describe('resolveDates does not depend on the machine time zone', () => {
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  it('gives identical output for the fixtures under every TZ', () => {
    const outputs = ZONES.map((zone) => {
      process.env.TZ = zone;
      expect(new Date(Date.UTC(2021, 11, 7, 12)).getTimezoneOffset()).toBe(new Date(Date.UTC(2021, 11, 7, 12)).getTimezoneOffset());
      return JSON.stringify(runAll());
    });
    for (const output of outputs) expect(output).toBe(outputs[0]);
    expect(outputs[0]!.length).toBeGreaterThan(1000);
  });
  it('resolves relative dates the same way in far-off zones', () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      const ds = resolveDates('They met yesterday and will meet again on Thursday at 10 a.m. and tomorrow night.', { publishedAt: '2021-12-07' });
      expect(ds.map((d) => d.value)).toEqual(['2021-12-06', '2021-12-09T10:00', '2021-12-08TNI']);
    }
  });
});
