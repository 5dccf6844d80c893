/**
 * Parses a form definition sent by the form builder or the API: its shape (`formDefinition`), then
 * its rules (`checkDefinition`). Every problem is reported under the path of its field
 * (`sections.1.questions.0.label.fr`) with an i18n key. Pure: no database.
 */
import type { z } from 'zod';
import { Invalid, type FieldErrors } from '../../errors.ts';
import { checkDefinition } from './check.ts';
import { formDefinition, type FormDefinition } from './definition.ts';

function messageOf(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'too_small':
			return issue.origin === 'string' ? 'calls.error.formRequired' : 'calls.error.formTooSmall';
		case 'too_big':
			return 'calls.error.formTooBig';
		case 'invalid_format':
			return 'calls.error.formKey';
		default:
			return 'calls.error.formValue';
	}
}

/** The definition, valid in shape and in rules; throws `Invalid` listing every faulty field. */
export function parseFormDefinition(raw: unknown): FormDefinition {
	const parsed = formDefinition.safeParse(raw);
	const fields: FieldErrors = {};
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const key = issue.path.map(String).join('.') || 'sections';
			(fields[key] ??= []).push(messageOf(issue));
		}
		throw new Invalid('calls.error.formInvalid', fields);
	}
	for (const p of checkDefinition(parsed.data))
		(fields[p.path || 'sections'] ??= []).push(p.message);
	if (Object.keys(fields).length) throw new Invalid('calls.error.formInvalid', fields);
	return parsed.data;
}
