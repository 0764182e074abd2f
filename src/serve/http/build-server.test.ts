/**
 * The HTTP API end to end through app.inject: the seeds go in through POST /articles and come
 * back out as stories, briefs and articles with located citations.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/index.js';
import type { Brief } from '../../types.js';
import { words } from '../../util/tokens.js';
import { buildServer } from './build-server.js';
import { seedRecords } from './seeds.test-helper.js';

const TOKEN = 'test-token-123';
const auth = { authorization: `Bearer ${TOKEN}` };
const UNRELATED = [
  {
    title: 'Drought forces water rationing in three Spanish provinces',
    source: 'Outlet X',
    published: '2024-03-05',
    text: "Authorities in Catalonia announced water rationing on Tuesday after reservoirs fell below 16 percent of capacity. Farmers say the restrictions threaten this year's harvest of olives and almonds. The regional government said desalination plants would run at full capacity through the summer.",
  },
  {
    title: 'Chess prodigy wins national championship at age twelve',
    source: 'Outlet Y',
    published: '2023-07-09',
    text: "A twelve-year-old from Leeds became the youngest national chess champion on Sunday, beating a grandmaster in the final round. Her coach said she trains four hours a day after school. The tournament drew a record 400 entrants to the city's convention centre.",
  },
];

let app: FastifyInstance;
let store: SqliteStore;
let storyId: string;
let firstPost: { inserted: number; stories: string[]; articleIds: string[] };

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  app = buildServer({ store, token: TOKEN, rateLimit: false, writeRateLimit: false });
  const response = await app.inject({
    method: 'POST',
    url: '/articles',
    headers: { 'content-type': 'application/json', ...auth },
    payload: JSON.stringify([...seedRecords(), ...UNRELATED]),
  });
  expect(response.statusCode).toBe(201);
  firstPost = response.json();
  storyId = (await store.listStories({ limit: 1 }))[0]!.id;
});

afterAll(async () => {
  await app.close();
  await store.close();
});

/** The words of `short` occur in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  const source = words(long);
  let at = 0;
  for (const word of words(short)) {
    while (at < source.length && source[at] !== word) at++;
    if (at++ >= source.length) return false;
  }
  return true;
}

describe('POST /articles', () => {
  it('runs the batch through the pipeline: 7 articles, the 5 seeds in one story', async () => {
    expect(firstPost.inserted).toBe(7);
    const top = await store.getStory(storyId);
    expect(top?.articles).toBe(5);
    expect(firstPost.stories).toContain(storyId);
  });

  it('is idempotent: the same body again stores nothing (200, inserted 0)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/articles',
      headers: { 'content-type': 'application/json', ...auth },
      payload: JSON.stringify(seedRecords()),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ read: 5, inserted: 0, stories: [] });
    expect(await store.countArticles()).toBe(7);
  });

  it('accepts JSON Lines and reports bad lines as skipped with their line number', async () => {
    const body = [
      JSON.stringify({
        title: 'Volcano erupts near Reykjavik',
        text: 'A volcano erupted on the Reykjanes peninsula on Monday night, sending lava towards the town of Grindavik, which was evacuated.',
      }),
      '{not json',
      JSON.stringify({ title: 'no text here' }),
    ].join('\n');
    const response = await app.inject({
      method: 'POST',
      url: '/articles',
      headers: { 'content-type': 'application/x-ndjson', ...auth },
      payload: body,
    });
    expect(response.statusCode).toBe(201);
    const report = response.json();
    expect(report.inserted).toBe(1);
    expect(report.skipped).toEqual([
      { line: 2, reason: 'invalid JSON line' },
      { line: 3, reason: 'no "text" field' },
    ]);
  });

  it('refuses writes without the right bearer token (401), reads stay open', async () => {
    const payload = JSON.stringify({
      text: 'Some article text that is long enough to be an article.',
    });
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }]) {
      const response = await app.inject({
        method: 'POST',
        url: '/articles',
        headers: { 'content-type': 'application/json', ...headers },
        payload,
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHORIZED');
    }
    expect((await app.inject('/stories')).statusCode).toBe(200);
  });

  it('answers clear 4xx JSON errors for bodies that are not articles', async () => {
    const post = (headers: Record<string, string>, payload: string) =>
      app.inject({ method: 'POST', url: '/articles', headers: { ...auth, ...headers }, payload });
    const wrongType = await post({ 'content-type': 'text/html' }, '<p>hi</p>');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const empty = await post({ 'content-type': 'application/json' }, '');
    expect(empty.statusCode).toBe(400);
    const noText = await post({ 'content-type': 'application/json' }, '[{"title": "x"}, 42]');
    expect(noText.statusCode).toBe(400);
    expect(noText.json().error).toMatchObject({ code: 'NO_ARTICLES' });
    expect(noText.json().error.details).toHaveLength(2);
  });

  it('enforces the body size limit (413)', async () => {
    const small = buildServer({ store, token: TOKEN, bodyLimit: 1024, web: false });
    const response = await small.inject({
      method: 'POST',
      url: '/articles',
      headers: { 'content-type': 'application/json', ...auth },
      payload: JSON.stringify({ text: 'word '.repeat(1000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    await small.close();
  });
});

describe('GET /stories', () => {
  it('pages with limit/offset and says where the next page starts', async () => {
    const first = (await app.inject('/stories?limit=2')).json();
    expect(first.stories).toHaveLength(2);
    expect(first.stories[0].id).toBe(storyId);
    expect(first.next).toBe(2);
    const rest = (await app.inject('/stories?limit=2&offset=2')).json();
    expect(rest.stories.length).toBeGreaterThan(0);
    const ids = [...first.stories, ...rest.stories].map((s: { id: string }) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('searches titles and filters by publish dates', async () => {
    const chess = (await app.inject('/stories?search=chess')).json();
    expect(chess.stories.map((s: { title: string }) => s.title)).toEqual([
      'Chess prodigy wins national championship at age twelve',
    ]);
    const since2024 = (await app.inject('/stories?since=2024-01-01')).json();
    const titles = since2024.stories.map((s: { title: string }) => s.title);
    expect(titles.some((t: string) => /Drought/.test(t))).toBe(true);
    expect(titles.some((t: string) => /Chess/.test(t))).toBe(false);
    const until2024 = (await app.inject('/stories?until=2024-01-01')).json();
    expect(until2024.stories.map((s: { title: string }) => s.title)).toEqual([
      'Chess prodigy wins national championship at age twelve',
    ]);
  });

  it('validates the query (400 with the offending field)', async () => {
    for (const query of [
      'limit=0',
      'limit=500',
      'limit=abc',
      'since=yesterday',
      'offset=-1',
      'bogus=1',
    ]) {
      const response = await app.inject(`/stories?${query}`);
      // Unknown parameters are dropped, not refused: old clients keep working.
      if (query === 'bogus=1') expect(response.statusCode).toBe(200);
      else {
        expect(response.statusCode, query).toBe(400);
        expect(response.json().error.code).toBe('INVALID_REQUEST');
      }
    }
    const reversed = await app.inject('/stories?since=2025-01-01&until=2024-01-01');
    expect(reversed.statusCode).toBe(400);
  });
});

describe('GET /stories/:id and its brief', () => {
  it('returns the story with its five articles', async () => {
    const body = (await app.inject(`/stories/${storyId}`)).json();
    expect(body.story.articles).toBe(5);
    expect(body.articles.map((a: { label: string }) => a.label).sort()).toEqual([
      'Outlet 000',
      'Outlet 001',
      'Outlet 002',
      'Outlet 003',
      'Outlet 004',
    ]);
  });

  it('serves the brief as JSON, Markdown and HTML (with its own strict CSP)', async () => {
    const brief = (await app.inject(`/stories/${storyId}/brief`)).json() as Brief;
    expect(brief.schema).toBe('storyline.brief/1');
    expect(brief.summary.length).toBeGreaterThan(0);
    const md = await app.inject(`/stories/${storyId}/brief?format=md`);
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.body).toContain('**Summary**');
    const html = await app.inject(`/stories/${storyId}/brief?format=html`);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(html.headers['content-security-policy']).not.toMatch(/script-src/);
    expect((await app.inject(`/stories/${storyId}/brief?format=pdf`)).statusCode).toBe(400);
  });

  it('404s unknown stories with a JSON error that says where to look', async () => {
    for (const url of ['/stories/st_nope', '/stories/st_nope/brief']) {
      const response = await app.inject(url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toMatchObject({ code: 'STORY_NOT_FOUND' });
      expect(response.json().error.message).toMatch(/GET \/stories/);
    }
  });
});

describe('GET /articles/:id', () => {
  it('locates every summary citation in the cited article (the chip target)', async () => {
    const brief = (await app.inject(`/stories/${storyId}/brief`)).json() as Brief;
    let checked = 0;
    for (const sentence of brief.summary) {
      let verbatim = 0;
      for (const source of sentence.sources) {
        const url = `/articles/${source}?cite=${encodeURIComponent(sentence.text)}`;
        const body = (await app.inject(url)).json();
        expect(body.cited, `${sentence.text} in ${source}`).not.toBeNull();
        expect(body.cited.containment).toBeGreaterThanOrEqual(0.3);
        // A summary sentence is its source sentence, or that sentence compressed (only deleted
        // words: brief/compress-sentence.ts), so its own source carries every word in order.
        const located = body.cited.sentences.map((i: number) => body.sentences[i].text).join(' ');
        if (body.cited.containment === 1 && isSubsequence(sentence.text, located)) verbatim++;
        checked++;
      }
      // The summary keeps one of its sources' own words, in order.
      expect(verbatim, sentence.text).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('marks passages shared with other outlets (brief.reuse), in both directions', async () => {
    const brief = (await app.inject(`/stories/${storyId}/brief`)).json() as Brief;
    const link = brief.reuse[0];
    expect(link).toBeDefined();
    const copy = (await app.inject(`/articles/${link!.articleId}`)).json();
    expect(
      copy.shared.some(
        (p: { direction: string; otherArticleId: string }) =>
          p.direction === 'copied-from' && p.otherArticleId === link!.fromArticleId,
      ),
    ).toBe(true);
    const original = (await app.inject(`/articles/${link!.fromArticleId}`)).json();
    expect(original.shared.some((p: { direction: string }) => p.direction === 'copied-by')).toBe(
      true,
    );
  });

  it('404s unknown articles', async () => {
    const response = await app.inject('/articles/nope');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('ARTICLE_NOT_FOUND');
  });
});

describe('operations', () => {
  it('/healthz counts the stored articles', async () => {
    const body = (await app.inject('/healthz')).json();
    expect(body).toMatchObject({ status: 'ok', articles: 8 });
  });

  it('/metrics speaks Prometheus text with route patterns, not raw ids', async () => {
    await app.inject(`/stories/${storyId}`);
    const response = await app.inject('/metrics');
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.body).toContain('# TYPE storyline_http_requests_total counter');
    expect(response.body).toMatch(
      /storyline_http_requests_total\{method="GET",route="\/stories\/:id",status="200"\} \d+/,
    );
    expect(response.body).not.toContain(storyId);
    expect(response.body).toMatch(/storyline_articles_stored 8/);
    expect(response.body).toMatch(
      /storyline_http_request_duration_seconds_bucket\{method="GET",route="\/stories",le="\+Inf"\} \d+/,
    );
  });

  it('/openapi.json describes every route the server answers', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const described = Object.entries(doc.paths as Record<string, object>).flatMap(
      ([path, methods]) =>
        Object.keys(methods).map(
          (method) => [method.toUpperCase(), path.replace(/\{(\w+)\}/g, ':$1')] as const,
        ),
    );
    for (const [method, url] of described)
      expect(app.hasRoute({ method, url }), `${method} ${url}`).toBe(true);
    for (const [method, url] of [
      ['POST', '/articles'],
      ['GET', '/stories'],
      ['GET', '/stories/:id/brief'],
      ['GET', '/articles/:id'],
      ['GET', '/events'],
    ] as const)
      expect(described).toContainEqual([method, url]);
  });

  it('unknown routes are JSON 404s', async () => {
    const response = await app.inject('/nope');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('rate limits per client with 429 and Retry-After, but never /healthz', async () => {
    const limited = buildServer({ store, rateLimit: { burst: 3, perSecond: 0.5 }, web: false });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await limited.inject('/stories')).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const refused = await limited.inject('/stories');
    expect(refused.headers['retry-after']).toBe('2');
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect((await limited.inject('/healthz')).statusCode).toBe(200);
    await limited.close();
  });
});

describe('web app', () => {
  it('serves the page with a strict CSP and no inline script or style', async () => {
    const page = await app.inject('/');
    expect(page.statusCode).toBe(200);
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(page.body).not.toMatch(/\sstyle=|<style|\son\w+=/i);
    for (const asset of ['app.js', 'view-story.js', 'app.css']) {
      const response = await app.inject(`/assets/${asset}`);
      expect(response.statusCode).toBe(200);
    }
    expect((await app.inject('/assets/..%2Fpackage.json')).statusCode).toBe(404);
  });

  it('never writes article strings through innerHTML or similar sinks', async () => {
    for (const asset of ['app.js', 'dom.js', 'view-list.js', 'view-story.js', 'view-article.js']) {
      const source = (await app.inject(`/assets/${asset}`)).body;
      expect(source, asset).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/,
      );
    }
  });
});

describe('GET /events', () => {
  it('pushes a `stories` event when a POST stores new articles', async () => {
    const live = buildServer({ store, token: TOKEN, web: false });
    await live.listen({ port: 0, host: '127.0.0.1' });
    const { port } = live.server.address() as AddressInfo;
    const received = new Promise<string>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, path: '/events' }, (response) => {
        expect(response.headers['content-type']).toMatch(/text\/event-stream/);
        let buffer = '';
        response.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          if (buffer.includes('event: stories')) {
            resolve(buffer);
            request.destroy();
          }
        });
      });
      request.on('error', reject);
      request.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const post = await live.inject({
      method: 'POST',
      url: '/articles',
      headers: { 'content-type': 'application/json', ...auth },
      payload: JSON.stringify({
        text: 'Flooding closed the main rail line between York and Newcastle on Friday, the operator said, with replacement buses running until Monday.',
      }),
    });
    expect(post.statusCode).toBe(201);
    const event = await received;
    const data = JSON.parse(/data: (.*)/.exec(event)![1]!);
    expect(data).toEqual({ stories: post.json().stories, inserted: 1 });
    await live.close();
  });
});
