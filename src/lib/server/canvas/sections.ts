/**
 * The sections of a project canvas, in the order the holders fill them: what each asks (labels and
 * help in `messages/canvas.ts`), how long it may be, and whether it is a list (one item a line:
 * what the project offers to others and what it needs, read by the synergies). A version's
 * `content` maps every section to its text (`canvas_versions.content`).
 */
import { z } from 'zod';
import { desc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { canvasVersions } from '../db/schema.ts';

export const CANVAS_SECTIONS = [
	'problem',
	'qvtEffects',
	'technology',
	'social',
	'partners',
	'offers',
	'needs',
	'milestones',
	'risks'
] as const;
export type CanvasSection = (typeof CANVAS_SECTIONS)[number];

export function isCanvasSection(v: unknown): v is CanvasSection {
	return typeof v === 'string' && (CANVAS_SECTIONS as readonly string[]).includes(v);
}

/** The sections that are lists, one item a line. */
export const LIST_SECTIONS: readonly CanvasSection[] = ['offers', 'needs'];

/** Longest text of a section, in characters (a list: all its lines together). */
export const SECTION_MAX_LENGTH: Record<CanvasSection, number> = {
	problem: 4000,
	qvtEffects: 4000,
	technology: 4000,
	social: 4000,
	partners: 2000,
	offers: 2000,
	needs: 2000,
	milestones: 3000,
	risks: 3000
};

/** Most items of a list section, and the longest item. */
export const LIST_MAX_ITEMS = 20;
export const LIST_ITEM_MAX_LENGTH = 200;

/** The longest annotation, in characters. */
export const ANNOTATION_MAX_LENGTH = 3000;

export type CanvasContent = Record<CanvasSection, string>;

export function emptyContent(): CanvasContent {
	return Object.fromEntries(CANVAS_SECTIONS.map((s) => [s, ''])) as CanvasContent;
}

/** Line endings made `\n`, trailing spaces of each line and blank edges removed. */
export function normaliseText(v: string): string {
	return v
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((l) => l.replace(/\s+$/u, ''))
		.join('\n')
		.trim();
}

/** A list section's items: one a line, a leading dash or bullet dropped, blank lines skipped. */
export function listItems(text: string): string[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((l) => l.replace(/^\s*(?:[-*•–]\s+)?/u, '').trim())
		.filter((l) => l.length > 0);
}

/** A stored version's content, read defensively (unknown keys dropped, missing ones empty). */
export function readContent(raw: unknown): CanvasContent {
	const out = emptyContent();
	if (raw && typeof raw === 'object') {
		for (const s of CANVAS_SECTIONS) {
			const v = (raw as Record<string, unknown>)[s];
			if (typeof v === 'string') out[s] = v;
		}
	}
	return out;
}

function sectionSchema(section: CanvasSection) {
	const text = z
		.string({ error: `canvas.error.text.${section}` })
		.transform(normaliseText)
		.pipe(z.string().max(SECTION_MAX_LENGTH[section], { error: `canvas.error.length.${section}` }))
		.default('');
	if (!LIST_SECTIONS.includes(section)) return text;
	return text
		.refine((v) => listItems(v).length <= LIST_MAX_ITEMS, {
			error: `canvas.error.items.${section}`
		})
		.refine((v) => listItems(v).every((i) => i.length <= LIST_ITEM_MAX_LENGTH), {
			error: `canvas.error.item.${section}`
		});
}

const sectionsShape = Object.fromEntries(
	CANVAS_SECTIONS.map((s) => [s, sectionSchema(s)])
) as Record<CanvasSection, ReturnType<typeof sectionSchema>>;

/** The sections' texts as a holder sends them (a missing section is saved empty). */
export const canvasSectionsInput = z.object(sectionsShape).meta({
	description:
		'Le texte de chaque rubrique. `offers` et `needs` : une ligne par élément (20 au plus, ' +
		'200 caractères chacun).'
});

/** A save: the version it started from and the new texts. */
export const canvasSaveInput = z.object({
	base: z.coerce
		.number({ error: 'canvas.error.base' })
		.int({ error: 'canvas.error.base' })
		.min(0, { error: 'canvas.error.base' })
		.meta({
			description:
				'Numéro de la version dont le client est parti (0 pour la première) ; si une autre ' +
				'version a été enregistrée depuis, 409 et rien n’est enregistré.'
		}),
	sections: canvasSectionsInput
});
export type CanvasSaveInput = z.input<typeof canvasSaveInput>;

export const annotationInput = z.object({
	version: z.coerce
		.number({ error: 'canvas.error.version' })
		.int({ error: 'canvas.error.version' })
		.min(1, { error: 'canvas.error.version' })
		.meta({ description: 'Numéro de la version annotée.' }),
	section: z.enum(CANVAS_SECTIONS, { error: 'canvas.error.section' }),
	body: z
		.string({ error: 'canvas.error.annotationBody' })
		.trim()
		.min(1, { error: 'canvas.error.annotationBody' })
		.max(ANNOTATION_MAX_LENGTH, { error: 'canvas.error.annotationLength' })
});
export type AnnotationInput = z.input<typeof annotationInput>;

export const shareInput = z.object({
	shared: z.boolean({ error: 'canvas.error.shared' }).meta({
		description: 'Vrai : les porteur·ses des autres projets présélectionnés de l’appel le lisent.'
	})
});
export type ShareInput = z.input<typeof shareInput>;

/** All the text of a canvas, sections joined (for text similarity). */
export function contentText(c: CanvasContent): string {
	return CANVAS_SECTIONS.map((s) => c[s])
		.filter((v) => v.length > 0)
		.join('\n\n');
}

export type SynergyCanvas = { offers: string[]; needs: string[]; text: string };

/**
 * The latest version of each of these applications' canvases (those without one are left out):
 * what it offers, what it needs (one item a line), and all its text. One query whatever the
 * number of applications.
 */
export async function canvasesForSynergies(
	db: DbOrTx,
	applicationIds: string[]
): Promise<Map<string, SynergyCanvas>> {
	const out = new Map<string, SynergyCanvas>();
	if (applicationIds.length === 0) return out;
	const rows = await db
		.selectDistinctOn([canvasVersions.applicationId], {
			applicationId: canvasVersions.applicationId,
			content: canvasVersions.content
		})
		.from(canvasVersions)
		.where(inArray(canvasVersions.applicationId, [...new Set(applicationIds)]))
		.orderBy(canvasVersions.applicationId, desc(canvasVersions.number));
	for (const r of rows) {
		const c = readContent(r.content);
		out.set(r.applicationId, {
			offers: listItems(c.offers),
			needs: listItems(c.needs),
			text: contentText(c)
		});
	}
	return out;
}
