/** Language identification with franc-min (trigram profiles), reported as ISO 639-1. */
import { franc } from 'franc-min';

// franc answers ISO 639-3; map the languages franc-min knows that news outlets publish in.
const ISO_639_3_TO_1: Record<string, string> = {
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
  tur: 'tr',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  hin: 'hi',
  ben: 'bn',
  ind: 'id',
  vie: 'vi',
  swe: 'sv',
  ron: 'ro',
  hun: 'hu',
  ces: 'cs',
  ell: 'el',
  pes: 'fa',
  urd: 'ur',
  tha: 'th',
  heb: 'he',
  swh: 'sw',
  zlm: 'ms',
  tgl: 'tl',
  uzn: 'uz',
};

/** Minimum text length for a guess; shorter texts give null rather than noise. Default 40. */
export const DEFAULT_MIN_LANGUAGE_CHARS = 40;

export function detectLanguage(text: string, minChars = DEFAULT_MIN_LANGUAGE_CHARS): string | null {
  if (text.length < minChars) return null;
  const code = franc(text.slice(0, 4000), { minLength: minChars });
  if (code === 'und') return null;
  return ISO_639_3_TO_1[code] ?? code;
}
