/** Shared so the client can say the rule before the server refuses. */
export const MIN_PASSWORD_LENGTH = 12;
