/** What every route module receives: the store and the server's shared parts. */
import type { PipelineOptions } from '../../pipeline/index.js';
import type { Store } from '../../store/index.js';
import type { EventHub } from './events.js';
import type { Metrics } from './metrics.js';
import type { WriteQueue } from './write-queue.js';

export interface ServerContext {
  store: Store;
  /** Bearer token for write endpoints; undefined = writes are open. */
  token: string | undefined;
  maxBatch: number;
  pipeline: Omit<PipelineOptions, 'store' | 'onProgress'>;
  metrics: Metrics;
  events: EventHub;
  writes: WriteQueue;
}
