/** The HTTP answer of a funnel export (pages and API alike): the file, as an attachment. */
import { contentDisposition } from '../storage/download.ts';
import type { ApplicationExport } from '../applications/exportApplications.ts';

export function funnelDownload(file: ApplicationExport): Response {
	return new Response(file.body as BodyInit, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': contentDisposition(file.filename),
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
