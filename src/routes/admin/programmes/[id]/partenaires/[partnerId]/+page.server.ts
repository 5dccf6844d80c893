import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '#lib/server/http/forms.ts';
import {
	addPartnerMember,
	listProspects,
	partnerFormInput,
	prospectFormOptions,
	removePartnerMember,
	updatePartner
} from '#lib/server/sourcing/partners.ts';
import { PROSPECT_LISTS } from '../../../../../partenaire/prospectPages.ts';
import { prospectFilters } from '../../../../../partenaire/prospectFilters.ts';
import { refusedForm, teamPartner } from '../partnerPages.ts';

const NOTICES = [
	'created',
	'saved',
	'archived',
	'restored',
	'memberAdded',
	'memberRemoved'
] as const;

export const load: PageServerLoad = async (event) => {
	const { actor, programme, partner } = await teamPartner(event);
	const db = event.locals.app.db;
	const { filters, query, active } = prospectFilters(event.url);
	const [prospects, options] = await Promise.all([
		listProspects(db, actor, partner.id, query),
		prospectFormOptions(db, actor, partner.id)
	]);
	const notice = event.url.searchParams.get('notice');
	return {
		programme,
		partner,
		prospects,
		calls: options.calls.map((c) => ({ id: c.id, title: c.title })),
		filters,
		active,
		stages: PROSPECT_LISTS.stages,
		notice: NOTICES.find((n) => n === notice) ?? null
	};
};

const pageUrl = (event: { params: { id: string; partnerId: string } }) =>
	`/admin/programmes/${event.params.id}/partenaires/${event.params.partnerId}`;

export const actions: Actions = {
	update: async (event) => {
		const { actor, partner } = await teamPartner(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, async () => {
			await updatePartner(event.locals.app, actor, partner.id, partnerFormInput(form));
			redirect(303, `${pageUrl(event)}?notice=saved`);
		});
		return refusedForm(result, 'update', form);
	},
	archive: async (event) => {
		const { actor, partner } = await teamPartner(event);
		const form = await event.request.formData();
		const archived = form.get('archived') === 'true';
		const result = await formAction(event.locals.t, form, async () => {
			await updatePartner(event.locals.app, actor, partner.id, { archived });
			redirect(303, `${pageUrl(event)}?notice=${archived ? 'archived' : 'restored'}`);
		});
		return refusedForm(result, 'archive', form);
	},
	addMember: async (event) => {
		const { actor, partner } = await teamPartner(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, async () => {
			await addPartnerMember(event.locals.app, actor, partner.id, {
				email: String(form.get('email') ?? ''),
				name: String(form.get('name') ?? '')
			});
			redirect(303, `${pageUrl(event)}?notice=memberAdded#members-title`);
		});
		return refusedForm(result, 'addMember', form);
	},
	removeMember: async (event) => {
		const { actor, partner } = await teamPartner(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, async () => {
			await removePartnerMember(
				event.locals.app,
				actor,
				partner.id,
				String(form.get('userId') ?? '')
			);
			redirect(303, `${pageUrl(event)}?notice=memberRemoved#members-title`);
		});
		return refusedForm(result, 'removeMember', form);
	}
};
