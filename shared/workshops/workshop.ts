/**
 * A workshop (dialogue day): its type, the default layout and phases for that type. The flow of a day
 * (seed 004): plenary on a shared screen, working groups at their tables, back to plenary to group,
 * prioritise and compile.
 */
import type { DocumentType } from '../domain/documents';
import { t, type MessageKey } from '../i18n';
import type { LayoutKind } from './board-layouts';

export const WORKSHOP_TYPES = ['omvarldsdag', 'budgetdag', 'resultatdialog', 'egen'] as const;
export type WorkshopType = (typeof WORKSHOP_TYPES)[number];

export interface WorkshopPhase {
  id: string;
  name: string;
  /** What participants are asked to do in this phase, shown on every device. */
  instruction: string;
  /** Participants may add and edit cards in this phase. */
  cardsOpen: boolean;
  /** Participants may vote in this phase. */
  votingOpen: boolean;
  /**
   * An anonymous activity: everyone is told before they write, and cards written in it carry no
   * author at all (not in Yjs, not in Postgres, not in logs). Phases stored before this key existed
   * read as false (`withAnonymousFlag`).
   */
  anonymous: boolean;
}

/**
 * Whether cards may be hidden until the reveal in this phase. Hidden cards wait in a draft room named
 * after their writer, so not in an anonymous activity: its cards are never linked to anyone.
 */
export const hidesCardsIn = (phase: Pick<WorkshopPhase, 'anonymous'> | null): boolean => phase?.anonymous !== true;

/** A phase as stored, perhaps from before `anonymous` existed: the flag is false unless set. */
export function withAnonymousFlag(phase: Omit<WorkshopPhase, 'anonymous'> & { anonymous?: boolean }): WorkshopPhase {
  return { ...phase, anonymous: phase.anonymous === true };
}

interface PhaseDefault {
  id: string;
  nameKey: MessageKey;
  instructionKey: MessageKey;
  cardsOpen: boolean;
  votingOpen: boolean;
}

const PHASES: PhaseDefault[] = [
  { id: 'inledning', nameKey: 'workshop.phase.intro', instructionKey: 'workshop.phase.introText', cardsOpen: false, votingOpen: false },
  { id: 'grupparbete', nameKey: 'workshop.phase.groups', instructionKey: 'workshop.phase.groupsText', cardsOpen: true, votingOpen: false },
  { id: 'gruppering', nameKey: 'workshop.phase.clustering', instructionKey: 'workshop.phase.clusteringText', cardsOpen: true, votingOpen: false },
  { id: 'rostning', nameKey: 'workshop.phase.voting', instructionKey: 'workshop.phase.votingText', cardsOpen: false, votingOpen: true },
  { id: 'sammanstallning', nameKey: 'workshop.phase.compile', instructionKey: 'workshop.phase.compileText', cardsOpen: false, votingOpen: false },
];

export function defaultPhases(): WorkshopPhase[] {
  return PHASES.map(({ id, nameKey, instructionKey, cardsOpen, votingOpen }) => ({ id, name: t(nameKey), instruction: t(instructionKey), cardsOpen, votingOpen, anonymous: false }));
}

/** What each type starts from: its board layout and the template its sammanställning is compiled into. */
export const WORKSHOP_DEFAULTS: Record<WorkshopType, { layout: LayoutKind; compilesTo: DocumentType }> = {
  omvarldsdag: { layout: 'pestel', compilesTo: 'omvarldsanalys' },
  budgetdag: { layout: 'budget', compilesTo: 'budgetunderlag' },
  resultatdialog: { layout: 'single', compilesTo: 'resultatdialog' },
  egen: { layout: 'single', compilesTo: 'omvarldsanalys' },
};

/** Default group names for a number of tables: "Grupp 1", "Grupp 2", … */
export function defaultGroupNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => t('workshop.group.defaultName', { number: index + 1 }));
}
