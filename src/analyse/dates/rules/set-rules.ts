/** Sets (frequencies): "daily", "every Monday". */
import { WEEKDAYS, WEEKDAY_SOURCE } from '../lexicon.js';
import { rx, fixed, type TimexRule } from './rule.js';

export const setRule: TimexRule = {
  name: 'set',
  pattern: rx(
    '(?<adverb>daily|weekly|monthly|yearly|hourly|nightly)|(?:every|each)\\s+(?<unit>day|week|month|year|morning|night|quarter|' +
      `${WEEKDAY_SOURCE})`,
  ),
  resolve: (g) => {
    const word = (g.adverb ?? g.unit ?? '').toLowerCase();
    const code: Record<string, string> = {
      daily: 'P1D',
      day: 'P1D',
      nightly: 'P1D',
      night: 'P1D',
      morning: 'P1D',
      weekly: 'P1W',
      week: 'P1W',
      monthly: 'P1M',
      month: 'P1M',
      quarterly: 'P1Q',
      quarter: 'P1Q',
      annually: 'P1Y',
      yearly: 'P1Y',
      year: 'P1Y',
      hourly: 'PT1H',
    };
    if (word in WEEKDAYS) return fixed('SET', `XXXX-WXX-${(WEEKDAYS[word] ?? 0) + 1}`);
    return fixed('SET', code[word] ?? null);
  },
};
