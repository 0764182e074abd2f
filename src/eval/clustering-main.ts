/**
 * Prints one JSON line of clustering scores.
 * Usage: npx tsx src/eval/clustering-main.ts [--data ../shared/data] [--limit N] [--neus-offset N]
 *   [--order-seed N] [--no-baseline] [--cluster '{"threshold":0.3}']
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from './extraction-data.js';
import { evalClustering } from './clustering.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIR },
    limit: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    cluster: { type: 'string' },
    'order-seed': { type: 'string' },
    'neus-offset': { type: 'string' },
  },
});

const report = await evalClustering({
  dataDir: values.data,
  limit: values.limit === undefined ? undefined : Number(values.limit),
  neusOffset: values['neus-offset'] === undefined ? undefined : Number(values['neus-offset']),
  orderSeed: values['order-seed'] === undefined ? undefined : Number(values['order-seed']),
  skipBaseline: values['no-baseline'],
  cluster: values.cluster === undefined ? undefined : JSON.parse(values.cluster),
});
console.log(JSON.stringify(report));
