import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { loadCanvasAccess } from './policy.ts';
import { versionRows, type VersionSummary } from './queries.ts';

/** The canvas's versions, newest first: number, author, date. */
export async function listCanvasVersions(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<VersionSummary[]> {
	const access = await loadCanvasAccess(db, actor, applicationId);
	return versionRows(db, access.app.id);
}
