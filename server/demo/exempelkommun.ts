import type { BodyType } from '../../shared/domain/bodies';

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
