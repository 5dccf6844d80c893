/**
 * Exports of a call's applications for the programme team, as CSV (decision 013) or XLSX: every
 * application matching the pipeline's filters, in its order, one row each. Fixed columns (reference,
 * status, title, submission, organisation, flags), then one column per question: the union of the
 * questions of the form versions the applications answer, in the order of the newest version, then
 * the questions only older versions have. Answers are written as people read them: option labels,
 * Oui/Non, lists joined with « ; », file names. Text stays text (HTML is not interpreted).
 */
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { attachments, applications, formVersions } from '../db/schema.ts';
import { translator, type Locale, type MessageKey } from '../../i18n/index.ts';
import { toParisDateInput, toParisDateTimeInput } from '../../i18n/format.ts';
import { regionName } from '../../regions.ts';
import {
	allQuestions,
	type FormDefinition,
	type Localized,
	type Question
} from '../calls/form/definition.ts';
import { DEFAULT_TERMS, STAGE_LABELS } from '../calls/form/defaults.ts';
import { termsOf } from '../calls/queries.ts';
import { csvCell, csvDocument, csvNumber } from './csv.ts';
import { HEADCOUNT_BAND_LABEL_KEYS, ORGANISATION_TYPE_LABEL_KEYS } from './organisation.ts';
import { presentFindings } from './presenters.ts';
import {
	callToScreen,
	screenedRows,
	type ScreenedRow,
	type ScreeningOptions
} from './screening.ts';
import { STATUS_LABEL_KEYS } from './status.ts';
import { localize } from '../../i18n/localize.ts';

export type ExportFormat = 'csv' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

export type ApplicationExport = {
	filename: string;
	contentType: string;
	body: Uint8Array | string;
};

/** A cell before it is written: text, a number, a calendar date, an instant (shown in Paris). */
export type Cell = string | number | { date: string } | { instant: Date } | null;

export type Column = { header: string; width?: number };

/** Headers and rows, ready to be written as CSV or XLSX. */
export type Table = { columns: Column[]; rows: Cell[][] };

const LIST_SEPARATOR = ' ; ';

const local = (l: Localized, locale: Locale) => localize(l, locale);

type Labels = {
	terms: Record<'qvct_themes' | 'typology', Map<string, Localized>>;
	files: Map<string, string>;
};

/** The cell of one answer, after its question's kind. */
export function answerCell(q: Question, value: unknown, labels: Labels, locale: Locale): Cell {
	if (value === undefined || value === null || value === '') return null;
	const t = translator(locale);
	const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
	const join = (items: string[]) => items.filter((s) => s !== '').join(LIST_SEPARATOR);
	switch (q.kind) {
		case 'short_text':
		case 'long_text':
			return typeof value === 'string' ? value : String(value);
		case 'single_choice':
		case 'multiple_choice': {
			const options = new Map((q.options ?? []).map((o) => [o.value, o.label]));
			return join(
				list(value).map((v) => {
					const label = options.get(String(v));
					return label ? local(label, locale) : String(v);
				})
			);
		}
		case 'qvct_themes':
		case 'typology': {
			const terms = labels.terms[q.kind];
			return join(
				list(value).map((v) => {
					const label = terms.get(String(v));
					return label ? local(label, locale) : String(v);
				})
			);
		}
		case 'stage': {
			const label = STAGE_LABELS[String(value) as keyof typeof STAGE_LABELS];
			return label ? local(label, locale) : String(value);
		}
		case 'number':
			return typeof value === 'number' && Number.isFinite(value) ? value : String(value);
		case 'date':
			return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
				? { date: value }
				: String(value);
		case 'yes_no':
			return value === true ? t('common.yes') : value === false ? t('common.no') : String(value);
		case 'file':
			return join(
				list(value).map((f) => {
					const id =
						f && typeof f === 'object' && 'attachmentId' in f ? String(f.attachmentId) : '';
					return labels.files.get(id) ?? '';
				})
			);
	}
}

type Version = { id: string; number: number; definition: FormDefinition };

/**
 * The question columns: every question key of the versions used, in the newest version's order,
 * then those only older versions have (each under the label of the newest version that has it).
 */
export function questionColumns(versions: readonly Version[]): { key: string; label: Localized }[] {
	const out: { key: string; label: Localized }[] = [];
	const seen = new Set<string>();
	for (const v of [...versions].sort((a, b) => b.number - a.number)) {
		for (const { question } of allQuestions(v.definition)) {
			if (seen.has(question.key)) continue;
			seen.add(question.key);
			out.push({ key: question.key, label: question.label });
		}
	}
	return out;
}

