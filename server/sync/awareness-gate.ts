import type { SyncLimits } from './limits';
import { TokenBucket } from './token-bucket';

/**
 * The awareness one connection may send (read-only viewers too: awareness is how they show up), by
 * size and rate. Everything it sends is forwarded to every other connection in the room, so what gets
 * past here is multiplied by the room's size.
 */
export class AwarenessGate {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  private readonly drops: TokenBucket;

  constructor(private readonly limits: SyncLimits) {
    this.messages = new TokenBucket(limits.awarenessMessages);
    this.bytes = new TokenBucket(limits.awarenessBytes);
    this.drops = new TokenBucket(limits.awarenessDrops);
  }

  /** 'accept'; 'drop' over the limit; 'close' once the connection keeps flooding past its drops. */
  admit(byteLength: number): 'accept' | 'drop' | 'close' {
    if (byteLength <= this.limits.maxAwarenessUpdateBytes && this.messages.tryTake() && this.bytes.tryTake(byteLength)) return 'accept';
    return this.drops.tryTake() ? 'drop' : 'close';
  }
}
