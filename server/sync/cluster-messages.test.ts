import { describe, expect, it } from 'vitest';
import { decodeClusterMessage, encodeClusterMessage, type ClusterMessage } from './cluster-messages';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('the messages between processes on a room\'s channel', () => {
  const messages: ClusterMessage[] = [
    { type: 'update', from: 'a', seq: 41, update: bytes(1, 2, 3) },
    { type: 'update', from: 'a', seq: 0, update: bytes() },
    { type: 'awareness', from: 'b', update: bytes(9) },
    { type: 'sync-request', from: 'c', stateVector: bytes(0) },
    { type: 'sync-reply', from: 'a', to: 'c', update: bytes(5, 6), stateVector: bytes() },
    { type: 'stored', from: 'a', seq: 2 ** 40 },
    { type: 'freeze', from: 'a', request: 'r-1' },
    { type: 'frozen', from: 'b', request: 'r-1', to: 'a' },
    { type: 'thaw', from: 'a', request: 'r-1', locked: true },
    { type: 'thaw', from: 'a', request: 'r-2', locked: false },
  ];

  it.each(messages.map((message) => [message.type, message] as const))('%s reads back as it was written', (_type, message) => {
    expect(decodeClusterMessage(encodeClusterMessage(message))).toEqual(message);
  });

  it('refuses what no Samsyn process wrote', () => {
    expect(() => decodeClusterMessage(bytes(200, 1, 97))).toThrow();
    expect(() => decodeClusterMessage(bytes())).toThrow();
  });
});
