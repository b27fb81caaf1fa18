import { ROLES, type Role } from '../domain/roles';
import type { OidcRoleMapping } from './oidc-settings';

interface NamedBody {
  id: string;
  name: string;
  shortName: string | null;
}

/**
 * The role mapping as an admin writes it, one line per claim value: `value = role` and the bodies
 * (short name or name) after a colon, e.g. `samsyn-bun = politician: BUN`. The value is everything
 * before the last ` = `, so a group's display name may hold anything else.
 */
export function formatRoleMappings(mappings: readonly OidcRoleMapping[], bodies: readonly NamedBody[]): string {
  return mappings
    .map((mapping) => {
      const names = mapping.bodyIds.map((id) => bodies.find((body) => body.id === id)).map((body) => body?.shortName || body?.name).filter(Boolean);
      return `${mapping.value} = ${mapping.role}${names.length > 0 ? `: ${names.join(', ')}` : ''}`;
    })
    .join('\n');
}

/** The mappings a text says, or the (1-based) line that says none. */
export function parseRoleMappings(text: string, bodies: readonly NamedBody[]): { mappings: OidcRoleMapping[] } | { line: number } {
  const mappings: OidcRoleMapping[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const split = line.lastIndexOf(' = ');
    const value = split > 0 ? line.slice(0, split).trim() : '';
    const [roleText, bodyText] = split > 0 ? splitOnce(line.slice(split + 3), ':') : ['', undefined];
    const role = roleText.trim() as Role;
    if (!value || !(ROLES as readonly string[]).includes(role)) return { line: index + 1 };
    const bodyIds: string[] = [];
    for (const name of (bodyText ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
      const body = bodies.find((candidate) => candidate.shortName === name || candidate.name === name);
      if (!body) return { line: index + 1 };
      bodyIds.push(body.id);
    }
    mappings.push({ value, role, bodyIds });
  }
  return { mappings };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
