/**
 * The holder's form in the browser and on the server alike: a question's answer as the HTML form
 * carries it (strings), which questions are shown, and how an answer reads. Pure, no I/O; mirrors
 * `calls/form/visibility.ts` on raw form values, so that the page can hide and show conditional
 * questions as the person types (with JavaScript) or after a save (without).
 */
import { localize } from '../../i18n/localize.ts';

export type Localized = { fr: string; en: string };
export type Option = { value: string; label: Localized };
export type FormQuestion = {
	key: string;
	type: string;
	label: Localized;
	help: Localized;
	required: boolean;
	options: Option[] | null;
	multiple: boolean;
	maxLength: number | null;
	min: number | null;
	max: number | null;
	showIf: { question: string; equals: string | boolean | number } | null;
};
export type FormSection = {
	key: string;
	title: Localized;
	description: Localized;
	questions: FormQuestion[];
};
/** Values by field name, as an HTML form sends them (checkboxes repeat their name). */
export type RawValues = Record<string, string[]>;

export const YES = 'oui';
export const NO = 'non';

/** The text in the reader's language, French when there is no translation. */
export { localize };

/** A stored answer as form values: `['oui']` for true, the attachment ids of files… */
export function rawOf(answer: unknown): string[] {
	if (answer === undefined || answer === null) return [];
	if (typeof answer === 'boolean') return [answer ? YES : NO];
	if (typeof answer === 'number' || typeof answer === 'string') return [String(answer)];
	if (Array.isArray(answer)) {
		return answer.map((v) =>
			typeof v === 'object' && v !== null
				? String((v as { attachmentId?: unknown }).attachmentId)
				: String(v)
		);
	}
	return [];
}

/** The stored answers as form values. */
export function rawAnswers(answers: Record<string, unknown>): RawValues {
	return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, rawOf(v)]));
}

/** What a form's fields hold now. */
export function readForm(form: HTMLFormElement): RawValues {
	const out: RawValues = {};
	for (const [k, v] of new FormData(form).entries()) {
		if (typeof v === 'string') (out[k] ??= []).push(v);
	}
	return out;
}

function matches(q: FormQuestion, raw: string[], equals: string | boolean | number): boolean {
	const values = raw.map((v) => v.trim()).filter((v) => v !== '');
	if (values.length === 0) return false;
	if (typeof equals === 'boolean') {
		const v = values[0].toLowerCase();
		return equals
			? ['oui', 'true', 'yes', 'on', '1'].includes(v)
			: ['non', 'false', 'no', 'off', '0'].includes(v);
	}
	if (typeof equals === 'number') {
		const n = Number(values[0].replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
		return n === equals;
	}
	if (q.multiple) return values.includes(equals.trim());
	return values[0] === equals.trim();
}

/** The keys of the questions shown, given the values (conditions cascade, as on the server). */
export function visibleKeys(sections: FormSection[], values: RawValues): Set<string> {
	const byKey = new Map<string, FormQuestion>();
	const visible = new Set<string>();
	for (const s of sections) {
		for (const q of s.questions) {
			if (byKey.has(q.key)) continue;
			byKey.set(q.key, q);
			const cond = q.showIf;
			if (!cond) {
				visible.add(q.key);
				continue;
			}
			const target = byKey.get(cond.question);
			if (
				target &&
				visible.has(target.key) &&
				matches(target, values[target.key] ?? [], cond.equals)
			) {
				visible.add(q.key);
			}
		}
	}
	return visible;
}

/** How a condition's expected value reads (an option's label, « oui », « non »). */
export function conditionValue(
	target: FormQuestion | undefined,
	equals: string | boolean | number,
	locale: string,
	yesNo: { yes: string; no: string }
): string {
	if (typeof equals === 'boolean') return equals ? yesNo.yes : yesNo.no;
	const option = target?.options?.find((o) => o.value === equals);
	return option ? localize(option.label, locale) : String(equals);
}

/** The id of the field a link to the question goes to. */
export function anchorOf(q: Pick<FormQuestion, 'key' | 'type' | 'options'>): string {
	const grouped = q.type === 'yes_no' || (q.options !== null && q.options.length > 0);
	return grouped ? `q-${q.key}-0` : `q-${q.key}`;
}

/** A file's size as people read it: « 850 o », « 12 ko », « 2,4 Mo » (B, KB, MB in English). */
export function formatBytes(bytes: number, locale: string): string {
	const en = locale === 'en';
	const number = (n: number, digits: number) =>
		new Intl.NumberFormat(en ? 'en-GB' : 'fr-FR', { maximumFractionDigits: digits }).format(n);
	if (bytes < 1024) return `${number(bytes, 0)} ${en ? 'B' : 'o'}`;
	if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} ${en ? 'KB' : 'ko'}`;
	return `${number(bytes / (1024 * 1024), 1)} ${en ? 'MB' : 'Mo'}`;
}

/** The time of an instant in Paris: « 14 h 32 » in French, « 14:32 » in English. */
export function clockTime(at: Date | string, locale: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/Paris',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(new Date(at))
			.map((p) => [p.type, p.value])
	);
	return locale === 'en'
		? `${parts.hour}:${parts.minute}`
		: `${Number(parts.hour)}\u00a0h\u00a0${parts.minute}`;
}
