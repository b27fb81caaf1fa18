import * as Y from 'yjs';

/** One indicator's outcome figures if the block has them; unlike outcomeFigures, never creates them. */
export function existingFigures(block: Y.Map<unknown>, indicatorId: string): Y.Map<unknown> | null {
  const outcomes = block.get('outcomes');
  const figures = outcomes instanceof Y.Map ? outcomes.get(indicatorId) : undefined;
  return figures instanceof Y.Map ? (figures as Y.Map<unknown>) : null;
}

/** A block's rich-text fragment (analysis or actions), if it is one. */
export function blockFragment(block: Y.Map<unknown>, key: 'analysis' | 'actions'): Y.XmlFragment | null {
  const fragment = block.get(key);
  return fragment instanceof Y.XmlFragment ? fragment : null;
}
