/**
 * Discrepancies: statements of different outlets about the same thing that differ in a name,
 * number or date. Candidate pairs are the members of an aligned group plus sentences that are
 * topically close (TF-IDF cosine ≥ topicalCosine); a discrepancy is a substitution with shared
 * context between them (substitutions.ts). Findings that share a side are one discrepancy:
 * "Rotherham" in 000, 001 and 004 against "Rochdale" in 002 is one entry with two variants.
 */
import type { AlignedGroup, CleanArticle, Discrepancy, DiscrepancyVariant } from '../../types.js';
import { extractDates } from '../dates/index.js';
import { cosineOf, refKey, storyVectors } from '../facts/sentence-vectors.js';
import {
  type SlotToken,
  type SubstitutionOptions,
  findSubstitutions,
  properNounsOf,
  slotTokens,
} from './substitutions.js';

export interface DiscrepancyOptions extends SubstitutionOptions {
  /** Cosine at which two sentences outside a shared group are compared. Default: `DEFAULT_TOPICAL_COSINE` (0.3). */
  topicalCosine?: number;
}

export const DEFAULT_TOPICAL_COSINE = 0.3;

interface Side {
  node: string;
  articleId: string;
  sentence: number;
  slot: string;
  shown: string;
  context: string;
}

/**
 * @example
 * findDiscrepancies(articles, groups)
 * // → [{ about: '… and Telford', kind: 'name', variants: [
 * //      { text: 'Rotherham and Telford', sources: ['000', '001', '004'], context: '…' },
 * //      { text: 'Rochdale and Telford', sources: ['002'], context: '…' } ] }]
 */
export function findDiscrepancies(
  articles: readonly CleanArticle[],
  groups: readonly AlignedGroup[],
  options: DiscrepancyOptions = {},
): Discrepancy[] {
  const topical = options.topicalCosine ?? DEFAULT_TOPICAL_COSINE;
  const { sentences, byKey } = storyVectors(articles);
  const properNouns = properNounsOf(sentences.map((s) => s.text));
  const tokens = new Map<string, SlotToken[]>();
  const tokensOf = (key: string): SlotToken[] => {
    let found = tokens.get(key);
    if (!found) tokens.set(key, (found = slotTokens(byKey.get(key)!.text, properNouns)));
    return found;
  };

  // 1. Candidate pairs: shared groups, then topical neighbours.
  const pairs = new Set<string>();
  const addPair = (x: string, y: string): void => {
    if (x !== y) pairs.add(x < y ? `${x}|${y}` : `${y}|${x}`);
  };
  for (const group of groups) {
    for (const x of group.members)
      for (const y of group.members) if (x.articleId !== y.articleId) addPair(refKey(x), refKey(y));
  }
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const [x, y] = [sentences[i]!, sentences[j]!];
      if (x.ref.articleId !== y.ref.articleId && cosineOf(x, y) >= topical)
        addPair(refKey(x.ref), refKey(y.ref));
    }
  }

  // 2. Substitutions, joined into discrepancies through shared sides.
  const sides = new Map<string, Side>();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const kinds = new Map<string, Discrepancy['kind']>();
  const abouts = new Map<string, string>();
  for (const pair of [...pairs].sort()) {
    const [ka, kb] = pair.split('|') as [string, string];
    const [a, b] = [tokensOf(ka), tokensOf(kb)];
    for (const sub of findSubstitutions(a, b, options)) {
      const side = (
        key: string,
        list: SlotToken[],
        slot: [number, number],
        shown: [number, number],
      ): Side => {
        const vector = byKey.get(key)!;
        const slotText = list
          .slice(slot[0], slot[1] + 1)
          .map((t) => t.key)
          .join(' ');
        const node = `${key}#${slotText}`;
        const existing = sides.get(node);
        if (existing) return existing;
        const created = {
          node,
          articleId: vector.ref.articleId,
          sentence: vector.ref.sentence,
          slot: slotText,
          shown: vector.text.slice(list[shown[0]]!.start, list[shown[1]]!.end),
          context: vector.text,
        };
        sides.set(node, created);
        return created;
      };
      const sa = side(ka, a, sub.slotA, sub.shownA);
      const sb = side(kb, b, sub.slotB, sub.shownB);
      const [ra, rb] = [find(sa.node), find(sb.node)];
      if (ra !== rb) parent.set(rb, ra);
      kinds.set(sa.node, sub.kind);
      abouts.set(sa.node, sub.about);
    }
  }

  // 3. One discrepancy per component, variants by slot text.
  const components = new Map<string, Side[]>();
  for (const side of sides.values()) {
    const root = find(side.node);
    components.set(root, [...(components.get(root) ?? []), side]);
  }
  // 4. Support: a neighbour of a member sentence that writes a variant word for word carries it
  //    too ("as happened in Rotherham and Telford" backs "towns like Rotherham and Telford").
  const neighbours = new Map<string, string[]>();
  for (const pair of pairs) {
    const [x, y] = pair.split('|') as [string, string];
    neighbours.set(x, [...(neighbours.get(x) ?? []), y]);
    neighbours.set(y, [...(neighbours.get(y) ?? []), x]);
  }
  for (const members of components.values()) {
    const shownBySlot = new Map(members.map((m) => [m.slot, m.shown]));
    const present = new Set(members.map((m) => `${m.articleId}#${m.sentence}`));
    for (const member of [...members]) {
      for (const key of neighbours.get(`${member.articleId}#${member.sentence}`) ?? []) {
        if (present.has(key)) continue;
        const vector = byKey.get(key)!;
        const lower = vector.text.toLowerCase();
        const carried = [...shownBySlot].filter(([, shown]) => lower.includes(shown.toLowerCase()));
        // Exactly one variant written out: a sentence quoting both sides takes no side.
        if (carried.length !== 1) continue;
        const [slot, shown] = carried[0]!;
        present.add(key);
        members.push({
          node: `${key}#${slot}`,
          articleId: vector.ref.articleId,
          sentence: vector.ref.sentence,
          slot,
          shown,
          context: vector.text,
        });
      }
    }
  }
  const articleOrder = new Map(articles.map((clean, order) => [clean.article.id, order]));
  const out: Discrepancy[] = [];
  for (const members of components.values()) {
    const bySlot = new Map<string, Side[]>();
    for (const side of members) bySlot.set(side.slot, [...(bySlot.get(side.slot) ?? []), side]);
    if (bySlot.size < 2) continue;
    const variants: DiscrepancyVariant[] = [...bySlot.values()].map((list) => {
      list.sort(
        (p, q) =>
          articleOrder.get(p.articleId)! - articleOrder.get(q.articleId)! ||
          p.sentence - q.sentence,
      );
      const shownCounts = new Map<string, number>();
      for (const side of list) shownCounts.set(side.shown, (shownCounts.get(side.shown) ?? 0) + 1);
      const text = [...shownCounts].sort((p, q) => q[1] - p[1])[0]![0];
      return {
        text,
        sources: [...new Set(list.map((s) => s.articleId))],
        context: list[0]!.context,
      };
    });
    variants.sort((p, q) => q.sources.length - p.sources.length || (p.text < q.text ? -1 : 1));
    const withKind = members.find((m) => kinds.has(m.node));
    out.push({
      about: (withKind && abouts.get(withKind.node)) ?? variants.map((v) => v.text).join(' / '),
      kind: (withKind && kinds.get(withKind.node)) ?? 'other',
      variants,
    });
  }
  out.push(...dateDiscrepancies(articles, groups));
  return out.sort(
    (p, q) =>
      new Set(q.variants.flatMap((v) => v.sources)).size -
      new Set(p.variants.flatMap((v) => v.sources)).size,
  );
}

