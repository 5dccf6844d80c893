import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { diffCanvasVersions } from '#lib/server/canvas/canvasDiff.ts';
import { summaryJson } from '#lib/server/canvas/json.ts';

export const GET: RequestHandler = route(
	operations.diffCanvasVersions,
	async ({ app, actor, params, query }) => {
		const d = await diffCanvasVersions(app.db, actor, params.id, query.from, query.to);
		return { from: summaryJson(d.from), to: summaryJson(d.to), sections: d.sections };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
