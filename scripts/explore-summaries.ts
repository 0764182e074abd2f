/**
 * Development tool for the summary (not the eval): analyses every NeuS story ONCE, then scores
 * several summary variants on the same analyses, printing ROUGE-1 per split (train / val) and
 * the mean length of each. The eval's own command stays the figure of record.
 *
 *   npx tsx scripts/explore-summaries.ts --data ../shared/data \
 *     --variants '[{"name":"default"},{"name":"bonus","selection":{"lengthBonus":0.06}}]'
 *
 * A variant is SummaryOptions without `words` / `quotes` (given), plus a `name`. The variant
 * `{"name":"pad"}` is a diagnostic only: the default summary padded with the lead article's
 * words up to the budget (how much filling the budget could be worth).
 */
import { analyseStory } from '../src/analyse/index.js';
import { readFileSync } from 'node:fs';
import { parseVectorConceptModel } from '../src/brief/concept-model.js';
import { summarize, type SummaryOptions } from '../src/brief/summarize.js';
import { rouge } from '../src/eval/rouge.js';
import { toClean } from '../src/eval/summaries.js';
import { loadNeusSummaries } from '../src/eval/summaries-data.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** `model`: a path to a vector concept model to use instead of the committed one. */
type Variant = SummaryOptions & { name: string; pad?: boolean; model?: string };

const budget = Number(argument('--words') ?? 65);
const variants = JSON.parse(argument('--variants') ?? '[{"name":"default"}]') as Variant[];
const items = loadNeusSummaries(
  argument('--data') ?? process.env.STORYLINE_DATA ?? '../shared/data',
  Number(argument('--limit') ?? Infinity),
);
const stories = items.map((item) => {
  const articles = toClean(item);
  return { item, articles, analysis: analyseStory(articles) };
});
for (const variant of variants) {
  const { name, pad, model, ...options } = variant;
  if (model) options.conceptModel = parseVectorConceptModel(readFileSync(model), model);
  const sums = new Map<string, { r1: number; words: number; n: number }>();
  for (const { item, articles, analysis } of stories) {
    const summary = summarize(articles, analysis.groups, {
      ...options,
      words: budget,
      quotes: analysis.quotes,
    });
    let text = summary.map((s) => s.text).join(' ');
    if (pad) {
      const have = text.split(/\s+/).filter(Boolean).length;
      const lead = (articles[0]?.sentences ?? []).map((s) => s.text).join(' ');
      const extra = lead.split(/\s+/).filter(Boolean);
      text = `${text} ${extra.slice(0, Math.max(0, budget - have)).join(' ')}`;
    }
    const words = text.split(/\s+/).filter(Boolean).length;
    const r1 = rouge(text, item.referenceSummary).rouge1.f1;
    for (const key of [item.split, 'all']) {
      const sum = sums.get(key) ?? { r1: 0, words: 0, n: 0 };
      sum.r1 += r1;
      sum.words += words;
      sum.n++;
      sums.set(key, sum);
    }
  }
  const figures = Object.fromEntries(
    [...sums].map(([key, sum]) => [key, Number(((100 * sum.r1) / sum.n).toFixed(2))]),
  );
  const all = sums.get('all')!;
  console.log(JSON.stringify({ name, ...figures, words: Number((all.words / all.n).toFixed(2)) }));
}
