/**
 * A sliding window over a stream of byte chunks with absolute offsets: readers ask for "at
 * least n bytes", look at them, then consume. Only the unconsumed tail stays in memory, so a
 * WARC of many gigabytes is read with memory bounded by its largest record.
 */
export class ByteWindow {
  private buffer: Buffer = Buffer.alloc(0);
  private base = 0;
  private ended = false;
  private readonly source: AsyncIterator<Uint8Array>;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.source = chunks[Symbol.asyncIterator]();
  }

  /** Absolute offset (in the stream) of the first unconsumed byte. */
  get offset(): number {
    return this.base;
  }

  /** The unconsumed bytes read so far. */
  get bytes(): Buffer {
    return this.buffer;
  }

  /** true once the source is exhausted (the window may still hold bytes). */
  get exhausted(): boolean {
    return this.ended;
  }

  /** Read until at least `length` bytes are available; false when the stream ends first. */
  async fill(length: number): Promise<boolean> {
    const parts: Buffer[] = [this.buffer];
    let size = this.buffer.length;
    while (size < length && !this.ended) {
      const next = await this.source.next();
      if (next.done) this.ended = true;
      else {
        const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length);
        parts.push(chunk);
        size += chunk.length;
      }
    }
    if (parts.length > 1) this.buffer = Buffer.concat(parts, size);
    return size >= length;
  }

  /** Read one more chunk, whatever its size; false at the end of the stream. */
  async more(): Promise<boolean> {
    return !this.ended && (await this.fill(this.buffer.length + 1));
  }

  /** Drop `length` bytes (which may lie beyond the window: they are read and discarded). */
  async consume(length: number): Promise<void> {
    let left = length;
    while (left > this.buffer.length && !this.ended) {
      left -= this.buffer.length;
      this.base += this.buffer.length;
      this.buffer = Buffer.alloc(0);
      await this.more();
    }
    const step = Math.min(left, this.buffer.length);
    this.buffer = this.buffer.subarray(step);
    this.base += step;
  }
}
