/**
 * Sign-up. A new address gets an unverified account and a confirmation link; an address that
 * already has an account gets an e-mail saying so. The answer is the same either way, so that
 * sign-up does not tell who has an account.
 */
import { and, count, eq, gt } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from './actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { outbox, users } from '../db/schema.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { audit } from '../audit/log.ts';
import { hashPassword } from './password.ts';
import { issueEmailToken, MAIL_LIMIT, MAIL_WINDOW_MS } from './emailTokens.ts';
import { findUserByEmail, selfActor } from './queries.ts';
import { assertMayAuthenticate } from './policy.ts';
import type { SignupInput } from './schemas.ts';
import type { Locale } from '../../i18n/index.ts';

export async function signUp(
	svc: Services,
	actor: Actor,
	input: SignupInput,
	opts: { locale: Locale; redirectTo?: string }
): Promise<void> {
	assertMayAuthenticate(actor);
	// Hash first, for both paths: the time taken must not tell a known address from a new one.
	const passwordHash = await hashPassword(input.password);
	const mailIds = await svc.db.transaction(async (tx) => {
		const [created] = await tx
			.insert(users)
			.values({
				email: input.email,
				name: input.name,
				passwordHash,
				locale: opts.locale,
				emailVerifiedAt: null
			})
			.onConflictDoNothing()
			.returning();
		if (created) {
			const token = await issueEmailToken(tx, created.id, 'verify_email');
			await audit(tx, selfActor(created), {
				action: 'account.signed_up',
				entityType: 'user',
				entityId: created.id,
				after: { email: created.email, name: created.name, locale: created.locale }
			});
			return [
				await queueEmail(tx, {
					to: created.email,
					locale: created.locale,
					template: 'verify_email',
					params: {
						name: created.name,
						url: verificationUrl(svc.publicUrl, token, opts.redirectTo)
					}
				})
			];
		}
		const existing = await findUserByEmail(tx, input.email);
		if (!existing || existing.disabledAt) return [];
		if (await recentlyWarned(tx, existing.email)) return [];
		return [
			await queueEmail(tx, {
				to: existing.email,
				locale: existing.locale,
				template: 'account_exists',
				params: {
					name: existing.name,
					loginUrl: `${svc.publicUrl}/connexion`,
					resetUrl: `${svc.publicUrl}/mot-de-passe-oublie`
				}
			})
		];
	});
	await svc.jobs.deliverEmails(mailIds);
}

/** Repeated sign-ups with a known address must not flood its mailbox. */
async function recentlyWarned(db: DbOrTx, email: string): Promise<boolean> {
	const [row] = await db
		.select({ n: count() })
		.from(outbox)
		.where(
			and(
				gt(outbox.createdAt, new Date(Date.now() - MAIL_WINDOW_MS)),
				eq(outbox.template, 'account_exists'),
				eq(outbox.toAddress, email)
			)
		);
	return (row?.n ?? 0) >= MAIL_LIMIT;
}

/**
 * The confirmation link; with `redirectTo` (a path of this site, already checked by the edge), the
 * person lands there once confirmed: the invitation they signed up for, say.
 */
export function verificationUrl(publicUrl: string, token: string, redirectTo?: string): string {
	const url = `${publicUrl}/verifier/${token}`;
	return redirectTo ? `${url}?redirectTo=${encodeURIComponent(redirectTo)}` : url;
}
