/**
 * Line-level boilerplate classification for article text: consent banners, "read more"
 * markers, lists of unrelated headlines, photo captions and section headings.
 *
 * Works on lines (paragraphs), because that is the grain at which sites inject junk into
 * copy: syndicated text arrives with whole foreign lines, not with foreign half-sentences.
 * Removed lines are returned with their reason so nothing accepted is ever lost.
 */
import type { BoilerplateReason, RemovedLine } from '../types.js';
import { contentTerms } from '../util/tokens.js';

export interface BoilerplateOptions {
  /** Lines without terminal punctuation and at most this many words are headings. Default 10. */
  maxHeadingWords?: number;
  /** Captions/headings are only removed when at least this many real sentence lines remain,
   *  so that unpunctuated plain-text exports are not emptied. Default 3. */
  minBodyLines?: number;
}

export const DEFAULT_MAX_HEADING_WORDS = 10;
export const DEFAULT_MIN_BODY_LINES = 3;

const CONSENT_RE =
  /\b(we need your consent|consent to (load|display|show)|(accept|manage|allow|use) (all |of )?cookies|set cookies|cookie (policy|settings|preferences)|enable javascript|your browser does(n’t| not) support|privacy (settings|preferences)|this content is (blocked|not available))\b/i;
const MARKER_RE =
  /^(keep reading|read more|continue reading|read next|related( articles| stories| content)?|more on this story|more from [\w ]+|most (read|popular|viewed)|recommended( for you)?|trending( now)?|advertisement|sponsored( content)?|story continues below( advertisement)?|watch|listen|top stories|you may also like|see also)\W*$/i;
const SOCIAL_RE =
  /^(share|share this( article| story)?|tweet|email|print|copy link|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|follow us( on \w+)?|sign up( for| to) (our|the) [\w ]*newsletter.*|subscribe( now| today)?.*)\W*$/i;
const CAPTION_MARK_RE =
  /\((left|right|centre|center|pictured|top|bottom|above|below|file( photo)?)\)|\b(photo|image|picture|credit|copyright)\s*:|\b(getty images|reuters\/|ap photo|afp via getty|pa wire|shutterstock)\b/i;
const BULLET_RE = /^[-•*·▪►–]\s+/;
// Terminal punctuation, possibly followed by closing quotes or brackets.
const TERMINAL_RE = /[.!?:;…][”’"')\]]*$/;

export interface LineVerdict {
  text: string;
  reason: BoilerplateReason | null;
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

function isTitleLike(line: string, maxWords: number): boolean {
  return !TERMINAL_RE.test(line) && wordCount(line.replace(BULLET_RE, '')) <= maxWords;
}

/** Classify each line; `reason` null means the line is article text. */
export function classifyLines(
  lines: readonly string[],
  options: BoilerplateOptions = {},
): LineVerdict[] {
  const maxHeadingWords = options.maxHeadingWords ?? DEFAULT_MAX_HEADING_WORDS;
  const minBodyLines = options.minBodyLines ?? DEFAULT_MIN_BODY_LINES;
  const verdicts: LineVerdict[] = lines.map((text) => ({ text, reason: null }));
  const seen = new Set<string>();

  // 1. Lines that are junk by their own wording.
  for (const verdict of verdicts) {
    const line = verdict.text;
    if (line === '') continue;
    if (CONSENT_RE.test(line) && wordCount(line) < 80) verdict.reason = 'consent';
    else if (MARKER_RE.test(line)) verdict.reason = 'read-more';
    else if (SOCIAL_RE.test(line)) verdict.reason = 'social';
    else if (seen.has(line) && wordCount(line) > 3) verdict.reason = 'duplicate-line';
    seen.add(line);
  }

  // 2. Headline lists: title-like lines next to a marker, or runs of unpunctuated bullets.
  const listWords = 15;
  verdicts.forEach((verdict, index) => {
    if (verdict.reason !== 'read-more') return;
    for (const step of [-1, 1]) {
      for (let j = index + step; j >= 0 && j < verdicts.length; j += step) {
        const neighbour = verdicts[j] as LineVerdict;
        if (neighbour.reason !== null || !isTitleLike(neighbour.text, listWords)) break;
        neighbour.reason = 'link-list';
      }
    }
  });
  for (let i = 0; i < verdicts.length;) {
    let j = i;
    while (
      j < verdicts.length &&
      BULLET_RE.test((verdicts[j] as LineVerdict).text) &&
      isTitleLike((verdicts[j] as LineVerdict).text, listWords)
    )
      j++;
    if (j - i >= 2) for (let k = i; k < j; k++) (verdicts[k] as LineVerdict).reason ??= 'link-list';
    i = Math.max(j, i + 1);
  }

  // 3. Captions and headings: lines that do not end like a sentence. Only when the article
  //    clearly has punctuated body text, so unpunctuated exports keep their words.
  const bodyLines = verdicts.filter((v) => v.reason === null && TERMINAL_RE.test(v.text)).length;
  const bodyTerms = new Set(
    verdicts
      .filter((v) => v.reason === null && TERMINAL_RE.test(v.text))
      .flatMap((v) => contentTerms(v.text)),
  );
  for (const verdict of verdicts) {
    if (verdict.reason !== null || verdict.text === '') continue;
    if (CAPTION_MARK_RE.test(verdict.text) && wordCount(verdict.text) < 60) {
      verdict.reason = 'caption';
      continue;
    }
    if (bodyLines < minBodyLines || TERMINAL_RE.test(verdict.text)) continue;
    const words = wordCount(verdict.text);
    if (words > maxHeadingWords) verdict.reason = 'caption';
    else {
      // A short unpunctuated line sharing no content word with the body is a foreign headline.
      const related = contentTerms(verdict.text).some((term) => bodyTerms.has(term));
      verdict.reason = related ? 'heading' : 'unrelated';
    }
  }
  return verdicts;
}

/** Remove boilerplate lines from a text; returns kept text and the removed lines. */
export function removeBoilerplate(
  text: string,
  options: BoilerplateOptions = {},
): { text: string; removed: RemovedLine[] } {
  const verdicts = classifyLines(text.split('\n'), options);
  const kept: string[] = [];
  const removed: RemovedLine[] = [];
  for (const verdict of verdicts) {
    if (verdict.reason === null) kept.push(verdict.text);
    else removed.push({ text: verdict.text, reason: verdict.reason });
  }
  return {
    text: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    removed,
  };
}
