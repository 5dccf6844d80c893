import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { currentAssignment } from '#lib/server/review/assignList.ts';
import { addAssignment } from '#lib/server/review/assignAdd.ts';

export const GET: RequestHandler = route(
	operations.listAssignments,
	async ({ app, actor, params }) => {
		const current = await currentAssignment(app.db, actor, params.id);
		return { data: current.assignments, reviewers: current.reviewers };
	}
);

export const POST: RequestHandler = route(
	operations.addAssignment,
	async ({ app, actor, params, body, created }) => {
		const assignment = await addAssignment(app, actor, params.id, body);
		return created(assignment, `/api/v1/calls/${params.id}/assignments/${assignment.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
