/* global document, URL, URLSearchParams */
// DOM helpers. Every string from an article (title, text, outlet, URL) is hostile: it reaches
// the page only as a text node (textContent) or through safeHref; no HTML-parsing sinks.

/**
 * el('a', { class: 'chip', href: '#/x' }, 'label', child) → element.
 * Props: class, id, href (must already be safe), title, role, aria-*, data-*, on<event>.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      node.className = value;
    } else {
      node.setAttribute(key, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (typeof child === 'string' || typeof child === 'number')
      node.appendChild(document.createTextNode(String(child)));
    else node.appendChild(child);
  }
}

/** Replace a node's children. */
export function mount(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** An http(s) URL as given, or null: javascript:, data: and the like never become links. */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** In-app links: every dynamic part is URI-encoded. */
export const links = {
  list: (query) => (query ? `#/?q=${encodeURIComponent(query)}` : '#/'),
  story: (id) => `#/story/${encodeURIComponent(id)}`,
  article: (id, story, cite) => {
    const params = new URLSearchParams();
    if (story) params.set('story', story);
    if (cite) params.set('cite', cite);
    const query = params.toString();
    return `#/article/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
  },
};

export function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
