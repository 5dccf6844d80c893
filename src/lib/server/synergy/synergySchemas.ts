/** What the team decides about a synergy between two projects, as forms and the API send it. */
import { z } from 'zod';

export const SYNERGY_DECISIONS = ['dismissed', 'cooperation', 'merger'] as const;
export type SynergyDecision = (typeof SYNERGY_DECISIONS)[number];
export const SYNERGY_KINDS = ['similar', 'complementary'] as const;
export type SynergyKind = (typeof SYNERGY_KINDS)[number];

export const NOTE_MAX = 2000;

export const synergyDecisionInput = z.object({
	a: z
		.uuid({ error: 'synergies.error.project' })
		.meta({ description: 'Un des deux projets (UUID).' }),
	b: z.uuid({ error: 'synergies.error.project' }).meta({ description: 'L’autre projet (UUID).' }),
	kind: z
		.enum(SYNERGY_KINDS, { error: 'synergies.error.kind' })
		.meta({ description: 'Le genre de la suggestion : `similar` ou `complementary`.' }),
	decision: z.enum(SYNERGY_DECISIONS, { error: 'synergies.error.decision' }).meta({
		description:
			'`dismissed` (écartée), `cooperation` (les deux projets continuent, liés) ou `merger` ' +
			'(un projet continue avec les deux équipes).'
	}),
	continuingId: z
		.uuid({ error: 'synergies.error.continuing' })
		.optional()
		.meta({ description: 'Pour une fusion : le projet qui continue (a ou b).' }),
	note: z
		.string({ error: 'synergies.error.note' })
		.trim()
		.max(NOTE_MAX, 'synergies.error.noteLength')
		.default('')
		.meta({ description: 'Pourquoi (obligatoire pour une fusion : il est dit aux porteur·ses).' })
});
export type SynergyDecisionInput = z.input<typeof synergyDecisionInput>;
