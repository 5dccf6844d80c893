import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { saveTerms, type TermKind } from '#lib/server/calls/index.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';

/** The path names the list as the form's question kinds do; the store, by its term kind. */
const TERM_KIND = { qvct_themes: 'qvct_theme', typology: 'typology' } as const satisfies Record<
	string,
	TermKind
>;

export const PUT: RequestHandler = route(
	operations.saveProgrammeTerms,
	async ({ app, actor, params, body }) => {
		// By id or by address, like the programme's own operations.
		const { id } = await getProgramme(app.db, actor, params.id);
		const terms = await saveTerms(app, actor, id, TERM_KIND[params.kind], body);
		return { kind: params.kind, terms };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
