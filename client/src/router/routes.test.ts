import { describe, expect, it } from 'vitest';
import { paths } from './paths';
import { matchRoute } from './routes';

const ID = '3f0c7c9e-6a51-4c39-9a43-0e1d2b9b7a10';

describe('path builders', () => {
  it('each lands on its route, with the ids as the params', () => {
    const cases: Array<[path: string, pattern: string, params: Record<string, string>]> = [
      [paths.login(), '/logga-in', {}],
      [paths.start(), '/', {}],
      [paths.document(ID), '/dokument/:id', { id: ID }],
      [paths.mentions(), '/att-lasa', {}],
      [paths.workshops(), '/workshoppar', {}],
      [paths.workshopOverview(ID), '/workshop/:id/ledning', { id: ID }],
      [paths.workshopBoard(ID), '/workshop/:id', { id: ID }],
      [paths.workshopPresentation({ id: ID, joinCode: null }), '/workshop/:id/presentation', { id: ID }],
      [paths.workshopPresentation({ id: ID, joinCode: 'ABCD2345' }), '/w/:code/present', { code: 'ABCD2345' }],
      [paths.join(), '/w', {}],
      [paths.join('ABCD2345'), '/w/:code', { code: 'ABCD2345' }],
      [paths.changePassword(), '/konto/losenord', {}],
      [paths.adminUsers(), '/admin/anvandare', {}],
      [paths.adminOrganisation(), '/admin/organisation', {}],
    ];
    for (const [path, pattern, params] of cases) {
      const match = matchRoute(path);
      expect({ path, pattern: match?.route.path, params: match?.params }).toEqual({ path, pattern, params });
    }
  });

  it('keep where to go after login, and which thread to open, out of the route match', () => {
    expect(paths.login('/dokument/x?y=1')).toBe('/logga-in?next=%2Fdokument%2Fx%3Fy%3D1');
    expect(paths.document(ID, 'thread-1')).toBe(`/dokument/${ID}#trad-thread-1`);
  });
});
