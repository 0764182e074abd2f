/**
 * A small Prometheus registry (text exposition format 0.0.4): counters and one latency
 * histogram, labelled by method, route pattern (never the raw URL, so ids cannot blow up the
 * series count) and status.
 */

/** Latency histogram upper bounds, in seconds. */
export const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Labels = Record<string, string>;

const escapeLabel = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

const labelText = (labels: Labels): string => {
  const entries = Object.entries(labels);
  return entries.length === 0
    ? ''
    : `{${entries.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}`;
};

interface HistogramSeries {
  labels: Labels;
  counts: number[];
  sum: number;
  count: number;
}

export class Metrics {
  private readonly counters = new Map<string, { help: string; series: Map<string, number> }>();
  private readonly histogram = new Map<string, HistogramSeries>();
  private readonly gauges = new Map<
    string,
    { help: string; read: () => Promise<number> | number }
  >();

  /** Add `by` to a counter series; the counter is declared on first use. */
  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    let counter = this.counters.get(name);
    if (!counter) {
      counter = { help, series: new Map() };
      this.counters.set(name, counter);
    }
    const key = labelText(labels);
    counter.series.set(key, (counter.series.get(key) ?? 0) + by);
  }

  /** A gauge read when /metrics is scraped (stored article count, queue depth). */
  gauge(name: string, help: string, read: () => Promise<number> | number): void {
    this.gauges.set(name, { help, read });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.inc('storyline_http_requests_total', 'HTTP requests served', {
      method,
      route,
      status: String(status),
    });
    const labels = { method, route };
    const key = labelText(labels);
    let series = this.histogram.get(key);
    if (!series) {
      series = { labels, counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.histogram.set(key, series);
    }
    LATENCY_BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) series.counts[index]! += 1;
    });
    series.sum += seconds;
    series.count += 1;
  }

  async render(): Promise<string> {
    const lines: string[] = [];
    for (const [name, counter] of this.counters) {
      lines.push(`# HELP ${name} ${counter.help}`, `# TYPE ${name} counter`);
      for (const [labels, value] of counter.series) lines.push(`${name}${labels} ${value}`);
    }
    const histogramName = 'storyline_http_request_duration_seconds';
    lines.push(`# HELP ${histogramName} HTTP request latency`, `# TYPE ${histogramName} histogram`);
    for (const series of this.histogram.values()) {
      LATENCY_BUCKETS.forEach((bound, index) => {
        const labels = labelText({ ...series.labels, le: String(bound) });
        lines.push(`${histogramName}_bucket${labels} ${series.counts[index]}`);
      });
      lines.push(
        `${histogramName}_bucket${labelText({ ...series.labels, le: '+Inf' })} ${series.count}`,
        `${histogramName}_sum${labelText(series.labels)} ${series.sum}`,
        `${histogramName}_count${labelText(series.labels)} ${series.count}`,
      );
    }
    for (const [name, gauge] of this.gauges) {
      lines.push(
        `# HELP ${name} ${gauge.help}`,
        `# TYPE ${name} gauge`,
        `${name} ${await gauge.read()}`,
      );
    }
    return `${lines.join('\n')}\n`;
  }
}
