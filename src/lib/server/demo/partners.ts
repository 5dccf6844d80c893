/**
 * The demo's regional partners: one per region (the Aract network; the Anact's regional
 * delegation where no Aract exists), the demo account « aract-bretagne@ » a member of « Aract
 * Bretagne », and a few Bretagne prospects with their contacts and two invitations sent. Fictitious
 * organisations and people; addresses on the transformateur.test domain; no e-mail queued.
 *
 * Seeded with the demo, and on its own on a demo already seeded before partners existed: nothing
 * happens when the programme already has partners (a second process racing the first finds them,
 * or loses the insert of the first partner, and stops).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { anonymous } from '../accounts/actor.ts';
import { hashSecret, newSecret } from '../accounts/tokens.ts';
import { audit } from '../audit/log.ts';
import type { Db, DbOrTx, Tx } from '../db/client.ts';
import {
	calls,
	partners,
	programmes,
	prospectContacts,
	prospects,
	referrals,
	roleAssignments,
	users
} from '../db/schema.ts';
import { toParisDateInput } from '../../i18n/format.ts';
import type { OrganisationType } from '../applications/organisation.ts';
import type { ProspectChannel } from '../sourcing/partnerSchemas.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';

/** One partner per region, by INSEE code. */
export const DEMO_PARTNERS: readonly { region: string; name: string; contact: string }[] = [
	{ region: '01', name: 'Aract Guadeloupe', contact: 'guadeloupe' },
	{ region: '02', name: 'Aract Martinique', contact: 'martinique' },
	{ region: '03', name: 'Anact — délégation Guyane', contact: 'guyane' },
	{ region: '04', name: 'Aract La Réunion', contact: 'reunion' },
	{ region: '06', name: 'Anact — délégation Mayotte', contact: 'mayotte' },
	{ region: '11', name: 'Aract Île-de-France', contact: 'ile-de-france' },
	{ region: '24', name: 'Aract Centre-Val de Loire', contact: 'centre-val-de-loire' },
	{ region: '27', name: 'Aract Bourgogne-Franche-Comté', contact: 'bourgogne-franche-comte' },
	{ region: '28', name: 'Aract Normandie', contact: 'normandie' },
	{ region: '32', name: 'Aract Hauts-de-France', contact: 'hauts-de-france' },
	{ region: '44', name: 'Aract Grand Est', contact: 'grand-est' },
	{ region: '52', name: 'Aract Pays de la Loire', contact: 'pays-de-la-loire' },
	{ region: '53', name: 'Aract Bretagne', contact: 'bretagne' },
	{ region: '75', name: 'Aract Nouvelle-Aquitaine', contact: 'nouvelle-aquitaine' },
	{ region: '76', name: 'Aract Occitanie', contact: 'occitanie' },
	{ region: '84', name: 'Aract Auvergne-Rhône-Alpes', contact: 'auvergne-rhone-alpes' },
	{ region: '93', name: 'Aract Provence-Alpes-Côte d’Azur', contact: 'paca' },
	{ region: '94', name: 'Aract Corse', contact: 'corse' }
];

export const DEMO_PARTNER_NAME = 'Aract Bretagne';

const MEMBER = DEMO_ACCOUNTS.find((a) => a.role === 'regional_partner')!;

type DemoContact = { daysAgo: number; channel: ProspectChannel; summary: string };

type DemoProspect = {
	organisationName: string;
	contactName: string;
	email: string;
	phone: string;
	notes: string;
	channel: ProspectChannel;
	applicantType: OrganisationType | null;
	/** Days before the seeding. */
	firstContactDaysAgo: number;
	nextStep: string;
	/** Days after the seeding (negative: overdue). */
	nextStepInDays: number | null;
	contacts: DemoContact[];
	/** An invitation to apply was sent, that many days ago. */
	invitedDaysAgo?: number;
	invitationMessage?: string;
};

