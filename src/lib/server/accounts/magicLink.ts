/**
 * Login by e-mail link: valid 15 minutes, single use. The link opens a page with a button; only
 * the button's POST uses the link up, so that mail scanners following links do not spend it.
 */
import type { Services } from '../app.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from './actor.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { findValidEmailToken, issueEmailToken, tooManyLinks } from './emailTokens.ts';
import { findUserByEmail, type ClientInfo, type NewSession } from './queries.ts';
import { assertMayAuthenticate } from './policy.ts';
import type { EmailOnlyInput } from './schemas.ts';
import { signInWithEmailToken } from './verifyEmail.ts';

/** Always the same answer; only an existing, active account gets a mail. */
export async function requestMagicLink(
	svc: Services,
	actor: Actor,
	input: EmailOnlyInput
): Promise<void> {
	assertMayAuthenticate(actor);
	const ids = await svc.db.transaction(async (tx) => {
		const user = await findUserByEmail(tx, input.email);
		if (!user || user.disabledAt) return [];
		if (await tooManyLinks(tx, user.id, 'magic_link')) return [];
		const token = await issueEmailToken(tx, user.id, 'magic_link');
		return [
			await queueEmail(tx, {
				to: user.email,
				locale: user.locale,
				template: 'magic_link',
				params: { name: user.name, url: `${svc.publicUrl}/connexion/lien/${token}` }
			})
		];
	});
	await svc.jobs.deliverEmails(ids);
}

/** Is the link still usable? (For the landing page; does not use it up.) */
export async function isMagicLinkValid(db: DbOrTx, token: string): Promise<boolean> {
	return (await findValidEmailToken(db, token, 'magic_link')) !== null;
}

/** Uses the link up, confirms the address (the mail reached its owner) and opens a session. */
export async function consumeMagicLink(
	svc: Services,
	actor: Actor,
	token: string,
	client: ClientInfo = {}
): Promise<NewSession> {
	assertMayAuthenticate(actor);
	return signInWithEmailToken(svc, token, 'magic_link', client);
}
