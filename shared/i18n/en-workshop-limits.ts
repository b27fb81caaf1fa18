import type { svWorkshopLimits } from './sv-workshop-limits';

/** English twin of sv-workshop-limits.ts. */
export const enWorkshopLimits: Record<keyof typeof svWorkshopLimits, string> = {
  'admin.workshopLimits.heading': 'Limits for workshop boards',
  'admin.workshopLimits.intro': 'The limits protect the server from a client that writes thousands of cards. They apply from the next time someone opens a board.',
  'admin.workshopLimits.maxCardsPerBoard': "Cards per group's board",
  'admin.workshopLimits.maxCardsPerParticipant': 'Cards per participant',
  'admin.workshopLimits.maxCardTextLength': 'Characters per card',
  'admin.workshopLimits.outOfRange': 'Enter a whole number from {min} to {max}.',
  'admin.workshopLimits.submit': 'Save the limits',
  'admin.workshopLimits.saved': 'The limits are saved.',
};