/** Bretagne's prospects: what Yann Le Gall, of Aract Bretagne, has been working on. */
export const DEMO_PROSPECTS: readonly DemoProspect[] = [
	{
		organisationName: 'Kerlabo — coopérative d’ergonomes',
		contactName: 'Soizic Le Bihan',
		email: 'soizic.lebihan@kerlabo.transformateur.test',
		phone: '02 99 41 27 63',
		notes:
			'Coopérative rennaise de douze ergonomes. Veut outiller une démarche participative d’évaluation de la charge de travail dans les PME du bâtiment (charge prescrite, réelle, ressentie).',
		channel: 'event',
		applicantType: 'association',
		firstContactDaysAgo: 34,
		nextStep: 'Relire le brouillon de candidature avec elle',
		nextStepInDays: 4,
		contacts: [
			{
				daysAgo: 34,
				channel: 'event',
				summary:
					'Rencontrée au forum QVCT de Rennes : projet d’outil participatif d’évaluation de la charge de travail.'
			},
			{
				daysAgo: 20,
				channel: 'meeting',
				summary:
					'Rendez-vous dans leurs locaux : prototype papier testé dans deux entreprises, partenariat envisagé avec l’université Rennes 2.'
			},
			{
				daysAgo: 9,
				channel: 'phone',
				summary: 'Point téléphonique : elle commence sa candidature cette semaine.'
			}
		],
		invitedDaysAgo: 18,
		invitationMessage:
			'Comme convenu lors de notre rendez-vous, voici le lien pour candidater. Je reste disponible pour relire votre dossier.'
	},
	{
		organisationName: 'Ty Numérik',
		contactName: 'Maëlle Cadiou',
		email: 'maelle.cadiou@tynumerik.transformateur.test',
		phone: '06 72 18 45 90',
		notes:
			'Jeune start-up brestoise (4 personnes) : application de prévention des troubles musculo-squelettiques pour les conserveries. Prototype à accélérer.',
		channel: 'website',
		applicantType: 'startup',
		firstContactDaysAgo: 26,
		nextStep: 'Relancer si pas de candidature commencée',
		nextStepInDays: -2,
		contacts: [
			{
				daysAgo: 26,
				channel: 'email',
				summary:
					'Message reçu via le site de l’Aract : demande d’information sur l’appel à projets.'
			},
			{
				daysAgo: 15,
				channel: 'phone',
				summary:
					'Appel de présentation du programme ; le volet innovation sociale est à renforcer avec les salariés.'
			}
		],
		invitedDaysAgo: 14
	},
	{
		organisationName: 'Armor Logistique',
		contactName: 'Erwan Guillou',
		email: 'erwan.guillou@armor-logistique.transformateur.test',
		phone: '02 97 64 30 12',
		notes:
			'Transporteur lorientais de 140 salariés. Réflexion sur le droit à la déconnexion des chauffeurs et des exploitants (messagerie embarquée).',
		channel: 'network',
		applicantType: 'company',
		firstContactDaysAgo: 12,
		nextStep: 'Présenter le programme au comité social et économique',
		nextStepInDays: 9,
		contacts: [
			{
				daysAgo: 12,
				channel: 'meeting',
				summary:
					'Présenté par la CCI du Morbihan. Intéressé, souhaite associer les représentants du personnel avant de candidater.'
			}
		]
	},
	{
		organisationName: 'Groupement des artisans du Trégor',
		contactName: 'Yannick Le Roux',
		email: 'contact@artisans-tregor.transformateur.test',
		phone: '02 96 37 52 08',
		notes:
			'Organisation professionnelle (80 entreprises artisanales). Idée : une plateforme d’entraide pour le remplacement lors des absences.',
		channel: 'meeting',
		applicantType: 'professional_organisation',
		firstContactDaysAgo: 8,
		nextStep: 'Envoyer le cahier des charges de l’appel',
		nextStepInDays: 1,
		contacts: [
			{
				daysAgo: 8,
				channel: 'meeting',
				summary: 'Assemblée générale du groupement : présentation du Transformateur numérique.'
			}
		]
	},
	{
		organisationName: 'Syndicat mixte Brocéliande Numérique',
		contactName: 'Anne-Sophie Riou',
		email: 'as.riou@broceliande-numerique.transformateur.test',
		phone: '',
		notes:
			'Organisme public intercommunal : accompagnement du télétravail des agents de sept communes. À vérifier : éligibilité des organismes publics sur cet appel.',
		channel: 'phone',
		applicantType: 'public_body',
		firstContactDaysAgo: 6,
		nextStep: 'Vérifier l’éligibilité avec l’équipe du programme',
		nextStepInDays: 3,
		contacts: [
			{
				daysAgo: 6,
				channel: 'phone',
				summary: 'Appel entrant ; projet encore au stade de l’idée.'
			}
		]
	},
	{
		organisationName: 'Hélène Tanguy Conseil',
		contactName: 'Hélène Tanguy',
		email: 'helene.tanguy@htconseil.transformateur.test',
		phone: '07 81 22 94 36',
		notes:
			'Consultante indépendante en QVCT à Quimper : jeu sérieux sur la conduite du changement numérique pour les managers de proximité.',
		channel: 'network',
		applicantType: 'freelancer',
		firstContactDaysAgo: 41,
		nextStep: '',
		nextStepInDays: null,
		contacts: [
			{
				daysAgo: 41,
				channel: 'event',
				summary: 'Rencontrée au club RH de Cornouaille.'
			},
			{
				daysAgo: 30,
				channel: 'email',
				summary: 'Préfère attendre la prochaine promotion : son prototype ne sera pas prêt à temps.'
			}
		]
	},
	{
		organisationName: 'Conserverie Penn Ar Bed',
		contactName: 'Gwénola Kerhervé',
		email: '',
		phone: '02 98 92 16 75',
		notes:
			'Conserverie familiale de Douarnenez (60 salariés), horaires saisonniers. Contact par la DRH ; adresse e-mail à demander.',
		channel: 'phone',
		applicantType: null,
		firstContactDaysAgo: 3,
		nextStep: 'Obtenir une adresse e-mail pour l’invitation',
		nextStepInDays: 5,
		contacts: []
	}
];

