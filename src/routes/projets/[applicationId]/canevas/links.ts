import { error } from '@sveltejs/kit';
import { NotFound } from '#lib/server/errors.ts';
import type { Translate } from '#lib/i18n/index.ts';
import type { CanvasApplication, CanvasRights } from '#lib/server/canvas/presenters.ts';

/** Where the canvas pages lead back to: the application's page for its holders and the team. */
export function backLinkOf(view: {
	application: CanvasApplication;
	rights: CanvasRights;
}): { href: string; labelKey: 'canvas.back.holder' | 'canvas.back.team' } | null {
	const a = view.application;
	if (view.rights.role === 'holder') {
		return { href: `/candidatures/${a.id}`, labelKey: 'canvas.back.holder' };
	}
	if (view.rights.role === 'team') {
		return {
			href: `/admin/programmes/${a.programmeId}/appels/${a.callId}/candidatures/${a.id}`,
			labelKey: 'canvas.back.team'
		};
	}
	return null;
}

/** Runs a read; a domain `NotFound` (or a refused input in the address) becomes the 404 page. */
export async function readOr404<T>(t: Translate, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (e) {
		if (e instanceof NotFound) error(404, t('error.notFound'));
		throw e;
	}
}
