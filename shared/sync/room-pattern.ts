/**
 * A room name pattern such as `ws:{workshopId}:board:{groupId}`: the one place a kind of room's name is
 * read and built. Every `{part}` is a UUID, since y-websocket puts the room name in the URL unencoded.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

type Parts<T extends string> = T extends `${string}{${infer Part}}${infer Rest}` ? Part | Parts<Rest> : never;
type RoomIds<T extends string> = { [Part in Parts<T>]: string };

export interface RoomPattern<T extends string> {
  readonly template: T;
  /** The ids in `name`, or null when `name` is not a room of this pattern. */
  parse(name: string): RoomIds<T> | null;
  /** The room's name for these ids. */
  name(ids: RoomIds<T>): string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

export function roomPattern<T extends string>(template: T): RoomPattern<T> {
  const parts: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((piece) => {
      const part = /^\{(\w+)\}$/.exec(piece)?.[1];
      if (!part) return escapeRegExp(piece);
      parts.push(part);
      return `(${UUID})`;
    })
    .join('');
  const matcher = new RegExp(`^${source}$`);
  return {
    template,
    parse(name) {
      const match = matcher.exec(name);
      if (!match) return null;
      return Object.fromEntries(parts.map((part, i) => [part, match[i + 1]!])) as RoomIds<T>;
    },
    name(ids) {
      return template.replace(/\{(\w+)\}/g, (_, part: string) => (ids as Record<string, string>)[part]!);
    },
  };
}
