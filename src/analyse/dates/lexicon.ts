/**
 * Words of English temporal expressions and their values: months, weekdays, number words,
 * units and the TimeML codes they map to. Regex fragments here are source strings, combined
 * into patterns by timex-rules.ts.
 */

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Full names and abbreviations (optionally with a period); capitalisation is checked later. */
export const MONTH_SOURCE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** ISO order: Monday = 0. */
export const WEEKDAYS: Record<string, number> = {
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
};
export const WEEKDAY_SOURCE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** TimeML parts of day. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
};
export const PART_OF_DAY_SOURCE = '(?:morning|afternoon|evening|night)';

export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};
/** Month in which each season starts (northern hemisphere), to infer its year. */
export const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a couple of': 2,
  'couple of': 2,
  half: 0.5,
  'half a': 0.5,
  'half an': 0.5,
};

/** Quantities whose size the text does not give: TimeML writes them as "X" ("PXY"). */
export const VAGUE_QUANTITIES = ['several', 'a few', 'few', 'many', 'some', 'numerous', 'the'];

export const NUMBER_SOURCE =
  '(?:\\d+(?:\\.\\d+|\\s+1/2|\\s?½)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'a couple of|couple of|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|' +
  'thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|' +
  'several|a few|few|many|some|numerous)';

/** Parsed quantity, or null for a vague one ("several"). */
export function parseQuantity(text: string): number | null {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(lower)) return Number(lower);
  // "2 1/2", "2½": financial copy writes halves as fractions.
  const fraction = /^(\d+)\s*(?:1\/2|½)$/.exec(lower);
  if (fraction) return Number(fraction[1]) + 0.5;
  if (lower in SMALL_NUMBERS) return SMALL_NUMBERS[lower]!;
  const compound = /^(\w+)[\s-](\w+)$/.exec(lower);
  if (compound && compound[1]! in SMALL_NUMBERS && compound[2]! in SMALL_NUMBERS) {
    return SMALL_NUMBERS[compound[1]!]! + SMALL_NUMBERS[compound[2]!]!;
  }
  return null;
}

export const UNIT_SOURCE =
  '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|years?|decades?|centuries|century|quarters?)';

/** Unit → [TimeML duration letter, is it a time (PT…) unit]. */
const UNIT_CODES: Record<string, [string, boolean]> = {
  second: ['S', true],
  minute: ['M', true],
  hour: ['H', true],
  day: ['D', false],
  week: ['W', false],
  weekend: ['WE', false],
  month: ['M', false],
  year: ['Y', false],
  decade: ['DE', false],
  century: ['CE', false],
  quarter: ['Q', false],
};

export function unitKey(unit: string): string {
  const lower = unit.toLowerCase();
  if (lower === 'centuries') return 'century';
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** How a unit breaks into the next smaller one, for fractions: 2.5 years is P2Y6M. */
const SMALLER_UNIT: Record<string, [number, string, boolean]> = {
  Y: [12, 'M', false],
  M: [30, 'D', false],
  W: [7, 'D', false],
  D: [24, 'H', true],
  H: [60, 'M', true],
};
/** The smaller unit of a time (PT…) minute. */
const MINUTE_SMALLER: [number, string, boolean] = [60, 'S', true];

/** "P2Y", "PT16H", "PXM" for a quantity (null = vague) of a unit. */
export function durationValue(quantity: number | null, unit: string): string {
  const [code, isTime] = UNIT_CODES[unitKey(unit)] ?? ['X', false];
  // TimeML measures decades in years: "two decades" is P20Y.
  if (code === 'DE') return quantity === null ? 'PXY' : `P${quantity * 10}Y`;
  if (quantity === null) return isTime ? `PTX${code}` : `PX${code}`;
  const whole = Math.floor(quantity);
  const smaller = isTime && code === 'M' ? MINUTE_SMALLER : SMALLER_UNIT[code];
  if (whole === quantity || !smaller) {
    return isTime ? `PT${quantity}${code}` : `P${quantity}${code}`;
  }
  // A fraction goes into the next smaller unit, as TimeML writes it: "2 1/2 years" is P2Y6M,
  // "5 1/2 hours" PT5H30M, "half a day" PT12H.
  const [per, smallCode, smallIsTime] = smaller;
  const rest = `${Math.round((quantity - whole) * per)}${smallCode}`;
  const head = whole > 0 ? `${whole}${code}` : '';
  if (isTime) return `PT${head}${rest}`;
  return smallIsTime ? `P${head}T${rest}` : `P${head}${rest}`;
}

/**
 * Words that count things rather than name years: "2000 people" is not a year. A four-digit
 * number followed by one of these is left alone.
 */
export const COUNT_NOUNS = new Set(
  (
    'people persons men women children kids girls boys jobs troops soldiers police officers ' +
    'shares workers employees staff times units cars homes houses votes voters miles feet ' +
    'meters metres kilometres kilometers tons tonnes barrels dollars pounds euros points ' +
    'students patients cases deaths victims members copies acres hectares pages words calls ' +
    'residents refugees migrants prisoners passengers students companies firms stores'
  ).split(/\s+/),
);