const DAY = 24 * 3600 * 1000;
const daysFrom = (now: Date, days: number) =>
	toParisDateInput(new Date(now.getTime() + days * DAY));

async function programmeBySlug(db: DbOrTx, slug: string): Promise<string | null> {
	const [row] = await db
		.select({ id: programmes.id })
		.from(programmes)
		.where(eq(programmes.slug, slug));
	return row?.id ?? null;
}

/** The programme's call open at `now`, if any. */
async function openCallOf(tx: Tx, programmeId: string, now: Date) {
	const [row] = await tx
		.select({ id: calls.id, closesAt: calls.closesAt })
		.from(calls)
		.where(
			and(
				eq(calls.programmeId, programmeId),
				eq(calls.status, 'published'),
				sql`(${calls.opensAt} is null or ${calls.opensAt} <= ${now})`,
				sql`(${calls.closesAt} is null or ${calls.closesAt} > ${now})`
			)
		)
		.limit(1);
	return row ?? null;
}

/**
 * The partners of the demo programme, with their member and Bretagne's prospects, inside the
 * caller's transaction, unless the programme already has partners. Returns whether it seeded.
 */
export async function seedDemoPartners(tx: Tx, programmeId: string, now: Date): Promise<boolean> {
	const [existing] = await tx
		.select({ id: partners.id })
		.from(partners)
		.where(eq(partners.programmeId, programmeId))
		.limit(1);
	if (existing) return false;

	const ids = new Map<string, string>();
	for (const p of DEMO_PARTNERS) {
		const [row] = await tx
			.insert(partners)
			.values({
				programmeId,
				name: p.name,
				regionCodes: [p.region],
				contactEmail: `contact.${p.contact}@aract.transformateur.test`
			})
			.onConflictDoNothing()
			.returning({ id: partners.id });
		if (!row) return false;
		ids.set(p.region, row.id);
		await audit(tx, anonymous, {
			action: 'partner.create',
			entityType: 'partner',
			entityId: row.id,
			programmeId,
			after: {
				name: p.name,
				regionCodes: [p.region],
				contactEmail: `contact.${p.contact}@aract.transformateur.test`,
				archived: false
			}
		});
	}
	const bretagne = ids.get('53')!;

	// The demo regional partner: a member of Aract Bretagne instead of a region granted by hand.
	const [member] = await tx
		.select({ id: users.id })
		.from(users)
		.where(eq(sql`lower(${users.email})`, MEMBER.email));
	if (member) {
		await tx
			.delete(roleAssignments)
			.where(
				and(
					eq(roleAssignments.userId, member.id),
					eq(roleAssignments.programmeId, programmeId),
					eq(roleAssignments.role, 'regional_partner'),
					isNull(roleAssignments.partnerId)
				)
			);
		const [grant] = await tx
			.insert(roleAssignments)
			.values({
				userId: member.id,
				programmeId,
				role: 'regional_partner',
				regionCode: '53',
				partnerId: bretagne
			})
			.onConflictDoNothing()
			.returning();
		if (grant) {
			await audit(tx, anonymous, {
				action: 'role.granted',
				entityType: 'role_assignment',
				entityId: grant.id,
				programmeId,
				after: {
					userId: member.id,
					role: 'regional_partner',
					programmeId,
					regionCode: '53',
					partnerId: bretagne
				}
			});
		}
	}

	const call = await openCallOf(tx, programmeId, now);
	for (const d of DEMO_PROSPECTS) {
		const createdAt = new Date(now.getTime() - d.firstContactDaysAgo * DAY);
		const [row] = await tx
			.insert(prospects)
			.values({
				partnerId: bretagne,
				programmeId,
				callId: call?.id ?? null,
				organisationName: d.organisationName,
				contactName: d.contactName,
				email: d.email,
				phone: d.phone,
				notes: d.notes,
				channel: d.channel,
				regionCode: '53',
				applicantType: d.applicantType,
				firstContactOn: daysFrom(now, -d.firstContactDaysAgo),
				nextStep: d.nextStep,
				nextStepOn: d.nextStepInDays === null ? null : daysFrom(now, d.nextStepInDays),
				createdBy: member?.id ?? null,
				createdAt,
				updatedAt: createdAt
			})
			.returning({ id: prospects.id });
		await audit(tx, anonymous, {
			action: 'prospect.create',
			entityType: 'prospect',
			entityId: row.id,
			programmeId,
			after: { partnerId: bretagne, organisationName: d.organisationName, regionCode: '53' }
		});
		for (const c of d.contacts) {
			await tx.insert(prospectContacts).values({
				prospectId: row.id,
				on: daysFrom(now, -c.daysAgo),
				channel: c.channel,
				summary: c.summary,
				authorId: member?.id ?? null,
				createdAt: new Date(now.getTime() - c.daysAgo * DAY)
			});
		}
		if (d.invitedDaysAgo !== undefined && call && d.email) {
			const sentAt = new Date(now.getTime() - d.invitedDaysAgo * DAY);
			const [ref] = await tx
				.insert(referrals)
				.values({
					prospectId: row.id,
					partnerId: bretagne,
					callId: call.id,
					email: d.email,
					// Nobody holds the link of a demo invitation: its token is thrown away.
					tokenHash: hashSecret(newSecret()),
					message: d.invitationMessage ?? '',
					expiresAt: call.closesAt ?? new Date(sentAt.getTime() + 90 * DAY),
					sentBy: member?.id ?? null,
					createdAt: sentAt
				})
				.returning({ id: referrals.id });
			await audit(tx, anonymous, {
				action: 'referral.send',
				entityType: 'prospect',
				entityId: row.id,
				programmeId,
				after: { referralId: ref.id, email: d.email, callId: call.id }
			});
		}
	}
	return true;
}

/**
 * On a demo seeded before partners existed: seeds them on their own, once. Returns whether it did.
 */
export async function ensureDemoPartners(
	db: Db,
	programmeSlug: string,
	now: Date = new Date()
): Promise<boolean> {
	const programmeId = await programmeBySlug(db, programmeSlug);
	if (!programmeId) return false;
	const [existing] = await db
		.select({ id: partners.id })
		.from(partners)
		.where(eq(partners.programmeId, programmeId))
		.limit(1);
	if (existing) return false;
	return db.transaction((tx) => seedDemoPartners(tx, programmeId, now));
}
