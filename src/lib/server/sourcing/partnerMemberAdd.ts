import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { users } from '../db/schema.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { findUserByEmail } from '../users/queries.ts';
import { translator } from '../../i18n/index.ts';
import { regionName } from '../../regions.ts';
import { assertMayManagePartners } from './policy.ts';
import { grantMember, memberIdsOf } from './partnerGrants.ts';
import { presentMember, type PartnerMemberView } from './partnerPresenters.ts';
import { findPartner, isUuid, membersOfPartners } from './partnerQueries.ts';
import { memberInput, parseInput, type MemberInput } from './partnerSchemas.ts';

const emailError = (key: string) => new Invalid(key, { email: [key] });

/**
 * Makes a person a member of the partner, by the programme's team: they get the regional-partner
 * role on each of the partner's regions (through grants naming the partner) and are told by
 * e-mail, with a link to log in. An address without an account gets one (unverified, without a
 * password: the person logs in by magic link), as when the team invites someone.
 */
export async function addPartnerMember(
	svc: Services,
	actor: Actor,
	partnerId: string,
	input: MemberInput
): Promise<PartnerMemberView> {
	const partner = isUuid(partnerId) ? await findPartner(svc.db, partnerId) : null;
	if (!partner) throw new NotFound();
	assertMayManagePartners(actor, partner.programmeId);
	if (partner.archivedAt) throw new Conflict('partners.error.partnerArchived');
	const data = parseInput(memberInput, input);
	const { member, mailId } = await svc.db.transaction(async (tx) => {
		let user = await findUserByEmail(tx, data.email);
		if (user?.disabledAt) throw emailError('partners.error.memberDisabled');
		if (!user) {
			[user] = await tx
				.insert(users)
				.values({ email: data.email, name: data.name, emailVerifiedAt: null, passwordHash: null })
				.returning();
			await audit(tx, actor, {
				action: 'user.invited',
				entityType: 'user',
				entityId: user.id,
				programmeId: partner.programmeId,
				before: null,
				after: { email: user.email, name: user.name }
			});
		} else if ((await memberIdsOf(tx, partner.id)).includes(user.id)) {
			throw emailError('partners.error.alreadyMember');
		}
		await grantMember(tx, actor, partner, user.id, partner.regionCodes);
		await audit(tx, actor, {
			action: 'partner.member.add',
			entityType: 'partner',
			entityId: partner.id,
			programmeId: partner.programmeId,
			before: null,
			after: { userId: user.id, email: user.email, regionCodes: partner.regionCodes }
		});
		const t = translator(user.locale);
		const regions = partner.regionCodes.map((c) => regionName(c) ?? c).join(', ');
		const mailId = await queueEmail(tx, {
			to: user.email,
			locale: user.locale,
			template: 'role_granted',
			params: {
				name: user.name,
				role: t('partners.member.roleLabel', {
					role: t('role.regional_partner'),
					partner: partner.name,
					regions
				}),
				programme: partner.programmeName,
				url: `${svc.publicUrl}/connexion/lien`
			}
		});
		const [member] = (await membersOfPartners(tx, [partner.id])).filter(
			(m) => m.userId === user.id
		);
		return { member: presentMember(member), mailId };
	});
	await svc.jobs.deliverEmails([mailId]);
	return member;
}
