import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { NotFound } from '#lib/server/errors.ts';
import {
	ORGANISATION_TYPE_LABEL_KEYS,
	STATUS_LABEL_KEYS,
	getApplication
} from '#lib/server/applications/index.ts';
import { regionName } from '#lib/regions.ts';

export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	const { locals, params } = event;
	let app;
	try {
		app = await getApplication(locals.app.db, actor, params.id);
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
	// No receipt before submission: the draft's page says what is missing.
	if (!app.submittedAt) redirect(303, `/candidatures/${app.id}`);
	const o = app.organisation;
	return {
		receipt: {
			id: app.id,
			reference: app.reference,
			callTitle: app.callTitle,
			submittedAt: app.submittedAt,
			statusKey: STATUS_LABEL_KEYS[app.status],
			organisation: o
				? {
						legalName: o.legalName,
						typeKey: ORGANISATION_TYPE_LABEL_KEYS[o.type],
						siret: o.siret,
						postalCode: o.postalCode,
						region: o.regionCode ? (regionName(o.regionCode) ?? null) : null
					}
				: null
		}
	};
};
