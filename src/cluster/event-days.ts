/**
 * Event-day agreement (issue 4): the weekday a report's lead names ("said on Friday",
 * "Monday's vote") is when its event happened, so two reports that name different weekdays
 * are, most of the time, about different events, however many words of the topic they share;
 * two that name the same weekday are more likely one event. It is the "when" of who / what /
 * where / when that bag-of-words similarity cannot see: "Trump", "border", "migrants" are
 * shared by every border story of a year; "Monday" vs "Friday" is not.
 *
 * Measured on the NeuS pool (3,000 articles, pairs of cosine 0.22–0.4, title + 300 lead
 * characters): 38% of pairs are one event; 62% of those naming a common weekday, 10% of those
 * naming only different ones. Undated pairs are left alone (no signal either way).
 *
 * The signal is additive and linear in each side, so it averages over a story exactly like
 * the cosines of average linkage do: a story keeps the sum of its members' unit weekday
 * vectors and how many members name a weekday, and the mean agreement with an article (or a
 * story) is a dot product over 7 numbers:
 *
 *   agreement(i, j) = +matchBonus      both name a weekday, a shared one
 *                   = −conflictPenalty both name weekdays, none shared
 *                   = 0                either names none
 *   (multi-day reports count the shared share of their unit vectors)
 */

export interface EventDayOptions {
  /** Added to the similarity of two reports naming the same weekday. Default: DEFAULT_DAY_MATCH_BONUS (0.05). */
  matchBonus?: number;
  /** Taken from the similarity of two reports naming different weekdays. Default: DEFAULT_DAY_CONFLICT_PENALTY (0.1). */
  conflictPenalty?: number;
  /** Characters of body text (after the title) searched for weekdays. Default: DEFAULT_DAY_LEAD_CHARS (300). */
  leadChars?: number;
}

export const DEFAULT_DAY_MATCH_BONUS = 0.05;
export const DEFAULT_DAY_CONFLICT_PENALTY = 0.1;
/**
 * The lead dates the event ("… said on Friday"); later paragraphs date background ("last
 * Tuesday's meeting") as often as the news itself.
 */
export const DEFAULT_DAY_LEAD_CHARS = 300;

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi;
/** Named days that are not dates: "Super Tuesday", "Black Friday", "Good Friday" … */
const NAMED_DAY = /\b(super|black|good|cyber|ash|bloody|easter|palm|giving|holy|maundy)\s+$/i;

/** Bit d (Monday = 0) set for each weekday named in the title or the lead; 0 when none. */
export function eventDays(
  title: string | null,
  text: string,
  leadChars = DEFAULT_DAY_LEAD_CHARS,
): number {
  const lead = title ? `${title}\n${text.slice(0, leadChars)}` : text.slice(0, leadChars);
  let mask = 0;
  for (const match of lead.matchAll(WEEKDAY)) {
    const before = lead.slice(Math.max(0, match.index - 12), match.index);
    if (NAMED_DAY.test(before)) continue;
    mask |= 1 << DAYS.indexOf(match[1]!.toLowerCase());
  }
  return mask;
}

/** The weekdays of a story's members: the sum of their unit weekday vectors, and how many name one. */
export interface DayProfile {
  sum: Float64Array;
  dated: number;
}

export function emptyDayProfile(): DayProfile {
  return { sum: new Float64Array(DAYS.length), dated: 0 };
}

function bitCount(mask: number): number {
  let count = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
  return count;
}

/** Adds (sign 1) or takes out (sign −1) one member's weekdays. */
export function addDays(profile: DayProfile, mask: number, sign: 1 | -1 = 1): void {
  if (mask === 0) return;
  const weight = sign / Math.sqrt(bitCount(mask));
  for (let day = 0; day < DAYS.length; day++) {
    if (mask & (1 << day)) profile.sum[day] = profile.sum[day]! + weight;
  }
  profile.dated += sign;
}

/** profile += other (a merge: the members of an absorbed story). */
export function addProfile(profile: DayProfile, other: DayProfile): void {
  for (let day = 0; day < DAYS.length; day++)
    profile.sum[day] = profile.sum[day]! + other.sum[day]!;
  profile.dated += other.dated;
}

interface Weights {
  matchBonus: number;
  conflictPenalty: number;
}

export function dayWeights(options: EventDayOptions = {}): Weights {
  return {
    matchBonus: options.matchBonus ?? DEFAULT_DAY_MATCH_BONUS,
    conflictPenalty: options.conflictPenalty ?? DEFAULT_DAY_CONFLICT_PENALTY,
  };
}

/**
 * Mean agreement of an article's weekdays with the `members` members summed in `profile`
 * (to add to the mean cosine of average linkage).
 */
export function dayLinkage(
  mask: number,
  profile: DayProfile,
  members: number,
  weights: Weights,
): number {
  if (mask === 0 || profile.dated === 0 || members <= 0) return 0;
  const unit = 1 / Math.sqrt(bitCount(mask));
  let match = 0;
  for (let day = 0; day < DAYS.length; day++)
    if (mask & (1 << day)) match += unit * profile.sum[day]!;
  return (
    ((weights.matchBonus + weights.conflictPenalty) * match -
      weights.conflictPenalty * profile.dated) /
    members
  );
}

/**
 * `dayLinkage` of a member with the other members of its own story (leave-one-out, as the
 * refinement pass compares an article with its story): its own unit vector matches itself
 * exactly once, so it comes off the match mass and the dated count.
 */
export function ownDayLinkage(
  mask: number,
  profile: DayProfile,
  members: number,
  weights: Weights,
): number {
  if (mask === 0 || profile.dated <= 1 || members <= 1) return 0;
  const unit = 1 / Math.sqrt(bitCount(mask));
  let match = -1;
  for (let day = 0; day < DAYS.length; day++) {
    if (mask & (1 << day)) match += unit * profile.sum[day]!;
  }
  return (
    ((weights.matchBonus + weights.conflictPenalty) * match -
      weights.conflictPenalty * (profile.dated - 1)) /
    (members - 1)
  );
}

/** Mean agreement over all cross pairs of two stories' members. */
export function profileLinkage(
  a: DayProfile,
  sizeA: number,
  b: DayProfile,
  sizeB: number,
  weights: Weights,
): number {
  if (a.dated === 0 || b.dated === 0) return 0;
  let match = 0;
  for (let day = 0; day < DAYS.length; day++) match += a.sum[day]! * b.sum[day]!;
  return (
    ((weights.matchBonus + weights.conflictPenalty) * match -
      weights.conflictPenalty * a.dated * b.dated) /
    (sizeA * sizeB)
  );
}
