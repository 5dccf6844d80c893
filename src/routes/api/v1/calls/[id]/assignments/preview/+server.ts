import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { previewAssignment } from '#lib/server/review/assignPreview.ts';

export const POST: RequestHandler = route(
	operations.previewAssignment,
	async ({ app, actor, params }) => {
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { call, ...preview } = await previewAssignment(app.db, actor, params.id);
		return preview;
	}
);

export const fallback: RequestHandler = methodNotAllowed;
