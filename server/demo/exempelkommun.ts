import type { BodyType } from '../../shared/domain/bodies';
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

export const DEMO_PASSWORD = 'samsyn-demo';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  bodies: string[];
}

/** One account per role, as promised on the demo login page (../shared/DESIGN.md). */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@exempelkommun.se', name: 'Eva Andersson', role: 'admin', bodies: [] },
  { email: 'processledare@exempelkommun.se', name: 'Karin Berg', role: 'facilitator', bodies: ['klf'] },
  { email: 'politiker@exempelkommun.se', name: 'Lars Nilsson', role: 'politician', bodies: ['kf', 'bun'] },
  { email: 'tjansteperson@exempelkommun.se', name: 'Sara Holm', role: 'official', bodies: ['bbf'] },
  { email: 'opposition@exempelkommun.se', name: 'Ahmed Hassan', role: 'commenter', bodies: ['kf', 'sn'] },
  { email: 'revisor@exempelkommun.se', name: 'Birgitta Ek', role: 'viewer', bodies: [] },
];
