/** The types a document has given a word so far: a feature of the word's next occurrence. */
/**
 * Prediction history (Ratinov & Roth 2009): the types the tagger gave earlier occurrences of
 * a capitalised word in the same document. "Musk" tagged as a person twice makes the next
 * "Musk" (or "Elon Musk") a person too, which sentence-level features alone often miss.
 */
export class PredictionHistory {
  private readonly seen = new Map<string, Map<string, number>>();

  /** The history feature of a word, or null when the document has not tagged it yet. */
  feature(word: string): string | null {
    if (!/^\p{Lu}/u.test(word)) return null;
    const counts = this.seen.get(word.toLowerCase());
    if (!counts) return null;
    let best = 'O';
    let most = 0;
    for (const [type, count] of counts) {
      if (count > most) [best, most] = [type, count];
    }
    return `ph=${best}`;
  }

  /** Remembers the types of a tagged sentence's capitalised words. */
  record(words: readonly string[], labels: readonly string[]): void {
    words.forEach((word, index) => {
      if (!/^\p{Lu}/u.test(word)) return;
      const type = labels[index] === 'O' ? 'O' : labels[index]!.slice(2);
      const key = word.toLowerCase();
      const counts = this.seen.get(key) ?? new Map<string, number>();
      counts.set(type, (counts.get(type) ?? 0) + 1);
      this.seen.set(key, counts);
    });
  }
}
