import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countDocument, emptyCounts, prf } from './dates-metrics.js';
import { readTarGz } from './timeml-tar.js';
import { parseTimeMl } from './timeml.js';

/** A one-file ustar archive built by hand: 512-byte header, data padded to 512. */
function tarOf(name: string, content: string): Buffer {
  const data = Buffer.from(content, 'utf8');
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write('0000644\0', 100);
  header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write('0', 156);
  header.write('ustar\0', 257);
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  return gzipSync(Buffer.concat([header, padded, Buffer.alloc(1024)]));
}

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="TIME" value="1990-08-15T13:37" functionInDocument="CREATION_TIME">08-15-90</TIMEX3></DCT>
<TEXT>
Saddam <EVENT eid="e1">sought</EVENT> peace <TIMEX3 tid="t4" type="DATE" value="1990-08-15">today</TIMEX3> &amp; Bush spoke on <TIMEX3 tid="t5" type="DATE" value="1990-08-14">Tuesday</TIMEX3>.
</TEXT>
</TimeML>`;

describe('TimeML reading', () => {
  it('reads files out of a .tar.gz', () => {
    const [entry] = readTarGz(tarOf('TBAQ/TimeBank/doc.tml', TML));
    expect(entry?.path).toBe('TBAQ/TimeBank/doc.tml');
    expect(entry?.data.toString('utf8')).toBe(TML);
  });

  it('parses the creation time, the plain text and TIMEX3 spans into it', () => {
    const doc = parseTimeMl(TML, 'doc');
    expect(doc.dct).toBe('1990-08-15T13:37');
    expect(doc.text).toContain('Saddam sought peace today & Bush spoke on Tuesday.');
    expect(doc.timexes.map((t) => [t.text, t.value, doc.text.slice(t.span[0], t.span[1])])).toEqual(
      [
        ['today', '1990-08-15', 'today'],
        ['Tuesday', '1990-08-14', 'Tuesday'],
      ],
    );
  });
});

describe('TempEval-3 counting', () => {
  it('scores strict and relaxed extents and values over matched pairs', () => {
    const counts = emptyCounts();
    const gold = [
      { span: [0, 10] as [number, number], type: 'DATE', value: '2025-01-02' },
      { span: [20, 30] as [number, number], type: 'DURATION', value: 'P2Y' },
      { span: [40, 45] as [number, number], type: 'DATE', value: '2024' },
    ];
    const system = [
      { span: [0, 10] as [number, number], type: 'DATE', value: '2025-01-02' }, // strict, right value
      { span: [18, 30] as [number, number], type: 'DURATION', value: 'P3Y' }, // relaxed, wrong value
      { span: [60, 65] as [number, number], type: 'DATE', value: '2023' }, // spurious
    ];
    countDocument(counts, system, gold);
    expect(counts).toEqual({ system: 3, gold: 3, strict: 1, relaxed: 2, value: 1, type: 2 });
    expect(prf(counts.value, counts.system, counts.gold).f1).toBeCloseTo(1 / 3, 4);
  });
});
