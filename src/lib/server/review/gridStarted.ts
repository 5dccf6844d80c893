import type { DbOrTx } from '../db/client.ts';

/**
 * Whether any review of the call's applications has started: from then on its grid and review
 * settings are frozen (scores already given would lose their meaning). There is no reviews table
 * yet, so nothing has started; the reviews part of the jury issue makes this read its table.
 */
export async function reviewsStarted(_db: DbOrTx, _callId: string): Promise<boolean> {
	return false;
}
