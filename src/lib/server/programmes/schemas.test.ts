import { describe, expect, it } from 'vitest';
import { Invalid } from '../errors.ts';
import {
	cycleFormInput,
	cycleInput,
	parseInput,
	parseInstant,
	programmeInput,
	programmeUpdate,
	slugify
} from './schemas.ts';
import { detectImageType, checkLogo } from './logo.ts';

describe('slugify', () => {
	it('lowercases, drops accents and joins words with dashes', () => {
		expect(slugify('Transformateur numérique')).toBe('transformateur-numerique');
		expect(slugify('  Édition « Île-de-France » 2026 !  ')).toBe('edition-ile-de-france-2026');
		expect(slugify('Cœur de métier — QVCT')).toBe('coeur-de-metier-qvct');
		expect(slugify('¿¿??')).toBe('');
	});

	it('stays within 80 characters without a trailing dash', () => {
		const s = slugify('a'.repeat(79) + ' b');
		expect(s.length).toBeLessThanOrEqual(80);
		expect(s.endsWith('-')).toBe(false);
	});
});

describe('programme input', () => {
	it('treats an empty slug as absent, and refuses a malformed one', () => {
		expect(programmeInput.parse({ name: 'Programme', slug: '' }).slug).toBeUndefined();
		expect(() => parseInput(programmeInput, { name: 'Programme', slug: 'Pas Bon' })).toThrow(
			Invalid
		);
	});

	it('an update leaves absent fields absent', () => {
		expect(programmeUpdate.parse({ name: 'Nouveau nom' })).toEqual({ name: 'Nouveau nom' });
	});
});

describe('dates', () => {
	it('reads Paris wall time and ISO 8601 with an offset', () => {
		expect(parseInstant('2026-07-01T10:00')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
		expect(parseInstant('2026-01-15')?.toISOString()).toBe('2026-01-14T23:00:00.000Z');
		expect(parseInstant('2026-07-01T10:00:00Z')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
		expect(parseInstant('2026-07-01T10:00+05:30')?.toISOString()).toBe('2026-07-01T04:30:00.000Z');
		expect(parseInstant('01/07/2026')).toBeNull();
		expect(parseInstant('2026-02-30')).toBeNull();
	});

	it('reports calendar errors under the phase kind', () => {
		try {
			parseInput(cycleInput, {
				name: 'Promotion',
				phases: [
					{ kind: 'call_open', startsAt: '2026-09-01T09:00' },
					{ kind: 'shortlisting', startsAt: 'demain' }
				]
			});
			expect.unreachable();
		} catch (e) {
			expect((e as Invalid).fields).toEqual({
				'phases.shortlisting.startsAt': ['programmes.error.dateFormat']
			});
		}
	});

	it('the calendar form skips empty rows and keeps half-filled ones', () => {
		const form = new FormData();
		form.set('name', 'Promotion 3');
		form.set('phases.call_open.startsAt', '2026-09-01T09:00');
		form.set('phases.call_open.endsAt', '');
		form.set('phases.shortlisting.startsAt', '');
		form.set('phases.shortlisting.endsAt', '2026-10-01T09:00');
		const input = cycleFormInput(form);
		expect(input.phases).toEqual([
			{ kind: 'call_open', startsAt: '2026-09-01T09:00', endsAt: null },
			{ kind: 'shortlisting', startsAt: '', endsAt: '2026-10-01T09:00' }
		]);
		expect(() => parseInput(cycleInput, input)).toThrow(Invalid);
	});
});

describe('logo type', () => {
	const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
	it('recognises PNG, JPEG and WebP by their first bytes', () => {
		expect(detectImageType(png)).toBe('image/png');
		expect(detectImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
		expect(detectImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
	});

	it('refuses SVG, text and oversized files', () => {
		const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
		expect(detectImageType(svg)).toBeNull();
		expect(() => checkLogo(svg)).toThrow(Invalid);
		const big = new Uint8Array(1024 * 1024 + 1);
		big.set(png);
		expect(() => checkLogo(big)).toThrow(/logoTooLarge/);
	});
});
