import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { loadCanvasAccess } from './policy.ts';
import { annotationRows, type AnnotationView } from './queries.ts';

/**
 * The annotations of the canvas (of one version, or all), oldest first: for the holders, the team,
 * the experts and the jury; the other projects' holders of a shared canvas do not read them.
 */
export async function listAnnotations(
	db: DbOrTx,
	actor: Actor,
	applicationId: string,
	versionNumber?: number
): Promise<AnnotationView[]> {
	const access = await loadCanvasAccess(db, actor, applicationId);
	if (!access.may.readAnnotations) throw new NotFound();
	return annotationRows(db, access.app.id, versionNumber);
}
