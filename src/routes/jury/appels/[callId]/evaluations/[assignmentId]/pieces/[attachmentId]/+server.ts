import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isUser } from '#lib/server/accounts/actor.ts';
import { NotFound } from '#lib/server/errors.ts';
import type { AttachmentFile } from '#lib/server/applications/index.ts';
import { getReviewAttachment } from '#lib/server/review/reviewAttachment.ts';
import { contentDisposition } from '#lib/server/storage/index.ts';
import { loginUrl } from '#lib/server/http/guards.ts';

/**
 * An attachment of the application under review, for the juror assigned to it: the bytes as a
 * download, never sniffed nor cached, like the holders' and the team's link. Anyone else: 404.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	let file: AttachmentFile;
	try {
		file = await getReviewAttachment(
			locals.app,
			locals.actor,
			params.assignmentId,
			params.attachmentId
		);
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
