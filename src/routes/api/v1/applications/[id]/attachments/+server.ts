import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { addAttachment } from '#lib/server/applications/index.ts';

export const POST: RequestHandler = route(
	operations.addAttachment,
	async ({ app, actor, params, body, created }) => {
		const view = await addAttachment(app, actor, params.id, {
			questionKey: body.question,
			fileName: body.file.name,
			bytes: new Uint8Array(await body.file.arrayBuffer())
		});
		return created(view, `/candidatures/${params.id}/pieces/${view.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
