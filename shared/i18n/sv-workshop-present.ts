/** Swedish messages for the projector view, the phone board and the indicator fields (issue 13); merged into the one catalogue in sv.ts. */
export const svWorkshopPresent = {
  'workshop.present.fullscreen': 'Helskärm',
  'workshop.present.leaveFullscreen': 'Lämna helskärm (Esc)',
  'workshop.present.joinHeading': 'Gå med från mobilen',

  'workshop.board.newCard': 'Nytt kort',
  'workshop.board.newCardCategory': 'Kategori',
  'workshop.board.closeNewCard': 'Stäng',
  'workshop.board.cardCount': { one: '{count} kort', other: '{count} kort' },

  'goal.indicator.numbered': 'Mått {number}',
} as const;
