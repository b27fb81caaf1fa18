import { EventEmitter } from 'node:events';

/**
 * Something changed who may do what: a role, a membership, a document's status, a setting. Routes
 * announce it here; the sync server listens and re-checks its open connections at once. Routes never
 * import the sync server, so an edit's path stays one-way.
 */
export type AccessChange =
  | { kind: 'user'; userId: string }
  | { kind: 'document'; documentId: string }
  | { kind: 'organisation'; organisationId: string }
  /** A workshop's seating, phase, board locks or hiding changed: its rooms re-check who writes. */
  | { kind: 'workshop'; workshopId: string };

export class AccessEvents {
  private readonly emitter = new EventEmitter();

  changed(change: AccessChange): void {
    this.emitter.emit('changed', change);
  }

  onChanged(listener: (change: AccessChange) => void): () => void {
    this.emitter.on('changed', listener);
    return () => this.emitter.off('changed', listener);
  }
}
