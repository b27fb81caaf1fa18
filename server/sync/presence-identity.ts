/**
 * Who a connection is shown as in its room's awareness, from the session: the name, and the ids the
 * client may show itself under (the first unless it picked another of them: a member who takes part in
 * a workshop is their participant on the board page and their user in the facilitator's view). Each
 * room kind says it (`RoomKind.presence`); a kind without one shows its connections as nobody.
 */
export interface PresenceIdentity {
  name: string;
  ids: [string, ...string[]];
}
