/**
 * A call with its jury and applications for the tests of bids and conflicts of interest: one jury
 * member per automatic source of conflict (and two in conflict with nothing), applications in
 * every state that matters, another call with its own juror. Rows are inserted directly (no use
 * case, no audit), jury members already accepted.
 */
import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '#lib/server/db/client.ts';
import type { UserActor } from '#lib/server/accounts/actor.ts';
import type { FormDefinition } from '#lib/server/calls/form/definition.ts';
import {
	applicationMembers,
	applications,
	juryMembers,
	organisations
} from '#lib/server/db/schema.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser,
	TEST_FORM
} from './factories.ts';
import { addMember, insertPartner } from './opinionsSetup.ts';

const unique = () => randomBytes(3).toString('hex');

/** The test form with QVCT themes and a typology. */
export const JURY_FORM: FormDefinition = {
	sections: [
		...TEST_FORM.sections,
		{
			key: 'classement',
			title: { fr: 'Classement', en: 'Classification' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'themes',
					kind: 'qvct_themes',
					label: { fr: 'Thèmes QVCT', en: 'QWL themes' },
					help: { fr: '', en: '' },
					required: false
				},
				{
					key: 'typologie',
					kind: 'typology',
					label: { fr: 'Type de projet', en: 'Kind of project' },
					help: { fr: '', en: '' },
					required: false
				}
			]
		}
	]
};

export async function insertJuryMember(
	db: DbOrTx,
	callId: string,
	user: { id: string; email: string }
): Promise<string> {
	const [row] = await db
		.insert(juryMembers)
		.values({ callId, email: user.email, userId: user.id, acceptedAt: new Date() })
		.returning({ id: juryMembers.id });
	return row.id;
}

export async function insertApplication(
	db: DbOrTx,
	call: { callId: string; formVersionId: string },
	input: {
		title: string;
		status?: string;
		holders: { id: string }[];
		website?: string | null;
		organisationName?: string;
		partnerId?: string | null;
		answers?: Record<string, unknown>;
	}
): Promise<string> {
	const [org] = await db
		.insert(organisations)
		.values({
			legalName: input.organisationName ?? `Structure ${unique()}`,
			type: 'association',
			headcountBand: '10-49',
			postalCode: '35000',
			regionCode: '53',
			website: input.website ?? null
		})
		.returning({ id: organisations.id });
	const [app] = await db
		.insert(applications)
		.values({
			callId: call.callId,
			formVersionId: call.formVersionId,
			organisationId: org.id,
			reference: `TEST-${unique()}-${unique()}`,
			title: input.title,
			status: input.status ?? 'eligible',
			answers: input.answers ?? { resume: `Résumé de « ${input.title} ».` },
			submittedAt: input.status === 'draft' ? null : new Date(),
			partnerId: input.partnerId ?? null,
			sourcing: input.partnerId ? 'declared' : null
		})
		.returning({ id: applications.id });
	let first = true;
	for (const h of input.holders) {
		await db
			.insert(applicationMembers)
			.values({ applicationId: app.id, userId: h.id, role: first ? 'owner' : 'coholder' });
		first = false;
	}
	return app.id;
}

export type JuryScenario = Awaited<ReturnType<typeof juryScenario>>;

