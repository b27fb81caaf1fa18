/** Swedish messages for a kommun's card limits on workshop boards (admin settings); merged into the one catalogue in sv.ts. */
export const svWorkshopLimits = {
  'admin.workshopLimits.heading': 'Gränser för workshoptavlor',
  'admin.workshopLimits.intro': 'Gränserna skyddar servern mot en klient som skriver tusentals kort. De gäller från nästa gång någon öppnar en tavla.',
  'admin.workshopLimits.maxCardsPerBoard': 'Kort per grupps tavla',
  'admin.workshopLimits.maxCardsPerParticipant': 'Kort per deltagare',
  'admin.workshopLimits.maxCardTextLength': 'Tecken per kort',
  'admin.workshopLimits.outOfRange': 'Ange ett heltal från {min} till {max}.',
  'admin.workshopLimits.submit': 'Spara gränserna',
  'admin.workshopLimits.saved': 'Gränserna är sparade.',
} as const;
