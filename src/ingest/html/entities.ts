/**
 * HTML character references left in text the DOM did not decode: JSON-LD strings and meta
 * values that a CMS escaped twice ("Caf&amp;eacute;", "&#8217;").
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  oacute: 'ó',
  iacute: 'í',
  uacute: 'ú',
  ntilde: 'ñ',
  euro: '€',
  pound: '£',
};

const ENTITY_RE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi;

/** Decode repeatedly (at most twice) so "&amp;#8217;" becomes "’". */
export function decodeEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(
      ENTITY_RE,
      (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
        const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
        if (code >= 0) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        return NAMED[name!.toLowerCase()] ?? whole;
      },
    );
  }
  return out;
}