export async function juryScenario(db: DbOrTx) {
	const programme = await createTestProgramme(db, { name: 'Transformateur numérique' });
	const cycle = await createTestCycle(db, programme.id);
	const { call, form } = await createTestCall(db, programme.id, cycle.id, {
		definition: JURY_FORM
	});
	const other = await createTestCall(db, programme.id, cycle.id, { definition: JURY_FORM });
	const ref = { callId: call.id, formVersionId: form.id };
	const otherRef = { callId: other.call.id, formVersionId: other.form.id };

	const teamUser = await createUser(db, { roles: [{ role: 'team', programmeId: programme.id }] });
	const partner = await insertPartner(db, programme.id, { regionCodes: ['53'] });

	const juror = async (email: string, name: string) => {
		const user = await createUser(db, { email, name, roles: [{ role: 'jury' }] });
		return { user, memberId: await insertJuryMember(db, call.id, user) };
	};
	const holderJuror = await juror(`camille-${unique()}@libre-conseil.fr`, 'Camille Porteuse');
	const domainJuror = await juror(`dom-${unique()}@asso-alpha.fr`, 'Dominique Alpha');
	const orgJuror = await juror(`yann-${unique()}@structure-beta.org`, 'Yann Beta');
	const partnerJuror = await juror(`paz-${unique()}@aract-test.fr`, 'Paz Aract');
	await addMember(db, partnerJuror.user.id, partner);
	const webmailJuror = await juror(`zoe-${unique()}@gmail.com`, 'Zoé Webmail');
	const cleanJuror = await juror(`lou-${unique()}@independant.fr`, 'Lou Indépendant');

	const holderA = await createUser(db, { name: 'Alice Porteuse' });
	const holderAlpha = await createUser(db, {
		email: `direction-${unique()}@asso-alpha.fr`,
		name: 'Bea Alpha'
	});
	const holderGmail = await createUser(db, {
		email: `porteur-${unique()}@gmail.com`,
		name: 'Gaby Gmail'
	});

	const apps = {
		/** Held by the holder juror (with a co-holder). */
		held: await insertApplication(db, ref, {
			title: 'Baromètre de la charge de travail',
			holders: [holderA, holderJuror.user],
			answers: {
				resume: 'Un baromètre participatif.',
				themes: ['sante_travail', 'dialogue_social'],
				typologie: ['evaluation_charge_travail']
			}
		}),
		/** A holder shares the domain juror's e-mail domain. */
		alpha: await insertApplication(db, ref, {
			title: 'Coopérative du télétravail',
			holders: [holderAlpha],
			organisationName: 'Association Alpha'
		}),
		/** The organisation's website is the org juror's domain. */
		beta: await insertApplication(db, ref, {
			title: 'Atelier des métiers',
			holders: [holderA],
			website: 'https://www.structure-beta.org/projet'
		}),
		/** Attributed to the partner the partner juror belongs to. */
		referred: await insertApplication(db, ref, {
			title: 'Réseau des aidants',
			holders: [holderA],
			partnerId: partner.id
		}),
		/** A gmail holder (the gmail juror is not in conflict with it). */
		gmail: await insertApplication(db, ref, {
			title: 'Plateforme de parole',
			holders: [holderGmail],
			organisationName: 'SCOP Parole',
			status: 'under_review'
		}),
		/** Would conflict with the domain juror, but is a draft. */
		draft: await insertApplication(db, ref, {
			title: 'Brouillon Alpha',
			status: 'draft',
			holders: [holderAlpha]
		}),
		/** Would conflict with the org juror, but is withdrawn. */
		withdrawn: await insertApplication(db, ref, {
			title: 'Retirée Beta',
			status: 'withdrawn',
			holders: [holderA],
			website: 'structure-beta.org'
		}),
		/** Submitted, not yet eligible: not offered for bids. */
		submitted: await insertApplication(db, ref, {
			title: 'Déposée seulement',
			status: 'submitted',
			holders: [holderA]
		}),
		/** Another call's. */
		otherCall: await insertApplication(db, otherRef, {
			title: 'Candidature d’un autre appel',
			holders: [holderA]
		})
	};
	const otherJurorUser = await createUser(db, {
		name: 'Juré Autre Appel',
		roles: [{ role: 'jury' }]
	});
	await insertJuryMember(db, other.call.id, otherJurorUser);
	const partnerOnly = await createUser(db, { name: 'Partenaire seul' });
	await addMember(db, partnerOnly.id, partner);

	return {
		programmeId: programme.id,
		callId: call.id,
		otherCallId: other.call.id,
		partner,
		apps,
		team: await actorFor(db, teamUser.id),
		jurors: {
			holder: holderJuror,
			domain: domainJuror,
			org: orgJuror,
			partner: partnerJuror,
			webmail: webmailJuror,
			clean: cleanJuror
		},
		actors: {
			holder: await actorFor(db, holderJuror.user.id),
			domain: await actorFor(db, domainJuror.user.id),
			org: await actorFor(db, orgJuror.user.id),
			partner: await actorFor(db, partnerJuror.user.id),
			webmail: await actorFor(db, webmailJuror.user.id),
			clean: await actorFor(db, cleanJuror.user.id),
			otherCallJuror: await actorFor(db, otherJurorUser.id),
			applicant: await actorFor(db, holderA.id),
			partnerOnly: await actorFor(db, partnerOnly.id)
		} satisfies Record<string, UserActor>
	};
}
