import { describe, expect, it } from 'vitest';
import { translator } from '#lib/i18n/index.ts';
import { formatSize, pipelineHref } from './format.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatSize', () => {
	const fr = translator('fr');
	const en = translator('en');
	it('says bytes, kilobytes or megabytes, in the reader’s language', () => {
		expect(formatSize(70, 'fr', fr)).toBe('70 octets');
		expect(formatSize(2048, 'fr', fr)).toBe('2 ko');
		expect(plain(formatSize(1.25 * 1024 * 1024, 'fr', fr))).toBe('1,3 Mo');
		expect(formatSize(1.25 * 1024 * 1024, 'en', en)).toBe('1.3 MB');
		expect(formatSize(1023, 'en', en)).toBe('1,023 bytes');
	});
});

describe('pipelineHref', () => {
	const base = '/admin/programmes/p/appels/c/candidatures';
	it('keeps the list’s query string, with or without its question mark', () => {
		expect(pipelineHref(base, 'statut=submitted&q=charge')).toBe(
			`${base}?statut=submitted&q=charge`
		);
		expect(pipelineHref(base, '?statut=eligible')).toBe(`${base}?statut=eligible`);
		expect(pipelineHref(base, null)).toBe(base);
		expect(pipelineHref(base, '')).toBe(base);
	});
	it('never leads elsewhere: the value only ever becomes parameters of the list', () => {
		expect(pipelineHref(base, '//evil.example/x')).toBe(`${base}?%2F%2Fevil.example%2Fx=`);
		expect(pipelineHref(base, 'https://evil.example')).toBe(`${base}?https%3A%2F%2Fevil.example=`);
		expect(pipelineHref(base, 'a=1#frag"><script>')).toMatch(new RegExp(`^${base}\\?a=`));
		expect(pipelineHref(base, 'a=1#x')).not.toContain('#');
	});
});
