/**
 * Political parties under the names news gives them: "the Tories" are the Conservatives, the
 * "Lib Dems" the Liberal Democrats, the "GOP" the Republicans (issue #6: the seeds' ledger
 * credited "Tories" while the who-is-who listed "Conservatives"). General knowledge, not tuned
 * to any set: each row is one party, its forms in three tiers.
 *
 *   names       what the party is called ("Conservative Party", "Conservatives")
 *   nicknames   short forms and nicknames news uses ("Tories", "Lib Dems", "GOP")
 *   adjectives  member and adjective forms ("Conservative MPs", "a Tory")
 *
 * A story's entity is named by its most-mentioned form of the highest tier the story writes,
 * so a story that says "Tories" twice and "Conservatives" once still shows "Conservatives",
 * and one that only says "Tories" shows "Tories". Forms match a mention's whole canonical name,
 * case-insensitively: "Social Democrats" is not "Democrats".
 */
import type { MentionDetail } from './resolve-story.js';

export interface PartyForms {
  names: readonly string[];
  nicknames: readonly string[];
  adjectives: readonly string[];
}

const party = (
  names: string[],
  nicknames: string[] = [],
  adjectives: string[] = [],
): PartyForms => ({
  names,
  nicknames,
  adjectives,
});

/** Keep each form in exactly one row: a form in two rows would merge two parties. */
export const PARTY_ALIASES: readonly PartyForms[] = [
  // United Kingdom
  party(
    ['Conservative Party', 'Conservatives'],
    ['Tories', 'Tory Party'],
    ['Conservative', 'Tory'],
  ),
  party(['Labour Party', 'Labour'], [], []),
  party(['Liberal Democrats'], ['Lib Dems', 'LibDems'], ['Liberal Democrat', 'Lib Dem']),
  party(['Scottish National Party'], ['SNP'], []),
  party(['Green Party'], ['Greens'], []),
  party(['Reform UK', 'Reform UK Party'], [], []),
  party(['UK Independence Party'], ['UKIP'], []),
  party(['Democratic Unionist Party'], ['DUP'], []),
  party(['Plaid Cymru'], [], []),
  // United States
  party(['Republican Party', 'Republicans'], ['GOP', 'Grand Old Party'], ['Republican']),
  party(['Democratic Party', 'Democrats'], ['Dems'], ['Democrat']),
  // Elsewhere, as English-language news names them
  party(['Alternative for Germany'], ['AfD'], []),
  party(['Christian Democratic Union'], ['CDU'], []),
  party(['Social Democratic Party of Germany'], ['SPD'], []),
  party(['African National Congress'], ['ANC'], []),
  party(['Bharatiya Janata Party'], ['BJP'], []),
  party(['Indian National Congress'], [], []),
];

const TIERS = ['names', 'nicknames', 'adjectives'] as const;

interface FormIndex {
  party: number;
  tier: number;
  /** Position in the table: ties between equally mentioned forms go to the earlier one. */
  order: number;
}

function indexForms(table: readonly PartyForms[]): Map<string, FormIndex> {
  const forms = new Map<string, FormIndex>();
  let order = 0;
  table.forEach((row, partyIndex) =>
    TIERS.forEach((tier, tierIndex) => {
      for (const form of row[tier])
        forms.set(form.toLowerCase(), { party: partyIndex, tier: tierIndex, order: order++ });
    }),
  );
  return forms;
}

const DEFAULT_FORMS = indexForms(PARTY_ALIASES);

/** Whether a name is a form of a party of the table ("Tories", "Labour", "GOP"). */
export function isPartyName(name: string): boolean {
  return DEFAULT_FORMS.has(name.toLowerCase());
}

/**
 * Rename every non-person mention whose canonical name is a form of one party to the party's
 * name in this story (see the module comment). Mentions keep their text, so the entity lists
 * the other forms as aliases; types are left to the tagger (the entity votes its type).
 */
export function mergePartyAliases(
  all: readonly MentionDetail[][],
  table: readonly PartyForms[] = PARTY_ALIASES,
): void {
  const forms = table === PARTY_ALIASES ? DEFAULT_FORMS : indexForms(table);
  const partyMentions = new Map<number, MentionDetail[]>();
  for (const mention of all.flat()) {
    if (mention.type === 'person') continue;
    const form = forms.get(mention.canonical.toLowerCase());
    if (!form) continue;
    const list = partyMentions.get(form.party) ?? [];
    list.push(mention);
    partyMentions.set(form.party, list);
  }
  for (const mentions of partyMentions.values()) {
    const counts = new Map<string, { written: string; count: number; form: FormIndex }>();
    for (const mention of mentions) {
      const key = mention.canonical.toLowerCase();
      const entry = counts.get(key) ?? {
        written: mention.canonical,
        count: 0,
        form: forms.get(key)!,
      };
      entry.count++;
      counts.set(key, entry);
    }
    if (counts.size < 2) continue;
    const best = [...counts.values()].sort(
      (a, b) => a.form.tier - b.form.tier || b.count - a.count || a.form.order - b.form.order,
    )[0]!;
    for (const mention of mentions) mention.canonical = best.written;
  }
}
