/**
 * The few DOM members metadata reading needs, so it runs on linkedom, jsdom or a test double.
 */
export interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  querySelector(selector: string): ElementLike | null;
  documentElement: ElementLike | null;
}

export interface ElementLike {
  textContent: string | null;
  getAttribute(name: string): string | null;
  closest?(selector: string): ElementLike | null;
  parentElement?: ElementLike | null;
  /** Lower-case tag name. */
  localName?: string;
}
