/**
 * Cursor pagination for API lists: `?limit=` (1 to 100, 20 by default) and `?cursor=`, an opaque
 * base64url token given by the previous page. Every list answers `{ data, nextCursor }`;
 * `nextCursor` is null on the last page.
 */
import { z } from 'zod';
import { Invalid } from '../errors.ts';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export type Page<T> = { data: T[]; nextCursor: string | null };

/**
 * The query parameters of a list. Parsed by the operation (empty parameters count as absent) and
 * documented in OpenAPI from this same schema.
 */
export const pageQuery = z.object({
	limit: z.coerce
		.number({ error: 'api.error.limit' })
		.int('api.error.limit')
		.min(1, 'api.error.limit')
		.max(MAX_LIMIT, 'api.error.limit')
		.default(DEFAULT_LIMIT)
		.meta({
			description: `Nombre d’éléments par page (1 à ${MAX_LIMIT}, ${DEFAULT_LIMIT} par défaut).`
		}),
	cursor: z
		.string()
		.optional()
		.meta({ description: 'Curseur opaque renvoyé par la page précédente (`nextCursor`).' })
});

const CURSOR_PREFIX = 'c1:';

/** The position of most lists: the id of the last item seen. */
export const idPosition: z.ZodType<string> = z.uuid();

/** Wraps the domain's position (e.g. the id of the last item) into an opaque cursor. */
export function encodeCursor(position: string): string {
	return Buffer.from(CURSOR_PREFIX + position, 'utf8').toString('base64url');
}

/**
 * Unwraps a cursor. The position must pass `position` (e.g. `z.uuid()`), so that a forged cursor
 * is refused here rather than reaching the database.
 */
export function decodeCursor(cursor: string, position: z.ZodType<string> = z.string()): string {
	const invalid = () => new Invalid('api.error.cursor', { cursor: ['api.error.cursor'] });
	if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
	const text = Buffer.from(cursor, 'base64url').toString('utf8');
	if (!text.startsWith(CURSOR_PREFIX)) throw invalid();
	const parsed = position.safeParse(text.slice(CURSOR_PREFIX.length));
	if (!parsed.success) throw invalid();
	return parsed.data;
}

export type PageRequest = { limit: number; after: string | undefined };

/** The page asked for by a parsed `pageQuery`; 422 on `cursor` when it is not ours. */
export function pageRequest(
	query: z.output<typeof pageQuery>,
	position: z.ZodType<string> = z.string()
): PageRequest {
	return {
		limit: query.limit,
		after: query.cursor ? decodeCursor(query.cursor, position) : undefined
	};
}

/** Builds a page from the domain's answer (`nextCursor` is the domain's own position). */
export function toPage<T, V>(
	result: { items: T[]; nextCursor: string | null },
	present: (item: T) => V = (item) => item as unknown as V
): Page<V> {
	return {
		data: result.items.map(present),
		nextCursor: result.nextCursor === null ? null : encodeCursor(result.nextCursor)
	};
}

/**
 * Pages through a list held in memory (short lists the domain returns whole, like the cycles of a
 * programme). The position is the id of the last item of the previous page.
 */
export function pageOf<T extends { id: string }>(all: T[], req: PageRequest): Page<T> {
	let start = 0;
	if (req.after !== undefined) {
		const index = all.findIndex((item) => item.id === req.after);
		if (index < 0) throw new Invalid('api.error.cursor', { cursor: ['api.error.cursor'] });
		start = index + 1;
	}
	const data = all.slice(start, start + req.limit);
	const more = start + req.limit < all.length;
	return { data, nextCursor: more ? encodeCursor(data[data.length - 1].id) : null };
}