/** The export as a table: fixed columns, then one per question. */
export function exportTable(
	rows: readonly ScreenedRow[],
	versions: readonly Version[],
	labels: Labels,
	locale: Locale
): Table {
	const t = translator(locale);
	const used = new Set(rows.map((r) => r.formVersionId));
	const usedVersions = versions.filter((v) => used.has(v.id));
	const questionsOf = new Map(
		usedVersions.map((v) => [
			v.id,
			new Map(allQuestions(v.definition).map(({ question }) => [question.key, question]))
		])
	);
	const questions = questionColumns(usedVersions);
	const fixed: [MessageKey, number][] = [
		['screening.export.reference', 16],
		['screening.export.status', 16],
		['screening.export.title', 40],
		['screening.export.submittedAt', 18],
		['screening.export.organisation', 32],
		['screening.export.organisationType', 22],
		['screening.export.siret', 16],
		['screening.export.headcount', 22],
		['screening.export.postalCode', 12],
		['screening.export.region', 24],
		['screening.export.website', 30],
		['screening.export.flags', 50]
	];
	const columns: Column[] = [
		...fixed.map(([key, width]) => ({ header: t(key), width })),
		...questions.map((q) => ({ header: local(q.label, locale) }))
	];
	const out: Cell[][] = rows.map((r) => {
		const o = r.organisation;
		const own = questionsOf.get(r.formVersionId) ?? new Map<string, Question>();
		return [
			r.reference,
			t(STATUS_LABEL_KEYS[r.status]),
			r.title,
			r.submittedAt ? { instant: r.submittedAt } : null,
			o?.legalName ?? null,
			o
				? o.type in ORGANISATION_TYPE_LABEL_KEYS
					? t(ORGANISATION_TYPE_LABEL_KEYS[o.type as keyof typeof ORGANISATION_TYPE_LABEL_KEYS])
					: o.type
				: null,
			o?.siret ?? null,
			o
				? o.headcountBand in HEADCOUNT_BAND_LABEL_KEYS
					? t(HEADCOUNT_BAND_LABEL_KEYS[o.headcountBand as keyof typeof HEADCOUNT_BAND_LABEL_KEYS])
					: o.headcountBand
				: null,
			o?.postalCode ?? null,
			o?.regionCode ? (regionName(o.regionCode) ?? o.regionCode) : null,
			o?.website ?? null,
			presentFindings(r.flags, locale)
				.map((f) => f.text)
				.join(LIST_SEPARATOR) || null,
			...questions.map((q) => {
				const question = own.get(q.key);
				return question ? answerCell(question, r.answers[q.key], labels, locale) : null;
			})
		];
	});
	return { columns, rows: out };
}

// ---------------------------------------------------------------------------------------------
// Writers

/** `2026-11-28 14:05`: Paris wall time, which spreadsheets read as a date and time. */
function parisDateTimeText(d: Date): string {
	return toParisDateTimeInput(d).replace('T', ' ');
}

function csvText(cell: Cell, locale: Locale): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return csvNumber(cell, locale);
	if (typeof cell === 'string') return csvCell(cell);
	if ('date' in cell) return cell.date;
	return parisDateTimeText(cell.instant);
}

export function writeCsv(table: Table, locale: Locale): string {
	return csvDocument([
		table.columns.map((c) => csvCell(c.header)),
		...table.rows.map((row) => row.map((cell) => csvText(cell, locale)))
	]);
}

/** Excel refuses cells over 32,767 characters and XML control characters. */
const XLSX_MAX_CELL = 32_767;
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xlsxText(text: string): string {
	const clean = text.replace(XML_INVALID, '');
	return clean.length > XLSX_MAX_CELL ? clean.slice(0, XLSX_MAX_CELL - 1) + '…' : clean;
}

/** A date whose UTC fields are the Paris wall time (spreadsheets have no time zones). */
function wallClock(value: string): Date {
	return new Date(`${value.length === 10 ? `${value}T00:00` : value}:00Z`);
}

function displayLength(cell: Cell): number {
	if (cell === null) return 0;
	if (typeof cell === 'number') return String(cell).length;
	if (typeof cell === 'string') return Math.max(...cell.split('\n').map((l) => l.length));
	return 'date' in cell ? 10 : 16;
}

