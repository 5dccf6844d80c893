/**
 * Regional partners reading applications, and regional opinions, on each backend. A partner reads
 * (never writes) the applications past the draft stage of its regions and those attributed to it,
 * never another region's nor a draft: use cases, lists and attachment downloads agree. Its members
 * give and update their partner's opinion; another partner neither reads nor writes it; the jury
 * reads opinions only when the call allows it; holders never. Bad input: French field errors,
 * nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser,
	testOrganisation,
	TEST_FORM
} from '../../../../tests/helpers/factories.ts';
import {
	createMember,
	insertPartner,
	insertReferral,
	type TestPartner
} from '../../../../tests/helpers/opinionsSetup.ts';
import type { UserActor } from '../accounts/actor.ts';
import { queryAuditLog } from '../audit/log.ts';
import type { FormDefinition } from '../calls/form/definition.ts';
import { updateCall } from '../calls/updateCall.ts';
import { applications, regionalOpinions, reviewConflicts } from '../db/schema.ts';
import { insertJuryMember } from '../../../../tests/helpers/conflictsSetup.ts';
import { insertAssignment } from '../../../../tests/helpers/reviewsSetup.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { translateMessage, translator } from '../../i18n/index.ts';
import * as samples from '../storage/testing/samples.ts';
import {
	addAttachment,
	getApplication,
	getAttachmentFile,
	listApplications,
	saveDraft,
	saveOrganisation,
	startApplication,
	submitApplication,
	transitionApplication,
	withdrawApplication
} from '../applications/index.ts';
import { applicationForm } from '../applications/forPages.ts';
import { mayReadApplication } from '../applications/policy.ts';
import { declarePartner } from './attribution.ts';
import { startReferredApplication } from './referralLink.ts';
import { listRegionalOpinions } from './opinionList.ts';
import { mayReadRegionalOpinions } from './opinionPolicy.ts';
import { saveRegionalOpinion } from './opinionSave.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const fr = translator('fr');
const RESUME = { resume: 'Un baromètre participatif de la charge de travail.' };
const OPINION = 'Structure suivie depuis 2024, projet solide et bien ancré chez les salariés.';

/** The test form with a file question. */
const FILE_FORM: FormDefinition = {
	sections: [
		...TEST_FORM.sections,
		{
			key: 'pieces',
			title: { fr: 'Pièces jointes', en: 'Attachments' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'presentation',
					kind: 'file',
					label: { fr: 'Présentation du projet', en: 'Project presentation' },
					help: { fr: '', en: '' },
					required: false
				}
			]
		}
	]
};

