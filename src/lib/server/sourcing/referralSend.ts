import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { hashSecret, newSecret } from '../accounts/tokens.ts';
import { audit } from '../audit/log.ts';
import { prospects, referrals } from '../db/schema.ts';
import { Conflict, Invalid } from '../errors.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { translator } from '../../i18n/index.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { callIsOpen, findOpenCall, findPartner, findProgrammeCall } from './partnerQueries.ts';
import { parseInput, referralInput, type ReferralInput } from './partnerSchemas.ts';
import { writableProspect } from './prospectAccess.ts';
import { presentReferral, type ReferralView } from './prospectPresenters.ts';
import { referralsOf } from './prospectQueries.ts';

/** How long a link works when its call has no closing date. */
export const REFERRAL_DAYS = 90;

/** Where an invitation link leads (the landing page reads the token). */
export const referralUrl = (publicUrl: string, token: string) => `${publicUrl}/candidater/${token}`;

/**
 * « Inviter à candidater »: sends the prospect an e-mail with a personal link to apply to the call
 * it is sourced for (else the programme's call open today), by the partner's members or the
 * programme's team. The link works until the call closes (or for `REFERRAL_DAYS` when it has no
 * closing date); only its SHA-256 is stored. An application started from it is attributed to the
 * partner. Sending again makes a new link; the earlier ones keep working until they expire.
 */
export async function sendReferral(
	svc: Services,
	actor: Actor,
	prospectId: string,
	input: ReferralInput,
	now: Date = new Date()
): Promise<ReferralView> {
	const { prospect, actor: user } = await writableProspect(svc.db, actor, prospectId);
	if (prospect.archivedAt) throw new Conflict('partners.error.prospectArchived');
	const partner = (await findPartner(svc.db, prospect.partnerId))!;
	if (partner.archivedAt) throw new Conflict('partners.error.partnerArchived');
	const data = parseInput(referralInput, input);
	const email = data.email || prospect.email;
	if (!email) {
		throw new Invalid('partners.error.referralEmailRequired', {
			email: ['partners.error.referralEmailRequired']
		});
	}
	const call = prospect.callId
		? await findProgrammeCall(svc.db, prospect.callId)
		: await findOpenCall(svc.db, prospect.programmeId, now);
	if (!call) throw new Conflict('partners.error.referralNoCall');
	if (!callIsOpen(call, now)) throw new Conflict('partners.error.referralCallClosed');

	const token = newSecret();
	const expiresAt = call.closesAt ?? new Date(now.getTime() + REFERRAL_DAYS * 24 * 3600 * 1000);
	const t = translator(user.locale);
	const { view, mailId } = await svc.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(referrals)
			.values({
				prospectId: prospect.id,
				partnerId: partner.id,
				callId: call.id,
				email,
				tokenHash: hashSecret(token),
				message: data.message,
				expiresAt,
				sentBy: user.userId
			})
			.returning({ id: referrals.id });
		await tx
			.update(prospects)
			.set({ callId: call.id, updatedAt: new Date() })
			.where(eq(prospects.id, prospect.id));
		await audit(tx, user, {
			action: 'referral.send',
			entityType: 'prospect',
			entityId: prospect.id,
			programmeId: prospect.programmeId,
			before: null,
			after: {
				referralId: row.id,
				email,
				callId: call.id,
				expiresAt: expiresAt.toISOString(),
				message: data.message
			}
		});
		const mailId = await queueEmail(tx, {
			to: email,
			locale: user.locale,
			template: 'partner_referral',
			params: {
				name: prospect.contactName,
				inviter: user.name || user.email,
				partner: partner.name,
				call: call.title,
				programme: partner.programmeName,
				until: formatDateTime(expiresAt, user.locale),
				note: data.message ? t('partners.referral.emailNote', { message: data.message }) : '',
				url: referralUrl(svc.publicUrl, token)
			}
		});
		const sent = (await referralsOf(tx, prospect.id)).find((r) => r.id === row.id)!;
		return { view: presentReferral(sent, now), mailId };
	});
	await svc.jobs.deliverEmails([mailId]);
	return view;
}
