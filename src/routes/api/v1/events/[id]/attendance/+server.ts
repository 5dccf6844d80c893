import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { recordAttendance } from '#lib/server/events/attendance.ts';

export const PUT: RequestHandler = route(
	operations.recordEventAttendance,
	async ({ app, actor, params, body }) => recordAttendance(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
