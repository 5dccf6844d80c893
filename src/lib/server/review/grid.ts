/**
 * A call's evaluation grid: weighted criteria, each with its scale (1–4 by default, plus « non
 * concerné » when allowed), guidance for the jury in French and English and, by default, a required
 * comment. Pure: the schema shared by the back-office form and the REST API, the default grid of
 * PRODUCT.md, and the weighted total of a review's scores.
 */
import { z } from 'zod';
import { slugify } from '../programmes/schemas.ts';

export const GRID_MAX_CRITERIA = 12;
export const DEFAULT_SCALE = { min: 1, max: 4 } as const;
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Scale = { min: number; max: number };
export type Criterion = {
	/** Stable identifier of the criterion (scores are stored under it). */
	key: string;
	label: { fr: string; en: string };
	guidance: { fr: string; en: string };
	/** Relative weight (any positive number; only ratios matter). */
	weight: number;
	scale: Scale;
	allowNotApplicable: boolean;
	commentRequired: boolean;
};
export type Grid = Criterion[];

const text = (max: number, message: string) =>
	z.string({ error: message }).trim().max(max, message);

const scaleBound = z.coerce
	.number({ error: 'jury.grid.error.scaleNumber' })
	.int('jury.grid.error.scaleNumber')
	.min(0, 'jury.grid.error.scaleNumber')
	.max(100, 'jury.grid.error.scaleNumber');

/** One criterion as sent (the key may be left out: it is made from the French label). */
export const criterionInput = z
	.object({
		key: z
			.string()
			.trim()
			.max(40, 'jury.grid.error.key')
			.regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'jury.grid.error.key')
			.optional(),
		label: z.object({
			fr: text(120, 'jury.grid.error.labelFr').min(1, 'jury.grid.error.labelFr'),
			en: text(120, 'jury.grid.error.labelEn').default('')
		}),
		guidance: z
			.object({
				fr: text(2000, 'jury.grid.error.guidance').default(''),
				en: text(2000, 'jury.grid.error.guidance').default('')
			})
			.default({ fr: '', en: '' }),
		weight: z.coerce
			.number({ error: 'jury.grid.error.weight' })
			.positive('jury.grid.error.weight')
			.max(100, 'jury.grid.error.weight'),
		scale: z
			.object({ min: scaleBound, max: scaleBound })
			.default({ ...DEFAULT_SCALE })
			.refine((s) => s.min < s.max, { message: 'jury.grid.error.scaleOrder', path: ['max'] }),
		allowNotApplicable: z.boolean().default(true),
		commentRequired: z.boolean().default(true)
	})
	.meta({ description: 'Un critère de la grille.' });

export type CriterionInput = z.input<typeof criterionInput>;

/** A whole grid: 1 to 12 criteria, keys unique (missing ones derived from the French label). */
export const gridInput = z.object({
	criteria: z
		.array(criterionInput, { error: 'jury.grid.error.count' })
		.min(1, 'jury.grid.error.count')
		.max(GRID_MAX_CRITERIA, 'jury.grid.error.count')
		.transform((list) => withKeys(list))
		.superRefine((list, ctx) => {
			const seen = new Set<string>();
			list.forEach((c, i) => {
				if (seen.has(c.key)) {
					ctx.addIssue({
						code: 'custom',
						message: 'jury.grid.error.keyDuplicate',
						path: [i, 'key']
					});
				}
				seen.add(c.key);
			});
		})
});
export type GridInput = z.input<typeof gridInput>;

type ParsedCriterion = z.output<typeof criterionInput>;

/** Gives each criterion without a key one made from its French label, unique within the grid. */
function withKeys(list: ParsedCriterion[]): Criterion[] {
	const given = new Set(list.map((c) => c.key).filter((k): k is string => Boolean(k)));
	return list.map((c) => {
		let key = c.key || '';
		if (!key) {
			const base = slugify(c.label.fr).slice(0, 32).replace(/-+$/, '') || 'critere';
			key = base;
			for (let n = 2; given.has(key); n++) key = `${base}-${n}`;
			given.add(key);
		}
		return { ...c, key };
	});
}

