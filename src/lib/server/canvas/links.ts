import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { loadCanvasAccess } from './policy.ts';

/** The address of the application's canvas page, when the actor may open it; otherwise null. */
export async function canvasLinkFor(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<string | null> {
	try {
		const access = await loadCanvasAccess(db, actor, applicationId);
		return `/projets/${access.app.id}/canevas`;
	} catch (e) {
		if (e instanceof NotFound) return null;
		throw e;
	}
}
