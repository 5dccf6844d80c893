import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { NotFound } from '#lib/server/errors.ts';
import { getCall, renderMarkdown } from '#lib/server/calls/index.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.app;
	let programme, call;
	try {
		programme = await getProgramme(db, locals.actor, params.slug);
		call = await getCall(db, locals.actor, { programme: programme.id, slug: params.callSlug });
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
	if (programme.slug !== params.slug) {
		redirect(308, `/programmes/${programme.slug}/appels/${call.slug}`);
	}
	return {
		programme: { name: programme.name, slug: programme.slug },
		call: {
			title: call.title,
			availability: call.availability,
			opensAt: call.opensAt,
			closesAt: call.closesAt,
			eligibleTypes: call.eligibleTypes,
			// Safe HTML: raw HTML off, http(s) and mailto links only (docs/decisions/011-markdown.md).
			bodyHtml: call.body.trim() ? renderMarkdown(call.body) : '',
			faq: call.faq,
			contactEmail: call.contactEmail,
			contactText: call.contactText
		}
	};
};