export async function writeXlsx(table: Table, sheetName: string): Promise<Uint8Array> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Transformateur';
	const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
		views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }]
	});
	const header = sheet.addRow(table.columns.map((c) => xlsxText(c.header)));
	header.font = { bold: true };
	header.alignment = { vertical: 'top', wrapText: true };
	for (const row of table.rows) {
		const added = sheet.addRow(
			row.map((cell) => {
				if (cell === null) return null;
				if (typeof cell === 'number') return cell;
				if (typeof cell === 'string') return xlsxText(cell);
				if ('date' in cell) return wallClock(cell.date);
				return wallClock(toParisDateTimeInput(cell.instant));
			})
		);
		row.forEach((cell, i) => {
			if (cell !== null && typeof cell === 'object') {
				added.getCell(i + 1).numFmt = 'date' in cell ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm';
			}
		});
	}
	table.columns.forEach((c, i) => {
		const sample = table.rows.slice(0, 500).map((r) => displayLength(r[i]));
		const longest = Math.max(c.header.length, ...sample, 0);
		sheet.getColumn(i + 1).width = Math.min(Math.max(c.width ?? longest + 2, 10), 60);
	});
	if (table.columns.length) {
		sheet.autoFilter = {
			from: { row: 1, column: 1 },
			to: { row: 1, column: table.columns.length }
		};
	}
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * The table as a file named `<stem>-<day>.<format>` (the day of `now` in Paris): CSV, or XLSX with
 * one sheet of that name. Every export of a table (applications, ranking, final selection) ends here.
 */
export async function tableFile(
	table: Table,
	opts: { stem: string; sheetName: string; format: ExportFormat; locale: Locale; now: Date }
): Promise<ApplicationExport> {
	return {
		filename: `${opts.stem}-${toParisDateInput(opts.now)}.${opts.format}`,
		contentType: EXPORT_CONTENT_TYPES[opts.format],
		body:
			opts.format === 'csv' ? writeCsv(table, opts.locale) : await writeXlsx(table, opts.sheetName)
	};
}

// ---------------------------------------------------------------------------------------------
// The use case

async function labelsFor(
	db: DbOrTx,
	programmeId: string,
	callId: string,
	versions: readonly Version[]
): Promise<Labels> {
	const terms: Labels['terms'] = { qvct_themes: new Map(), typology: new Map() };
	for (const d of DEFAULT_TERMS.qvct_theme) terms.qvct_themes.set(d.value, d.label);
	for (const d of DEFAULT_TERMS.typology) terms.typology.set(d.value, d.label);
	for (const row of await termsOf(db, programmeId)) {
		const label = { fr: row.labelFr, en: row.labelEn };
		(row.kind === 'qvct_theme' ? terms.qvct_themes : terms.typology).set(row.value, label);
	}
	const files = new Map<string, string>();
	const hasFiles = versions.some((v) =>
		allQuestions(v.definition).some(({ question }) => question.kind === 'file')
	);
	if (hasFiles) {
		const rows = await db
			.select({ id: attachments.id, fileName: attachments.fileName })
			.from(attachments)
			.innerJoin(applications, eq(applications.id, attachments.applicationId))
			.where(eq(applications.callId, callId));
		for (const r of rows) files.set(r.id, r.fileName);
	}
	return { terms, files };
}

/**
 * Every application of the call matching the filters (not just a page), in the pipeline's order,
 * as a CSV or XLSX file. For the team of the call's programme; `NotFound` for anyone else.
 */
export async function exportApplications(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	opts: ScreeningOptions,
	format: ExportFormat,
	locale: Locale,
	now: Date = new Date()
): Promise<ApplicationExport> {
	const call = await callToScreen(db, actor, callId);
	const rows = await screenedRows(db, call.id, opts);
	const used = [...new Set(rows.map((r) => r.formVersionId))];
	const versions: Version[] = used.length
		? (
				await db
					.select({
						id: formVersions.id,
						number: formVersions.number,
						definition: formVersions.definition
					})
					.from(formVersions)
					.where(inArray(formVersions.id, used))
			).map((v) => ({ ...v, definition: v.definition as FormDefinition }))
		: [];
	const labels = await labelsFor(db, call.programmeId, call.id, versions);
	const table = exportTable(rows, versions, labels, locale);
	const t = translator(locale);
	return tableFile(table, {
		stem: `${t('screening.export.filePrefix')}-${call.slug}`,
		sheetName: t('screening.export.sheetName'),
		format,
		locale,
		now
	});
}
