/**
 * The TIMEX rules: one regular expression per family of English temporal expressions and a
 * resolver that turns a match into a TimeML type and value. Extents follow TimeML: determiners
 * and modifiers ("the", "last", "early") are inside, prepositions ("on", "in") are outside.
 */
import {
  addDays,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  quarterOf,
  weekday,
} from './calendar.js';
import {
  MONTHS,
  MONTH_SOURCE,
  NUMBER_SOURCE,
  PARTS_OF_DAY,
  PART_OF_DAY_SOURCE,
  SEASONS,
  SEASON_START,
  UNIT_SOURCE,
  WEEKDAYS,
  WEEKDAY_SOURCE,
  COUNT_NOUNS,
  durationValue,
  parseQuantity,
  unitKey,
} from './lexicon.js';
import {
  type ResolveContext,
  direction,
  inferYear,
  previousQuarter,
  resolveMonth,
  resolveOffset,
  resolveQuarter,
  resolveRelativeUnit,
  resolveWeekday,
} from './resolve.js';
import type { TimexType } from './timex.js';

export interface Resolution {
  type: TimexType;
  value: string | null;
  relative: boolean;
}

export interface TimexRule {
  name: string;
  pattern: RegExp;
  /** Rejects a match from its context before extents compete (e.g. "may" the verb). */
  accept?: (match: RegExpExecArray, text: string) => boolean;
  resolve: (groups: Record<string, string | undefined>, ctx: ResolveContext) => Resolution | null;
}

/** Wraps a pattern source in word boundaries that treat hyphens as part of a word. */
const rx = (source: string, before = '(?<![\\w-])'): RegExp =>
  new RegExp(`${before}(?:${source})(?![\\w])`, 'gi');

const MODIFIER = '(?:(?<mod>early|late|mid|the (?:end|beginning|start|middle) of)[\\s-]+)?';
const APPROX =
  '(?:(?:more than|less than|nearly|almost|about|around|roughly|some|over|at least|up to|only|just)\\s+)?';

const capitalised = (word: string | undefined): boolean => !!word && /^[A-Z]/.test(word);
const month = (word: string | undefined): number =>
  MONTHS[(word ?? '').toLowerCase().replace('.', '')] ?? 0;

/** A month name alone is a date only when capitalised; "May" also needs a temporal cue before it. */
function acceptMonth(match: RegExpExecArray, text: string): boolean {
  const name = match.groups?.month;
  if (!capitalised(name)) return false;
  // A bare abbreviation ("Jan", "Dec.") is more often a name or a typo than a month.
  if (
    !match.groups?.year &&
    !match.groups?.yearDir &&
    !/^[A-Z][a-z]{2}[a-z]+$/.test(name ?? '') &&
    name !== 'May'
  )
    return false;
  if (/^(May|March)$/.test(name ?? '') && !match.groups?.mod && !match.groups?.dir) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    return /\b(in|since|until|till|by|of|during|from|to|through|before|after|last|next|this|early|late|mid)[\s-]*$/i.test(
      before,
    );
  }
  return true;
}

const fixed = (type: TimexType, value: string | null): Resolution => ({
  type,
  value,
  relative: false,
});
const relative = (type: TimexType, value: string | null): Resolution => ({
  type,
  value,
  relative: true,
});

function checkedDay(year: number, monthNumber: number, day: number): string | null {
  if (day < 1 || day > 31 || monthNumber < 1) return null;
  return formatDay({ year, month: monthNumber, day });
}

