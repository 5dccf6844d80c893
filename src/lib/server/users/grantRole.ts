/**
 * Granting a role to a person, on a programme (or, for the platform team, on every programme).
 * The person is told by e-mail, with a link to log in by magic link.
 */
import type { Services } from '../app.ts';
import type { Actor, UserActor } from '../accounts/actor.ts';
import type { Tx } from '../db/client.ts';
import { audit } from '../audit/log.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { translator } from '../../i18n/index.ts';
import { assertMayManageRolesOn, assertMayWriteUsers } from './policy.ts';
import { presentRole, regionName, roleSnapshot, type RoleView } from './presenters.ts';
import { findProgrammeName, findUserById, insertAssignment, type UserRow } from './queries.ts';
import { isRegionCode, isUuid, type RoleGrantInput } from './schemas.ts';

export async function grantRole(
	svc: Services,
	actor: Actor,
	userId: string,
	input: RoleGrantInput
): Promise<RoleView> {
	assertMayWriteUsers(actor);
	assertMayManageRolesOn(actor, input.programmeId);
	if (!isUuid(userId)) throw new NotFound();
	const { role, mailId } = await svc.db.transaction(async (tx) => {
		const user = await findUserById(tx, userId);
		if (!user) throw new NotFound();
		return grantInTransaction(tx, svc, actor, user, input);
	});
	await svc.jobs.deliverEmails([mailId]);
	return role;
}

/**
 * The grant itself, inside the caller's transaction: checks the programme, inserts the role,
 * records it in the audit log and queues the e-mail. The caller has checked the policy.
 */
export async function grantInTransaction(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	actor: UserActor,
	user: UserRow,
	input: RoleGrantInput
): Promise<{ role: RoleView; mailId: string }> {
	// The schema has checked this already; the rule is the domain's, so it holds for any caller.
	const regionCode = input.role === 'regional_partner' ? input.regionCode : null;
	if (input.role === 'regional_partner' && !isRegionCode(regionCode)) {
		const key = regionCode
			? 'admin.users.validation.regionInvalid'
			: 'admin.users.validation.regionRequired';
		throw new Invalid(key, { regionCode: [key] });
	}
	let programmeName: string | null = null;
	if (input.programmeId !== null) {
		programmeName = await findProgrammeName(tx, input.programmeId);
		if (programmeName === null) {
			throw new Invalid('admin.users.error.unknownProgramme', {
				programmeId: ['admin.users.error.unknownProgramme']
			});
		}
	}
	const row = await insertAssignment(tx, {
		userId: user.id,
		role: input.role,
		programmeId: input.programmeId,
		regionCode
	});
	if (!row) throw new Conflict('admin.users.error.alreadyHolds');
	await audit(tx, actor, {
		action: 'role.granted',
		entityType: 'role_assignment',
		entityId: row.id,
		programmeId: row.programmeId,
		before: null,
		after: roleSnapshot({ ...row, email: user.email })
	});
	const t = translator(user.locale);
	const region = regionName(row.regionCode);
	const mailId = await queueEmail(tx, {
		to: user.email,
		locale: user.locale,
		template: 'role_granted',
		params: {
			name: user.name,
			role: region ? `${t(`role.${row.role}`)} (${region})` : t(`role.${row.role}`),
			programme: programmeName ?? t('admin.users.allProgrammes'),
			url: `${svc.publicUrl}/connexion/lien`
		}
	});
	return { role: presentRole(actor, { ...row, programmeName }), mailId };
}
