import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { canvasVersions, projectCanvases } from '../db/schema.ts';
import { Conflict } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { assertMayEdit, loadCanvasAccess } from './policy.ts';
import { versionRow, type VersionView } from './queries.ts';
import { CANVAS_SECTIONS, canvasSaveInput, type CanvasSaveInput } from './sections.ts';

/**
 * A holder saves the canvas: a new version, numbered one more than the current one; no version is
 * ever changed. `base` names the version the holder started from: if another save happened
 * meanwhile, `Conflict` and nothing is saved (the form keeps the text). Audited.
 */
export async function saveCanvas(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	applicationId: string,
	input: CanvasSaveInput
): Promise<VersionView> {
	const access = await loadCanvasAccess(svc.db, actor, applicationId);
	assertMayEdit(access);
	const { base, sections } = parseInput(canvasSaveInput, input);
	const app = access.app;
	const number = base + 1;
	await svc.db.transaction(async (tx) => {
		await tx.insert(projectCanvases).values({ applicationId: app.id }).onConflictDoNothing();
		// Takes the canvas's row lock: a concurrent save from the same base waits, then finds the
		// number moved on.
		const moved = await tx
			.update(projectCanvases)
			.set({ currentVersion: number, updatedAt: sql`now()` })
			.where(
				and(eq(projectCanvases.applicationId, app.id), eq(projectCanvases.currentVersion, base))
			)
			.returning({ applicationId: projectCanvases.applicationId });
		if (moved.length === 0) throw new Conflict('canvas.error.stale');
		await tx.insert(canvasVersions).values({
			applicationId: app.id,
			number,
			content: sections,
			authorId: access.actor.userId
		});
		await audit(tx, access.actor, {
			action: 'canvas.saved',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			after: {
				version: number,
				lengths: Object.fromEntries(CANVAS_SECTIONS.map((s) => [s, sections[s].length]))
			}
		});
	});
	const saved = await versionRow(svc.db, app.id, number);
	if (!saved) throw new Conflict('canvas.error.stale');
	return saved;
}
