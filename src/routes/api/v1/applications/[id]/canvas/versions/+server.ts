import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listCanvasVersions } from '#lib/server/canvas/canvasVersionList.ts';
import { saveCanvas } from '#lib/server/canvas/canvasSave.ts';
import { summaryJson, versionJson } from '#lib/server/canvas/json.ts';

export const GET: RequestHandler = route(
	operations.listCanvasVersions,
	async ({ app, actor, params }) => ({
		data: (await listCanvasVersions(app.db, actor, params.id)).map(summaryJson)
	})
);

export const POST: RequestHandler = route(
	operations.saveCanvas,
	async ({ app, actor, params, body, created }) => {
		const v = await saveCanvas(app, actor, params.id, body);
		return created(versionJson(v), `/api/v1/applications/${params.id}/canvas/versions/${v.number}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
