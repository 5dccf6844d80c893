/** What the back-office partner pages share: the programme, for its team, under its id. */
import { error, fail, isActionFailure, type ActionFailure } from '@sveltejs/kit';
import type { RequestEvent } from '@sveltejs/kit';
import { requireTeam } from '#lib/server/http/guards.ts';
import type { FormFailure } from '#lib/server/http/forms.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';
import { getPartner } from '#lib/server/sourcing/partners.ts';
import { notFoundPage } from '../../notFound.ts';

type Event = Pick<RequestEvent, 'locals' | 'url'> & { params: Record<string, string> };

/** The programme of the address, for its team only, and only under its id. */
export async function teamProgramme(event: Event) {
	const { locals, params } = event;
	requireTeam(event);
	const programme = await notFoundPage(locals.t, () =>
		getProgramme(locals.app.db, locals.actor, params.id)
	);
	if (programme.id !== params.id) error(404, locals.t('error.notFound'));
	const actor = requireTeam(event, programme.id);
	return { actor, programme: { id: programme.id, name: programme.name } };
}

/** The partner of the address, of the programme of the address. */
export async function teamPartner(event: Event) {
	const { actor, programme } = await teamProgramme(event);
	const partner = await notFoundPage(event.locals.t, () =>
		getPartner(event.locals.app.db, actor, event.params.partnerId)
	);
	if (partner.programmeId !== programme.id) error(404, event.locals.t('error.notFound'));
	return { actor, programme, partner };
}

/** A refused form, with which form it was and the regions that were checked. */
export function refusedForm(result: unknown, section: string, form: FormData) {
	if (!isActionFailure(result)) return result;
	const failure = result as unknown as ActionFailure<FormFailure>;
	return fail(failure.status, {
		...failure.data,
		section,
		regionCodes: form.getAll('regionCodes').filter((v): v is string => typeof v === 'string')
	});
}
