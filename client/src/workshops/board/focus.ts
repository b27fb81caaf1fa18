/** The element id of a card on the board. */
export const cardElementId = (cardId: string) => `card-${cardId}`;

/**
 * Puts focus back on a card after it moved (it is rendered again in its new place), so a keyboard user
 * goes on from where the card is now.
 */
export function focusCard(cardId: string): void {
  requestAnimationFrame(() => document.getElementById(cardElementId(cardId))?.focus());
}
