/**
 * Server-Sent Events: the web app learns that stories changed without polling. One hub per
 * server; each POST /articles that stores something publishes the touched story ids.
 */
import type { ServerResponse } from 'node:http';

export interface StoriesChanged {
  stories: string[];
  inserted: number;
}

/** Open streams at once. Default DEFAULT_MAX_STREAMS (100). */
export const DEFAULT_MAX_STREAMS = 100;
/** A comment line this often keeps proxies from closing idle streams. */
export const KEEPALIVE_MS = 25_000;

export class EventHub {
  private readonly streams = new Set<ServerResponse>();
  private nextId = 1;
  private readonly timer: NodeJS.Timeout;

  constructor(readonly maxStreams = DEFAULT_MAX_STREAMS) {
    this.timer = setInterval(() => this.write(': keep-alive\n\n'), KEEPALIVE_MS);
    this.timer.unref();
  }

  get size(): number {
    return this.streams.size;
  }

  /** Adopt a response as an event stream; false when the hub is full. */
  attach(response: ServerResponse): boolean {
    if (this.streams.size >= this.maxStreams) return false;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    // Browsers reconnect after `retry` ms when the stream drops.
    response.write('retry: 3000\n\n');
    this.streams.add(response);
    response.on('close', () => this.streams.delete(response));
    return true;
  }

  publish(event: StoriesChanged): void {
    this.write(`id: ${this.nextId++}\nevent: stories\ndata: ${JSON.stringify(event)}\n\n`);
  }

  close(): void {
    clearInterval(this.timer);
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }

  private write(chunk: string): void {
    for (const stream of this.streams) stream.write(chunk);
  }
}
