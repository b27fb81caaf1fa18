import { useEffect, useState } from 'react';
import * as Y from 'yjs';

/**
 * Read access to the goals' Y types for binding inputs, without creating anything: goalsArray()
 * creates the array when missing, which before the first sync would race the server's copy.
 */
export function liveGoals(doc: Y.Doc): Array<Y.Map<unknown>> {
  const goals = doc.getMap<unknown>('fields').get('goals');
  if (!(goals instanceof Y.Array)) return [];
  return (goals.toArray() as unknown[]).filter((goal): goal is Y.Map<unknown> => goal instanceof Y.Map);
}

export function liveIndicators(goal: Y.Map<unknown>): Array<Y.Map<unknown>> {
  const indicators = goal.get('indicators');
  if (!(indicators instanceof Y.Array)) return [];
  return (indicators.toArray() as unknown[]).filter((indicator): indicator is Y.Map<unknown> => indicator instanceof Y.Map);
}

export function yText(map: Y.Map<unknown>, key: string): Y.Text | null {
  const value = map.get(key);
  return value instanceof Y.Text ? value : null;
}

/** Re-renders the component whenever anything inside `type` changes (here or from others). */
// biome-ignore lint/suspicious/noExplicitAny: Y types are invariant in their event type, so no narrower type accepts every Y type
export function useYChanges(type: Y.AbstractType<any>): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const changed = () => setVersion((current) => current + 1);
    type.observeDeep(changed);
    return () => type.unobserveDeep(changed);
  }, [type]);
  return version;
}
