/**
 * Role phrases as keys: "Health Secretary", "the health secretary" and "health secretary"
 * are one key; "PM", "premier" and "Prime Minister" are one key through a synonym table.
 * Roles learnt from "Health Secretary Wes Streeting" let "the Health Secretary" resolve.
 */
import { ROLE_HEADS } from './lexicon.js';

/** Role synonyms: every key maps to one normalised role. Extend, never rename, keys. */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['pm', 'prime minister'],
  ['premier', 'prime minister'],
  ['british prime minister', 'prime minister'],
  ['uk prime minister', 'prime minister'],
  ['potus', 'president'],
  ['us president', 'president'],
  ['president-elect', 'president-elect'],
  ['us president-elect', 'president-elect'],
  ['home sec', 'home secretary'],
  ['chancellor of the exchequer', 'chancellor'],
]);

/** Modifiers dropped from a role key: they qualify the holder, not the office. */
const ROLE_NOISE = new Set(['the', 'a', 'an', 'british', 'former', 'then', 'incoming', 'new']);

/** Normalised role key: lower case, noise words dropped, synonyms applied; '' if not a role. */
export function roleKey(phrase: string): string {
  const words = phrase
    .toLowerCase()
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .filter((word) => word && !ROLE_NOISE.has(word));
  const key = words.join(' ');
  if (!key) return '';
  const synonym = ROLE_SYNONYMS.get(key);
  if (synonym) return synonym;
  const head = words[words.length - 1] ?? '';
  return isRoleHead(head) ? key : '';
}

/** Whether a word heads a role ("minister", "Gen.", "President-elect"). */
export function isRoleHead(word: string): boolean {
  return ROLE_HEADS.has(
    word
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/-elect$/, ''),
  );
}

/** Whether a role key is specific enough to name one person in a story ("health secretary"). */
export function isSpecificRole(key: string): boolean {
  // A bare head ("minister", "leader") is shared by many people of a story: only a
  // qualified role or a single-holder office identifies someone.
  return (
    key.includes(' ') || key === 'prime minister' || key === 'chancellor' || key === 'president'
  );
}
