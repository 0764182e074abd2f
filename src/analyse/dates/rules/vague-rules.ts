/** Vague references with no calendar value: PRESENT_REF, PAST_REF, FUTURE_REF. */
import { rx, fixed, type TimexRule } from './rule.js';

export const presentRule: TimexRule = {
  name: 'present',
  pattern: rx('(?<word>now|currently|current|nowadays|these days|at present|the present)'),
  accept: (m, text) => !/^\s+that\b/i.test(text.slice(m.index + m[0].length)),
  resolve: () => fixed('DATE', 'PRESENT_REF'),
};

export const pastRule: TimexRule = {
  name: 'past',
  // Bare "recent" is mostly an adjective of no time ("recent violence"): left out.
  pattern: rx('(?<word>recently|lately|the past|formerly)'),
  resolve: () => fixed('DATE', 'PAST_REF'),
};

export const futureRule: TimexRule = {
  name: 'future',
  // "soon", "shortly" and adjectival "future" are rarely annotated as times: left out.
  pattern: rx('(?<word>the (?:near |distant )?future)'),
  resolve: () => fixed('DATE', 'FUTURE_REF'),
};
