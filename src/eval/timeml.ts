/**
 * TimeML documents: the plain text of <TEXT> with the TIMEX3 annotations as character spans
 * into it, and the document creation time (the TIMEX3 whose functionInDocument is
 * CREATION_TIME) that relative expressions resolve against.
 */
import type { Span } from '../types.js';

export interface GoldTimex {
  text: string;
  span: Span;
  type: string;
  value: string;
}

export interface TimeMlDocument {
  id: string;
  /** Document creation time as written in the TIMEX3 value ("1990-08-15T13:37"), or null. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g))
    out[match[1]!] = unescape(match[2]!);
  return out;
}

/** Parses one .tml file. Tags other than TIMEX3 (EVENT, SIGNAL …) are dropped, their text kept. */
export function parseTimeMl(xml: string, id: string): TimeMlDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dct = dctTag ? (attributes(dctTag[0]).value ?? null) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const match of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g)) {
    if (match[4] !== undefined) {
      text += unescape(match[4]);
      continue;
    }
    if (match[2] !== 'TIMEX3') continue;
    if (match[1] === '/') {
      if (open)
        timexes.push({
          text: text.slice(open.start),
          span: [open.start, text.length],
          type: open.type,
          value: open.value,
        });
      open = null;
    } else {
      const attrs = attributes(match[3] ?? '');
      open = { start: text.length, type: attrs.type ?? '', value: attrs.value ?? '' };
    }
  }
  for (const timex of timexes) timex.text = text.slice(timex.span[0], timex.span[1]);
  return { id, dct, text, timexes };
}
