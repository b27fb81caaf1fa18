import * as Y from 'yjs';
import { cardsMap, readCards } from '../../shared/workshops/board';
import { cardChangeRefusal, type BoardActor } from '../../shared/workshops/card-rights';
import type { UpdateGuard } from '../sync/update-guard';

/**
 * The card rights of shared/workshops/card-rights.ts, held on a board room's writes: the update is tried
 * on a copy of the board and the cards before and after are compared, so a client that skips the UI's
 * rules (edits or deletes another's card, writes in someone's name) is refused, not obeyed.
 */
const malformedCards = (doc: Y.Doc) => [...cardsMap(doc).values()].filter((card) => !(card instanceof Y.Map)).length;

export function boardGuard(actor: BoardActor): UpdateGuard {
  return (doc, update) => {
    const trial = new Y.Doc();
    try {
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
      const before = readCards(trial);
      const malformedBefore = malformedCards(trial);
      Y.applyUpdate(trial, update);
      if (malformedCards(trial) > malformedBefore) return 'a card that is not a card';
      return cardChangeRefusal(before, readCards(trial), actor);
    } finally {
      trial.destroy();
    }
  };
}
