/**
 * Attachments: files answering a form's file questions. A holder adds one to a draft (its type
 * checked by content, its size against the question's limit), removes one from a draft; anyone
 * who may read the application downloads them. The bytes live in the file storage, by content
 * hash; the `attachments` table says which application and question they answer, under which
 * name; the answer lists them as `{ attachmentId }`.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx } from '../db/client.ts';
import { applications, attachments } from '../db/schema.ts';
import { Invalid, NotFound } from '../errors.ts';
import { translator, type Locale } from '../../i18n/index.ts';
import { MAX_FILES_PER_QUESTION, type FileAnswer } from '../calls/form/answers.ts';
import {
	allQuestions,
	FILE_TYPES,
	type FormDefinition,
	type Question
} from '../calls/form/definition.ts';
import { checkUpload, safeDownloadName, UPLOAD_REJECTION_MESSAGES } from '../storage/index.ts';
import { assertMayEditAsHolder, assertMayReadApplication } from './policy.ts';
import {
	auditedApplication,
	presentApplication,
	presentAttachment,
	type ApplicationView,
	type AttachmentView
} from './presenters.ts';
import { findApplication, isUuid, type ApplicationContext, type AttachmentRow } from './queries.ts';
import { notDraftError, staleRevisionError } from './saveDraft.ts';
import { loadApplication } from './shared.ts';

/** What a file question accepts when it says nothing: PDF, up to 10 MB. */
export const DEFAULT_FILE_ACCEPT: readonly string[] = ['application/pdf'];
export const DEFAULT_FILE_MAX_BYTES = 10 * 1024 * 1024;

export type AttachmentInput = {
	/** The file question answered. */
	questionKey: string;
	/** The name the file had on the holder's computer. */
	fileName: string;
	bytes: Uint8Array;
};

export type AttachmentFile = {
	applicationId: string;
	bytes: Uint8Array;
	/** The name to offer the download under (already made safe). */
	fileName: string;
	/** The type detected from the content at upload. */
	mime: string;
};

/** "10 Mo" / "10 MB", "2,5 Mo". */
export function formatMegabytes(bytes: number, locale: Locale): string {
	const n = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
		maximumFractionDigits: 1
	}).format(bytes / (1024 * 1024));
	return `${n} ${locale === 'en' ? 'MB' : 'Mo'}`;
}

/** "PDF, DOCX". */
function typeNames(accept: readonly string[]): string {
	return accept
		.map((m) => (Object.hasOwn(FILE_TYPES, m) ? FILE_TYPES[m as keyof typeof FILE_TYPES].name : m))
		.join(', ');
}

/** The form's file question with this key; `Invalid` (field `question`) otherwise. */
function fileQuestion(def: FormDefinition, key: string): Question {
	const found = allQuestions(def).find((q) => q.question.key === key)?.question;
	if (!found || found.kind !== 'file') {
		throw new Invalid('applications.error.notFileQuestion', {
			question: ['applications.error.notFileQuestion']
		});
	}
	return found;
}

/** The attachments listed by an answer (anything else in it ignored). */
function fileAnswer(value: unknown): FileAnswer[] {
	if (!Array.isArray(value)) return [];
	return value.filter(
		(v): v is FileAnswer =>
			typeof v === 'object' && v !== null && typeof (v as FileAnswer).attachmentId === 'string'
	);
}

/**
 * Writes new answers to a draft, inside the transaction: only if it is still a draft at the
 * revision read in the same transaction, which it increments (a co-holder holding the previous
 * revision is then told that someone saved in between). Audited.
 */
async function writeAnswers(
	tx: DbOrTx,
	actor: Actor,
	app: ApplicationContext,
	answers: Record<string, unknown>,
	action: string,
	attachment: AttachmentView
): Promise<ApplicationContext> {
	const updated = await tx
		.update(applications)
		.set({ answers, revision: app.revision + 1, updatedAt: new Date() })
		.where(
			and(
				eq(applications.id, app.id),
				eq(applications.revision, app.revision),
				eq(applications.status, 'draft')
			)
		)
		.returning({ id: applications.id });
	if (updated.length === 0) throw staleRevisionError();
	const after = (await findApplication(tx, app.id))!;
	await audit(tx, actor, {
		action,
		entityType: 'application',
		entityId: app.id,
		programmeId: app.programmeId,
		before: auditedApplication(app),
		after: { ...auditedApplication(after), attachment }
	});
	return after;
}

/** The draft as it is now, inside the transaction (a co-holder may have saved since). */
async function currentDraft(tx: DbOrTx, id: string): Promise<ApplicationContext> {
	const now = await findApplication(tx, id);
	if (!now) throw new NotFound();
	if (now.status !== 'draft') throw notDraftError();
	return now;
}

/**
 * Checks a file for a file question of a form, as `addAttachment` does before storing it: the
 * question takes files, the content is of a type it accepts (not contradicted by the name), the
 * size is within its limit. `Invalid` (field `file`, or `question`) otherwise. Pure: lets a page
 * refuse a file before it saves anything else.
 */
export function checkAttachment(
	def: FormDefinition,
	input: AttachmentInput,
	locale: Locale
): { question: Question; mime: string } {
	const question = fileQuestion(def, input.questionKey);
	const accept = question.accept?.length ? question.accept : DEFAULT_FILE_ACCEPT;
	const maxBytes = question.maxBytes ?? DEFAULT_FILE_MAX_BYTES;
	const check = checkUpload({ bytes: input.bytes, fileName: input.fileName, accept, maxBytes });
	if (!check.ok) {
		const message = translator(locale)(UPLOAD_REJECTION_MESSAGES[check.reason], {
			max: formatMegabytes(maxBytes, locale),
			types: typeNames(accept)
		});
		throw new Invalid(message, { file: [message] });
	}
	return { question, mime: check.mime };
}

