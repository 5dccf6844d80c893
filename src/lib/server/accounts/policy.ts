/**
 * Who may do what with an account. Anyone may sign up, log in or ask for a link; only the owner
 * reads or changes their own account. Credentials (password, sessions, access tokens) are changed
 * only with full rights: a scope-restricted API token may not mint itself broader ones.
 */
import { isUser, type Actor, type UserActor } from './actor.ts';
import { Forbidden, Unauthenticated } from '../errors.ts';

/** Sign-up, login, magic link and reset requests: open to anyone (rate limits apply). */
export function assertMayAuthenticate(actor: Actor): void {
	void actor;
}

/** Reading one's own account (profile, sessions, tokens). */
export function assertAccountOwner(actor: Actor): asserts actor is UserActor {
	if (!isUser(actor)) throw new Unauthenticated();
}

/** Changing one's own credentials. */
export function assertMayManageCredentials(actor: Actor): asserts actor is UserActor {
	assertAccountOwner(actor);
	if (actor.scopes !== null) throw new Forbidden();
}
