/** Swedish messages for joining a workshop and working on a group board; merged into the one catalogue in sv.ts. */
export const svWorkshopBoard = {
  'workshop.board.heading': 'Gruppens tavla',
} as const;
