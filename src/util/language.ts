/**
 * Language identification shared by the clean stage and the HTML extractor: franc-min
 * trigram profiles, reported as ISO 639-1; declared language tags normalised the same way.
 */
import { franc } from 'franc-min';

/** franc-min's languages (ISO 639-3) that have an ISO 639-1 code. */
const ISO3_TO_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  tur: 'tr',
  ell: 'el',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  ben: 'bn',
  mar: 'mr',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  pan: 'pa',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zlm: 'ms',
  tgl: 'tl',
  swh: 'sw',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  amh: 'am',
  som: 'so',
  heb: 'he',
  azj: 'az',
  uzn: 'uz',
  kaz: 'kk',
  bel: 'be',
  cat: 'ca',
  nep: 'ne',
  sin: 'si',
  mya: 'my',
  khm: 'km',
  zul: 'zu',
  xho: 'xh',
  afr: 'af',
};

/** Below this many characters franc guesses; we would rather say null. */
export const MIN_DETECT_CHARS = 80;

/** "en-GB", "en_US", "EN" → "en"; null for "x-default", "*", or junk. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  if (!match) return null;
  const code = match[1]!.toLowerCase();
  if (code.length === 2) return code;
  return ISO3_TO_1[code] ?? null;
}

export function detectLanguage(text: string, minChars = MIN_DETECT_CHARS): string | null {
  if (text.length < minChars) return null;
  // franc is linear in its input; a few thousand characters decide as well as the whole text.
  const code = franc(text.slice(0, 4000));
  return ISO3_TO_1[code] ?? null;
}
