import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { canvasAnnotations } from '../db/schema.ts';
import { Invalid } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { assertMayAnnotate, loadCanvasAccess } from './policy.ts';
import type { AnnotationView } from './queries.ts';
import { annotationInput, type AnnotationInput } from './sections.ts';

/**
 * The team or an expert annotates a section of a version of the canvas (1–3000 characters);
 * audited. An unknown version: `Invalid`.
 */
export async function addAnnotation(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	applicationId: string,
	input: AnnotationInput
): Promise<AnnotationView> {
	const access = await loadCanvasAccess(svc.db, actor, applicationId);
	assertMayAnnotate(access);
	const { version, section, body } = parseInput(annotationInput, input);
	if (version > access.currentVersion) {
		throw new Invalid('canvas.error.version', { version: ['canvas.error.version'] });
	}
	const app = access.app;
	return svc.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(canvasAnnotations)
			.values({
				applicationId: app.id,
				versionNumber: version,
				section,
				body,
				authorId: access.actor.userId
			})
			.returning();
		await audit(tx, access.actor, {
			action: 'canvas.annotated',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			after: { annotationId: row.id, version, section, role: access.role, length: body.length }
		});
		return {
			id: row.id,
			versionNumber: row.versionNumber,
			section,
			body: row.body,
			authorName: access.actor.name,
			createdAt: row.createdAt
		};
	});
}
