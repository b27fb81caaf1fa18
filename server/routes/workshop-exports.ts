import { Hono, type Context } from 'hono';
import { compileWorkshop as compileContract, exportWorkshopCsv } from '../../shared/api/workshop-exports';
import { memberCaller } from '../auth/caller';
import { contentDisposition } from '../exports/file-name';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { uuidParam } from '../http/validate';
import { audit } from '../audit/audit-log';
import { authorizeWorkshop } from '../workshops/access';
import { readBoardStates } from '../workshops/board-states';
import { compileWorkshop } from '../workshops/compile';
import { boardsCsv, csvFileNames } from '../workshops/export-csv';
import { tallies } from '../workshops/tallies';

/** Facilitators only (workshop.manage on the workshop); a guest is refused by requirePrincipal (403). */
const facilitate = async (c: Context<AppEnv>) => {
  const principal = requirePrincipal(c);
  const found = await authorizeWorkshop(c.var.database.db, memberCaller(principal), uuidParam(c, 'id'), 'workshop.manage');
  return { principal, ...found };
};

/**
 * What a workshop leaves behind (issue 8, Compile and Export): the sammanställning, a new document
 * made from every group's board and all votes; and the boards as CSV for a spreadsheet.
 */
export const workshopExportRoutes = new Hono<AppEnv>()
  .post(compileContract.path, async (c) => {
    const { principal, workshop } = await facilitate(c);
    const document = await compileWorkshop(c.var.database.db, c.var.services.rooms, actorOf(c, principal), workshop);
    return respond(c, compileContract, 201, { document });
  })
  .get(exportWorkshopCsv.path, async (c) => {
    const { principal, workshop } = await facilitate(c);
    const db = c.var.database.db;
    const boards = await readBoardStates(db, c.var.services.rooms, workshop.id);
    const csv = boardsCsv(
      workshop.layout,
      boards.map((board) => ({ groupName: board.group.name, cards: board.cards, clusters: board.clusters })),
      await tallies(db, workshop.id),
    );
    const actor = actorOf(c, principal);
    await audit(db, {
      action: 'workshop.exported',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'workshop',
      targetId: workshop.id,
      details: { format: 'csv', cards: boards.reduce((sum, board) => sum + board.cards.length, 0) },
      ip: actor.ip,
      at: actor.at,
    });
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(csvFileNames(workshop.title, workshop.date)),
      'Cache-Control': 'no-store',
    });
  });
