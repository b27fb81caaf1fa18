/** A sustained rate with room for a burst: `perSecond` tokens come back each second, up to `burst`. */
export interface Rate {
  perSecond: number;
  burst: number;
}

/**
 * A token bucket. `tryTake` refuses what is not there (to drop over the limit); `takeIntoDebt` always
 * takes, so a caller that must not drop (a document update) can slow the sender by the debt instead.
 */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = rate.burst;
    this.at = now();
  }

  tryTake(cost = 1): boolean {
    this.refill();
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Takes `cost`; returns the debt in ms (how long until the bucket is back at zero), 0 when none. */
  takeIntoDebt(cost: number): number {
    this.refill();
    this.tokens -= cost;
    return this.tokens >= 0 ? 0 : (-this.tokens / this.rate.perSecond) * 1000;
  }

  /** Deeper in debt than a whole burst: the sender kept sending while it was being slowed. */
  get overdrawn(): boolean {
    return this.tokens < -this.rate.burst;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.at) / 1000) * this.rate.perSecond);
    this.at = now;
  }
}
