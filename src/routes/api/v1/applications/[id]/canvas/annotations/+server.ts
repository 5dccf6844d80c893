import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listAnnotations } from '#lib/server/canvas/annotationList.ts';
import { addAnnotation } from '#lib/server/canvas/annotationAdd.ts';
import { annotationJson } from '#lib/server/canvas/json.ts';

export const GET: RequestHandler = route(
	operations.listCanvasAnnotations,
	async ({ app, actor, params }) => ({
		data: (await listAnnotations(app.db, actor, params.id)).map(annotationJson)
	})
);

export const POST: RequestHandler = route(
	operations.addCanvasAnnotation,
	async ({ app, actor, params, body, created }) => {
		const a = await addAnnotation(app, actor, params.id, body);
		return created(annotationJson(a), `/api/v1/applications/${params.id}/canvas/annotations`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
