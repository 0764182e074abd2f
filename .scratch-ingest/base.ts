import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadZyte, loadWcxb } from '../src/eval/extraction-data.js';
import { decodeBytes } from '../src/ingest/encoding/decode.js';
import { toText } from '../src/ingest/html/to-text.js';
import { shingleMatching, zyteMetrics, bagOfWordsF1 } from '../src/eval/extraction-metrics.js';
function ex(html: string): string {
  const { document } = parseHTML(html);
  const r = new Readability(document as any, { serializer: (el: any) => el } as any).parse();
  return r?.content ? toText(r.content as any) : '';
}
let t = Date.now();
const z = loadZyte('../shared/data');
console.log('zyte', zyteMetrics(z.map(p => shingleMatching(p.truth, ex(decodeBytes(p.html()).text)))), Date.now() - t);
t = Date.now();
const w = loadWcxb('../shared/data').filter(p => p.truth);
let s = 0; for (const p of w) s += bagOfWordsF1(p.truth, ex(decodeBytes(p.html()).text)).f1;
console.log('wcxb', s / w.length, Date.now() - t);