/**
 * Aligned sentences whose resolved dates differ at the same granularity ("2025-01-02" vs
 * "2025-01-03"): outlets disagree on when the same thing happened.
 */
function dateDiscrepancies(
  articles: readonly CleanArticle[],
  groups: readonly AlignedGroup[],
): Discrepancy[] {
  const byId = new Map(articles.map((clean) => [clean.article.id, clean]));
  const dates = new Map<string, ReturnType<typeof extractDates>>();
  const datesOf = (id: string): ReturnType<typeof extractDates> => {
    let found = dates.get(id);
    if (!found) dates.set(id, (found = byId.has(id) ? extractDates(byId.get(id)!) : []));
    return found;
  };
  const out: Discrepancy[] = [];
  for (const group of groups) {
    if (group.sources.length < 2) continue;
    const byValue = new Map<string, DiscrepancyVariant>();
    for (const member of group.members) {
      for (const mention of datesOf(member.articleId)) {
        if (
          mention.sentenceIndex !== member.sentence ||
          !mention.value ||
          !/^\d{4}-\d{2}-\d{2}$/.test(mention.value)
        )
          continue;
        const variant = byValue.get(mention.value);
        if (variant) {
          if (!variant.sources.includes(member.articleId)) variant.sources.push(member.articleId);
        } else {
          const sentence = byId.get(member.articleId)!.sentences[member.sentence]!;
          byValue.set(mention.value, {
            text: `${mention.value} (${mention.text})`,
            sources: [member.articleId],
            context: sentence.text,
          });
        }
      }
    }
    const variants = [...byValue.values()];
    const everyone = new Set(variants.flatMap((v) => v.sources));
    // Only when different outlets give different days (one article naming two days is not a conflict).
    if (
      variants.length >= 2 &&
      everyone.size >= 2 &&
      variants.every((v) => v.sources.length < everyone.size)
    ) {
      out.push({ about: 'the date of the same event', kind: 'date', variants });
    }
  }
  return out;
}
