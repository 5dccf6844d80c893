/**
 * The filters of a prospect list, read from the address. A value that makes no sense is dropped
 * rather than refused, so that a hand-edited link still shows a list.
 */
import { isProspectStage } from '#lib/server/sourcing/prospectStage.ts';
import type { ProspectListQuery } from '#lib/server/sourcing/partners.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function prospectFilters(url: URL) {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const stage = url.searchParams.get('stage') ?? '';
	const call = url.searchParams.get('call') ?? '';
	const archived = url.searchParams.get('archived') === 'true';
	const filters = {
		q,
		stage: isProspectStage(stage) ? stage : '',
		call: UUID.test(call) ? call : '',
		archived
	};
	const query: ProspectListQuery = {
		q: filters.q || undefined,
		stage: filters.stage || undefined,
		call: filters.call || undefined,
		archived
	} as ProspectListQuery;
	const active = Boolean(filters.q || filters.stage || filters.call || filters.archived);
	return { filters, query, active };
}
