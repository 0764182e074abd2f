import { describe, expect, it } from 'vitest';
import { checkFloors, metricAt } from './gate.js';

describe('eval gate', () => {
  it('reads dotted metric paths', () => {
    expect(metricAt({ zyte: { f1: 0.96 } }, 'zyte.f1')).toBe(0.96);
    expect(metricAt({ zyte: {} }, 'zyte.f1')).toBeNull();
  });

  it('fails a metric below its floor by more than epsilon, and a missing metric', () => {
    const baseline = { epsilon: 0.005, floors: { t: { a: 0.9, b: 0.9, c: 0.9 } } };
    const results = checkFloors('t', { a: 0.897, b: 0.89 }, baseline);
    expect(results.map((r) => r.pass)).toEqual([true, false, false]);
  });
});
