/**
 * Attributed quotes of one article.
 *
 *   1. quoted passages (“…”, ‘…’, multi-paragraph)
 *   2. per passage, in text order: a cue with a subject before it ("Mr Gwynne told LBC: “…”"),
 *      else a cue after it ("“…,” he added"), else a directive verb's subject ("He invited
 *      Musk to “…”", directive-frame.ts), else the attribution of the previous passage
 *      of the sentence, else the previous speaker for a paragraph that is all quote
 *   3. indirect speech without marks: "X said (that) …", "…, X said.", "according to X"
 *   4. speakers resolved: entity mention → canonical; he/she → salience; "the minister" →
 *      latest speaker
 *   5. with the learned model (models/quote-cues.json.gz): its cue classifier decides which
 *      words are cues in 2-3, and its second stage drops unlikely indirect reports
 */
import type { CleanArticle, EntityMention, QuoteMention, Span } from '../../types.js';
import { tokenize, type Token } from '../../util/tokens.js';
import type { Attribution } from './attribution.js';
import { isPartyName } from '../entities/party-aliases.js';
import { directiveFrame } from './directive-frame.js';
import { clauseSubject, isAccordingTo, isCoordinated, isParticiple } from './clause-subject.js';
import { indirectIn } from './indirect-speech.js';
import { learnedCues } from './learned-cues.js';
import { filterReports } from './report-filter.js';
import type { CueTest } from './cues.js';
import type { CueModel } from './cue-model.js';
import { findQuoteSegments, type QuoteSegment } from './quote-segments.js';
import { Salience } from './salience.js';
import { findSignatures } from './signatures.js';
import { findSpeakerLabels } from './speaker-labels.js';
import { insideSegment, lowerBound, TokenIndex } from './token-index.js';
import { PRONOUNS, speakerAfter, subjectBefore, type SpeakerContext } from './speaker.js';

/** A quote mention with the cue's span (for evaluation and highlighting). */
export interface QuoteDetail extends QuoteMention {
  cueSpan: Span | null;
}

export interface QuoteOptions {
  /** Unattributed quotations shorter than this many words are dropped (scare quotes). Default 4. */
  minUnattributedWords?: number;
  /** Also report indirect speech ("X said that …"). Default true. */
  indirect?: boolean;
  /**
   * The learned cue classifier that decides which words are cues; `null` for the rule lists
   * alone. Default: the committed model (`defaultCueModel()`, STORYLINE_QUOTE_MODEL=none
   * turns it off).
   */
  cueModel?: CueModel | null;
}

export const DEFAULT_MIN_UNATTRIBUTED_WORDS = 4;
/** Heads of descriptions that stand for the latest speaker ("The minister continued"). */
const SPEAKER_DESCRIPTIONS =
  /\b(?:minister|secretary|leader|spokesman|spokeswoman|spokesperson|premier|chancellor|president|senator|governor|mayor|official)$/i;
/** A preposition ending the words before a place: "An investigation in Telford". */
const PLACE_PREPOSITION = /\b(?:in|at|from|across|near|of|into|outside|inside)\s+(?:the\s+)?$/i;
/** A sentence end, not the full stop of "Mr." or "D-Wis.". */
const SENTENCE_STOP =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Wis|Calif|[A-Z]))[.!?](?=\s|$)|\n/;
/** A dash signature after a quotation: "“…” ― Pamela Padilla". */
const DASH_SIGNATURE = /^[\s,]*[―—–]\s*/;
const MAX_AFTER_WORDS = 8;
/** How far a cue may sit after a quote when an appositive separates it from its subject. */
const MAX_APPOSITIVE_AFTER_WORDS = 40;

