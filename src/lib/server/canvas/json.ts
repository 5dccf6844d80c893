/** JSON shapes of the canvas API: dates as ISO 8601. */
import type { AnnotationView, VersionSummary, VersionView } from './queries.ts';

export const summaryJson = (v: VersionSummary) => ({
	number: v.number,
	authorName: v.authorName,
	createdAt: v.createdAt.toISOString()
});

export const versionJson = (v: VersionView) => ({ ...summaryJson(v), content: v.content });

export const annotationJson = (a: AnnotationView) => ({
	...a,
	createdAt: a.createdAt.toISOString()
});
