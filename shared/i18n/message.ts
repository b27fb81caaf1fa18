import type { MessageKey } from './sv';

/**
 * A message that depends on a number: one text per plural category of the language
 * (`Intl.PluralRules`; Swedish and English have `one` and `other`). `t()` picks the form by the
 * `count` param, so a call site never writes `count === 1 ? … : …`.
 */
type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Message = string | PluralMessage;

/** A language's messages: any key of the Swedish catalogue, Swedish being the fallback. */
export type Catalogue = Partial<Record<MessageKey, Message>>;

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    found = new Intl.PluralRules(locale);
    rules.set(locale, found);
  }
  return found;
}

/** The text of a message in a locale: a plural message's form for `count` (its `other` form when none fits). */
export function formOf(message: Message, locale: string, count: unknown): string {
  if (typeof message === 'string') return message;
  const number = Number(count);
  return (Number.isFinite(number) && message[pluralRules(locale).select(number)]) || message.other;
}
