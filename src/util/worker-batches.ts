/**
 * Order-preserving batch map over worker threads. The order-free half of a stream's work
 * (tokenising, term weights, MinHash fingerprints) is a pure function of each item, so it can
 * run ahead on other cores while the caller consumes the results in submission order and
 * runs the ordered half (dedup probe, clustering) itself: the output is that of one thread.
 *
 *   main:    submit(b0) submit(b1) submit(b2) … await b0 ─► ordered half ─► await b1 ─► …
 *   worker:  handler(b0) ─► handler(b1) ─► handler(b2) …     (round-robin over workers)
 *
 * The worker module calls `serveBatches(handler)`; the main thread creates a `WorkerBatches`
 * with that module's URL. A `.ts` module (run from source under `tsx`) is loaded through
 * tsx's register API: tsx's loader hooks do not reach worker threads by themselves.
 */
import { parentPort, Worker, type Transferable } from 'node:worker_threads';
import { StorylineError } from '../errors.js';

export interface WorkerBatchesOptions {
  /** Worker threads. Default: DEFAULT_WORKERS (1: the second core of a 2-core machine). */
  workers?: number;
  /** Passed to every worker as `workerData`. Default: undefined. */
  workerData?: unknown;
}

export const DEFAULT_WORKERS = 1;

/** What a handler returns: the result, and the buffers to move (not copy) back to the caller. */
export interface BatchReply<Out> {
  result: Out;
  transfer?: Transferable[];
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class WorkerBatches<In, Out> {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(url: URL, options: WorkerBatchesOptions = {}) {
    const count = options.workers ?? DEFAULT_WORKERS;
    if (!Number.isInteger(count) || count < 1) {
      throw new StorylineError('BAD_OPTION', `workers must be a positive integer, got ${count}`, 2);
    }
    this.workers = Array.from({ length: count }, () => {
      const worker = url.pathname.endsWith('.ts')
        ? new Worker(tsBootstrap(url), { eval: true, workerData: options.workerData })
        : new Worker(url, { workerData: options.workerData });
      worker.on('message', ({ id, result }: { id: number; result: unknown }) => {
        const pending = this.pending.get(id);
        this.pending.delete(id);
        pending?.resolve(result);
      });
      // A failed worker fails every batch still owed: a silently missing batch would reorder
      // nothing but lose items.
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`batch worker exited with code ${code}`));
      });
      return worker;
    });
  }

  /** Sends one batch to the next worker (round-robin); resolves with the handler's result. */
  run(batch: In, transfer: Transferable[] = []): Promise<Out> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise<Out>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, batch }, transfer);
    });
  }

  /** Stops the workers (batches still owed are rejected). */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
    this.fail(new Error('worker batches closed'));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/** Worker code (CommonJS, `eval`) that registers tsx's loader, then imports the module. */
function tsBootstrap(url: URL): string {
  return `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
}

/** Inside a worker module: answers each batch with `handler(batch)`, in arrival order. */
export function serveBatches<In, Out>(handler: (batch: In) => BatchReply<Out>): void {
  if (parentPort === null) {
    throw new StorylineError('BAD_OPTION', 'serveBatches must run inside a worker thread', 2);
  }
  const port = parentPort;
  port.on('message', ({ id, batch }: { id: number; batch: In }) => {
    const { result, transfer } = handler(batch);
    port.postMessage({ id, result }, transfer ?? []);
  });
}
