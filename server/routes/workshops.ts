import { Hono, type Context } from 'hono';
import * as api from '../../shared/api/workshops';
import { can } from '../../shared/auth/permissions';
import { GUEST_COOKIE, writeSessionCookie } from '../auth/cookie';
import { memberCaller, type Caller } from '../auth/caller';
import type { GuestPrincipal } from '../auth/guest-sessions';
import { actorOf } from '../http/actor';
import { clientIp } from '../http/client-ip';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { authorize, ownOrganisation, requireCaller, requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { parseChanges, parseJson, uuidParam } from '../http/validate';
import { authorizeWorkshop, type AuthorizedWorkshop } from '../workshops/access';
import { cardOnBoards } from '../workshops/board-states';
import { viewableWorkshopByCode } from '../workshops/by-code';
import { createWorkshop } from '../workshops/create-workshop';
import { assertWorkshopDate } from '../workshops/date-range';
import { joinAsGuest, joinAsMember, workshopByCode } from '../workshops/join-workshop';
import { listWorkshops } from '../workshops/list';
import { participantsOf } from '../workshops/participants';
import { findWorkshop, groupsOf, participationOf, workshopResource, type ParticipantRow } from '../workshops/load';
import { moveParticipant } from '../workshops/move-participant';
import { presentParticipant, presentWorkshop } from '../workshops/present';
import { controlState, publishControl } from '../workshops/publish-control';
import { setControl } from '../workshops/set-control';
import { hiddenCardCounts, revealHiddenCards } from '../workshops/hidden-cards';
import { updateWorkshop } from '../workshops/update-workshop';
import { workshopLimits } from '../workshops/workshop-limits';
import { castVote, myVotes, withdrawVote } from '../workshops/votes';

/** The workshop as stored now, presented to the caller. */
async function view(c: Context<AppEnv>, caller: Caller, workshopId: string) {
  const db = c.var.database.db;
  const workshop = (await findWorkshop(db, workshopId))!;
  return presentWorkshop(workshop, await groupsOf(db, workshopId), caller, await participationOf(db, caller, workshopId), await workshopLimits(db, workshop.organisationId));
}

/** The caller's participation, required to vote (403 without one). */
function participantOf(participant: ParticipantRow | null): ParticipantRow {
  if (!participant) throw new ApiProblem(403, 'not_participant', 'workshop.error.notParticipant');
  return participant;
}

/** A participant allowed to vote now; the vote's transaction checks the phase again. */
function voter(caller: Caller, found: AuthorizedWorkshop): ParticipantRow {
  const participant = participantOf(found.participant);
  if (!can(caller.subject, 'workshop.vote', found.resource)) throw new ApiProblem(409, 'voting_closed', 'workshop.error.votingClosed');
  return participant;
}

/** Facilitator routes are for members: a guest is refused by requirePrincipal (403). */
const facilitate = (c: Context<AppEnv>) => {
  const principal = requirePrincipal(c);
  return authorizeWorkshop(c.var.database.db, memberCaller(principal), uuidParam(c, 'id'), 'workshop.manage').then((found) => ({ principal, ...found }));
};

/**
 * Workshops (omvärldsdag, budgetdag). Members of the organisation see them, facilitators run them;
 * guests who joined by code reach their own workshop only. Control and votes are stored here and the
 * server writes them into the control room, which every client only reads.
 */
export const workshopRoutes = new Hono<AppEnv>()
  .get(api.listWorkshops.path, async (c) => {
    const principal = requirePrincipal(c);
    return respond(c, api.listWorkshops, 200, { workshops: await listWorkshops(c.var.database.db, { kind: 'member', principal, subject: principal.subject }) });
  })
  .post(api.createWorkshop.path, async (c) => {
    const principal = authorize(c, 'workshop.facilitate', ownOrganisation);
    const input = await parseJson(c, api.createWorkshop.body);
    assertWorkshopDate(input.date, c.var.services.clock());
    const id = await createWorkshop(c.var.database.db, actorOf(c, principal), input);
    return respond(c, api.createWorkshop, 201, { workshop: await view(c, memberCaller(principal), id) });
  })
  .post(api.joinWorkshop.path, async (c) => {
    const { database, clock, cookies } = c.var.services;
    const db = database.db;
    const input = await parseJson(c, api.joinWorkshop.body);
    const now = clock();
    const workshop = await workshopByCode(db, input.code, clientIp(c), now);
    const principal = c.var.principal;
    if (principal) {
      if (principal.organisation.id !== workshop.organisationId) throw new ApiProblem(403, 'other_organisation', 'workshop.error.otherOrganisation');
      if (!can(principal.subject, 'workshop.join', workshopResource(workshop, null))) throw new ApiProblem(403, 'forbidden', 'error.forbidden');
      const participant = await joinAsMember(db, actorOf(c, principal), workshop);
      const caller = memberCaller(principal);
      return respond(c, api.joinWorkshop, 200, { workshop: await view(c, caller, workshop.id), participant: presentParticipant(caller, participant) });
    }
    const current = c.var.guest;
    if (current?.session.workshopId === workshop.id) {
      // Joining again from the same browser: the same participant.
      const caller: Caller = { kind: 'guest', guest: current, subject: current.subject };
      const participant = (await participationOf(db, caller, workshop.id))!;
      return respond(c, api.joinWorkshop, 200, { workshop: await view(c, caller, workshop.id), participant: presentParticipant(caller, participant) });
    }
    const name = api.guestName.safeParse(input.name ?? '');
    if (!name.success) throw new ApiProblem(400, 'name_required', 'workshop.error.nameRequired');
    const joined = await joinAsGuest(db, workshop, name.data, clientIp(c), now);
    writeSessionCookie(c, joined.token, joined.session.expiresAt, cookies, GUEST_COOKIE);
    const guest: GuestPrincipal = {
      session: joined.session,
      participant: { id: joined.participant.id, name: name.data, groupId: joined.participant.groupId },
      subject: { kind: 'guest', organisationId: workshop.organisationId, workshopId: workshop.id, participantId: joined.participant.id },
    };
    const caller: Caller = { kind: 'guest', guest, subject: guest.subject };
    return respond(c, api.joinWorkshop, 200, { workshop: await view(c, caller, workshop.id), participant: presentParticipant(caller, joined.participant) });
  })
  // The presenter view's address names the workshop by its join code (/w/<code>/present).
  .get(api.getWorkshopByCode.path, async (c) => {
    const caller = requireCaller(c);
    const workshop = await viewableWorkshopByCode(c.var.database.db, caller, c.req.param('code'), clientIp(c), c.var.services.clock());
    return respond(c, api.getWorkshopByCode, 200, { workshop: await view(c, caller, workshop.id) });
  })
  .get(api.getWorkshop.path, async (c) => {
    const caller = requireCaller(c);
    const { workshop } = await authorizeWorkshop(c.var.database.db, caller, uuidParam(c, 'id'), 'workshop.view');
    return respond(c, api.getWorkshop, 200, { workshop: await view(c, caller, workshop.id) });
  })
  .patch(api.updateWorkshop.path, async (c) => {
    const { principal, workshop } = await facilitate(c);
    const changes = await parseChanges(c, api.updateWorkshop.body);
    assertWorkshopDate(changes.date, c.var.services.clock());
    await updateWorkshop(c.var.database.db, actorOf(c, principal), workshop, changes);
    if (changes.phases) {
      void c.var.services.events.changed({ kind: 'workshop', workshopId: workshop.id });
      await publishControl(c.var.database.db, c.var.services.rooms, workshop.id);
    }
    return respond(c, api.updateWorkshop, 200, { workshop: await view(c, memberCaller(principal), workshop.id) });
  })
  .get(api.listParticipants.path, async (c) => {
    const { workshop } = await facilitate(c);
    return respond(c, api.listParticipants, 200, { participants: await participantsOf(c.var.database.db, workshop.id) });
  })
  .put(api.moveParticipant.path, async (c) => {
    const { principal, workshop } = await facilitate(c);
    const { groupId } = await parseJson(c, api.moveParticipant.body);
    const moved = await moveParticipant(c.var.database.db, actorOf(c, principal), workshop, uuidParam(c, 'pid'), groupId);
    void c.var.services.events.changed({ kind: 'workshop', workshopId: workshop.id });
    return respond(c, api.moveParticipant, 200, { participant: { id: moved.id, groupId: moved.groupId } });
  })
  .post(api.setControl.path, async (c) => {
    const { principal, workshop } = await facilitate(c);
    const input = await parseJson(c, api.setControl.body);
    const db = c.var.database.db;
    await setControl(db, actorOf(c, principal), workshop, input);
    // The phase and locks decide who writes the boards, hiding who writes the draft rooms: open connections
    // are re-checked. A reveal waits for that before it moves the drafts, so no draft room still takes a
    // card the move would leave behind.
    if (input.phaseId !== undefined || input.lockedGroupIds || input.cardsHidden !== undefined) {
      const rechecked = c.var.services.events.changed({ kind: 'workshop', workshopId: workshop.id });
      if (input.cardsHidden === false) await rechecked;
    }
    if (input.cardsHidden === false) await revealHiddenCards(db, c.var.services.rooms, workshop.id);
    await publishControl(db, c.var.services.rooms, workshop.id);
    return respond(c, api.setControl, 200, { control: await controlState(db, workshop.id) });
  })
  .get(api.getHiddenCardCounts.path, async (c) => {
    const { workshop } = await facilitate(c);
    return respond(c, api.getHiddenCardCounts, 200, { hiddenCards: await hiddenCardCounts(c.var.database.db, c.var.services.rooms, workshop.id) });
  })
  .get(api.getMyVotes.path, async (c) => {
    const { workshop, participant } = await authorizeWorkshop(c.var.database.db, requireCaller(c), uuidParam(c, 'id'), 'workshop.view');
    return respond(c, api.getMyVotes, 200, await myVotes(c.var.database.db, participantOf(participant), workshop.voteRules));
  })
  .post(api.castVote.path, async (c) => {
    const db = c.var.database.db;
    const caller = requireCaller(c);
    const found = await authorizeWorkshop(db, caller, uuidParam(c, 'id'), 'workshop.view');
    const { workshop } = found;
    const { cardId } = await parseJson(c, api.castVote.body);
    if (!(await cardOnBoards(db, c.var.services.rooms, workshop.id, cardId))) throw new ApiProblem(404, 'card_not_found', 'workshop.error.cardNotFound');
    const { voteId, mine } = await castVote(db, voter(caller, found), cardId, c.var.services.clock());
    if (workshop.votesRevealed) await publishControl(db, c.var.services.rooms, workshop.id);
    return respond(c, api.castVote, 201, { vote: { id: voteId, cardId }, mine });
  })
  .delete(api.withdrawVote.path, async (c) => {
    const db = c.var.database.db;
    const caller = requireCaller(c);
    const found = await authorizeWorkshop(db, caller, uuidParam(c, 'id'), 'workshop.view');
    const { workshop } = found;
    const mine = await withdrawVote(db, voter(caller, found), uuidParam(c, 'voteId'));
    if (workshop.votesRevealed) await publishControl(db, c.var.services.rooms, workshop.id);
    return respond(c, api.withdrawVote, 200, mine);
  });
