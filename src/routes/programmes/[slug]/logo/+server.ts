import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { NotFound } from '#lib/server/errors.ts';
import { getProgrammeLogo } from '#lib/server/programmes/index.ts';

/** A programme's logo, with its real type, versioned by the programme's modification date. */
export const GET: RequestHandler = async ({ locals, params, request, url }) => {
	let logo;
	try {
		logo = await getProgrammeLogo(locals.app.db, locals.actor, params.slug);
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
	const version = String(logo.updatedAt.getTime());
	const etag = `"logo-${version}"`;
	// The versioned address (`?v=`, as given by the programme's view) never changes content.
	const headers = {
		'content-type': logo.mime,
		'x-content-type-options': 'nosniff',
		'content-security-policy': "default-src 'none'; sandbox",
		'cache-control':
			url.searchParams.get('v') === version
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate',
		'last-modified': logo.updatedAt.toUTCString(),
		etag
	};
	const match = request.headers.get('if-none-match');
	if (match && match.split(',').some((v) => v.trim() === etag || v.trim() === `W/${etag}`)) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(logo.bytes as Uint8Array<ArrayBuffer>, {
		headers: { ...headers, 'content-length': String(logo.bytes.byteLength) }
	});
};
