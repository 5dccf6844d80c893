import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listDiscussion } from '#lib/server/review/discussionList.ts';
import { postDiscussion } from '#lib/server/review/discussionPost.ts';

export const GET: RequestHandler = route(
	operations.listDiscussion,
	async ({ app, actor, params }) => {
		const { messages } = await listDiscussion(app.db, actor, params.id);
		return { data: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
	}
);

export const POST: RequestHandler = route(
	operations.postDiscussion,
	async ({ app, actor, params, body, created }) => {
		const m = await postDiscussion(app, actor, params.id, body);
		return created(
			{ ...m, createdAt: m.createdAt.toISOString() },
			`/api/v1/applications/${params.id}/discussion`
		);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
