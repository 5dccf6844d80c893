import { error } from '@sveltejs/kit';
import { NotFound } from '#lib/server/errors.ts';
import type { Translate } from '#lib/i18n/index.ts';

/** Runs a read; a domain `NotFound` becomes the 404 page. */
export async function notFoundPage<T>(t: Translate, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (e) {
		if (e instanceof NotFound) error(404, t('error.notFound'));
		throw e;
	}
}