/** A grid stored in the database, read back (anything malformed is dropped, never trusted). */
export function readGrid(raw: unknown): Grid {
	if (!Array.isArray(raw) || raw.length === 0) return [];
	const parsed = gridInput.safeParse({ criteria: raw });
	return parsed.success ? parsed.data.criteria : [];
}

const c = (
	key: string,
	fr: string,
	en: string,
	guidanceFr: string,
	guidanceEn: string,
	weight: number
): Criterion => ({
	key,
	label: { fr, en },
	guidance: { fr: guidanceFr, en: guidanceEn },
	weight,
	scale: { ...DEFAULT_SCALE },
	allowNotApplicable: true,
	commentRequired: true
});

/** The usual criteria of FACT and similar calls (PRODUCT.md), on the 1–4 scale. */
export function defaultGrid(): Grid {
	return [
		c(
			'impact-qvt',
			'Impact QVT attendu',
			'Expected QVT impact',
			'Le projet améliore-t-il concrètement la qualité de vie et les conditions de travail ? Les effets attendus sont-ils décrits, mesurables et à la hauteur des enjeux ?',
			'Does the project concretely improve the quality of working life and working conditions? Are the expected effects described, measurable and equal to the stakes?',
			2
		),
		c(
			'demarche-participative',
			'Démarche participative et dialogue social',
			'Participatory approach and social dialogue',
			'Les salariés et leurs représentants sont-ils associés dès la conception ? Le dialogue social est-il organisé tout au long du projet ?',
			'Are employees and their representatives involved from the design stage? Is social dialogue organised throughout the project?',
			2
		),
		c(
			'innovation-technologique',
			'Innovation technologique',
			'Technological innovation',
			'La solution numérique est-elle nouvelle pour la structure ou son secteur ? Son usage est-il pensé avec celles et ceux qui l’utiliseront ?',
			'Is the digital solution new to the organisation or its sector? Is its use designed with the people who will use it?',
			1
		),
		c(
			'innovation-sociale',
			'Innovation sociale',
			'Social innovation',
			'Le projet transforme-t-il l’organisation du travail, le management ou les coopérations de façon originale ?',
			'Does the project change work organisation, management or cooperation in an original way?',
			1
		),
		c(
			'faisabilite',
			'Faisabilité et viabilité économique',
			'Feasibility and economic viability',
			'Le calendrier, le budget, les moyens humains et le pilotage sont-ils réalistes ? Le projet peut-il durer au-delà du financement ?',
			'Are the schedule, budget, staffing and steering realistic? Can the project last beyond the funding?',
			1
		),
		c(
			'transferabilite',
			'Transférabilité et diffusion',
			'Transferability and dissemination',
			'Les enseignements pourront-ils être capitalisés et diffusés ? La démarche est-elle reproductible par d’autres structures ?',
			'Can the lessons be captured and shared? Could other organisations reproduce the approach?',
			1
		)
	];
}

/** A score given on one criterion: a number on its scale, or « non concerné ». */
export type Score = number | 'na' | null | undefined;

/**
 * The weighted mean of the scores over the applicable criteria, each score first brought to [0, 1]
 * on its own criterion's scale: 0 when every applicable criterion is at its minimum, 1 at its
 * maximum. A criterion not scored (missing, null) or « non concerné » does not count; null when no
 * criterion counts. A score outside its criterion's scale is a bug of the caller (`RangeError`).
 */
export function weightedTotal(grid: Grid, scores: Record<string, Score>): number | null {
	let sum = 0;
	let weights = 0;
	for (const criterion of grid) {
		const s = scores[criterion.key];
		if (s === undefined || s === null || s === 'na') continue;
		const { min, max } = criterion.scale;
		if (!Number.isFinite(s) || s < min || s > max) {
			throw new RangeError(`score ${s} hors de l’échelle ${min}–${max} (${criterion.key})`);
		}
		sum += criterion.weight * ((s - min) / (max - min));
		weights += criterion.weight;
	}
	return weights > 0 ? sum / weights : null;
}

/** The weighted total expressed on a scale (by default 1–4), for display next to raw scores. */
export function weightedTotalOnScale(
	grid: Grid,
	scores: Record<string, Score>,
	scale: Scale = DEFAULT_SCALE
): number | null {
	const t = weightedTotal(grid, scores);
	return t === null ? null : scale.min + t * (scale.max - scale.min);
}
