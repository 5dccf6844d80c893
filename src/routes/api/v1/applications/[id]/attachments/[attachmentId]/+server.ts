import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { removeAttachment } from '#lib/server/applications/index.ts';

export const DELETE: RequestHandler = route(
	operations.removeAttachment,
	async ({ app, actor, params }) => removeAttachment(app, actor, params.id, params.attachmentId)
);

export const fallback: RequestHandler = methodNotAllowed;
