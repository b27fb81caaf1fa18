import * as Y from 'yjs';
import { followUpArray } from '../../../shared/goals/follow-up-document';

/** The uppföljning's goal blocks as Y.Maps, by goal id, for binding fields (nothing is created). */
export function liveBlocks(doc: Y.Doc): Map<string, Y.Map<unknown>> {
  const blocks = (followUpArray(doc)?.toArray() ?? []) as unknown[];
  return new Map(blocks.filter((block): block is Y.Map<unknown> => block instanceof Y.Map).map((block) => [String(block.get('goalId')), block]));
}

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
