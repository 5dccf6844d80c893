/** Inputs of the shortlist decisions, their notification and the jury's discussion (Zod). */
import { z } from 'zod';
import {
	APPLICATION_STATUSES,
	DECISION_STATUSES,
	REASON_MAX_LENGTH
} from '../applications/status.ts';

export const decisionInput = z.object({
	decision: z.enum(DECISION_STATUSES, { error: 'decisions.error.decision' }).meta({
		description: '`shortlisted`, `waitlisted` ou `not_shortlisted`.'
	}),
	reason: z
		.string({ error: 'applicationStatus.error.reasonRequired' })
		.max(REASON_MAX_LENGTH, { error: 'applicationStatus.error.reasonLength' })
		.meta({ description: 'Le motif de la décision (obligatoire), communiqué aux porteur·ses.' }),
	from: z.enum(APPLICATION_STATUSES, { error: 'applicationStatus.error.unknown' }).meta({
		description: 'Statut que le client a vu ; s’il a changé entre-temps, 409 et rien ne change.'
	})
});
export type DecisionInput = z.input<typeof decisionInput>;

export const notifyInput = z.object({
	dryRun: z
		.boolean({ error: 'decisions.error.dryRun' })
		.optional()
		.meta({ description: 'Vrai : ne rien envoyer, seulement compter.' })
});
export type NotifyInput = z.input<typeof notifyInput>;

export const DISCUSSION_MAX_LENGTH = 5000;

export const discussionInput = z.object({
	body: z
		.string({ error: 'decisions.discussion.error.body' })
		.trim()
		.min(1, { error: 'decisions.discussion.error.body' })
		.max(DISCUSSION_MAX_LENGTH, { error: 'decisions.discussion.error.length' })
});
export type DiscussionInput = z.input<typeof discussionInput>;
