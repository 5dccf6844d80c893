/**
 * Inputs of the jury's assignment, shared by the pages and the REST API. Messages are i18n keys
 * (`assignments.error.…`), translated at the edge.
 */
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const applyAssignmentInput = z.object({
	expectedFingerprint: z.preprocess(
		emptyToUndefined,
		z
			.string({ error: 'assignments.error.fingerprint' })
			.regex(/^[0-9a-f]{32}$/, 'assignments.error.fingerprint')
			.optional()
			.meta({
				description:
					'L’empreinte de l’aperçu (`fingerprint`) : si l’affectation calculée a changé depuis, ' +
					'rien n’est écrit (409).'
			})
	)
});
export type ApplyAssignmentInput = z.input<typeof applyAssignmentInput>;

export const manualAssignmentInput = z.object({
	juryMemberId: z
		.uuid({ error: 'assignments.error.member' })
		.meta({ description: 'Le membre du jury (UUID), de cet appel.' }),
	applicationId: z
		.uuid({ error: 'assignments.error.application' })
		.meta({ description: 'La candidature (UUID), de cet appel, recevable ou en évaluation.' }),
	locked: z
		.boolean({ error: 'assignments.error.locked' })
		.optional()
		.meta({ description: 'Verrouiller l’affectation (gardée par tout nouveau calcul).' })
});
export type ManualAssignmentInput = z.input<typeof manualAssignmentInput>;

export const swapAssignmentInput = z.object({
	juryMemberId: z
		.uuid({ error: 'assignments.error.member' })
		.meta({ description: 'Le membre du jury (UUID) qui reprend l’évaluation.' })
});
export type SwapAssignmentInput = z.input<typeof swapAssignmentInput>;

export const lockAssignmentInput = z.object({
	locked: z
		.boolean({ error: 'assignments.error.locked' })
		.meta({ description: '`true` pour verrouiller, `false` pour déverrouiller.' })
});
export type LockAssignmentInput = z.input<typeof lockAssignmentInput>;
