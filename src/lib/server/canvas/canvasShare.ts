import { eq, sql } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { projectCanvases } from '../db/schema.ts';
import { parseInput } from '../programmes/schemas.ts';
import { assertMayShare, loadCanvasAccess } from './policy.ts';
import { shareInput, type ShareInput } from './sections.ts';

/**
 * The team shares the canvas with the holders of the call's other projects in the session (or
 * stops sharing it). Audited when it changes.
 */
export async function shareCanvas(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	applicationId: string,
	input: ShareInput
): Promise<{ shared: boolean }> {
	const access = await loadCanvasAccess(svc.db, actor, applicationId);
	assertMayShare(access);
	const { shared } = parseInput(shareInput, input);
	const app = access.app;
	await svc.db.transaction(async (tx) => {
		const [before] = await tx
			.insert(projectCanvases)
			.values({ applicationId: app.id })
			.onConflictDoUpdate({
				target: projectCanvases.applicationId,
				set: { updatedAt: sql`${projectCanvases.updatedAt}` }
			})
			.returning({ shared: projectCanvases.shared });
		if (before.shared === shared) return;
		await tx
			.update(projectCanvases)
			.set({ shared, updatedAt: sql`now()` })
			.where(eq(projectCanvases.applicationId, app.id));
		await audit(tx, access.actor, {
			action: shared ? 'canvas.shared' : 'canvas.unshared',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			before: { shared: before.shared },
			after: { shared }
		});
	});
	return { shared };
}
