import { describe, expect, test } from 'vitest';
import { buildSeedRecords, SEED_UNITS } from '@/entrypoints/log/seed-records';
import { CATEGORIES, SEVERITIES } from '@/lib/engine/schema';
import { maskRecordPersonalData } from '@/lib/log/mask-personal-data';
import { ReviewRecordSchema, type ReviewRecord } from '@/lib/log/review-record';

const NOW = Date.parse('2026-12-01T04:00:00Z');
const records: ReviewRecord[] = buildSeedRecords(3000, { seed: 7, now: NOW }).map((r) =>
  ReviewRecordSchema.parse(r),
);

describe('seed records for the supervisor page', () => {
  test('every record is valid and carries no unmasked personal data', () => {
    for (const record of buildSeedRecords(3000, { seed: 7, now: NOW })) {
      expect(ReviewRecordSchema.safeParse(record).success).toBe(true);
      expect(maskRecordPersonalData(record).maskedFields).toEqual([]);
    }
  });

  test('covers every unit, outcome, gate decision, category and severity', () => {
    const seen = new Set<string>();
    for (const r of records) {
      seen.add(`unit:${r.unit}`);
      if (r.type === 'sign-off') seen.add(`outcome:${r.outcome}`);
      if (r.type === 'gate-decision') seen.add(`decision:${r.decision}`);
      if (r.type !== 'retention-delete') {
        for (const f of r.findings)
          seen.add(`category:${f.category}`).add(`severity:${f.severity}`);
      }
    }
    const expected = [
      ...SEED_UNITS.map((u) => `unit:${u.name}`),
      'outcome:approved',
      'outcome:returned',
      'outcome:conditional',
      'decision:back-to-edit',
      'decision:publish-anyway',
      ...CATEGORIES.map((c) => `category:${c}`),
      ...SEVERITIES.map((s) => `severity:${s}`),
    ];
    expect([...seen].sort()).toEqual(expect.arrayContaining(expected));
  });

  test('spreads records oldest first over about six months ending now', () => {
    const times = records.map((r) => Date.parse(r.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(NOW - times[0]!).toBeGreaterThan(180 * 86_400_000);
    expect(NOW - times[times.length - 1]!).toBeLessThan(86_400_000);
  });

  test('batches give the same records as one call', () => {
    const whole = buildSeedRecords(10, { seed: 3, now: NOW, total: 10 });
    const batches = [
      ...buildSeedRecords(4, { seed: 3, now: NOW, offset: 0, total: 10 }),
      ...buildSeedRecords(6, { seed: 3, now: NOW, offset: 4, total: 10 }),
    ];
    expect(batches).toEqual(whole);
  });
});
