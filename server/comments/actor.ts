import type { Actor } from '../accounts/users';

/** Who changes a discussion: a signed-in user (the routes' `actorOf`), for rows and the audit log. */
export type CommentActor = Actor & { userId: string };
