/**
 * Who may do what with a project canvas.
 *
 * A canvas exists for the applications that reached the selection session: shortlisted, then
 * retained, not retained or merged. For any other application it does not exist (`NotFound`).
 *
 * - The holders of the application (`application_members`) read it and save new versions, once
 *   they were told it is shortlisted (a decision not yet told does not open it). They keep
 *   editing while it is shortlisted and once it is retained (the roadmap session builds on it).
 *   Once the holders were told it is not retained, or once it is merged into another project,
 *   the canvas is kept as it is: read-only. (Before the final decision is told, retained and not
 *   retained look the same to them: both editable, so that the canvas does not leak it.)
 * - The programme team reads every canvas, annotates any section of any version, and shares a
 *   canvas (or stops sharing it).
 * - The programme's experts (role `expert` on the programme) read and annotate.
 * - The jury members of the call (accepted, not removed) read, unless in conflict with the project.
 * - A shared canvas is read by the holders of the other projects of the same call that reached the
 *   session (shortlisted and told, retained, not retained, merged) — never by those of another
 *   call. They see the canvas and its versions, not the annotations.
 * - Anyone else learns nothing (`NotFound`).
 *
 * Holders, team, experts and jury read the annotations. A token must carry `applications:read` to
 * read and `applications:write` to write (a juror's token also `reviews:read`).
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import {
	allowsScope,
	hasRole,
	isTeam,
	isUser,
	type Actor,
	type UserActor
} from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { applicationMembers, applications, projectCanvases } from '../db/schema.ts';
import { Forbidden, NotFound } from '../errors.ts';
import { findApplication, memberRoleOf, type ApplicationContext } from '../applications/queries.ts';
import { notifiedOfCurrent } from '../applications/decisionNotice.ts';
import { APPLICATIONS_READ_SCOPE, APPLICATIONS_WRITE_SCOPE } from '../applications/policy.ts';
import type { ApplicationStatus } from '../applications/status.ts';
import { isUuid } from '../programmes/queries.ts';
import { juryMembershipOf } from '../review/policy.ts';
import { isConflicted } from '../review/conflictQueries.ts';

/** The statuses of the applications that have a canvas. */
export const CANVAS_STATUSES: readonly ApplicationStatus[] = [
	'shortlisted',
	'retained',
	'not_retained',
	'merged'
];

export function hasCanvas(status: ApplicationStatus): boolean {
	return CANVAS_STATUSES.includes(status);
}

export type CanvasRole = 'team' | 'expert' | 'holder' | 'jury' | 'peer';

export type CanvasAccess = {
	app: ApplicationContext;
	actor: UserActor;
	role: CanvasRole;
	shared: boolean;
	currentVersion: number;
	/** The holders were told the current decision (shortlisted, retained, not retained). */
	told: boolean;
	may: { edit: boolean; annotate: boolean; share: boolean; readAnnotations: boolean };
	/** Why a holder may not edit (a message key), or null. */
	readOnlyReason: string | null;
};

/** May the holders still save versions, given the status and whether they were told it? */
export function holdersMayEdit(status: ApplicationStatus, told: boolean): boolean {
	if (status === 'shortlisted' || status === 'retained') return true;
	return status === 'not_retained' && !told;
}

/** Does the holder see the application as having reached the session? */
function openToHolders(status: ApplicationStatus, told: boolean): boolean {
	return hasCanvas(status) && !(status === 'shortlisted' && !told);
}

async function canvasRow(db: DbOrTx, applicationId: string) {
	const [row] = await db
		.select({ shared: projectCanvases.shared, currentVersion: projectCanvases.currentVersion })
		.from(projectCanvases)
		.where(eq(projectCanvases.applicationId, applicationId));
	return row ?? { shared: false, currentVersion: 0 };
}

/** Does the user hold another application of the call that reached the session (and see it so)? */
async function holdsPeerApplication(
	db: DbOrTx,
	userId: string,
	callId: string,
	exceptId: string
): Promise<boolean> {
	const rows = await db
		.select({ id: applications.id, status: applications.status })
		.from(applications)
		.innerJoin(applicationMembers, eq(applicationMembers.applicationId, applications.id))
		.where(
			and(
				eq(applicationMembers.userId, userId),
				eq(applications.callId, callId),
				ne(applications.id, exceptId),
				inArray(applications.status, [...CANVAS_STATUSES])
			)
		);
	if (rows.some((r) => r.status !== 'shortlisted')) return true;
	if (rows.length === 0) return false;
	const told = await notifiedOfCurrent(
		db,
		rows.map((r) => r.id)
	);
	return told.size > 0;
}

/** The actor's access to the application's canvas, or `NotFound` (see the rules above). */
export async function loadCanvasAccess(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<CanvasAccess> {
	if (!isUser(actor) || !allowsScope(actor, APPLICATIONS_READ_SCOPE)) throw new NotFound();
	const app = isUuid(applicationId) ? await findApplication(db, applicationId) : null;
	if (!app || !hasCanvas(app.status)) throw new NotFound();
	const canvas = await canvasRow(db, app.id);
	const told = app.status === 'merged' || (await notifiedOfCurrent(db, [app.id])).has(app.id);
	const write = allowsScope(actor, APPLICATIONS_WRITE_SCOPE);
	const base = { app, actor, shared: canvas.shared, currentVersion: canvas.currentVersion, told };
	const none = { edit: false, annotate: false, share: false, readAnnotations: true };

	if (isTeam(actor, app.programmeId)) {
		return {
			...base,
			role: 'team',
			may: { ...none, annotate: write, share: write },
			readOnlyReason: null
		};
	}
	if (hasRole(actor, 'expert', app.programmeId)) {
		return { ...base, role: 'expert', may: { ...none, annotate: write }, readOnlyReason: null };
	}
	if ((await memberRoleOf(db, app.id, actor.userId)) && openToHolders(app.status, told)) {
		const editable = holdersMayEdit(app.status, told);
		return {
			...base,
			role: 'holder',
			may: { ...none, edit: editable && write },
			readOnlyReason: editable ? null : `canvas.readOnly.${app.status}`
		};
	}
	const membership = await juryMembershipOf(db, actor, app.callId);
	// A juror in conflict with the project never sees it (its canvas neither).
	if (membership && !(await isConflicted(db, membership.id, app.id))) {
		return { ...base, role: 'jury', may: none, readOnlyReason: null };
	}
	if (canvas.shared && (await holdsPeerApplication(db, actor.userId, app.callId, app.id))) {
		return {
			...base,
			role: 'peer',
			may: { ...none, readAnnotations: false },
			readOnlyReason: null
		};
	}
	throw new NotFound();
}

/** A holder's save: the holders only, while the status allows it, with a writing token. */
export function assertMayEdit(access: CanvasAccess): void {
	if (access.role !== 'holder') throw new Forbidden('canvas.error.holdersOnly');
	if (access.readOnlyReason) throw new Forbidden(access.readOnlyReason);
	if (!access.may.edit) throw new Forbidden('canvas.error.forbidden');
}

export function assertMayAnnotate(access: CanvasAccess): void {
	if (access.role !== 'team' && access.role !== 'expert') {
		throw new Forbidden('canvas.error.annotateForbidden');
	}
	if (!access.may.annotate) throw new Forbidden('canvas.error.forbidden');
}

export function assertMayShare(access: CanvasAccess): void {
	if (access.role !== 'team') throw new Forbidden('canvas.error.shareForbidden');
	if (!access.may.share) throw new Forbidden('canvas.error.forbidden');
}
