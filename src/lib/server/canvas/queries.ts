/** The SQL of the canvas domain: versions (newest first), one version, annotations. */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { canvasAnnotations, canvasVersions, users } from '../db/schema.ts';
import {
	isCanvasSection,
	readContent,
	type CanvasContent,
	type CanvasSection
} from './sections.ts';

export type VersionSummary = { number: number; authorName: string; createdAt: Date };
export type VersionView = VersionSummary & { content: CanvasContent };
export type AnnotationView = {
	id: string;
	versionNumber: number;
	section: CanvasSection;
	body: string;
	authorName: string;
	createdAt: Date;
};

/** Every version of the canvas, newest first (without their content). */
export async function versionRows(db: DbOrTx, applicationId: string): Promise<VersionSummary[]> {
	const rows = await db
		.select({
			number: canvasVersions.number,
			authorName: users.name,
			createdAt: canvasVersions.createdAt
		})
		.from(canvasVersions)
		.leftJoin(users, eq(users.id, canvasVersions.authorId))
		.where(eq(canvasVersions.applicationId, applicationId))
		.orderBy(desc(canvasVersions.number));
	return rows.map((r) => ({ ...r, authorName: r.authorName ?? '' }));
}

/** One version with its content, or null. */
export async function versionRow(
	db: DbOrTx,
	applicationId: string,
	number: number
): Promise<VersionView | null> {
	const [row] = await db
		.select({
			number: canvasVersions.number,
			content: canvasVersions.content,
			authorName: users.name,
			createdAt: canvasVersions.createdAt
		})
		.from(canvasVersions)
		.leftJoin(users, eq(users.id, canvasVersions.authorId))
		.where(and(eq(canvasVersions.applicationId, applicationId), eq(canvasVersions.number, number)));
	if (!row) return null;
	return {
		number: row.number,
		content: readContent(row.content),
		authorName: row.authorName ?? '',
		createdAt: row.createdAt
	};
}

/** The annotations of the canvas (of one version, or all), oldest first. */
export async function annotationRows(
	db: DbOrTx,
	applicationId: string,
	versionNumber?: number
): Promise<AnnotationView[]> {
	const rows = await db
		.select({
			id: canvasAnnotations.id,
			versionNumber: canvasAnnotations.versionNumber,
			section: canvasAnnotations.section,
			body: canvasAnnotations.body,
			authorName: users.name,
			createdAt: canvasAnnotations.createdAt
		})
		.from(canvasAnnotations)
		.leftJoin(users, eq(users.id, canvasAnnotations.authorId))
		.where(
			versionNumber === undefined
				? eq(canvasAnnotations.applicationId, applicationId)
				: and(
						eq(canvasAnnotations.applicationId, applicationId),
						eq(canvasAnnotations.versionNumber, versionNumber)
					)
		)
		.orderBy(asc(canvasAnnotations.createdAt), asc(canvasAnnotations.id));
	return rows
		.filter((r) => isCanvasSection(r.section))
		.map((r) => ({
			...r,
			section: r.section as CanvasSection,
			authorName: r.authorName ?? ''
		}));
}
