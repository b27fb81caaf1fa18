import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { Presence } from './Presence';

/** Another tab's awareness state, arriving over the wire as a real awareness update. */
function receive(awareness: Awareness, state: unknown): void {
  const other = new Awareness(new Y.Doc());
  other.setLocalState(state as Record<string, unknown>);
  applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
}

describe('Presence', () => {
  it('lists the well-formed states and ignores a malformed one instead of breaking the list', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState(null);
    receive(awareness, { user: { id: 'u-sara', name: 'Sara Holm', color: '#1f5fa8' } });
    receive(awareness, { user: { id: 'u-evil', name: 5, color: '#a3284a' } });
    receive(awareness, { user: { id: 'u-per', name: 'Per Ek', color: 'url(x)' } });
    receive(awareness, { user: 'not a user' });
    const html = renderToStaticMarkup(<Presence awareness={awareness} selfId="u-per" />);
    expect(html).toContain('Sara Holm');
    expect(html).toContain('Per Ek');
    expect(html).not.toContain('u-evil');
    expect(html.match(/<li>/g)).toHaveLength(2);
  });
});
