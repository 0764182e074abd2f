/**
 * Progress on long runs: a cli-progress bar on an interactive stderr, nothing otherwise
 * (logs and CI stay clean).
 */
import cliProgress from 'cli-progress';
import type { ProgressEvent } from '../../pipeline/index.js';

export function progressReporter(enabled = process.stderr.isTTY === true): {
  onProgress: (event: ProgressEvent) => void;
  stop: () => void;
} {
  if (!enabled) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {stage} [{bar}] {value}/{total}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let stage = '';
  return {
    onProgress: (event) => {
      if (event.total === undefined) {
        if (event.done % 250 === 0)
          process.stderr.write(`\r ${event.stage}: ${event.done} articles`);
        return;
      }
      if (event.stage !== stage) {
        if (stage !== '') bar.stop();
        else process.stderr.write('\r\x1b[K');
        stage = event.stage;
        bar.start(event.total, 0, { stage });
      }
      bar.update(event.done, { stage });
    },
    stop: () => {
      if (stage !== '') bar.stop();
    },
  };
}