describe.each(backends)('partners read applications; regional opinions (%s)', (backend) => {
	let t: TestDatabase;
	let programmeId: string;
	let callId: string;
	let team: UserActor;
	let jury: UserActor;
	let bretagne: TestPartner;
	let normandie: TestPartner;
	let bretagneMember: UserActor;
	let normandieMember: UserActor;
	/** Member of both partners. */
	let both: UserActor;
	let holder: UserActor;
	let referredHolder: UserActor;
	/** Submitted, in Bretagne (Rennes), with a PDF. */
	let inBretagne: { id: string; attachmentId: string };
	/** Submitted, in Normandie (Caen), with a PDF. */
	let inNormandie: { id: string; attachmentId: string };
	/** Submitted, in Normandie, started from Bretagne's referral link. */
	let referred: string;
	/** A draft in Bretagne. */
	let draft: string;

	const person = async () => actorFor(t.db, (await createUser(t.db)).id);
	const opinionRows = async (applicationId: string) =>
		t.db
			.select()
			.from(regionalOpinions)
			.where(eq(regionalOpinions.applicationId, applicationId))
			.orderBy(regionalOpinions.createdAt);

	async function submitted(who: UserActor, postalCode: string, title: string) {
		const app = await startApplication(t.services, who, callId, {
			title,
			organisation: testOrganisation({ postalCode }),
			answers: RESUME
		});
		const file = await addAttachment(t.services, who, app.id, {
			questionKey: 'presentation',
			fileName: 'presentation.pdf',
			bytes: samples.pdf()
		});
		await submitApplication(t.services, who, app.id);
		return { id: app.id, attachmentId: file.id };
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		programmeId = (await createTestProgramme(t.db, { name: 'Transformateur numérique' })).id;
		const cycleId = (await createTestCycle(t.db, programmeId)).id;
		callId = (await createTestCall(t.db, programmeId, cycleId, { definition: FILE_FORM })).call.id;
		team = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId }] })).id
		);
		jury = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'jury', programmeId }] })).id
		);
		bretagne = await insertPartner(t.db, programmeId, {
			name: 'Aract Bretagne',
			regionCodes: ['53']
		});
		normandie = await insertPartner(t.db, programmeId, {
			name: 'Aract Normandie',
			regionCodes: ['28']
		});
		bretagneMember = await createMember(t.db, bretagne);
		normandieMember = await createMember(t.db, normandie);
		both = await createMember(t.db, bretagne, normandie);
		holder = await person();
		referredHolder = await person();

		inBretagne = await submitted(holder, '35000', 'Projet breton');
		inNormandie = await submitted(await person(), '14000', 'Projet normand');
		const { token } = await insertReferral(t.db, bretagne, callId);
		referred = (await startReferredApplication(t.services, referredHolder, { token }))
			.applicationId;
		await saveDraft(t.services, referredHolder, referred, { title: 'Orienté', answers: RESUME });
		await saveOrganisation(
			t.services,
			referredHolder,
			referred,
			testOrganisation({ postalCode: '14000' })
		);
		await submitApplication(t.services, referredHolder, referred);
		draft = (
			await startApplication(t.services, await person(), callId, {
				title: 'Brouillon breton',
				organisation: testOrganisation({ postalCode: '35000' })
			})
		).id;
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('a partner reads its region’s and its referred applications, never another region’s nor a draft', async () => {
		const mine = await getApplication(t.db, bretagneMember, inBretagne.id);
		expect(mine).toMatchObject({ viewerRole: 'partner', allowedTransitions: [] });
		expect(mine.answers).toMatchObject(RESUME);
		// Referred by Bretagne, though in Normandie.
		expect((await getApplication(t.db, bretagneMember, referred)).attribution?.sourcing).toBe(
			'referral'
		);
		expect((await applicationForm(t.db, bretagneMember, inBretagne.id)).form.sections).toHaveLength(
			2
		);
		for (const id of [inNormandie.id, draft]) {
			expect(await rejection(getApplication(t.db, bretagneMember, id))).toBeInstanceOf(NotFound);
			expect(await rejection(applicationForm(t.db, bretagneMember, id))).toBeInstanceOf(NotFound);
		}
		// Normandie reads its two (the referred one through its region), not Bretagne's.
		await getApplication(t.db, normandieMember, inNormandie.id);
		await getApplication(t.db, normandieMember, referred);
		expect(await rejection(getApplication(t.db, normandieMember, inBretagne.id))).toBeInstanceOf(
			NotFound
		);

		// Attachments follow the same rule.
		const file = await getAttachmentFile(t.services, bretagneMember, inBretagne.attachmentId);
		expect(file.bytes).toEqual(samples.pdf());
		expect(
			await rejection(getAttachmentFile(t.services, bretagneMember, inNormandie.attachmentId))
		).toBeInstanceOf(NotFound);

		// The list: the same applications, newest first; the filters of the partner's page.
		const ids = async (actor: UserActor, opts = {}) =>
			(await listApplications(t.db, actor, opts)).items.map((a) => a.id);
		expect(await ids(bretagneMember)).toEqual([referred, inBretagne.id]);
		expect(await ids(bretagneMember, { asPartner: true, attributedTo: [bretagne.id] })).toEqual([
			referred
		]);
		expect(await ids(bretagneMember, { asPartner: true, region: '53' })).toEqual([inBretagne.id]);
		expect(await ids(normandieMember)).toEqual([referred, inNormandie.id]);
		const summary = (await listApplications(t.db, bretagneMember)).items[0];
		expect(summary.attribution).toEqual({
			partnerId: bretagne.id,
			partnerName: 'Aract Bretagne',
			sourcing: 'referral'
		});
		// The cursor of a page may not point at what the partner does not read.
		expect(
			await rejection(listApplications(t.db, bretagneMember, { after: inNormandie.id }))
		).toBeInstanceOf(Invalid);
		expect(await ids(bretagneMember, { after: referred })).toEqual([inBretagne.id]);
		// A partner who also holds an application: the page « as partner » leaves it out.
		const both2 = await createMember(t.db, normandie);
		const own = await startApplication(t.services, both2, callId, { title: 'À moi' });
		expect(await ids(both2)).toEqual([own.id, referred, inNormandie.id]);
		expect(await ids(both2, { asPartner: true })).toEqual([referred, inNormandie.id]);
		// Team and holders: unchanged.
		expect(await ids(team)).toHaveLength(5);
		expect(await ids(holder)).toEqual([inBretagne.id]);
		// The policy alone, as a token without the read scope sees it.
		expect(
			mayReadApplication(
				{ ...bretagneMember, scopes: ['sourcing:read'] },
				{
					programmeId,
					memberRole: null,
					status: 'submitted',
					regionCode: '53',
					partnerId: null
				}
			)
		).toBe(false);
	});

	it('partners never write', async () => {
		const before = await getApplication(t.db, team, inBretagne.id);
		const attempts: (() => Promise<unknown>)[] = [
			() =>
				saveDraft(t.services, bretagneMember, inBretagne.id, { answers: { resume: 'Réécrit.' } }),
			() => saveOrganisation(t.services, bretagneMember, inBretagne.id, testOrganisation()),
			() =>
				transitionApplication(t.services, bretagneMember, inBretagne.id, {
					to: 'eligible',
					reason: 'Je décide.'
				}),
			() => withdrawApplication(t.services, bretagneMember, inBretagne.id, { reason: 'Retirée.' }),
			() =>
				addAttachment(t.services, bretagneMember, inBretagne.id, {
					questionKey: 'presentation',
					fileName: 'x.pdf',
					bytes: samples.pdf()
				}),
			() =>
				declarePartner(t.services, bretagneMember, {
					applicationId: inBretagne.id,
					partnerId: bretagne.id
				})
		];
		for (const attempt of attempts) {
			expect(await rejection(attempt())).toBeInstanceOf(Forbidden);
		}
		// On a draft, it does not even exist.
		expect(
			await rejection(saveDraft(t.services, bretagneMember, draft, { answers: { resume: 'x' } }))
		).toBeInstanceOf(NotFound);
		const after = await getApplication(t.db, team, inBretagne.id);
		expect(after).toMatchObject({
			status: before.status,
			revision: before.revision,
			answers: before.answers,
			attribution: null,
			attachments: before.attachments
		});
	});

	it('members give and update their partner’s opinion; another partner neither reads nor writes it', async () => {
		const first = await saveRegionalOpinion(t.services, bretagneMember, {
			applicationId: referred,
			recommendation: 'support',
			text: OPINION
		});
		expect(first).toMatchObject({
			partnerId: bretagne.id,
			partnerName: 'Aract Bretagne',
			recommendation: 'support',
			text: OPINION,
			authorName: bretagneMember.name
		});
		const updated = await saveRegionalOpinion(t.services, bretagneMember, {
			applicationId: referred,
			recommendation: 'strong_support',
			text: `  ${OPINION} Accompagnement en cours.  `
		});
		expect(updated.id).toBe(first.id);
		expect(updated.text).toBe(`${OPINION} Accompagnement en cours.`);
		expect(await opinionRows(referred)).toHaveLength(1);
		const log = await queryAuditLog(t.db, { entityType: 'application', entityId: referred });
		expect(
			log.filter((e) => e.action.startsWith('regional_opinion.')).map((e) => e.action)
		).toEqual(['regional_opinion.update', 'regional_opinion.create']);

		// Normandie reads the referred application (its region) but not Bretagne's opinion.
		const seenByNormandie = await listRegionalOpinions(t.db, normandieMember, referred);
		expect(seenByNormandie).toEqual({
			opinions: [],
			writableAs: [{ partnerId: normandie.id, name: 'Aract Normandie' }]
		});
		await saveRegionalOpinion(t.services, normandieMember, {
			applicationId: referred,
			recommendation: 'reservations',
			text: 'Projet intéressant, mais le calendrier nous semble serré.'
		});
		expect((await listRegionalOpinions(t.db, normandieMember, referred)).opinions).toHaveLength(1);
		const seenByBretagne = await listRegionalOpinions(t.db, bretagneMember, referred);
		expect(seenByBretagne.opinions.map((o) => [o.partnerName, o.recommendation])).toEqual([
			['Aract Bretagne', 'strong_support']
		]);
		// The team reads both.
		expect(
			(await listRegionalOpinions(t.db, team, referred)).opinions.map((o) => o.partnerName)
		).toEqual(['Aract Bretagne', 'Aract Normandie']);

		// On an application of Bretagne only, Normandie can do nothing.
		expect(
			await rejection(listRegionalOpinions(t.db, normandieMember, inBretagne.id))
		).toBeInstanceOf(NotFound);
		expect(
			await rejection(
				saveRegionalOpinion(t.services, normandieMember, {
					applicationId: inBretagne.id,
					recommendation: 'against',
					text: OPINION
				})
			)
		).toBeInstanceOf(NotFound);
		// Nor may it speak for Bretagne, nor Bretagne on a draft.
		expect(
			await rejection(
				saveRegionalOpinion(t.services, normandieMember, {
					applicationId: referred,
					partnerId: bretagne.id,
					recommendation: 'against',
					text: OPINION
				})
			)
		).toBeInstanceOf(Invalid);
		expect(
			await rejection(
				saveRegionalOpinion(t.services, bretagneMember, {
					applicationId: draft,
					recommendation: 'support',
					text: OPINION
				})
			)
		).toBeInstanceOf(NotFound);
		expect((await listRegionalOpinions(t.db, team, referred)).opinions[0]).toMatchObject({
			partnerName: 'Aract Bretagne',
			recommendation: 'strong_support'
		});
		expect(await opinionRows(inBretagne.id)).toHaveLength(0);
		expect(await opinionRows(draft)).toHaveLength(0);
	});

	it('a member of several partners names which; the team and holders never write', async () => {
		const noChoice = await rejection(
			saveRegionalOpinion(t.services, both, {
				applicationId: referred,
				recommendation: 'support',
				text: OPINION
			})
		);
		expect(noChoice).toBeInstanceOf(Invalid);
		expect(Object.keys((noChoice as Invalid).fields)).toEqual(['partnerId']);
		expect((await listRegionalOpinions(t.db, both, referred)).writableAs).toEqual([
			{ partnerId: bretagne.id, name: 'Aract Bretagne' },
			{ partnerId: normandie.id, name: 'Aract Normandie' }
		]);
		const asNormandie = await saveRegionalOpinion(t.services, both, {
			applicationId: referred,
			partnerId: normandie.id,
			recommendation: 'support',
			text: OPINION
		});
		expect(asNormandie).toMatchObject({ partnerName: 'Aract Normandie', authorName: both.name });
		// On Bretagne's own application, only Bretagne: no need to say it.
		expect(
			(await listRegionalOpinions(t.db, both, inBretagne.id)).writableAs.map((p) => p.name)
		).toEqual(['Aract Bretagne']);

		for (const actor of [team, holder]) {
			const e = await rejection(
				saveRegionalOpinion(t.services, actor, {
					applicationId: inBretagne.id,
					recommendation: 'support',
					text: OPINION
				})
			);
			expect(e).toBeInstanceOf(Forbidden);
		}
		expect(await opinionRows(inBretagne.id)).toHaveLength(0);
	});

	it('the jury reads opinions only when the call allows it, on what it reviews; holders never', async () => {
		await saveRegionalOpinion(t.services, bretagneMember, {
			applicationId: inBretagne.id,
			recommendation: 'support',
			text: OPINION
		});
		await saveRegionalOpinion(t.services, normandieMember, {
			applicationId: inNormandie.id,
			recommendation: 'support',
			text: OPINION
		});
		// The juror sits on the call's jury and is assigned the Bretagne application only.
		const memberId = await insertJuryMember(t.db, callId, { id: jury.userId, email: jury.email });
		await insertAssignment(t.db, callId, memberId, inBretagne.id);
		expect(mayReadRegionalOpinions(jury, { programmeId, juryReads: false })).toBe(false);
		expect(mayReadRegionalOpinions(jury, { programmeId, juryReads: true })).toBe(true);
		expect(mayReadRegionalOpinions(holder, { programmeId, juryReads: true })).toBe(false);
		expect(mayReadRegionalOpinions(team, { programmeId, juryReads: false })).toBe(true);

		expect(await rejection(listRegionalOpinions(t.db, jury, inBretagne.id))).toBeInstanceOf(
			NotFound
		);
		const call = await updateCall(t.services, team, callId, { juryReadsRegionalOpinions: true });
		expect(call.juryReadsRegionalOpinions).toBe(true);
		expect(
			(await listRegionalOpinions(t.db, jury, inBretagne.id)).opinions.map((o) => o.partnerName)
		).toEqual(['Aract Bretagne']);
		// Not on an application the juror does not review, nor on one they are in conflict with.
		expect(await rejection(listRegionalOpinions(t.db, jury, inNormandie.id))).toBeInstanceOf(
			NotFound
		);
		await t.db
			.insert(reviewConflicts)
			.values({ juryMemberId: memberId, applicationId: inBretagne.id, source: 'declared' });
		expect(await rejection(listRegionalOpinions(t.db, jury, inBretagne.id))).toBeInstanceOf(
			NotFound
		);
		await t.db.delete(reviewConflicts).where(eq(reviewConflicts.juryMemberId, memberId));
		// Holders: neither their own application's opinions nor anyone's, whatever the call says.
		for (const id of [inBretagne.id, referred]) {
			expect(await rejection(listRegionalOpinions(t.db, holder, id))).toBeInstanceOf(NotFound);
		}
		expect(await rejection(listRegionalOpinions(t.db, referredHolder, referred))).toBeInstanceOf(
			NotFound
		);
		await updateCall(t.services, team, callId, { juryReadsRegionalOpinions: false });
		expect(await rejection(listRegionalOpinions(t.db, jury, inBretagne.id))).toBeInstanceOf(
			NotFound
		);
	});

	it('bad input: French field errors, nothing changed; withdrawn: closed', async () => {
		await saveRegionalOpinion(t.services, normandieMember, {
			applicationId: inNormandie.id,
			recommendation: 'support',
			text: OPINION
		});
		const [before] = await opinionRows(inNormandie.id);
		const attempts = [
			{ recommendation: 'support', text: 'Trop court.', field: 'text' },
			{ recommendation: 'support', text: 'x'.repeat(5001), field: 'text' },
			{ recommendation: 'enthousiaste', text: OPINION, field: 'recommendation' }
		];
		const messages: Record<string, string> = {
			text: 'L’avis doit compter entre 20 et 5 000 caractères.',
			recommendation:
				'Choisissez une recommandation : très favorable, favorable, réservé ou défavorable.'
		};
		for (const a of attempts) {
			const e = await rejection(
				saveRegionalOpinion(t.services, normandieMember, {
					applicationId: inNormandie.id,
					recommendation: a.recommendation as 'support',
					text: a.text
				})
			);
			expect(e).toBeInstanceOf(Invalid);
			const fields = (e as Invalid).fields;
			expect(Object.keys(fields)).toEqual([a.field]);
			expect(fields[a.field].map((m) => translateMessage(fr, m))).toEqual([messages[a.field]]);
		}
		expect(await opinionRows(inNormandie.id)).toEqual([before]);

		// Withdrawn: the opinion stays readable, no longer writable.
		const someone = await person();
		const gone = await startApplication(t.services, someone, callId, {
			title: 'Retirée',
			organisation: testOrganisation({ postalCode: '14000' }),
			answers: RESUME
		});
		await submitApplication(t.services, someone, gone.id);
		await withdrawApplication(t.services, someone, gone.id, { reason: 'Projet abandonné.' });
		const closed = await rejection(
			saveRegionalOpinion(t.services, normandieMember, {
				applicationId: gone.id,
				recommendation: 'support',
				text: OPINION
			})
		);
		expect(closed).toBeInstanceOf(Conflict);
		expect(await opinionRows(gone.id)).toHaveLength(0);
		const [row] = await t.db.select().from(applications).where(eq(applications.id, gone.id));
		expect(row.status).toBe('withdrawn');
	});
});
