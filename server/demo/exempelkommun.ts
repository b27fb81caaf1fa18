import type { BodyType } from '../../shared/domain/bodies';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS } from '../../shared/demo/accounts';
import type { DocumentType } from '../../shared/domain/documents';
import type { Role } from '../../shared/domain/roles';

export interface DemoBody {
  key: string;
  parent?: string;
  type: BodyType;
  name: string;
  shortName: string;
}

export const DEMO_ORGANISATION = { name: 'Exempelkommun', slug: 'exempelkommun' } as const;

/** A realistic steering tree: KF on top, KS and three nämnder under it, each nämnd with its förvaltning, and one bolag. */
export const DEMO_BODIES: DemoBody[] = [
  { key: 'kf', type: 'fullmaktige', name: 'Kommunfullmäktige', shortName: 'KF' },
  { key: 'ks', parent: 'kf', type: 'styrelse', name: 'Kommunstyrelsen', shortName: 'KS' },
  { key: 'bun', parent: 'kf', type: 'namnd', name: 'Barn- och bildningsnämnden', shortName: 'BUN' },
  { key: 'sn', parent: 'kf', type: 'namnd', name: 'Socialnämnden', shortName: 'SN' },
  { key: 'bmn', parent: 'kf', type: 'namnd', name: 'Bygg- och miljönämnden', shortName: 'BMN' },
  { key: 'bostader', parent: 'kf', type: 'bolag', name: 'Exempelkommuns Bostäder AB', shortName: 'EBAB' },
  { key: 'klf', parent: 'ks', type: 'forvaltning', name: 'Kommunledningsförvaltningen', shortName: 'KLF' },
  { key: 'bbf', parent: 'bun', type: 'forvaltning', name: 'Barn- och bildningsförvaltningen', shortName: 'BBF' },
  { key: 'sof', parent: 'sn', type: 'forvaltning', name: 'Socialförvaltningen', shortName: 'SOF' },
  { key: 'sbf', parent: 'bmn', type: 'forvaltning', name: 'Samhällsbyggnadsförvaltningen', shortName: 'SBF' },
];

export const DEMO_PASSWORD = DEMO_ACCOUNT_PASSWORD;

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  bodies: string[];
}

const PROFILES: Record<string, { name: string; bodies: string[] }> = {
  'admin@exempelkommun.se': { name: 'Eva Andersson', bodies: [] },
  'processledare@exempelkommun.se': { name: 'Karin Berg', bodies: ['klf'] },
  'politiker@exempelkommun.se': { name: 'Lars Nilsson', bodies: ['kf', 'bun'] },
  'tjansteperson@exempelkommun.se': { name: 'Sara Holm', bodies: ['bbf'] },
  'opposition@exempelkommun.se': { name: 'Ahmed Hassan', bodies: ['kf', 'sn'] },
  'revisor@exempelkommun.se': { name: 'Birgitta Ek', bodies: [] },
};

/** One account per role, the same list the demo login page shows (shared/demo/accounts.ts). */
export const DEMO_USERS: DemoUser[] = DEMO_ACCOUNTS.map((account) => ({ ...account, ...PROFILES[account.email]! }));

/** At least one document of each type (../shared/DESIGN.md), each started from its template. */
export const DEMO_DOCUMENTS: Array<{ type: DocumentType; title: string; body: string }> = [
  { type: 'omvarldsanalys', title: 'Omvärldsanalys 2027', body: 'ks' },
  { type: 'mal', title: 'Mål för Barn- och bildningsnämnden 2028–2031', body: 'bun' },
  { type: 'resultatdialog', title: 'Resultatdialog efter delårsrapport 2027', body: 'sn' },
  { type: 'lagesbeskrivning', title: 'Lägesbeskrivning Socialnämnden', body: 'sn' },
  { type: 'budgetunderlag', title: 'Underlag till budgetdagen i april', body: 'ks' },
];

/**
 * One planned omvärldsdag in January of the year after the seed runs, run by the demo facilitator at
 * six tables ("Bord 1" … "Bord 6"), with the default PESTEL board and phases.
 */
export function demoWorkshop(today: Date) {
  const year = today.getUTCFullYear() + 1;
  return {
    type: 'omvarldsdag' as const,
    title: `Omvärldsdag ${year}`,
    date: `${year}-01-21`,
    groupNames: Array.from({ length: 6 }, (_, index) => `Bord ${index + 1}`),
    facilitator: 'processledare@exempelkommun.se',
  };
}
