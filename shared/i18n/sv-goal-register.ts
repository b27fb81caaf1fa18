/** Swedish messages of the goal register and the cascade across documents; merged into the one catalogue in sv.ts. */
export const svGoalRegister = {
  'error.goalNotFound': 'Målet finns inte, eller så får du inte läsa dokumentet det står i.',
  'export.parentVersion': '{title} ({document}, version {version})',
  'export.parentDraft': '{title} ({document}, utkast)',
} as const;
