import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isUser } from '#lib/server/accounts/actor.ts';
import { NotFound } from '#lib/server/errors.ts';
import { getCall, renderMarkdown } from '#lib/server/calls/index.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';
import { startApplication } from '#lib/server/applications/index.ts';
import { myDraftFor } from '#lib/server/applications/forPages.ts';
import { DomainError } from '#lib/server/errors.ts';
import { translateMessage } from '#lib/i18n/index.ts';

async function findCall(locals: App.Locals, params: { slug: string; callSlug: string }) {
	const { db } = locals.app;
	try {
		const programme = await getProgramme(db, locals.actor, params.slug);
		const call = await getCall(db, locals.actor, {
			programme: programme.id,
			slug: params.callSlug
		});
		return { programme, call };
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { programme, call } = await findCall(locals, params);
	if (programme.slug !== params.slug) {
		redirect(308, `/programmes/${programme.slug}/appels/${call.slug}`);
	}
	return {
		programme: { name: programme.name, slug: programme.slug },
		loggedIn: isUser(locals.actor),
		myDraft: await myDraftFor(locals.app.db, locals.actor, call.id),
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

export const actions: Actions = {
	/** « Candidater »: a new draft, then its page; anonymous visitors log in first. */
	apply: async ({ locals, params, url }) => {
		const actor = locals.actor;
		if (!isUser(actor)) {
			redirect(303, `/connexion?redirectTo=${encodeURIComponent(url.pathname)}`);
		}
		const { call } = await findCall(locals, params);
		const existing = await myDraftFor(locals.app.db, actor, call.id);
		if (existing) redirect(303, `/candidatures/${existing}`);
		let id: string;
		try {
			id = (await startApplication(locals.app, actor, call.id)).id;
		} catch (e) {
			// The call closed in between, or the account may not apply: said on the page.
			if (e instanceof NotFound) error(404, locals.t('error.notFound'));
			if (e instanceof DomainError) {
				return fail(409, { message: translateMessage(locals.t, e.message) });
			}
			throw e;
		}
		redirect(303, `/candidatures/${id}?notice=started`);
	}
};
