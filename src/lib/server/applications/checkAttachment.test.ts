import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../calls/form/definition.ts';
import { Invalid } from '../errors.ts';
import * as s from '../storage/testing/samples.ts';
import { checkAttachment } from './attachments.ts';

const definition: FormDefinition = {
	sections: [
		{
			key: 'pieces',
			title: { fr: 'Pièces', en: 'Files' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'presentation',
					kind: 'file',
					label: { fr: 'Présentation', en: 'Presentation' },
					help: { fr: '', en: '' },
					required: false,
					accept: ['application/pdf'],
					maxBytes: 1.5 * 1024 * 1024
				},
				{
					key: 'titre',
					kind: 'short_text',
					label: { fr: 'Titre', en: 'Title' },
					help: { fr: '', en: '' },
					required: false
				}
			]
		}
	]
};

function refusal(input: { questionKey: string; fileName: string; bytes: Uint8Array }): Invalid {
	try {
		checkAttachment(definition, input, 'fr');
	} catch (e) {
		if (e instanceof Invalid) return e;
		throw e;
	}
	throw new Error('expected a refusal');
}

describe('checkAttachment (before anything is saved)', () => {
	it('accepts a PDF within the limit, with the type read from its content', () => {
		const ok = checkAttachment(
			definition,
			{ questionKey: 'presentation', fileName: 'dossier.pdf', bytes: s.pdf() },
			'fr'
		);
		expect(ok.mime).toBe('application/pdf');
		expect(ok.question.key).toBe('presentation');
	});

	it('refuses, with a clear message on the field `file`: disguised, too large, empty', () => {
		const disguised = refusal({ questionKey: 'presentation', fileName: 'x.pdf', bytes: s.png() });
		expect(disguised.fields.file[0]).toContain('ne correspond pas à son extension');
		const text = refusal({
			questionKey: 'presentation',
			fileName: 'x.pdf',
			bytes: s.bytesOf('Pas un PDF')
		});
		expect(text.fields.file[0]).toContain('ne correspond pas à son extension');
		const big = refusal({
			questionKey: 'presentation',
			fileName: 'x.pdf',
			bytes: s.concat(s.pdf(), new Array(2 * 1024 * 1024).fill(32))
		});
		expect(big.fields.file).toEqual(['Le fichier est trop volumineux (1,5 Mo au plus).']);
		const empty = refusal({
			questionKey: 'presentation',
			fileName: 'x.pdf',
			bytes: new Uint8Array()
		});
		expect(empty.fields.file).toEqual(['Le fichier est vide.']);
	});

	it('refuses a question that takes no file', () => {
		const e = refusal({ questionKey: 'titre', fileName: 'x.pdf', bytes: s.pdf() });
		expect(Object.keys(e.fields)).toEqual(['question']);
	});
});
