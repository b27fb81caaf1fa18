import type { Message } from './message';
import type { svWorkshopPresent } from './sv-workshop-present';

/** English twin of sv-workshop-present.ts. */
export const enWorkshopPresent: Record<keyof typeof svWorkshopPresent, Message> = {
  'workshop.present.fullscreen': 'Full screen',
  'workshop.present.leaveFullscreen': 'Leave full screen (Esc)',
  'workshop.present.joinHeading': 'Join from your phone',

  'workshop.board.newCard': 'New card',
  'workshop.board.newCardCategory': 'Category',
  'workshop.board.closeNewCard': 'Close',
  'workshop.board.cardCount': { one: '{count} card', other: '{count} cards' },

  'goal.indicator.numbered': 'Indicator {number}',
};
