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
  | { kind: 'workshop'; workshopId: string }
  /** A session ended (logout, a guest leaving): the connections opened with it close (4401), nobody else is re-checked. */
  | { kind: 'session'; sessionId: string };

export class AccessEvents {
  private readonly listeners = new Set<(change: AccessChange) => Promise<void>>();

  /**
   * Announces a change; the promise settles once every listener has acted on it (open connections
   * re-checked). Most routes need not wait; one that must know nobody still holds the old rights does.
   */
  async changed(change: AccessChange): Promise<void> {
    await Promise.all([...this.listeners].map((listener) => listener(change)));
  }

  /** `listener` must not reject: it handles its own failures. */
  onChanged(listener: (change: AccessChange) => Promise<void>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
