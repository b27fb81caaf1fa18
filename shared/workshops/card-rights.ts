/**
 * Who may do what to a card on a group board: the client shows the buttons by these rules and the
 * server refuses a board update that breaks them (server/workshops/board-guard.ts). Moving cards and
 * clustering them is the whole group's work, so only writing, editing and deleting cards are ruled here.
 */
import type { Card, CardAuthor } from './board';

export interface BoardActor {
  /** The actor as a card's author would name them; null when they have not joined (a facilitator). */
  author: CardAuthor | null;
  /** Runs the workshop (a facilitator). */
  manages: boolean;
  /** The current activity is anonymous: new cards carry no author. */
  anonymous: boolean;
}

/** Only the author edits a card's text; a card from an anonymous activity has no author, so nobody does. */
export const editsCard = (card: Pick<Card, 'author'>, actor: BoardActor): boolean => card.author !== null && card.author.participantId === actor.author?.participantId;

/** The author deletes their card; a facilitator deletes any card (they moderate the day). */
export const deletesCard = (card: Pick<Card, 'author'>, actor: BoardActor): boolean => actor.manages || editsCard(card, actor);

const sameAuthor = (a: CardAuthor | null, b: CardAuthor | null) => a?.participantId === b?.participantId && a?.name === b?.name;

/** Why a new card with this author is not the actor's to write: their own name or none, and none in an anonymous activity. */
export function newCardRefusal(author: CardAuthor | null, actor: BoardActor): string | null {
  if (author && actor.anonymous) return 'a new card with an author in an anonymous activity';
  if (author && !sameAuthor(author, actor.author)) return "a new card in someone else's name";
  return null;
}

/**
 * Why the change from `before` to `after` (a board's cards) is not the actor's to make, as an English
 * reason for the log, or null when it is. A new card carries the actor's own name or none, and none at
 * all in an anonymous activity; nobody changes a card's author or time.
 */
export function cardChangeRefusal(before: Card[], after: Card[], actor: BoardActor): string | null {
  const previous = new Map(before.map((card) => [card.id, card]));
  for (const card of after) {
    const was = previous.get(card.id);
    previous.delete(card.id);
    if (!was) {
      const refusal = newCardRefusal(card.author, actor);
      if (refusal) return refusal;
      continue;
    }
    if (!sameAuthor(was.author, card.author) || was.createdAt !== card.createdAt) return "a card's author or time changed";
    if (was.text !== card.text && !editsCard(was, actor)) return "someone else's card edited";
  }
  for (const removed of previous.values()) if (!deletesCard(removed, actor)) return "someone else's card deleted";
  return null;
}
