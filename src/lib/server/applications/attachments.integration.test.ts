/**
 * Attachments on each backend: a PDF goes in and comes out byte for byte; a file disguised by its
 * name, one too large or of a type the question refuses is refused with a clear message and
 * changes nothing; another holder sees none of it; the team downloads; submission freezes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
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
import type { UserActor } from '../accounts/actor.ts';
import { queryAuditLog } from '../audit/log.ts';
import type { FormDefinition } from '../calls/form/definition.ts';
import { applicationSnapshots, attachments } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import * as s from '../storage/testing/samples.ts';
import {
	addAttachment,
	getApplication,
	getAttachmentFile,
	removeAttachment,
	saveDraft,
	startApplication,
	submitApplication
} from './index.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const MB = 1024 * 1024;

/** The test form, with a file question limited to 1 MB (PDF by default) and one for images. */
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
					required: false,
					maxBytes: MB
				},
				{
					key: 'schema',
					kind: 'file',
					label: { fr: 'Schéma', en: 'Diagram' },
					help: { fr: '', en: '' },
					required: false,
					accept: ['image/png', 'image/jpeg']
				}
			]
		}
	]
};

describe.each(backends)('attachments (%s)', (backend) => {
	let t: TestDatabase;
	let team: UserActor;
	let alice: UserActor;
	let mallory: UserActor;
	let callId: string;

	const rowsOf = (applicationId: string) =>
		t.db.select().from(attachments).where(eq(attachments.applicationId, applicationId));

	async function draft() {
		return startApplication(t.services, alice, callId, {
			title: 'Outil d’évaluation',
			organisation: testOrganisation(),
			answers: { resume: 'Un outil participatif.' }
		});
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id, { definition: FILE_FORM })).call
			.id;
		team = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: programme.id }] })).id
		);
		alice = await actorFor(t.db, (await createUser(t.db, { name: 'Alice' })).id);
		mallory = await actorFor(t.db, (await createUser(t.db, { name: 'Mallory' })).id);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('a PDF uploads, is listed by the answer and downloads byte for byte', async () => {
		const app = await draft();
		const pdf = s.concat(s.pdf(), s.bytesOf('contenu é'));
		const view = await addAttachment(t.services, alice, app.id, {
			questionKey: 'presentation',
			fileName: 'Présentation du projet.pdf',
			bytes: pdf
		});
		expect(view).toMatchObject({
			questionKey: 'presentation',
			fileName: 'Présentation du projet.pdf',
			mime: 'application/pdf',
			size: pdf.length
		});
		const after = await getApplication(t.db, alice, app.id);
		expect(after.answers.presentation).toEqual([{ attachmentId: view.id }]);
		expect(after.revision).toBe(app.revision + 1);
		expect(after.attachments.map((a) => a.id)).toEqual([view.id]);

		const file = await getAttachmentFile(t.services, alice, view.id);
		expect(file).toMatchObject({ fileName: 'Présentation du projet.pdf', mime: 'application/pdf' });
		expect(Buffer.from(file.bytes).equals(Buffer.from(pdf))).toBe(true);
		// The programme team reads it too.
		const byTeam = await getAttachmentFile(t.services, team, view.id);
		expect(Buffer.from(byTeam.bytes).equals(Buffer.from(pdf))).toBe(true);

		// A second file to the same question is appended; a draft save keeps both.
		const second = await addAttachment(t.services, alice, app.id, {
			questionKey: 'presentation',
			fileName: 'annexe.pdf',
			bytes: s.pdf()
		});
		const saved = await saveDraft(
			t.services,
			alice,
			app.id,
			{ answers: { resume: 'Modifié.' } },
			{ merge: true }
		);
		expect(saved.answers.presentation).toEqual([
			{ attachmentId: view.id },
			{ attachmentId: second.id }
		]);
		const audits = await queryAuditLog(t.db, { entityType: 'application', entityId: app.id });
		expect(audits.map((a) => a.action)).toContain('application.attachment.add');
	});

	it('refuses a disguised, oversized or refused file with a clear message, changing nothing', async () => {
		const app = await draft();
		const before = await getApplication(t.db, alice, app.id);
		const cases = [
			{
				questionKey: 'presentation',
				fileName: 'rapport.pdf',
				bytes: s.bytesOf('<html><body><script>alert(1)</script></body></html>'),
				message: 'Le contenu du fichier ne correspond à aucun format accepté'
			},
			{
				questionKey: 'presentation',
				fileName: 'gros.pdf',
				bytes: s.concat(s.pdf(), new Uint8Array(MB)),
				message: 'Le fichier est trop volumineux (1 Mo au plus).'
			},
			{
				questionKey: 'presentation',
				fileName: 'schema.png',
				bytes: s.png(),
				message: 'Formats acceptés : PDF.'
			},
			{
				questionKey: 'schema',
				fileName: 'schema.pdf',
				bytes: s.pdf(),
				message: 'Formats acceptés : PNG, JPEG.'
			},
			{
				questionKey: 'presentation',
				fileName: 'vide.pdf',
				bytes: new Uint8Array(),
				message: 'Le fichier est vide.'
			}
		];
		for (const c of cases) {
			const e = await rejection(addAttachment(t.services, alice, app.id, c));
			expect(e, c.fileName).toBeInstanceOf(Invalid);
			expect((e as Invalid).fields.file[0], c.fileName).toContain(c.message);
			expect((e as Invalid).message).toContain(c.message);
		}
		// In English for an English-speaking holder.
		const english = { ...alice, locale: 'en' as const };
		const big = await rejection(
			addAttachment(t.services, english, app.id, cases[1] as (typeof cases)[number])
		);
		expect((big as Invalid).fields.file).toEqual(['The file is too large (1 MB at most).']);
		// Not a file question, or no such question.
		for (const questionKey of ['resume', 'inconnue']) {
			const e = await rejection(
				addAttachment(t.services, alice, app.id, {
					questionKey,
					fileName: 'a.pdf',
					bytes: s.pdf()
				})
			);
			expect(e).toBeInstanceOf(Invalid);
			expect(Object.keys((e as Invalid).fields)).toEqual(['question']);
		}
		expect(await rowsOf(app.id)).toEqual([]);
		const after = await getApplication(t.db, alice, app.id);
		expect(after.answers).toEqual(before.answers);
		expect(after.revision).toBe(before.revision);
	});

	it('another holder gets NotFound on upload, removal and download', async () => {
		const app = await draft();
		const view = await addAttachment(t.services, alice, app.id, {
			questionKey: 'presentation',
			fileName: 'a.pdf',
			bytes: s.pdf()
		});
		const input = { questionKey: 'presentation', fileName: 'b.pdf', bytes: s.pdf() };
		expect(await rejection(addAttachment(t.services, mallory, app.id, input))).toBeInstanceOf(
			NotFound
		);
		expect(await rejection(removeAttachment(t.services, mallory, app.id, view.id))).toBeInstanceOf(
			NotFound
		);
		expect(await rejection(getAttachmentFile(t.services, mallory, view.id))).toBeInstanceOf(
			NotFound
		);
		// The team reads but does not write.
		expect(await rejection(addAttachment(t.services, team, app.id, input))).toBeInstanceOf(
			Forbidden
		);
		// An attachment of another application, through this one: NotFound.
		const other = await draft();
		expect(await rejection(removeAttachment(t.services, alice, other.id, view.id))).toBeInstanceOf(
			NotFound
		);
		expect(await rowsOf(app.id)).toHaveLength(1);
	});

	it('removal marks the row deleted and takes it out of the answer', async () => {
		const app = await draft();
		const view = await addAttachment(t.services, alice, app.id, {
			questionKey: 'presentation',
			fileName: 'a.pdf',
			bytes: s.pdf()
		});
		const after = await removeAttachment(t.services, alice, app.id, view.id);
		expect(after.answers.presentation).toBeUndefined();
		expect(after.answers.resume).toBe('Un outil participatif.');
		const [row] = await rowsOf(app.id);
		expect(row.deletedAt).toBeInstanceOf(Date);
		expect(await rejection(getAttachmentFile(t.services, alice, view.id))).toBeInstanceOf(NotFound);
		expect(await rejection(removeAttachment(t.services, alice, app.id, view.id))).toBeInstanceOf(
			NotFound
		);
	});

	it('submission lists the attachments in the snapshot; afterwards they are frozen', async () => {
		const app = await draft();
		const view = await addAttachment(t.services, alice, app.id, {
			questionKey: 'presentation',
			fileName: 'Budget prévisionnel.pdf',
			bytes: s.pdf()
		});
		const receipt = await submitApplication(t.services, alice, app.id);
		expect(receipt.attachments).toEqual([view]);
		const [snapshot] = await t.db
			.select()
			.from(applicationSnapshots)
			.where(eq(applicationSnapshots.applicationId, app.id));
		expect(snapshot.attachments).toEqual([view]);
		expect(snapshot.answers).toMatchObject({ presentation: [{ attachmentId: view.id }] });

		const input = { questionKey: 'presentation', fileName: 'tard.pdf', bytes: s.pdf() };
		expect(await rejection(addAttachment(t.services, alice, app.id, input))).toBeInstanceOf(
			Conflict
		);
		expect(await rejection(removeAttachment(t.services, alice, app.id, view.id))).toBeInstanceOf(
			Conflict
		);
		const live = await t.db
			.select()
			.from(attachments)
			.where(and(eq(attachments.applicationId, app.id)));
		expect(live.map((r) => [r.id, r.deletedAt])).toEqual([[view.id, null]]);
		// Still downloadable by the holder and the team.
		expect((await getAttachmentFile(t.services, team, view.id)).mime).toBe('application/pdf');
		expect((await getAttachmentFile(t.services, alice, view.id)).fileName).toBe(
			'Budget prévisionnel.pdf'
		);
	});
});
