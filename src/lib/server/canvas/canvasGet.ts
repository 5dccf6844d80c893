import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { loadCanvasAccess } from './policy.ts';
import {
	presentApplication,
	presentRights,
	type CanvasApplication,
	type CanvasRights
} from './presenters.ts';
import {
	annotationRows,
	versionRow,
	versionRows,
	type AnnotationView,
	type VersionSummary,
	type VersionView
} from './queries.ts';

export type CanvasView = {
	application: CanvasApplication;
	rights: CanvasRights;
	shared: boolean;
	/** The latest version, or null before the first save. */
	current: VersionView | null;
	/** Every version, newest first. */
	versions: VersionSummary[];
	/** Every annotation, oldest first (empty for who may not read them). */
	annotations: AnnotationView[];
};

/** The canvas as it is now, its versions and its annotations (see `policy.ts` for who reads). */
export async function getCanvas(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<CanvasView> {
	const access = await loadCanvasAccess(db, actor, applicationId);
	const id = access.app.id;
	const current =
		access.currentVersion > 0 ? await versionRow(db, id, access.currentVersion) : null;
	return {
		application: presentApplication(access),
		rights: presentRights(access),
		shared: access.shared,
		current,
		versions: await versionRows(db, id),
		annotations: access.may.readAnnotations ? await annotationRows(db, id) : []
	};
}
