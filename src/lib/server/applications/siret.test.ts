import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import {
	LA_POSTE_SIREN,
	SIRET_MESSAGES,
	checkSiren,
	checkSiret,
	formatSiret,
	isValidSiren,
	isValidSiret,
	luhn,
	normalizeSiret,
	sirenOf
} from './siret.ts';

/** Appends the Luhn check digit to `body`. */
function withCheckDigit(body: string): string {
	for (let d = 0; d <= 9; d++) if (luhn(body + d)) return body + d;
	throw new Error('unreachable');
}
/** Changes one digit (keeps the length, breaks the Luhn sum). */
function typo(id: string, at: number): string {
	const d = (Number(id[at]) + 1) % 10;
	return id.slice(0, at) + d + id.slice(at + 1);
}
const digitSum = (s: string) => [...s].reduce((n, c) => n + Number(c), 0);

describe('luhn', () => {
	it('accepts the classic SIREN examples and refuses a typo', () => {
		expect(luhn('732829320')).toBe(true);
		expect(luhn('542065479')).toBe(true);
		expect(luhn('732829321')).toBe(false);
		expect(luhn('')).toBe(false);
		expect(luhn('12a')).toBe(false);
	});
});

describe('SIREN', () => {
	it('validates 9 digits with a Luhn check digit', () => {
		const siren = withCheckDigit('41234567');
		expect(isValidSiren(siren)).toBe(true);
		expect(isValidSiren('732 829 320')).toBe(true);
		expect(isValidSiren(typo(siren, 3))).toBe(false);
	});

	it('says whether the length or the check digit is wrong', () => {
		expect(checkSiren('73282932')).toEqual({ ok: false, message: SIRET_MESSAGES.sirenLength });
		expect(checkSiren('732829321')).toEqual({ ok: false, message: SIRET_MESSAGES.sirenCheckDigit });
		expect(checkSiren('732829320')).toEqual({ ok: true, value: '732829320' });
		expect(checkSiren('ABC')).toEqual({ ok: false, message: SIRET_MESSAGES.format });
		expect(checkSiren('  ')).toEqual({ ok: false, message: SIRET_MESSAGES.required });
	});
});

describe('SIRET', () => {
	it('validates 14 digits with a Luhn check digit, written in any usual way', () => {
		expect(isValidSiret('73282932000074')).toBe(true);
		expect(isValidSiret('732 829 320 00074')).toBe(true);
		expect(isValidSiret('732.829.320.00074')).toBe(true);
		expect(isValidSiret('732\u00a0829\u00a0320\u00a000074')).toBe(true);
		for (let i = 0; i < 20; i++) {
			const siret = withCheckDigit(`${String(300000000 + i * 31_337_017).slice(0, 9)}0001`);
			expect(isValidSiret(siret)).toBe(true);
			expect(isValidSiret(typo(siret, i % 14))).toBe(false);
		}
	});

	it('refuses a swap of two neighbouring digits', () => {
		expect(isValidSiret('73282932000047')).toBe(false);
	});

	it('says whether the length or the check digit is wrong', () => {
		expect(checkSiret('7328293200007')).toEqual({ ok: false, message: SIRET_MESSAGES.siretLength });
		expect(checkSiret('732829320')).toEqual({ ok: false, message: SIRET_MESSAGES.siretLength });
		expect(checkSiret('73282932000075')).toEqual({
			ok: false,
			message: SIRET_MESSAGES.siretCheckDigit
		});
		expect(checkSiret('7328293200007A')).toEqual({ ok: false, message: SIRET_MESSAGES.format });
		expect(checkSiret('')).toEqual({ ok: false, message: SIRET_MESSAGES.required });
		expect(checkSiret('732 829 320 00074')).toEqual({ ok: true, value: '73282932000074' });
	});

	it('applies La Poste’s rule: digit sum multiple of 5', () => {
		expect(LA_POSTE_SIREN).toBe('356000000');
		// La Poste's head office is Luhn-valid anyway.
		expect(isValidSiret('35600000000048')).toBe(true);
		// An establishment valid only by La Poste's rule.
		let found = '';
		for (let nic = 10000; nic < 99999 && !found; nic++) {
			const s = `${LA_POSTE_SIREN}${nic}`;
			if (digitSum(s) % 5 === 0 && !luhn(s)) found = s;
		}
		expect(found).not.toBe('');
		expect(isValidSiret(found)).toBe(true);
		expect(isValidSiret('35600000049837')).toBe(true); // 3+5+6+4+9+8+3+7 = 45
		// Neither rule: refused.
		const bad = '35600000049838';
		expect(digitSum(bad) % 5).not.toBe(0);
		expect(luhn(bad)).toBe(false);
		expect(checkSiret(bad)).toEqual({ ok: false, message: SIRET_MESSAGES.siretCheckDigit });
		// The rule does not extend to other companies.
		let other = '';
		for (let nic = 10000; nic < 99999 && !other; nic++) {
			const s = `732829320${nic}`;
			if (digitSum(s) % 5 === 0 && !luhn(s)) other = s;
		}
		expect(isValidSiret(other)).toBe(false);
	});

	it('normalises and formats', () => {
		expect(normalizeSiret(' 732 829.320-00074 ')).toBe('73282932000074');
		expect(sirenOf('732 829 320 00074')).toBe('732829320');
		expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
		expect(formatSiret('123')).toBe('123');
	});

	it('every message is translated in both languages', () => {
		for (const locale of ['fr', 'en'] as const) {
			const t = translator(locale);
			for (const key of Object.values(SIRET_MESSAGES)) expect(t(key)).not.toBe(key);
		}
	});
});
