/**
 * Input of the applications domain, shared by the holder's and the team's pages and the REST API.
 * Messages are i18n keys (`applications.error.…`), translated at the edge. The answers themselves
 * are checked against the application's form version by the use cases (`validateAnswers`), not
 * here: a schema cannot know the form.
 */
import { z } from 'zod';
import { parseInput } from '../programmes/schemas.ts';
import { APPLICATION_STATUSES, REASON_MAX_LENGTH } from './status.ts';
import { ORGANISATION_TYPES } from './organisation.ts';
import { screeningApiQuery } from './screening.ts';

export { parseInput };

export const TITLE_MAX_LENGTH = 200;

const answersField = z
	.record(z.string(), z.unknown(), { error: 'formAnswer.notAnObject' })
	.meta({ description: 'Réponses par clé de question (voir le formulaire de l’appel).' });

const titleField = z
	.string({ error: 'applications.error.title' })
	.trim()
	.max(TITLE_MAX_LENGTH, 'applications.error.title');

/**
 * A new draft. The organisation, when given, is checked with `organisationInput` by the use case
 * (so that its errors come under `organisation.<field>`).
 */
export const startInput = z.object({
	title: titleField.optional(),
	organisation: z
		.record(z.string(), z.unknown(), { error: 'applications.error.organisation' })
		.optional()
		.meta({ description: 'Profil de la structure (voir `OrganisationInput`).' }),
	answers: answersField.optional()
});
export type StartInput = z.input<typeof startInput>;

/**
 * A draft save. `revision` is the revision the client started from: when given and no longer the
 * stored one, the save is refused (409) and nothing changes. API clients may leave it out to
 * save unconditionally; the pages always send it.
 */
export const saveDraftInput = z.object({
	title: titleField.optional(),
	answers: answersField,
	revision: z
		.number({ error: 'applications.error.revision' })
		.int('applications.error.revision')
		.min(0, 'applications.error.revision')
		.optional()
		.meta({ description: 'Révision lue ; si elle n’est plus la dernière, 409 et rien ne change.' })
});
export type SaveDraftInput = z.input<typeof saveDraftInput>;

const reasonField = z
	.string({ error: 'applicationStatus.error.reasonRequired' })
	.max(REASON_MAX_LENGTH, 'applicationStatus.error.reasonLength');

export const withdrawInput = z.object({ reason: reasonField });
export type WithdrawInput = z.input<typeof withdrawInput>;

export const transitionInput = z.object({
	to: z.enum(APPLICATION_STATUSES, { error: 'applicationStatus.error.unknown' }),
	reason: reasonField.optional(),
	from: z.enum(APPLICATION_STATUSES, { error: 'applicationStatus.error.unknown' }).optional().meta({
		description:
			'Statut que le client a vu ; s’il a changé entre-temps, 409 et rien ne change (sinon la transition part du statut actuel).'
	})
});
export type TransitionInput = z.input<typeof transitionInput>;

export const extensionInput = z.object({
	until: z.coerce.date({ error: 'applications.error.extension' }),
	reason: reasonField.optional()
});
export type ExtensionInput = z.input<typeof extensionInput>;

export const invitationInput = z.object({
	email: z.preprocess(
		(v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
		z.email({ error: 'applications.error.inviteEmail' })
	)
});
export type InvitationInput = z.input<typeof invitationInput>;

export const applicationListQuery = z.object({
	call: z.uuid({ error: 'applications.error.callFilter' }).optional().meta({
		description: 'Identifiant (UUID) de l’appel.'
	}),
	status: z.enum(APPLICATION_STATUSES, { error: 'applications.error.statusFilter' }).optional(),
	region: z
		.string()
		.regex(/^\d{2}$/, 'applications.error.regionFilter')
		.optional()
		.meta({ description: 'Code INSEE de la région de la structure.' }),
	type: z
		.enum(ORGANISATION_TYPES, { error: 'applications.error.typeFilter' })
		.optional()
		.meta({ description: 'Type de structure.' }),
	q: z
		.string()
		.trim()
		.max(200, 'applications.error.query')
		.optional()
		.meta({ description: 'Recherche plein texte en français (titre, réponses, structure).' }),
	typology: screeningApiQuery.shape.typology,
	theme: screeningApiQuery.shape.theme,
	flagged: screeningApiQuery.shape.flagged
});
export type ApplicationListQuery = z.output<typeof applicationListQuery>;
