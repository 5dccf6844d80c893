import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getCanvas } from '#lib/server/canvas/canvasGet.ts';
import { annotationJson, summaryJson, versionJson } from '#lib/server/canvas/json.ts';

export const GET: RequestHandler = route(operations.getCanvas, async ({ app, actor, params }) => {
	const view = await getCanvas(app.db, actor, params.id);
	return {
		application: view.application,
		rights: view.rights,
		shared: view.shared,
		current: view.current ? versionJson(view.current) : null,
		versions: view.versions.map(summaryJson),
		annotations: view.annotations.map(annotationJson)
	};
});

export const fallback: RequestHandler = methodNotAllowed;
