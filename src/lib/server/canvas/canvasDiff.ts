import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { Invalid, NotFound } from '../errors.ts';
import { diffContent, type SectionDiff } from './diff.ts';
import { loadCanvasAccess } from './policy.ts';
import { presentApplication, type CanvasApplication } from './presenters.ts';
import { versionRow, versionRows, type VersionSummary } from './queries.ts';

export type CanvasDiffView = {
	application: CanvasApplication;
	from: VersionSummary;
	to: VersionSummary;
	sections: SectionDiff[];
	/** Every version, newest first (to choose another pair). */
	versions: VersionSummary[];
};

function versionNumber(v: unknown, field: string): number {
	const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
	if (!Number.isInteger(n) || n < 1) {
		throw new Invalid('canvas.error.compareVersion', { [field]: ['canvas.error.compareVersion'] });
	}
	return n;
}

/**
 * What changed from version `from` to version `to` (either order; the same version twice shows
 * no change), section by section. A number that is not a version: `Invalid`; unknown: `NotFound`.
 */
export async function diffCanvasVersions(
	db: DbOrTx,
	actor: Actor,
	applicationId: string,
	fromRaw: unknown,
	toRaw: unknown
): Promise<CanvasDiffView> {
	const access = await loadCanvasAccess(db, actor, applicationId);
	const fromN = versionNumber(fromRaw, 'from');
	const toN = versionNumber(toRaw, 'to');
	const [from, to] = [
		await versionRow(db, access.app.id, fromN),
		await versionRow(db, access.app.id, toN)
	];
	if (!from || !to) throw new NotFound();
	const summary = (v: typeof from): VersionSummary => ({
		number: v.number,
		authorName: v.authorName,
		createdAt: v.createdAt
	});
	return {
		application: presentApplication(access),
		from: summary(from),
		to: summary(to),
		sections: diffContent(from.content, to.content),
		versions: await versionRows(db, access.app.id)
	};
}
