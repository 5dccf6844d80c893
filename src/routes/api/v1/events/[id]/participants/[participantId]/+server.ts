import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { removeParticipant } from '#lib/server/events/participantWrite.ts';

export const DELETE: RequestHandler = route(
	operations.removeEventParticipant,
	async ({ app, actor, params }) => {
		await removeParticipant(app, actor, params.id, params.participantId);
		return { removed: true as const };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
