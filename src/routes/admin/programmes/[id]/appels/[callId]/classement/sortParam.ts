/** The page's sort in its address: `?tri=brut` (raw mean), otherwise the calibrated score. */
import type { RankingSort } from '#lib/server/review/ranking.ts';

export const SORT_PARAM = 'tri';
export const RAW_SORT_VALUE = 'brut';

export function sortFromQuery(query: URLSearchParams): RankingSort {
	return query.get(SORT_PARAM) === RAW_SORT_VALUE ? 'raw' : 'calibrated';
}
