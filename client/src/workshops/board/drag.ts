import type { DragEvent } from 'react';

/**
 * Dragging a card is a shortcut for mouse users only; every card's "Flytta till…" and "Lägg under
 * rubrik…" do the same without dragging (WCAG 2.1 AA, 2.5.7).
 */
const CARD_TYPE = 'application/x-samsyn-card';

export function startCardDrag(event: DragEvent, cardId: string): void {
  event.dataTransfer.setData(CARD_TYPE, cardId);
  event.dataTransfer.effectAllowed = 'move';
}

/** Lets a card be dropped here (and only a card). */
export function allowCardDrop(event: DragEvent): void {
  if (!event.dataTransfer.types.includes(CARD_TYPE)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'move';
}

/** The dropped card's id, or null when something else was dropped. */
export function droppedCard(event: DragEvent): string | null {
  const cardId = event.dataTransfer.getData(CARD_TYPE);
  if (!cardId) return null;
  event.preventDefault();
  event.stopPropagation();
  return cardId;
}
