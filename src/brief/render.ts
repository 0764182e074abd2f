/** Pick a renderer by format name. */
import { StorylineError } from '../errors.js';
import type { Brief } from '../types.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

export const BRIEF_FORMATS = ['md', 'html', 'json'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

export function parseFormat(value: string): BriefFormat {
  if ((BRIEF_FORMATS as readonly string[]).includes(value)) return value as BriefFormat;
  throw new StorylineError('BAD_OPTION', `Unknown format "${value}" (use md, html or json)`, 2);
}

export function renderBrief(brief: Brief, format: BriefFormat): string {
  switch (format) {
    case 'md':
      return renderMarkdown(brief);
    case 'html':
      return renderHtml(brief);
    case 'json':
      return `${JSON.stringify(brief, null, 2)}\n`;
  }
}
