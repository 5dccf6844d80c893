/**
 * Revoking a role. Nobody may revoke their own last team role on a programme: the programme would
 * be left without the person running it, and they could not undo it. A regional partner
 * member's grants are managed on the partner's page (membership), not here.
 */
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { loadRoles } from '../accounts/sessions.ts';
import { audit } from '../audit/log.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertMayManageRolesOn, assertMayWriteUsers } from './policy.ts';
import { roleSnapshot } from './presenters.ts';
import { deleteAssignment, findAssignment, findUserById } from './queries.ts';
import { isUuid } from './schemas.ts';

export async function revokeRole(
	svc: Services,
	actor: Actor,
	userId: string,
	assignmentId: string
): Promise<void> {
	assertMayWriteUsers(actor);
	if (!isUuid(userId) || !isUuid(assignmentId)) throw new NotFound();
	await svc.db.transaction(async (tx) => {
		const assignment = await findAssignment(tx, assignmentId);
		if (!assignment || assignment.userId !== userId) throw new NotFound();
		assertMayManageRolesOn(actor, assignment.programmeId);
		// A partner member's grants follow the partner's regions: they go with the membership,
		// on the partner's page, never one by one.
		if (assignment.partnerId) throw new Conflict('admin.users.error.partnerGrant');
		if (assignment.userId === actor.userId && assignment.role === 'team') {
			const others = (await loadRoles(tx, actor.userId)).filter(
				(r) => r.role === 'team' && !sameGrant(r, assignment)
			);
			const stillTeam =
				assignment.programmeId === null
					? others.some((r) => r.programmeId === null)
					: others.some((r) => r.programmeId === null || r.programmeId === assignment.programmeId);
			if (!stillTeam) throw new Conflict('admin.users.error.lastTeamRole');
		}
		const user = await findUserById(tx, assignment.userId);
		await deleteAssignment(tx, assignment.id);
		await audit(tx, actor, {
			action: 'role.revoked',
			entityType: 'role_assignment',
			entityId: assignment.id,
			programmeId: assignment.programmeId,
			before: roleSnapshot({ ...assignment, email: user?.email }),
			after: null
		});
	});
}

function sameGrant(
	a: { role: string; programmeId: string | null; regionCode: string | null },
	b: { role: string; programmeId: string | null; regionCode: string | null }
): boolean {
	return a.role === b.role && a.programmeId === b.programmeId && a.regionCode === b.regionCode;
}
