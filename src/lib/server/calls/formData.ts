/**
 * The back office's HTML forms as use-case input. Empty inputs mean "not given"; FAQ rows are
 * numbered (`faq.3.question`), empty rows are dropped, and errors on a FAQ entry are reported on
 * the row it came from.
 */
import type { FieldErrors } from '../errors.ts';
import type { CallUpdate } from './schemas.ts';

const text = (form: FormData, key: string) => {
	const v = form.get(key);
	return typeof v === 'string' ? v : '';
};

/** How many FAQ rows the form shows (`faqRows`), within bounds. */
export function faqRowCount(form: FormData): number {
	const n = Number(text(form, 'faqRows'));
	return Number.isInteger(n) && n >= 0 && n <= 60 ? n : 0;
}

export function callFormInput(form: FormData): { input: CallUpdate; faqRows: number[] } {
	const faq: { question: string; answer: string }[] = [];
	const faqRows: number[] = [];
	for (let i = 0; i < faqRowCount(form); i++) {
		const question = text(form, `faq.${i}.question`);
		const answer = text(form, `faq.${i}.answer`);
		if (!question.trim() && !answer.trim()) continue;
		faq.push({ question, answer });
		faqRows.push(i);
	}
	return {
		input: {
			cycleId: text(form, 'cycleId'),
			title: text(form, 'title'),
			slug: text(form, 'slug'),
			body: text(form, 'body'),
			opensAt: text(form, 'opensAt'),
			closesAt: text(form, 'closesAt'),
			eligibleTypes: form
				.getAll('eligibleTypes')
				.filter((v): v is string => typeof v === 'string') as CallUpdate['eligibleTypes'],
			faq,
			contactEmail: text(form, 'contactEmail'),
			contactText: text(form, 'contactText'),
			// A checkbox: absent when unticked.
			juryReadsRegionalOpinions: form.get('juryReadsRegionalOpinions') === 'on'
		},
		faqRows
	};
}

/** Errors on `faq.<i>.…` moved to the form row the entry came from. */
export function faqErrorsOnRows(fields: FieldErrors, faqRows: number[]): FieldErrors {
	const out: FieldErrors = {};
	for (const [key, msgs] of Object.entries(fields)) {
		const m = /^faq\.(\d+)\.(.+)$/.exec(key);
		out[m && faqRows[Number(m[1])] !== undefined ? `faq.${faqRows[Number(m[1])]}.${m[2]}` : key] =
			msgs;
	}
	return out;
}
