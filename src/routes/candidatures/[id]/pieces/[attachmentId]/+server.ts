import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isUser } from '#lib/server/accounts/actor.ts';
import { NotFound } from '#lib/server/errors.ts';
import { getAttachmentFile, type AttachmentFile } from '#lib/server/applications/index.ts';
import { contentDisposition } from '#lib/server/storage/index.ts';
import { loginUrl } from '#lib/server/http/guards.ts';

/**
 * An attachment, for its application's holders and the programme team (a browser session or a
 * bearer token with `applications:read`): the bytes with the type detected at upload, always as a
 * download, never sniffed nor cached. Anyone else gets a 404; anonymous visitors log in first.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	let file: AttachmentFile;
	try {
		file = await getAttachmentFile(locals.app, locals.actor, params.attachmentId);
		if (file.applicationId !== params.id) throw new NotFound();
	} catch (e) {
		if (e instanceof NotFound) {
			if (!isUser(locals.actor)) redirect(303, loginUrl(url));
			error(404, locals.t('error.notFound'));
		}
		throw e;
	}
	return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': file.mime,
			'content-length': String(file.bytes.byteLength),
			'content-disposition': contentDisposition(file.fileName),
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, no-store'
		}
	});
};