export function extractQuotes(
  clean: CleanArticle,
  mentions: readonly EntityMention[],
  options: QuoteOptions = {},
): QuoteDetail[] {
  const text = clean.article.text;
  const minWords = options.minUnattributedWords ?? DEFAULT_MIN_UNATTRIBUTED_WORDS;
  const sentences = clean.sentences;
  const sentenceOf = (at: number): number => {
    const index = lowerBound(sentences, at + 1, (sentence) => sentence.span[1]);
    return sentences[Math.min(index, sentences.length - 1)]?.index ?? 0;
  };
  // 1. Quoted passages.
  const segments = findQuoteSegments(text);
  const index = new TokenIndex(tokenize(text), segments);
  const learned = learnedCues(text, index.tokens, options.cueModel);
  const cueAt = learned.cueAt;
  const quoted = (at: number): boolean => insideSegment(segments, at);
  const salience = new Salience(text, mentions, sentenceOf, quoted);
  salience.openings(text, sentences);
  const out: QuoteDetail[] = [];

  // Relative pronouns taken as subjects ("who said"), each with the phrase it stands for.
  const antecedents = new Map<number, Span>();
  const resolve = (span: Span | null, sentence: number): string | null => {
    if (!span) return null;
    const antecedent = antecedents.get(span[0]);
    if (antecedent) return resolve(antecedent, sentence);
    // Only a name heading the phrase speaks: "The Tesla owner" is not Tesla.
    const head = mentions.filter((m) => m.span[0] >= span[0] && Math.abs(m.span[1] - span[1]) <= 2);
    const named = head.filter((m) => m.type === 'person').pop() ?? head.pop();
    const written = text.slice(span[0], span[1]);
    if (named && named.type !== 'person') {
      const chain = splitName(written, span[0], mentions) ?? acronymName(text, span);
      if (chain) return chain;
    }
    // "An investigation in Telford found": a place after a preposition is where, not who.
    if (named?.type === 'place' && PLACE_PREPOSITION.test(text.slice(span[0], named.span[0])))
      return null;
    if (named) return named.canonical;
    if (PRONOUNS.has(written.toLowerCase())) return salience.resolve(written, sentence, span[0]);
    // "But the party has also criticised …": the party the article named last.
    if (/^the party$/i.test(written)) return latestParty(mentions, span[0]);
    if (SPEAKER_DESCRIPTIONS.test(written) && /^the\b/i.test(written))
      return salience.latestSpeaker(sentence);
    return null;
  };

  const tokensIn = (start: number, end: number): Token[] => index.between(start, end);

  const cueBefore = (start: number, end: number, sentenceStart: number): Attribution | null => {
    const frame = tokensIn(sentenceStart, end);
    const context: SpeakerContext = { text, tokens: frame, mentions, antecedents };
    // The cue closest to the quotation wins ("Clinton noted …; Trump boasted, “…”").
    for (let index = frame.length - 1; index >= 0; index--) {
      const token = frame[index]!;
      if (token.start < start) continue;
      if (isAccordingTo(frame, index)) {
        // "According to Limbaugh, “…”"
        const source = speakerAfter(context, index + 2);
        if (source)
          return {
            speakerSpan: source,
            cueSpan: [token.start, frame[index + 1]!.end],
            speaker: null,
          };
        continue;
      }
      if (!cueAt(text, frame, index)) continue;
      const subject =
        subjectBefore(context, index) ??
        coordinatedSubject(context, index) ??
        (isParticiple(context, index) ? participleSubject(context, index, cueAt) : null) ??
        (token.start === sentenceStart ? invertedSpeaker(context, index) : null);
      if (subject)
        return { speakerSpan: subject, cueSpan: [token.start, token.end], speaker: null };
    }
    return null;
  };

  const cueAfter = (segment: QuoteSegment, sentenceEnd: number): Attribution | null => {
    // The attribution after a quote stays in its sentence: stop at the first full stop.
    const stop = SENTENCE_STOP.exec(text.slice(segment.close + 1));
    const sentenceStop = stop ? segment.close + 1 + stop.index : text.length;
    // Segments are sorted: the next one to open after this one closes is the first after it.
    const next = segments[lowerBound(segments, segment.close + 1, (s) => s.open)];
    const limit = Math.min(sentenceEnd, sentenceStop, next?.open ?? text.length);
    const frame = tokensIn(segment.close, limit).slice(0, MAX_APPOSITIVE_AFTER_WORDS);
    const lead = text.slice(segment.close + 1, frame[0]?.start ?? segment.close + 1);
    if (!frame.length || /[.!?]/.test(lead.replace(/^[”’"]/, ''))) return null;
    const context: SpeakerContext = { text, tokens: frame, mentions, antecedents };
    const first = frame[0]!;
    if (DASH_SIGNATURE.test(lead.replace(/^[”’"]/, ''))) {
      const speaker = speakerAfter(context, 0);
      const dash = segment.close + 1 + lead.search(/[―—–]/);
      return speaker ? { speakerSpan: speaker, cueSpan: [dash, dash + 1], speaker: null } : null;
    }
    if (cueAt(text, frame, 0)) {
      const speaker = speakerAfter(context, 1);
      return speaker
        ? { speakerSpan: speaker, cueSpan: [first.start, first.end], speaker: null }
        : null;
    }
    for (let index = 1; index < frame.length; index++) {
      const token = frame[index]!;
      if (!cueAt(text, frame, index)) continue;
      let subject = index < MAX_AFTER_WORDS ? subjectBefore(context, index) : null;
      // "“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said":
      // the phrase right after the quote, closed by an appositive mark, is the subject.
      const opening = speakerAfter(context, 0);
      if (opening && (!subject || subject[0] !== first.start)) {
        const after = text.slice(opening[1], opening[1] + 2);
        if (/^\s*[,(]/.test(after) || (subject === null && index < MAX_AFTER_WORDS)) {
          subject = /^\s*[,(]/.test(after) ? opening : subject;
        }
      }
      return subject
        ? { speakerSpan: subject, cueSpan: [token.start, token.end], speaker: null }
        : null;
    }
    return null;
  };

  const emit = (
    attribution: Attribution | null,
    content: Span,
    direct: boolean,
    sentence: number,
  ): void => {
    const words = text.slice(content[0], content[1]).split(/\s+/).length;
    if (!attribution && words < minWords) return;
    const speakerSpan = attribution?.speakerSpan ?? null;
    out.push({
      articleId: clean.article.id,
      speaker: attribution?.speaker ?? null,
      speakerText: speakerSpan ? text.slice(speakerSpan[0], speakerSpan[1]) : null,
      speakerSpan,
      cue: attribution?.cueSpan ? text.slice(attribution.cueSpan[0], attribution.cueSpan[1]) : null,
      cueSpan: attribution?.cueSpan ?? null,
      content: text.slice(content[0], content[1]),
      contentSpan: content,
      direct,
      sentenceIndex: sentence,
    });
  };

  const finish = (attribution: Attribution | null, sentence: number): Attribution | null => {
    if (!attribution) return null;
    if (attribution.speaker === null)
      attribution.speaker = resolve(attribution.speakerSpan, sentence);
    if (attribution.speaker) salience.spoke(attribution.speaker, sentence);
    return attribution;
  };

  // 2. Quoted passages, sentence by sentence.
  let previousSentence = -1;
  let previous: Attribution | null = null;
  let previousSegment: QuoteSegment | null = null;
  // "PENCE: Well, …": speaker labels at paragraph starts, inside a quotation or not.
  const labels = new Map(findSpeakerLabels(text, mentions).map((l) => [l.speaker[0], l]));
  const usedCues = new Set<number>();
  const claimed: QuoteSegment[] = [];
  for (const segment of segments) {
    const sentenceIndex = sentenceOf(segment.open);
    const sentence = sentences[sentenceIndex];
    const sentenceStart = sentence?.span[0] ?? 0;
    const sameSentence = sentenceIndex === previousSentence;
    const frameStart = sameSentence && previousSegment ? previousSegment.close : sentenceStart;
    // "“…,” she said" / "“…?” he asked": a quotation that ends on a comma (or on a question
    // that runs on in lower case) hands its attribution to what follows.
    const runsOn = /^(?:,[”’"]|[”’"],|,''|'',|[?!](?:[”’"]|'')\s*\p{Ll})/u.test(
      text.slice(segment.contentEnd, segment.contentEnd + 6),
    );
    const label = labels.get(segment.contentStart);
    let attribution: Attribution | null = label
      ? { speakerSpan: label.speaker, cueSpan: label.cue, speaker: null }
      : null;
    attribution ??= runsOn
      ? (cueAfter(segment, text.length) ?? cueBefore(frameStart, segment.open, sentenceStart))
      : (cueBefore(frameStart, segment.open, sentenceStart) ?? cueAfter(segment, text.length));
    // "He invited Musk to “…”": a directive verb's subject, for a quotation no cue claims.
    if (!attribution) {
      const frame = tokensIn(frameStart, segment.open);
      const directive = directiveFrame(
        { text, tokens: frame, mentions, antecedents },
        segment.open,
      );
      if (directive) attribution = { ...directive, speaker: null };
    }
    const gapBefore = previousSegment ? text.slice(previousSegment.close + 1, segment.open) : '\n';
    // "“…,” Warren said. “…”": a quotation right after an attributed one continues it.
    if (
      !attribution &&
      previous &&
      (sameSentence || (gapBefore.length < 80 && !gapBefore.includes('\n')))
    ) {
      attribution = { ...previous };
    }
    // "He said:⏎⏎“…”": the cue ends the previous paragraph with a colon.
    const lead = text.slice(Math.max(0, segment.open - 200), segment.open);
    const colon = /:\s*\n\s*$/.exec(lead);
    if (!attribution && colon) {
      const colonAt = segment.open - lead.length + colon.index;
      const start = sentences[sentenceOf(colonAt)]?.span[0] ?? 0;
      attribution = cueBefore(start, colonAt, start);
    }
    const opensParagraph =
      segment.open === 0 || /\n\s*$/.test(text.slice(Math.max(0, segment.open - 3), segment.open));
    if (!attribution && opensParagraph) {
      const latest = salience.latestSpeaker(sentenceIndex);
      if (latest) attribution = { speakerSpan: null, cueSpan: null, speaker: latest };
    }
    attribution = finish(attribution, sentenceIndex);
    if (attribution?.cueSpan) usedCues.add(attribution.cueSpan[0]);
    if (attribution) claimed.push(segment);
    emit(attribution, [segment.contentStart, segment.contentEnd], true, sentenceIndex);
    previous = attribution;
    previousSentence = sentenceIndex;
    previousSegment = segment;
  }
  // Signed paragraphs whose quotation marks did not pair ("”…” ― Sonya Herridge").
  const signatures = findSignatures(text).filter(
    (signature) =>
      !claimed.some((s) => s.open < signature.content[1] && signature.content[0] < s.close),
  );
  for (const label of [...labels.values(), ...signatures]) {
    if (usedCues.has(label.cue[0]) || insideSegment(segments, label.speaker[0])) continue;
    const sentence = sentenceOf(label.content[0]);
    const attribution = finish(
      { speakerSpan: label.speaker, cueSpan: label.cue, speaker: null },
      sentence,
    );
    usedCues.add(label.cue[0]);
    emit(attribution, label.content, false, sentence);
  }
  // 3. Indirect speech.
  if (options.indirect ?? true) {
    for (const sentence of sentences) {
      const found = indirectIn(
        text,
        sentence.span,
        tokensIn(sentence.span[0], sentence.span[1]),
        mentions,
        segments,
        claimed,
        usedCues,
        antecedents,
        cueAt,
      );
      for (const { attribution, content } of found) {
        emit(finish(attribution, sentence.index), content, false, sentence.index);
      }
    }
  }
  // 5. The learned model's second stage drops unlikely indirect reports.
  const reports = dropNestedPronounReports(out, text);
  return filterReports(reports, text, mentions, learned).sort(
    (a, b) => a.contentSpan[0] - b.contentSpan[0],
  );
}

/** The canonical name of the last political party mentioned before `at`, or null. */
function latestParty(mentions: readonly EntityMention[], at: number): string | null {
  let found: string | null = null;
  for (const mention of mentions)
    if (mention.span[1] <= at && mention.type !== 'person' && isPartyName(mention.canonical))
      found = mention.canonical;
  return found;
}

/** Subjects of reports nested in another report's content ("X said she believes …"). */
const NESTED_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
/** Speech cues keep nested pronoun reports: "she said" inside a report was a source half the time. */
const NESTED_SPEECH_CUES = new Set(
  (
    'said says say saying told tell tells telling according to added adds wrote writes asked ' +
    'explained noted argued warned'
  ).split(' '),
);

/**
 * Drops indirect reports by a pronoun whose cue, not a speech verb, sits inside another
 * quote's content: "Smith said she believes the plan works" is one attribution to Smith in
 * PolNeAR; such inner "she believes" were sources in 30% of uses on PolNeAR train and 21% on
 * dev, below the break-even of about F1 / 2 (issue 5).
 */
function dropNestedPronounReports(quotes: QuoteDetail[], text: string): QuoteDetail[] {
  return quotes.filter((quote) => {
    const cue = quote.cueSpan;
    const speaker = quote.speakerSpan;
    if (quote.direct || !cue || !speaker) return true;
    if (!NESTED_PRONOUNS.has(text.slice(speaker[0], speaker[1]).toLowerCase())) return true;
    if (NESTED_SPEECH_CUES.has(text.slice(cue[0], cue[1]).toLowerCase())) return true;
    return !quotes.some(
      (other) =>
        other !== quote && other.contentSpan[0] <= cue[0] && cue[1] <= other.contentSpan[1],
    );
  });
}

/**
 * "Sir Keir did not mention Mr Musk and said he …": a cue after "and"/"but" shares the
 * subject that opens the clause.
 */
function coordinatedSubject(context: SpeakerContext, cue: number): Span | null {
  return isCoordinated(context.tokens, cue) ? clauseSubject(context, cue) : null;
}

/**
 * "…, saying “…”": a participle shares the sentence's subject, else the subject of the
 * sentence's first cue ("X said …, adding").
 */
function participleSubject(context: SpeakerContext, cue: number, cueAt: CueTest): Span | null {
  const opener = clauseSubject(context, cue);
  if (opener) return opener;
  const first = context.tokens.findIndex(
    (_, at) => at < cue && cueAt(context.text, context.tokens, at),
  );
  return first >= 0 ? subjectBefore(context, first) : null;
}

/** "Said Ellis: “…”": a cue opening its sentence, then its speaker and a colon or comma. */
function invertedSpeaker(context: SpeakerContext, cue: number): Span | null {
  const speaker = speakerAfter(context, cue + 1);
  return speaker && /^\s*[:,]/.test(context.text.slice(speaker[1], speaker[1] + 2))
    ? speaker
    : null;
}

/**
 * "The Independent Inquiry into Child Sex Abuse": a name the name finder split at a lower-case
 * joiner ("Independent Inquiry" + "Abuse") speaks as the whole name, not as its last part. A
 * person opening the phrase ("Jones of Reuters") is the speaker instead.
 */
function splitName(
  written: string,
  start: number,
  mentions: readonly { span: Span; type: string; canonical: string }[],
): string | null {
  const name = written.replace(/^(?:the|a|an)\s+/i, '');
  if (!SPLIT_NAME.test(name)) return null;
  const nameStart = start + written.length - name.length;
  const opening = mentions.find((m) => m.span[0] === nameStart);
  if (opening?.type === 'person') return opening.canonical;
  return name;
}

const SPLIT_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|into|for|on|and)\s+)?\p{Lu}[\p{L}'’.-]*)*\s+(?:of|into|for|on|and)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|into|for|on|and)\s+)?\p{Lu}[\p{L}'’.-]*)*$/u;

/**
 * "The Independent Inquiry into Child Sex Abuse (IICSA), which …, described": an acronym in
 * brackets after the name it abbreviates speaks as that name, so the outlets that write the
 * name and the ones that add the acronym credit the same speaker.
 */
function acronymName(text: string, span: Span): string | null {
  const acronym = text.slice(span[0], span[1]);
  if (!/^\p{Lu}{2,8}$/u.test(acronym) || text[span[0] - 1] !== '(') return null;
  const before =
    /((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|into|for|on|and|the)\s+)*)*\p{Lu}[\p{L}'’.-]*)\s*\($/u.exec(
      text.slice(Math.max(0, span[0] - 160), span[0]),
    );
  if (!before) return null;
  const name = before[1]!.replace(/^(?:The|A|An)\s+/, '');
  const initials = name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials === acronym ? name : null;
}
