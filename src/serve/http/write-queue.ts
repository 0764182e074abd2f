/**
 * Serialises writes: the pipeline reads the clusterer's state, clusters, and writes it back,
 * so two concurrent batches would each start from the same snapshot and one would be lost.
 * Reads never wait on this queue.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(task, task);
    this.tail = result.then(
      () => this.waiting--,
      () => this.waiting--,
    );
    return result;
  }

  /** Batches queued or running. */
  get depth(): number {
    return this.waiting;
  }
}
