/**
 * Role-only mentions written with a determiner: "the Health Secretary", "the premier",
 * "The PM’s". Only roles that the story names a holder for (or that the synonym table knows)
 * are looked for, so "the minister" stays unresolved rather than guessed.
 */
import { roleKey } from './roles.js';

export interface RoleMention {
  /** Span including the determiner ("the PM"). */
  start: number;
  end: number;
  role: string;
  key: string;
}

const THE_RE = /\b[Tt]he\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/gu;

export function findRoleMentions(text: string, keys: ReadonlySet<string>): RoleMention[] {
  const out: RoleMention[] = [];
  for (const match of text.matchAll(THE_RE)) {
    const start = match.index ?? 0;
    const found = [match[1], match[2], match[3]].filter((word): word is string => !!word);
    for (let count = found.length; count >= 1; count--) {
      const phrase = found.slice(0, count).join(' ');
      const key = roleKey(phrase);
      if (!key || !keys.has(key)) continue;
      // The phrase must be written exactly as matched: recompute its end from the text.
      const roleStart = text.indexOf(found[0]!, start + 3);
      let end = roleStart;
      for (const word of found.slice(0, count)) end = text.indexOf(word, end) + word.length;
      out.push({ start, end, role: text.slice(roleStart, end), key });
      break;
    }
  }
  return out;
}
