import type { PageServerLoad } from './$types';
import { partnerIdsOf, type UserActor } from '#lib/server/accounts/actor.ts';
import {
	APPLICATION_STATUSES,
	STATUS_LABEL_KEYS,
	listApplications,
	type ApplicationStatus
} from '#lib/server/applications/index.ts';
import { isUuid } from '#lib/server/applications/queries.ts';
import { listCalls } from '#lib/server/calls/index.ts';
import { Invalid } from '#lib/server/errors.ts';
import type { DbOrTx } from '#lib/server/db/client.ts';
import { regionName } from '#lib/regions.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { requirePartner } from './partner.ts';

const PAGE_SIZE = 50;
/** What partners read: every status past the draft. */
const STATUSES = APPLICATION_STATUSES.filter((s) => s !== 'draft');

/** The regions the actor holds the partner role on, whatever the programme. */
function regionsOf(actor: UserActor): string[] {
	const codes = actor.roles
		.filter((g) => g.role === 'regional_partner' && g.regionCode)
		.map((g) => g.regionCode as string);
	return [...new Set(codes)].sort();
}

/** The calls of the programmes the actor is a partner on (every programme for an instance-wide grant). */
async function callsOf(db: DbOrTx, actor: UserActor) {
	const grants = actor.roles.filter((g) => g.role === 'regional_partner');
	const programmes = grants.some((g) => g.programmeId === null)
		? [undefined]
		: [...new Set(grants.map((g) => g.programmeId as string))];
	const calls = [];
	for (const programme of programmes) {
		calls.push(...(await listCalls(db, actor, { programme, limit: 100 })).items);
	}
	return calls.map((c) => ({ id: c.id, title: c.title }));
}

export const load: PageServerLoad = async (event) => {
	const actor = requirePartner(event);
	const { locals, url } = event;
	const db = locals.app.db;
	const t = locals.t;
	const get = (name: string) => url.searchParams.get(name)?.trim() || null;
	const [calls, regions] = [await callsOf(db, actor), regionsOf(actor)];
	const errors: { field: string; message: string }[] = [];

	const call = get('appel');
	const status = get('statut');
	const region = get('region');
	const referred = get('orientees') === 'oui';
	const q = get('q');
	const after = get('apres');
	const validCall = call && isUuid(call) && calls.some((c) => c.id === call) ? call : null;
	if (call && !validCall) errors.push({ field: 'appel', message: t('opinions.list.error.call') });
	const validStatus =
		status && (STATUSES as readonly string[]).includes(status)
			? (status as ApplicationStatus)
			: null;
	if (status && !validStatus) {
		errors.push({ field: 'statut', message: t('opinions.list.error.status') });
	}
	const validRegion = region && regions.includes(region) ? region : null;
	if (region && !validRegion) {
		errors.push({ field: 'region', message: t('opinions.list.error.region') });
	}
	const validQ = q && q.length <= 200 ? q : null;
	if (q && !validQ) errors.push({ field: 'q', message: t('opinions.list.error.q') });

	const options = {
		asPartner: true,
		call: validCall ?? undefined,
		status: validStatus ?? undefined,
		region: validRegion ?? undefined,
		q: validQ ?? undefined,
		attributedTo: referred ? partnerIdsOf(actor) : undefined,
		limit: PAGE_SIZE
	};
	let page;
	try {
		page = await listApplications(db, actor, { ...options, after: after ?? undefined });
	} catch (e) {
		// A cursor that no longer points at a readable application: back to the first page.
		if (!(e instanceof Invalid)) throw e;
		page = await listApplications(db, actor, options);
	}
	const mine = new Set(partnerIdsOf(actor));
	return {
		items: page.items.map((a) => ({
			id: a.id,
			reference: a.reference,
			title: a.title,
			callTitle: a.callTitle,
			status: a.status,
			statusKey: STATUS_LABEL_KEYS[a.status] as MessageKey,
			organisation: a.organisation
				? {
						legalName: a.organisation.legalName,
						regionName: a.organisation.regionCode
							? (regionName(a.organisation.regionCode) ?? a.organisation.regionCode)
							: null
					}
				: null,
			attribution: a.attribution
				? {
						partnerName: a.attribution.partnerName,
						sourcing: a.attribution.sourcing,
						ours: mine.has(a.attribution.partnerId)
					}
				: null
		})),
		nextCursor: page.nextCursor,
		filters: {
			call: validCall,
			status: validStatus,
			region: validRegion,
			referred,
			q: validQ ?? ''
		},
		/** The list's parameters (without the cursor), for links. */
		query: Object.fromEntries(
			[...url.searchParams.entries()].filter(([k, v]) => k !== 'apres' && v !== '')
		) as Record<string, string>,
		firstPage: after === null,
		calls,
		statuses: STATUSES.map((s) => ({ value: s, labelKey: STATUS_LABEL_KEYS[s] as MessageKey })),
		regions: regions.map((code) => ({ code, name: regionName(code) ?? code })),
		errors
	};
};
