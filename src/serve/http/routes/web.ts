/**
 * The web app: plain HTML, CSS and ES modules from src/serve/web, served as they are (no build
 * step, no CDN). Only files listed in WEB_FILES are served, read once at start-up; the CSP
 * forbids inline scripts, inline styles, and every origin but this one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error.js';

export const WEB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

/** Keep in sync with the files of src/serve/web. */
export const WEB_FILES = [
  'index.html',
  'app.css',
  'app.js',
  'api.js',
  'dom.js',
  'view-list.js',
  'view-story.js',
  'view-article.js',
];

/** src/serve/web from the sources, or from dist/ when the package is built. */
export function webDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '../../web'), resolve(here, '../../../../src/serve/web')];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (!found) throw new Error(`web app files not found (looked in ${candidates.join(', ')})`);
  return found;
}

export function webRoutes(app: FastifyInstance, directory = webDirectory()): void {
  const files = new Map(
    WEB_FILES.map((name) => [name, readFileSync(join(directory, name))] as const),
  );
  const send =
    (name: string) => async (_request: unknown, reply: import('fastify').FastifyReply) => {
      const body = files.get(name);
      if (!body) throw new HttpError(404, 'NOT_FOUND', `No asset "${name}"`);
      return reply
        .header('content-security-policy', WEB_CSP)
        .header('cache-control', 'no-cache')
        .type(TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream')
        .send(body);
    };
  app.get('/', send('index.html'));
  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) =>
    send(request.params.name)(request, reply),
  );
}
