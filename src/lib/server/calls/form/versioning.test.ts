import { describe, expect, it } from 'vitest';
import { formDefinition, type FormDefinition } from './definition.ts';
import { planFormSave, sameDefinition } from './versioning.ts';

const v1: FormDefinition = formDefinition.parse({
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet' },
			questions: [
				{ key: 'titre', kind: 'short_text', label: { fr: 'Titre' }, required: true },
				{ key: 'resume', kind: 'long_text', label: { fr: 'Résumé' }, maxLength: 3000 }
			]
		}
	]
});
const clone = (d: FormDefinition): FormDefinition => JSON.parse(JSON.stringify(d));

describe('planFormSave', () => {
	it('creates version 1 when the call has no form', () => {
		expect(planFormSave(null, v1)).toEqual({ action: 'create', number: 1 });
	});

	it('changes nothing when the definition is the same (even from JSON, keys reordered)', () => {
		const same = clone(v1);
		const q = same.sections[0].questions[0];
		same.sections[0].questions[0] = {
			required: q.required,
			label: q.label,
			kind: q.kind,
			key: q.key,
			help: q.help,
			maxLength: undefined
		};
		expect(planFormSave({ number: 3, definition: v1, applicationsStarted: true }, same)).toEqual({
			action: 'unchanged',
			number: 3
		});
	});

	it('edits in place while no application has started', () => {
		const next = clone(v1);
		next.sections[0].questions[1].maxLength = 4000;
		expect(planFormSave({ number: 1, definition: v1, applicationsStarted: false }, next)).toEqual({
			action: 'update',
			number: 1
		});
	});

	it('makes a new version once an application has started', () => {
		const next = clone(v1);
		next.sections[0].questions[0].label.en = 'Title';
		expect(planFormSave({ number: 2, definition: v1, applicationsStarted: true }, next)).toEqual({
			action: 'new_version',
			number: 3
		});
	});

	it('reordering questions is a change', () => {
		const next = clone(v1);
		next.sections[0].questions.reverse();
		expect(sameDefinition(v1, next)).toBe(false);
		expect(
			planFormSave({ number: 1, definition: v1, applicationsStarted: true }, next).action
		).toBe('new_version');
	});

	it('distinguishes values of different types and shapes', () => {
		const a = clone(v1);
		const b = clone(v1);
		b.sections[0].questions[0].required = 'true' as unknown as boolean;
		expect(sameDefinition(a, b)).toBe(false);
		const c = clone(v1);
		c.sections[0].questions[0].options = [];
		expect(sameDefinition(a, c)).toBe(false);
	});
});
