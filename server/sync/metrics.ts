/** Counters for GET /api/admin/metrics; cheap enough to update on every message. */
export class SyncMetrics {
  updatesApplied = 0;
  private readonly startedAt = Date.now();
  private lastRateAt = Date.now();
  private lastRateCount = 0;
  private rate = 0;
  // The last 2048 broadcast durations (ms), for the p99.
  private readonly samples = new Float64Array(2048);
  private sampleCount = 0;

  // Time from an update's arrival to the commit of the INSERT that holds it (the oldest of each batch).
  private readonly persistLags = new Float64Array(2048);
  private persistLagCount = 0;

  recordBroadcast(ms: number): void {
    this.samples[this.sampleCount % this.samples.length] = ms;
    this.sampleCount += 1;
  }

  recordPersistLag(ms: number): void {
    this.persistLags[this.persistLagCount % this.persistLags.length] = ms;
    this.persistLagCount += 1;
  }

  p99PersistLagMs(): number {
    return p99(this.persistLags, this.persistLagCount);
  }

  updatesPerSecond(now = Date.now()): number {
    const elapsed = now - this.lastRateAt;
    if (elapsed >= 1000) {
      this.rate = ((this.updatesApplied - this.lastRateCount) * 1000) / elapsed;
      this.lastRateAt = now;
      this.lastRateCount = this.updatesApplied;
    }
    return Math.round(this.rate * 10) / 10;
  }

  p99BroadcastMs(): number {
    return p99(this.samples, this.sampleCount);
  }

  uptimeSeconds(): number {
    return Math.round((Date.now() - this.startedAt) / 1000);
  }
}

function p99(samples: Float64Array, count: number): number {
  const n = Math.min(count, samples.length);
  if (n === 0) return 0;
  const sorted = Array.from(samples.subarray(0, n)).sort((a, b) => a - b);
  return Math.round(sorted[Math.min(n - 1, Math.floor(n * 0.99))]! * 1000) / 1000;
}
