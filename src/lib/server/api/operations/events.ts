/**
 * REST operations of the selection session issue (events); spread into `operations` (../operations.ts).
 * Sessions of a cycle, their agenda, participants, invitations and attendance are the programme
 * team's (anyone else: 404); an invited participant reads their invitation and replies.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { parseInput } from '../../programmes/schemas.ts';
import {
	attendanceInput,
	ATTENDANCES,
	eventInput,
	eventUpdate,
	EVENT_KINDS,
	EVENT_STATUSES,
	PARTICIPANT_ROLES,
	participantsInput,
	replyInput,
	RESPONSES,
	sendInput,
	SLOT_KINDS,
	slotInput
} from '../../events/schemas.ts';

const TAG = 'Sessions';
const instant = z.iso.datetime({ offset: true });
const id = z.uuid();
const TEAM_ONLY =
	'Réservé à l’équipe du programme de la promotion ; 404 pour toute autre personne.';

const cycleId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de la promotion.' })
});
const eventId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de la session.' })
});
const slotRef = eventId.extend({
	slotId: z.uuid().meta({ description: 'Identifiant du créneau.' })
});
const participantRef = eventId.extend({
	participantId: z.uuid().meta({ description: 'Identifiant du ou de la participant·e.' })
});

const eventView = z
	.strictObject({
		id,
		cycleId: id,
		kind: z.enum(EVENT_KINDS),
		title: z.string(),
		description: z.string().meta({ description: 'Markdown.' }),
		startsAt: instant,
		endsAt: instant,
		place: z.string(),
		videoUrl: z.string(),
		capacity: z.number().int().nullable(),
		status: z.enum(EVENT_STATUSES),
		icsSequence: z.number().int().meta({ description: 'SEQUENCE des fichiers calendrier envoyés.' })
	})
	.meta({ description: 'Une session de la promotion.' });

const eventSummaryView = z.strictObject({
	id,
	kind: z.enum(EVENT_KINDS),
	title: z.string(),
	status: z.enum(EVENT_STATUSES),
	startsAt: instant,
	endsAt: instant,
	place: z.string(),
	videoUrl: z.string(),
	capacity: z.number().int().nullable(),
	participants: z.number().int(),
	attending: z.number().int(),
	people: z.number().int().meta({ description: 'Personnes attendues (tailles des groupes).' })
});

const slotView = z.strictObject({
	id,
	kind: z.enum(SLOT_KINDS),
	title: z.string(),
	startsAt: instant,
	endsAt: instant,
	room: z.string(),
	applicationId: id.nullable(),
	project: z.string()
});

const participantView = z.strictObject({
	id,
	userId: id.nullable(),
	email: z.string(),
	name: z.string(),
	role: z.enum(PARTICIPANT_ROLES),
	applicationId: id.nullable(),
	project: z.string(),
	invitedAt: instant.nullable(),
	response: z.enum(RESPONSES),
	partySize: z.number().int(),
	note: z.string(),
	respondedAt: instant.nullable(),
	attendance: z.enum(ATTENDANCES).nullable(),
	reminderSentAt: instant.nullable()
});

const countsView = z.strictObject({
	invited: z.number().int(),
	notInvited: z.number().int(),
	pending: z.number().int(),
	attending: z.number().int(),
	declined: z.number().int(),
	people: z.number().int(),
	present: z.number().int(),
	absent: z.number().int(),
	capacity: z.number().int().nullable(),
	overCapacity: z.boolean()
});

const invitationView = z.strictObject({
	event: z.strictObject({
		id,
		title: z.string(),
		kind: z.enum(EVENT_KINDS),
		description: z.string(),
		startsAt: instant,
		endsAt: instant,
		place: z.string(),
		videoUrl: z.string(),
		status: z.enum(EVENT_STATUSES)
	}),
	reply: z.strictObject({
		role: z.enum(PARTICIPANT_ROLES),
		response: z.enum(RESPONSES),
		partySize: z.number().int(),
		note: z.string(),
		respondedAt: instant.nullable()
	}),
	slots: z.array(slotView.extend({ mine: z.boolean() })),
	open: z.boolean().meta({ description: 'La réponse peut encore changer (avant le début).' })
});

const addResult = z.strictObject({
	added: z.number().int(),
	already: z.number().int().meta({ description: 'Déjà sur la liste : pas ajouté·es deux fois.' })
});

const changeResult = z.strictObject({
	event: eventView,
	emails: z.number().int().meta({ description: 'E-mails envoyés aux personnes convoquées.' })
});

const removedView = z.strictObject({ removed: z.literal(true) });

const parse = <S extends z.ZodType>(schema: S, raw: unknown) => parseInput(schema, raw ?? {});

export const eventsOperations = {
	listCycleEvents: defineOperation({
		id: 'listCycleEvents',
		method: 'GET',
		path: '/cycles/{id}/events',
		tag: TAG,
		summary: 'Les sessions d’une promotion (équipe)',
		description: TEAM_ONLY,
		access: 'user',
		scope: 'programmes:read',
		params: cycleId,
		response: {
			status: 200,
			name: 'EventList',
			description: 'Les sessions, de la plus proche à la plus lointaine.',
			schema: z.strictObject({ items: z.array(eventSummaryView) })
		}
	}),

	createEvent: defineOperation({
		id: 'createEvent',
		method: 'POST',
		path: '/cycles/{id}/events',
		tag: TAG,
		summary: 'Créer une session (équipe)',
		description:
			'Brouillon : personne n’est prévenu avant l’envoi des convocations. Dates en heure de ' +
			'Paris (`AAAA-MM-JJTHH:MM`) ou ISO 8601 avec décalage. ' +
			TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: cycleId,
		body: { name: 'EventInput', schema: eventInput, parse },
		response: { status: 201, name: 'Event', description: 'La session créée.', schema: eventView }
	}),

	getEvent: defineOperation({
		id: 'getEvent',
		method: 'GET',
		path: '/events/{id}',
		tag: TAG,
		summary: 'Une session, son programme, ses participant·es et leurs réponses (équipe)',
		description: TEAM_ONLY,
		access: 'user',
		scope: 'programmes:read',
		params: eventId,
		response: {
			status: 200,
			name: 'EventDetail',
			description: 'La session.',
			schema: z.strictObject({
				event: eventView,
				slots: z.array(slotView),
				participants: z.array(participantView),
				counts: countsView
			})
		}
	}),

	updateEvent: defineOperation({
		id: 'updateEvent',
		method: 'PATCH',
		path: '/events/{id}',
		tag: TAG,
		summary: 'Modifier une session (équipe)',
		description:
			'Seuls les champs envoyés changent. Si la session est publiée et que ses dates, son lieu ou ' +
			'son lien changent, la SEQUENCE du calendrier augmente et chaque personne convoquée reçoit ' +
			'un e-mail avec le fichier `.ics` à jour. 409 pour une session annulée. ' +
			TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: eventId,
		body: { name: 'EventUpdate', schema: eventUpdate, parse, patch: true },
		response: {
			status: 200,
			name: 'EventChange',
			description: 'La session et les e-mails envoyés.',
			schema: changeResult
		},
		errors: [409]
	}),

	cancelEvent: defineOperation({
		id: 'cancelEvent',
		method: 'POST',
		path: '/events/{id}/cancel',
		tag: TAG,
		summary: 'Annuler une session (équipe)',
		description:
			'Chaque personne convoquée reçoit un e-mail avec un fichier `.ics` METHOD:CANCEL. 409 si ' +
			'elle est déjà annulée. ' +
			TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: eventId,
		response: {
			status: 200,
			name: 'EventChange',
			description: 'La session et les e-mails envoyés.',
			schema: changeResult
		},
		errors: [409]
	}),

	addEventSlot: defineOperation({
		id: 'addEventSlot',
		method: 'POST',
		path: '/events/{id}/slots',
		tag: TAG,
		summary: 'Ajouter un créneau au programme (équipe)',
		description:
			'Le créneau se tient pendant la session ; un pitch présente un projet présélectionné de la ' +
			'promotion et ne chevauche aucun autre pitch (422 sinon). ' +
			TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: eventId,
		body: { name: 'EventSlotInput', schema: slotInput, parse },
		response: { status: 201, name: 'EventSlot', description: 'Le créneau.', schema: slotView },
		errors: [409]
	}),

	updateEventSlot: defineOperation({
		id: 'updateEventSlot',
		method: 'PUT',
		path: '/events/{id}/slots/{slotId}',
		tag: TAG,
		summary: 'Modifier un créneau (équipe)',
		description: TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: slotRef,
		body: { name: 'EventSlotInput', schema: slotInput, parse },
		response: { status: 200, name: 'EventSlot', description: 'Le créneau.', schema: slotView },
		errors: [409]
	}),

	removeEventSlot: defineOperation({
		id: 'removeEventSlot',
		method: 'DELETE',
		path: '/events/{id}/slots/{slotId}',
		tag: TAG,
		summary: 'Retirer un créneau (équipe)',
		description: TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: slotRef,
		response: {
			status: 200,
			name: 'EventItemRemoved',
			description: 'Retiré.',
			schema: removedView
		}
	}),

	addEventParticipants: defineOperation({
		id: 'addEventParticipants',
		method: 'POST',
		path: '/events/{id}/participants',
		tag: TAG,
		summary: 'Ajouter des participant·es par adresse e-mail (équipe)',
		description:
			'Une adresse déjà sur la liste n’est pas ajoutée deux fois ; une adresse qui a un compte y ' +
			'est liée. Personne n’est prévenu avant l’envoi des convocations. ' +
			TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: eventId,
		body: { name: 'EventParticipantsInput', schema: participantsInput, parse },
		response: {
			status: 200,
			name: 'EventParticipantsAdded',
			description: 'Ajouts.',
			schema: addResult
		},
		errors: [409]
	}),

	addShortlistedHolders: defineOperation({
		id: 'addShortlistedHolders',
		method: 'POST',
		path: '/events/{id}/participants/shortlisted-holders',
		tag: TAG,
		summary: 'Convoquer les porteur·ses des projets présélectionnés (équipe)',
		description:
			'Ajoute chaque porteur·se (et co-porteur·se) de chaque projet présélectionné des appels de ' +
			'la promotion. ' +
			TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: eventId,
		response: {
			status: 200,
			name: 'EventParticipantsAdded',
			description: 'Ajouts.',
			schema: addResult
		},
		errors: [409]
	}),

	addEventJury: defineOperation({
		id: 'addEventJury',
		method: 'POST',
		path: '/events/{id}/participants/jury',
		tag: TAG,
		summary: 'Ajouter le jury des appels de la promotion (équipe)',
		description: 'Les membres du jury qui ont accepté (et n’ont pas été retirés). ' + TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: eventId,
		response: {
			status: 200,
			name: 'EventParticipantsAdded',
			description: 'Ajouts.',
			schema: addResult
		},
		errors: [409]
	}),

	removeEventParticipant: defineOperation({
		id: 'removeEventParticipant',
		method: 'DELETE',
		path: '/events/{id}/participants/{participantId}',
		tag: TAG,
		summary: 'Retirer un·e participant·e (équipe)',
		description: TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: participantRef,
		response: {
			status: 200,
			name: 'EventItemRemoved',
			description: 'Retiré.',
			schema: removedView
		}
	}),

	sendEventInvitations: defineOperation({
		id: 'sendEventInvitations',
		method: 'POST',
		path: '/events/{id}/invitations',
		tag: TAG,
		summary: 'Envoyer les convocations (équipe)',
		description:
			'Chaque participant·e pas encore convoqué·e reçoit un e-mail dans sa langue, avec son lien ' +
			'personnel de réponse et un fichier `.ics` (METHOD:REQUEST) ; un·e porteur·se y lit son ' +
			'créneau de pitch. Le premier envoi publie la session. `dryRun: true` compte sans envoyer. ' +
			'409 si tout le monde est déjà convoqué, ou si la session est annulée. ' +
			TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: eventId,
		body: { name: 'EventInvitationsInput', schema: sendInput, parse },
		response: {
			status: 200,
			name: 'EventInvitationsResult',
			description: 'Qui reçoit (ou recevrait) quoi.',
			schema: z.strictObject({
				dryRun: z.boolean(),
				byRole: z.record(z.enum(PARTICIPANT_ROLES), z.number().int()),
				withSlot: z.number().int(),
				alreadyInvited: z.number().int(),
				emails: z.number().int()
			})
		},
		errors: [409]
	}),

	recordEventAttendance: defineOperation({
		id: 'recordEventAttendance',
		method: 'PUT',
		path: '/events/{id}/attendance',
		tag: TAG,
		summary: 'Relever les présences le jour de la session (équipe)',
		description:
			'`attendance` : identifiant du ou de la participant·e → `present`, `absent` ou `` (non ' +
			'relevé). Les autres ne changent pas. ' +
			TEAM_ONLY,
		access: 'user',
		scope: 'programmes:write',
		params: eventId,
		body: { name: 'EventAttendanceInput', schema: attendanceInput, parse },
		response: {
			status: 200,
			name: 'EventAttendance',
			description: 'Les totaux.',
			schema: z.strictObject({
				present: z.number().int(),
				absent: z.number().int(),
				unrecorded: z.number().int()
			})
		},
		errors: [409]
	}),

	getMyEventInvitation: defineOperation({
		id: 'getMyEventInvitation',
		method: 'GET',
		path: '/events/{id}/invitation',
		tag: TAG,
		summary: 'Ma convocation à une session',
		description:
			'Pour une personne convoquée (par son compte ou son adresse e-mail) : la session, son ' +
			'programme (`mine` : son propre pitch) et sa réponse. 404 pour toute autre personne.',
		access: 'user',
		scope: null,
		params: eventId,
		response: {
			status: 200,
			name: 'EventInvitation',
			description: 'La convocation.',
			schema: invitationView
		}
	}),

	replyToEvent: defineOperation({
		id: 'replyToEvent',
		method: 'POST',
		path: '/events/{id}/reply',
		tag: TAG,
		summary: 'Répondre à ma convocation',
		description:
			'`attending` (avec `partySize`, 1 à 20) ou `declined`, et une note. Modifiable jusqu’au ' +
			'début de la session (409 ensuite, ou si elle est annulée). 404 pour une personne non ' +
			'convoquée.',
		access: 'user',
		scope: null,
		params: eventId,
		body: { name: 'EventReply', schema: replyInput, parse },
		response: {
			status: 200,
			name: 'EventInvitation',
			description: 'La convocation, avec la réponse.',
			schema: invitationView
		},
		errors: [409]
	})
};
