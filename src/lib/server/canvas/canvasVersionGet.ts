import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { loadCanvasAccess } from './policy.ts';
import {
	presentApplication,
	presentRights,
	type CanvasApplication,
	type CanvasRights
} from './presenters.ts';
import { annotationRows, versionRow, type AnnotationView, type VersionView } from './queries.ts';

export type CanvasVersionPage = {
	application: CanvasApplication;
	rights: CanvasRights;
	version: VersionView;
	/** The latest version's number. */
	currentVersion: number;
	/** The annotations of this version (empty for who may not read them). */
	annotations: AnnotationView[];
};

/** One version of the canvas, as it was saved, with its annotations; an unknown number: `NotFound`. */
export async function getCanvasVersion(
	db: DbOrTx,
	actor: Actor,
	applicationId: string,
	number: number
): Promise<CanvasVersionPage> {
	const access = await loadCanvasAccess(db, actor, applicationId);
	const version =
		Number.isInteger(number) && number > 0 ? await versionRow(db, access.app.id, number) : null;
	if (!version) throw new NotFound();
	return {
		application: presentApplication(access),
		rights: presentRights(access),
		version,
		currentVersion: access.currentVersion,
		annotations: access.may.readAnnotations
			? await annotationRows(db, access.app.id, version.number)
			: []
	};
}
