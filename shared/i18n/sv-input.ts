/** Swedish messages for refused request input (size, characters, conflicts); merged into the one catalogue in sv.ts. */
export const svInput = {
  'error.bodyTooLarge': 'Begäran är för stor (högst {limit}).',
  'error.invalidCharacters': 'Texten innehåller tecken som inte kan sparas (till exempel nolltecken): {fields}.',
  'error.nothingToChange': 'Begäran innehåller inget att ändra.',
  'error.conflict': 'Det finns redan något med samma uppgifter.',
  'error.bodyNameTaken': 'Det finns redan ett organ med det namnet.',
  'workshop.error.dateOutOfRange': 'Datumet måste ligga mellan {from} och {to}.',
} as const;
