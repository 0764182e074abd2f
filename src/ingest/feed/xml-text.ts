/**
 * Safe XML reading for feeds: the DOCTYPE is cut before parsing and the parser never expands
 * entities, so neither entity expansion ("billion laughs") nor external entities can happen.
 * Text nodes are decoded here with the fixed HTML/XML entity table instead (undeclared custom
 * entities stay literal); CDATA sections are returned as written.
 */
import { XMLParser } from 'fast-xml-parser';
import { decodeEntities } from '../html/entities.js';

/** Property name under which the parser keeps CDATA sections apart from escaped text. */
export const CDATA_KEY = '__cdata';
export const TEXT_KEY = '#text';
export const ATTRIBUTE_PREFIX = '@_';

/** Deeper than any real feed (RSS items sit at depth 3, Atom entries at 2; XHTML content more). */
export const MAX_XML_DEPTH = 200;

/**
 * Remove `<!DOCTYPE …>` including an internal subset `[ … ]`, scanning for the bracket that
 * closes the subset while skipping quoted strings (entity values may contain `]>`).
 */
export function stripDoctype(xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  let depth = 0;
  let quote: string | null = null;
  for (let i = start + 9; i < xml.length; i++) {
    const ch = xml[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === '>' && depth === 0) return xml.slice(0, start) + xml.slice(i + 1);
  }
  // An unclosed DOCTYPE swallows the document: nothing after it can be trusted.
  return xml.slice(0, start);
}

export function createFeedParser(): XMLParser {
  return new XMLParser({
    processEntities: false,
    htmlEntities: false,
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    cdataPropName: CDATA_KEY,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: MAX_XML_DEPTH,
  });
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The text of a parsed node: escaped text decoded, CDATA kept, attributes ignored. Child
 * elements (XHTML content) are flattened in document order as far as the parser kept it.
 */
export function nodeText(node: unknown): string | null {
  const out: string[] = [];
  collect(node, out, 0);
  const text = out.join(' ').trim();
  return text === '' ? null : text;
}

function collect(node: unknown, out: string[], depth: number): void {
  if (node === undefined || node === null || depth > MAX_XML_DEPTH) return;
  if (typeof node === 'string') {
    out.push(decodeEntities(node));
    return;
  }
  if (typeof node === 'number' || typeof node === 'boolean') {
    out.push(String(node));
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out, depth + 1);
    return;
  }
  if (typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith(ATTRIBUTE_PREFIX)) continue;
      if (key === CDATA_KEY) for (const part of asArray(value)) out.push(String(part));
      else collect(value, out, depth + 1);
    }
  }
}

/** An attribute of a parsed element, decoded. */
export function attribute(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return null;
  const value = (node as Record<string, unknown>)[ATTRIBUTE_PREFIX + name];
  return typeof value === 'string' ? decodeEntities(value).trim() : null;
}

/** A child element by any of several names (namespaced variants such as `dc:creator`). */
export function child(node: unknown, ...names: string[]): unknown {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const record = node as Record<string, unknown>;
  for (const name of names) if (record[name] !== undefined) return record[name];
  return undefined;
}
