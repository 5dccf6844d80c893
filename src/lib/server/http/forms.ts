/**
 * Helpers for form actions: read a form into a Zod schema, and turn domain errors into the
 * `fail()` a page shows next to its fields. The values typed by the user come back so nothing is
 * lost on an error.
 */
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import {
	DomainError,
	httpStatusOf,
	Invalid,
	NotFound,
	RateLimited,
	type FieldErrors
} from '../errors.ts';
import { translateMessage, type Translate } from '../../i18n/index.ts';

export type FormFailure = {
	message: string;
	fields: FieldErrors;
	values: Record<string, string>;
};

/** Form values as strings (files and passwords left out), to fill the form again. */
export function formValues(form: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of form.entries()) {
		if (typeof v === 'string' && !/password/i.test(k)) out[k] = v;
	}
	return out;
}

export function zodFieldErrors(issues: z.core.$ZodIssue[]): FieldErrors {
	const fields: FieldErrors = {};
	for (const i of issues) {
		const key = i.path.join('.') || '_';
		(fields[key] ??= []).push(i.message);
	}
	return fields;
}

/** Parses form data with a schema; throws `Invalid` with per-field messages. */
export function parseForm<S extends z.ZodType>(schema: S, form: FormData): z.output<S> {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key);
		raw[key] = all.length > 1 ? all : all[0];
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) {
		const fields = zodFieldErrors(parsed.error.issues);
		throw new Invalid(Object.values(fields).flat()[0] ?? 'Formulaire invalide', fields);
	}
	return parsed.data;
}

/**
 * Runs a form action body; maps domain errors to a 4xx `fail()` with the typed values, and a
 * forbidden read to a 404 page. Anything else is a bug and goes to the error handler.
 */
export async function formAction<T>(
	t: Translate,
	form: FormData,
	body: () => Promise<T>
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await body();
	} catch (e) {
		if (e instanceof NotFound) error(404, t('error.notFound'));
		if (e instanceof DomainError) {
			// A refused form is a 400; other refusals keep their meaning (401, 403, 409, 429).
			const status = e instanceof Invalid ? 400 : httpStatusOf(e);
			const fields: FieldErrors = {};
			if (e instanceof Invalid) {
				for (const [k, msgs] of Object.entries(e.fields)) {
					fields[k] = msgs.map((m) => translateMessage(t, m));
				}
			}
			const message =
				e instanceof RateLimited
					? t('error.rateLimited', { minutes: Math.max(1, Math.ceil(e.retryAfterSeconds / 60)) })
					: translateMessage(t, e.message);
			return fail(status, {
				message,
				fields,
				values: formValues(form)
			});
		}
		throw e;
	}
}
