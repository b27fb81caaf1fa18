import { describe, expect, it } from 'vitest';
import { formatRoleMappings, parseRoleMappings } from './role-mapping-text';

const bodies = [
  { id: 'b1', name: 'Barn- och bildningsnämnden', shortName: 'BUN' },
  { id: 'b2', name: 'Socialnämnden', shortName: null },
];

describe('the role mapping as text', () => {
  it('reads value = role with bodies by short name or name, and writes it back the same', () => {
    const text = 'samsyn-bun = politician: BUN, Socialnämnden\nKommunens IT = admin';
    const parsed = parseRoleMappings(text, bodies);
    expect(parsed).toEqual({
      mappings: [
        { value: 'samsyn-bun', role: 'politician', bodyIds: ['b1', 'b2'] },
        { value: 'Kommunens IT', role: 'admin', bodyIds: [] },
      ],
    });
    expect(formatRoleMappings('mappings' in parsed ? parsed.mappings : [], bodies)).toBe('samsyn-bun = politician: BUN, Socialnämnden\nKommunens IT = admin');
  });

  it('names the first line it cannot read: no role, an unknown role or an unknown body', () => {
    expect(parseRoleMappings('\nbara-ett-värde', bodies)).toEqual({ line: 2 });
    expect(parseRoleMappings('g = kung', bodies)).toEqual({ line: 1 });
    expect(parseRoleMappings('g = viewer: KS', bodies)).toEqual({ line: 1 });
    expect(parseRoleMappings('', bodies)).toEqual({ mappings: [] });
  });
});