export const TIMEX_RULES: TimexRule[] = [
  {
    name: 'iso-date',
    pattern: rx('(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})'),
    resolve: (g) => fixed('DATE', checkedDay(Number(g.year), Number(g.month), Number(g.day))),
  },
  {
    // "November 5", "Nov. 5, 2024", "Sept. 30"
    name: 'month-day',
    pattern: rx(
      `(?:${WEEKDAY_SOURCE},?\\s+)?(?<month>${MONTH_SOURCE})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?`,
    ),
    accept: (m) => capitalised(m.groups?.month),
    resolve: (g, ctx) => {
      const monthNumber = month(g.month);
      const day = Number(g.day);
      if (g.year) return fixed('DATE', checkedDay(Number(g.year), monthNumber, day));
      const year = inferYear(monthNumber, day, null, ctx);
      return relative('DATE', year === null ? null : checkedDay(year, monthNumber, day));
    },
  },
  {
    // "5 November", "5th of November 2024"
    name: 'day-month',
    pattern: rx(
      `(?:${WEEKDAY_SOURCE},?\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH_SOURCE})(?:,?\\s+(?<year>\\d{4}))?`,
    ),
    accept: (m) => capitalised(m.groups?.month),
    resolve: (g, ctx) => {
      const monthNumber = month(g.month);
      const day = Number(g.day);
      if (g.year) return fixed('DATE', checkedDay(Number(g.year), monthNumber, day));
      const year = inferYear(monthNumber, day, null, ctx);
      return relative('DATE', year === null ? null : checkedDay(year, monthNumber, day));
    },
  },
  {
    // "July 2024", "late November", "last April", "November last year"
    name: 'month',
    pattern: rx(
      `${MODIFIER}(?:(?<dir>last|this|next|past)\\s+)?(?<month>${MONTH_SOURCE})` +
        `(?:(?:,?\\s+(?:of\\s+)?(?<year>\\d{4}))|(?:\\s+(?:of\\s+)?(?<yearDir>last|this|next)\\s+year))?`,
    ),
    accept: acceptMonth,
    resolve: (g, ctx) => {
      const monthNumber = month(g.month);
      if (g.year) return fixed('DATE', formatMonth(Number(g.year), monthNumber));
      if (g.yearDir) {
        const year = resolveRelativeUnit('year', direction(g.yearDir), ctx);
        return relative('DATE', year === null ? null : formatMonth(Number(year), monthNumber));
      }
      return relative('DATE', resolveMonth(monthNumber, direction(g.dir), ctx));
    },
  },
  {
    // "2022", "fiscal 1989", "early 2024", "mid-2010"
    name: 'year',
    // A hyphen may precede the year in a range ("2010-2014").
    pattern: rx(
      `${MODIFIER}(?:(?:fiscal|calendar)(?:\\s+year)?\\s+)?(?<year>(?:1[89]|20)\\d\\d)`,
      '(?<![\\w]|[a-z]-)',
    ),
    accept: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/[$£€]\s?$|\d[.,]$/.test(before) || /^(?:[.,]\d|\s*(?:%|percent|per cent))/.test(after))
        return false;
      const next = /^\s+([a-z]+)/.exec(after)?.[1];
      return !(next && COUNT_NOUNS.has(next));
    },
    resolve: (g) => fixed('DATE', g.year ?? null),
  },
  {
    // Spoken years in transcripts: "nineteen ninety-six", "the year two thousand"
    name: 'spelled-year',
    pattern: rx(
      '(?:the year\\s+)?(?:nineteen[\\s-](?<tens>ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?<ones>one|two|three|four|five|six|seven|eight|nine))?|the year\\s+(?<thousand>two thousand))',
    ),
    resolve: (g) => {
      if (g.thousand) return fixed('DATE', '2000');
      const tens =
        [
          'ten',
          'twenty',
          'thirty',
          'forty',
          'fifty',
          'sixty',
          'seventy',
          'eighty',
          'ninety',
        ].indexOf(g.tens!.toLowerCase()) + 1;
      const ones =
        ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(
          (g.ones ?? '').toLowerCase(),
        ) + 1;
      return fixed('DATE', String(1900 + tens * 10 + ones));
    },
  },
  {
    // "the 1990s", "the early 1980s"
    name: 'decade',
    pattern: rx(`(?:the\\s+)?${MODIFIER}(?<decade>(?:1[89]|20)\\d)0'?s`),
    // TimeML writes a decade with its unknown year digit: "199X".
    resolve: (g) => fixed('DATE', g.decade ? `${g.decade}X` : null),
  },
  {
    name: 'today',
    pattern: rx(`(?<word>today|tonight|tomorrow|yesterday)(?:\\s+(?<part>${PART_OF_DAY_SOURCE}))?`),
    accept: (m, text) =>
      !/^['’]s\s+(?:world|society|children|young)/i.test(text.slice(m.index + m[0].length)),
    resolve: (g, ctx) => {
      const word = (g.word ?? '').toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const part =
        word === 'tonight' ? 'NI' : g.part ? PARTS_OF_DAY[g.part.toLowerCase()] : undefined;
      if (!ctx.anchor) return relative(part ? 'TIME' : 'DATE', null);
      const day = formatDay(addDays(ctx.anchor, offset));
      return relative(part ? 'TIME' : 'DATE', part ? `${day}T${part}` : day);
    },
  },
  {
    // "this morning", "last night"
    name: 'part-of-day',
    pattern: rx(`(?<dir>this|last)\\s+(?<part>${PART_OF_DAY_SOURCE})`),
    accept: (m) =>
      !(m.groups?.dir?.toLowerCase() === 'last' && m.groups?.part?.toLowerCase() !== 'night'),
    resolve: (g, ctx) => {
      if (!ctx.anchor) return relative('TIME', null);
      const offset = g.dir?.toLowerCase() === 'last' ? -1 : 0;
      return relative(
        'TIME',
        `${formatDay(addDays(ctx.anchor, offset))}T${PARTS_OF_DAY[(g.part ?? '').toLowerCase()]}`,
      );
    },
  },
  {
    // "Thursday", "last Friday", "Wednesday night"
    name: 'weekday',
    pattern: rx(
      `(?:(?<dir>last|this|next|past|coming)\\s+)?(?<weekday>${WEEKDAY_SOURCE})(?:\\s+(?<part>${PART_OF_DAY_SOURCE}))?`,
    ),
    accept: (m, text) =>
      capitalised(m.groups?.weekday) &&
      // Newspaper titles: "the Mail on Sunday", "the Sunday Times".
      !/\b(?:Mail|Independent|Express|Mirror|People|Post|Star) on\s+$/.test(
        text.slice(Math.max(0, m.index - 20), m.index),
      ) &&
      !/^\s+(?:Times|Telegraph|Mirror|Express|People|Post|Herald|Mail|Sport|World|Star|Mercury)\b/.test(
        text.slice(m.index + m[0].length),
      ),
    resolve: (g, ctx) => {
      const day = resolveWeekday(
        WEEKDAYS[(g.weekday ?? '').toLowerCase()] ?? 0,
        direction(g.dir),
        ctx,
      );
      const part = g.part ? PARTS_OF_DAY[g.part.toLowerCase()] : undefined;
      if (part) return relative('TIME', day === null ? null : `${day}T${part}`);
      return relative('DATE', day);
    },
  },
  {
    // "the past two years", "the last year" (a stretch of time, not a calendar year)
    name: 'past-stretch',
    pattern: rx(
      `the\\s+(?:past|last|next|coming|previous|first|final)\\s+(?:(?<quantity>${NUMBER_SOURCE})\\s+)?(?<unit>${UNIT_SOURCE})`,
    ),
    resolve: (g) => {
      const quantity = g.quantity ? parseQuantity(g.quantity) : 1;
      return fixed('DURATION', durationValue(quantity, g.unit ?? ''));
    },
  },
  {
    // "last week", "this year", "earlier this month", "next summer", "the previous year"
    name: 'relative-unit',
    pattern: rx(
      `(?:(?<edge>earlier|later|early|late|mid)[\\s-]+)?(?:the\\s+)?(?<dir>last|this|next|past|coming|previous|current|following)\\s+` +
        `(?<unit>week|weekend|month|year|decade|century|spring|summer|fall|autumn|winter)`,
    ),
    resolve: (g, ctx) => {
      const unit = (g.unit ?? '').toLowerCase();
      const dir = direction(g.dir);
      const season = SEASONS[unit];
      if (season) {
        if (!ctx.anchor) return relative('DATE', null);
        const start = SEASON_START[season]!;
        let year = ctx.anchor.year;
        // "last summer" is this year's once it is over, else last year's.
        if (dir === 'last') year = ctx.anchor.month >= start + 3 ? year : year - 1;
        else if (dir === 'next') year = start > ctx.anchor.month ? year : year + 1;
        return relative('DATE', `${year}-${season}`);
      }
      // "the same period last year" in results copy: the quarter under discussion, a year back.
      if (
        unit === 'year' &&
        dir === 'last' &&
        ctx.lastQuarter &&
        /\bquarter|\bperiod/.test(ctx.sentence)
      ) {
        return relative('DATE', formatQuarter(ctx.lastQuarter.year - 1, ctx.lastQuarter.quarter));
      }
      return relative('DATE', resolveRelativeUnit(unit, dir, ctx));
    },
  },
  {
    // "two years ago", "more than a decade ago", "three days earlier", "a year from now"
    name: 'offset',
    pattern: rx(
      `${APPROX}(?<quantity>${NUMBER_SOURCE})[\\s-]+(?<unit>${UNIT_SOURCE})\\s+(?<edge>ago|earlier|before|later|after|from now|hence)`,
    ),
    accept: (m, text) =>
      !/^(?:before|after)$/i.test(m.groups?.edge ?? '') ||
      /^\s*[,.;]/.test(text.slice(m.index + m[0].length)),
    resolve: (g, ctx) => {
      const quantity = parseQuantity(g.quantity ?? '');
      const sign = /^(ago|earlier|before)$/i.test(g.edge ?? '') ? -1 : 1;
      const unit = unitKey(g.unit ?? '');
      if (quantity === null) return fixed('DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
      // In results copy (a quarter already named) "a year earlier" is that quarter a year before.
      if (unit === 'year' && quantity === 1 && ctx.lastQuarter) {
        return relative('DATE', formatQuarter(ctx.lastQuarter.year - 1, ctx.lastQuarter.quarter));
      }
      return relative('DATE', resolveOffset(quantity, unit, sign, ctx));
    },
  },
  {
    // "year-earlier", "year-ago": the same period one year before
    name: 'year-earlier',
    pattern: rx('(?:the\\s+)?year[\\s-](?:earlier|ago)(?:\\s+(?:quarter|period))?'),
    resolve: (g, ctx) => {
      void g;
      if (ctx.lastQuarter) {
        return relative('DATE', formatQuarter(ctx.lastQuarter.year - 1, ctx.lastQuarter.quarter));
      }
      return relative('DATE', ctx.anchor ? String(ctx.anchor.year - 1) : null);
    },
  },
  {
    // "the third quarter", "third-quarter", "the latest quarter", "the fourth quarter of 1988"
    name: 'quarter',
    pattern: rx(
      '(?:the\\s+)?(?:(?<leadYear>(?:19|20)\\d\\d)\\s+)?(?:(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)|(?<which>latest|last|current|previous|past|same|most recent|recent|fiscal))?' +
        '(?:[\\s-]+(?:fiscal|calendar)[\\s-]+)?[\\s-]*quarter(?:\\s+of\\s+(?:(?<year>\\d{4})|(?<yearDir>last|this|next) year))?',
    ),
    accept: (m) =>
      !!(m.groups?.ordinal || m.groups?.which || m.groups?.leadYear || /^the\s/i.test(m[0])),
    resolve: (g, ctx) => {
      const ordinal =
        ['first', 'second', 'third', 'fourth'].indexOf((g.ordinal ?? '').toLowerCase()) + 1 ||
        Number((g.ordinal ?? '').charAt(0)) ||
        0;
      const which = (g.which ?? '').toLowerCase();
      let resolved: { year: number; quarter: number } | null;
      if (ordinal && g.year) resolved = { year: Number(g.year), quarter: ordinal };
      else if (ordinal && g.yearDir && ctx.anchor) {
        resolved = {
          year: ctx.anchor.year + (g.yearDir === 'last' ? -1 : g.yearDir === 'next' ? 1 : 0),
          quarter: ordinal,
        };
      } else if (ordinal && g.leadYear) resolved = { year: Number(g.leadYear), quarter: ordinal };
      else if (ordinal) resolved = resolveQuarter(ordinal, ctx);
      else if (which === 'current' && ctx.anchor)
        resolved = { year: ctx.anchor.year, quarter: quarterOf(ctx.anchor.month) };
      else if (g.leadYear)
        resolved = ctx.lastQuarter
          ? { year: Number(g.leadYear), quarter: ctx.lastQuarter.quarter }
          : null;
      // "the latest quarter" is the last completed one; plain "the quarter" the one in discussion.
      else if (which) resolved = previousQuarter(ctx);
      else resolved = ctx.lastQuarter ?? previousQuarter(ctx);
      if (resolved) ctx.lastQuarter = resolved;
      return relative('DATE', resolved ? formatQuarter(resolved.year, resolved.quarter) : null);
    },
  },
  {
    // "the first half", "the second half of 2024"
    name: 'half',
    pattern: rx('the\\s+(?<ordinal>first|second)\\s+half(?:\\s+of\\s+(?<year>\\d{4}))?'),
    resolve: (g, ctx) => {
      const half = g.ordinal?.toLowerCase() === 'first' ? 1 : 2;
      if (g.year) return fixed('DATE', `${g.year}-H${half}`);
      return relative('DATE', ctx.anchor ? `${ctx.anchor.year}-H${half}` : null);
    },
  },
  {
    // "two years", "a few days", "16-hour", "the first nine months", "more than 40 years"
    name: 'duration',
    pattern: rx(
      `(?:the\\s+(?:first\\s+|last\\s+|past\\s+|next\\s+)?)?${APPROX}(?<quantity>${NUMBER_SOURCE})[\\s-]+(?<unit>${UNIT_SOURCE})`,
    ),
    accept: (m, text) => {
      // Ages are not durations: "6-year-old", "a 53-year-old businessman".
      if (/^[\s-]+old\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))
        return false;
      const quantity = m.groups?.quantity?.toLowerCase() ?? '';
      // "the 1988 second quarter": a year, not a count.
      if (/^(?:1[89]|20)\d\d$/.test(quantity)) return false;
      // "a day"/"a week" alone are often frequencies or idioms; keep them only after "for".
      return !(['some', 'many', 'few'].includes(quantity) && !/s$/i.test(m.groups?.unit ?? ''));
    },
    resolve: (g) => fixed('DURATION', durationValue(parseQuantity(g.quantity ?? ''), g.unit ?? '')),
  },
  {
    // "for years", "for decades", "in recent years", "recent months", "months"
    name: 'vague-duration',
    pattern: rx('(?:(?<recent>recent)\\s+)?(?<unit>years|months|weeks|decades|centuries)'),
    accept: (m, text) =>
      !!m.groups?.recent ||
      /\b(?:for|over|in|within|after|take|took|lasted)\s+$/i.test(
        text.slice(Math.max(0, m.index - 8), m.index),
      ),
    resolve: (g) => fixed('DURATION', durationValue(null, g.unit ?? '')),
  },
  {
    name: 'weekend',
    pattern: rx('the\\s+weekend'),
    resolve: (g, ctx) => {
      void g;
      if (!ctx.anchor) return relative('DATE', null);
      // Written Monday to Thursday in the past tense, "the weekend" is the one just gone.
      const offset = !ctx.future && weekday(ctx.anchor) <= 3 ? -7 : 0;
      return relative('DATE', `${formatWeek(addDays(ctx.anchor, offset))}-WE`);
    },
  },
  {
    // "(this) summer", "the fall of 1998", "winter 2024"
    name: 'season',
    pattern: rx(
      '(?:(?<the>the)\\s+)?(?:(?<mod>early|late)\\s+)?(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<year>\\d{4}))?',
    ),
    accept: (m, text) =>
      !!(m.groups?.the || m.groups?.year || m.groups?.mod) ||
      /\b(?:in|during|since|until|by|this|last|next)\s+$/i.test(
        text.slice(Math.max(0, m.index - 8), m.index),
      ),
    resolve: (g, ctx) => {
      const code = SEASONS[(g.season ?? '').toLowerCase()]!;
      if (g.year) return fixed('DATE', `${g.year}-${code}`);
      if (!ctx.anchor) return relative('DATE', null);
      const started = SEASON_START[code]! <= ctx.anchor.month;
      const year = ctx.future ? ctx.anchor.year : started ? ctx.anchor.year : ctx.anchor.year - 1;
      return relative('DATE', `${year}-${code}`);
    },
  },
  {
    name: 'holiday',
    pattern: rx(
      "(?<name>Christmas(?: Day| Eve)?|New Year(?:['’]s)? (?:Day|Eve)|Thanksgiving(?: Day)?|Boxing Day|Halloween|Valentine['’]s Day)",
    ),
    accept: (m) => capitalised(m.groups?.name),
    resolve: (g, ctx) => {
      const name = (g.name ?? '').toLowerCase();
      const [monthNumber, day] = name.startsWith('christmas eve')
        ? [12, 24]
        : name.startsWith('christmas')
          ? [12, 25]
          : name.includes('eve')
            ? [12, 31]
            : name.startsWith('new year')
              ? [1, 1]
              : name.startsWith('boxing')
                ? [12, 26]
                : name.startsWith('halloween')
                  ? [10, 31]
                  : name.startsWith('valentine')
                    ? [2, 14]
                    : [11, 0];
      const year = inferYear(monthNumber, day || 22, null, ctx);
      if (year === null) return relative('DATE', null);
      if (day === 0) {
        // Thanksgiving: the fourth Thursday of November.
        const first = (new Date(Date.UTC(year, 10, 1)).getUTCDay() + 6) % 7;
        return relative(
          'DATE',
          formatDay({ year, month: 11, day: 1 + ((3 - first + 7) % 7) + 21 }),
        );
      }
      return relative('DATE', formatDay({ year, month: monthNumber, day }));
    },
  },
  {
    // "10 a.m.", "3:30 pm", "noon" on the anchor day
    name: 'clock',
    pattern: rx(
      '(?:(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?\\s*(?<meridiem>a\\.m\\.?|p\\.m\\.?|am|pm)(?:\\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|BST|UTC|ET|PT))?|(?<noon>noon|midnight))' +
        `(?:,?\\s+(?:on\\s+)?(?:(?<weekday>${WEEKDAY_SOURCE})|(?<dayWord>today|yesterday|tomorrow)|(?<month>${MONTH_SOURCE})\\s+(?<day>\\d{1,2})))?`,
    ),
    resolve: (g, ctx) => {
      let hour = g.noon ? (g.noon.toLowerCase() === 'noon' ? 12 : 24) : Number(g.hour);
      if (/^p/i.test(g.meridiem ?? '') && hour < 12) hour += 12;
      if (/^a/i.test(g.meridiem ?? '') && hour === 12) hour = 0;
      const time = `T${String(hour).padStart(2, '0')}:${g.minute ?? '00'}`;
      if (!ctx.anchor) return relative('TIME', null);
      // The day the clock time is on: named after it ("10 p.m. Wednesday"), else the anchor day.
      let day: string | null = formatDay(ctx.anchor);
      if (g.weekday) day = resolveWeekday(WEEKDAYS[g.weekday.toLowerCase()] ?? 0, null, ctx);
      else if (g.dayWord) {
        const word = g.dayWord.toLowerCase();
        day = formatDay(
          addDays(ctx.anchor, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0),
        );
      } else if (g.month) {
        const year = inferYear(month(g.month), Number(g.day), null, ctx);
        day = year === null ? null : checkedDay(year, month(g.month), Number(g.day));
      }
      return relative('TIME', day === null ? null : `${day}${time}`);
    },
  },
  {
    name: 'present',
    pattern: rx('(?<word>now|currently|current|nowadays|these days|at present|the present)'),
    accept: (m, text) => !/^\s+that\b/i.test(text.slice(m.index + m[0].length)),
    resolve: () => fixed('DATE', 'PRESENT_REF'),
  },
  {
    name: 'past',
    // Bare "recent" is mostly an adjective of no time ("recent violence"): left out.
    pattern: rx('(?<word>recently|lately|the past|formerly)'),
    resolve: () => fixed('DATE', 'PAST_REF'),
  },
  {
    name: 'future',
    // "soon", "shortly" and adjectival "future" are rarely annotated as times: left out.
    pattern: rx('(?<word>the (?:near |distant )?future)'),
    resolve: () => fixed('DATE', 'FUTURE_REF'),
  },
  {
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
  },
];
