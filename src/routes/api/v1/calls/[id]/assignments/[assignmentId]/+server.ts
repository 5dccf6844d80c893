import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { setAssignmentLock } from '#lib/server/review/assignLock.ts';
import { removeAssignment } from '#lib/server/review/assignRemove.ts';

export const PATCH: RequestHandler = route(
	operations.lockAssignment,
	async ({ app, actor, params, body }) =>
		setAssignmentLock(app, actor, params.id, params.assignmentId, body)
);

export const DELETE: RequestHandler = route(
	operations.removeAssignment,
	async ({ app, actor, params }) => removeAssignment(app, actor, params.id, params.assignmentId)
);

export const fallback: RequestHandler = methodNotAllowed;
