/** The kinds of body (organ) in a Swedish kommun's steering tree. */
export const BODY_TYPES = ['fullmaktige', 'styrelse', 'namnd', 'bolag', 'forvaltning'] as const;
export type BodyType = (typeof BODY_TYPES)[number];