/**
 * Attaches a file to a file question of a draft, by one of its holders. The file must be of a
 * type the question accepts (by default PDF), recognised by its content and not contradicted by
 * its name, and no larger than the question's limit (by default 10 MB); otherwise `Invalid`
 * (field `file`) and nothing changes. The bytes are stored first (outside the transaction: no
 * file I/O while the database waits); then the row and the answer are written together, with the
 * revision incremented and an audit entry. Bytes stored for an upload that then fails stay
 * unreferenced (content-addressed: harmless, and reused if uploaded again).
 */
export async function addAttachment(
	svc: Services,
	actor: Actor,
	applicationId: string,
	input: AttachmentInput
): Promise<AttachmentView> {
	const { app, access } = await loadApplication(svc.db, actor, applicationId);
	assertMayEditAsHolder(actor, access);
	if (app.status !== 'draft') throw notDraftError();
	const { question, mime } = checkAttachment(app.form.definition, input, actor.locale);
	const tooMany = () =>
		new Invalid('applications.error.tooManyFiles', {
			file: [translator(actor.locale)('formAnswer.tooManyFiles', { max: MAX_FILES_PER_QUESTION })]
		});
	if (fileAnswer(app.answers[question.key]).length >= MAX_FILES_PER_QUESTION) throw tooMany();

	const stored = await svc.storage.put(input.bytes);

	return svc.db.transaction(async (tx) => {
		const draft = await currentDraft(tx, app.id);
		const files = fileAnswer(draft.answers[question.key]);
		if (files.length >= MAX_FILES_PER_QUESTION) throw tooMany();
		const [row] = await tx
			.insert(attachments)
			.values({
				id: randomUUID(),
				applicationId: app.id,
				questionKey: question.key,
				fileName: safeDownloadName(input.fileName),
				// The type the checks settled on (a CSV named .txt is served as text).
				mime,
				size: stored.size,
				sha256: stored.sha256,
				uploadedBy: actor.userId
			})
			.returning();
		const view = presentAttachment(row);
		await writeAnswers(
			tx,
			actor,
			draft,
			{ ...draft.answers, [question.key]: [...files, { attachmentId: row.id }] },
			'application.attachment.add',
			view
		);
		return view;
	});
}

async function liveAttachment(db: DbOrTx, id: string): Promise<AttachmentRow | null> {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select()
		.from(attachments)
		.where(and(eq(attachments.id, id), isNull(attachments.deletedAt)));
	return row ?? null;
}

/**
 * Removes an attachment from a draft, by one of its holders: the row is kept (marked deleted)
 * and the answer no longer lists it. `NotFound` when the attachment is not one of this
 * application's.
 */
export async function removeAttachment(
	svc: Services,
	actor: Actor,
	applicationId: string,
	attachmentId: string
): Promise<ApplicationView> {
	const { app, access } = await loadApplication(svc.db, actor, applicationId);
	assertMayEditAsHolder(actor, access);
	const row = await liveAttachment(svc.db, attachmentId);
	if (!row || row.applicationId !== app.id) throw new NotFound();
	if (app.status !== 'draft') throw notDraftError();

	return svc.db.transaction(async (tx) => {
		const draft = await currentDraft(tx, app.id);
		const deleted = await tx
			.update(attachments)
			.set({ deletedAt: new Date() })
			.where(and(eq(attachments.id, row.id), isNull(attachments.deletedAt)))
			.returning({ id: attachments.id });
		if (deleted.length === 0) throw new NotFound();
		const answers = { ...draft.answers };
		const rest = fileAnswer(answers[row.questionKey]).filter((f) => f.attachmentId !== row.id);
		if (rest.length) answers[row.questionKey] = rest;
		else delete answers[row.questionKey];
		const after = await writeAnswers(
			tx,
			actor,
			draft,
			answers,
			'application.attachment.remove',
			presentAttachment(row)
		);
		return presentApplication(after, actor.locale);
	});
}

/**
 * An attachment's bytes, for anyone who may read its application (its holders, the programme
 * team); `NotFound` for anyone else, and for removed attachments.
 */
export async function getAttachmentFile(
	svc: Services,
	actor: Actor,
	attachmentId: string
): Promise<AttachmentFile> {
	const row = await liveAttachment(svc.db, attachmentId);
	if (!row) throw new NotFound();
	const { access } = await loadApplication(svc.db, actor, row.applicationId);
	assertMayReadApplication(actor, access);
	return attachmentBytes(svc, row);
}

/**
 * An attachment of this application, for a reader whose right the caller has already checked (the
 * juror assigned to review it): `NotFound` when it is not one of the application's, or removed.
 */
export async function getApplicationAttachment(
	svc: Services,
	applicationId: string,
	attachmentId: string
): Promise<AttachmentFile> {
	const row = await liveAttachment(svc.db, attachmentId);
	if (!row || row.applicationId !== applicationId) throw new NotFound();
	return attachmentBytes(svc, row);
}

async function attachmentBytes(svc: Services, row: AttachmentRow): Promise<AttachmentFile> {
	const bytes = await svc.storage.get(row.sha256);
	if (!bytes) {
		console.error(`Pièce jointe ${row.id} : contenu ${row.sha256} absent du stockage`);
		throw new NotFound();
	}
	return { applicationId: row.applicationId, bytes, fileName: row.fileName, mime: row.mime };
}
