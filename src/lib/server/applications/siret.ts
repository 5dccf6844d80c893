/**
 * French company identifiers. A SIREN (9 digits) names a legal unit, a SIRET (14 digits: the SIREN
 * and a 5-digit establishment number, NIC) names one of its establishments. Both end with a Luhn
 * check digit, with one exception: La Poste (SIREN 356000000) has more establishments than the Luhn
 * scheme allows, so its SIRETs are valid when the sum of their digits is a multiple of 5.
 * Pure: no I/O (this says nothing about whether the identifier exists in the SIRENE register).
 */

/** La Poste's SIREN, whose SIRETs follow the "sum of digits multiple of 5" rule. */
export const LA_POSTE_SIREN = '356000000';

/** The i18n keys of the SIRET/SIREN checks. */
export const SIRET_MESSAGES = {
	required: 'siret.error.required',
	format: 'siret.error.format',
	sirenLength: 'siren.error.length',
	sirenCheckDigit: 'siren.error.checkDigit',
	siretLength: 'siret.error.length',
	siretCheckDigit: 'siret.error.checkDigit'
} as const;

/** Luhn checksum over a string of digits (the last one being the check digit). */
export function luhn(digits: string): boolean {
	if (!/^\d+$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let d = digits.charCodeAt(digits.length - 1 - i) - 48;
		if (i % 2 === 1) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	return sum % 10 === 0;
}

/**
 * The identifier as people write it, reduced to its digits: spaces (including non-breaking ones),
 * dots and dashes are removed. Anything else is kept, so that the check says "digits only".
 */
export function normalizeSiret(input: string): string {
	return input.replace(/[\s.\u00a0\u202f-]/g, '');
}

export type IdentifierCheck =
	| { ok: true; value: string }
	| { ok: false; message: (typeof SIRET_MESSAGES)[keyof typeof SIRET_MESSAGES] };

/** Checks a SIREN as typed; says whether it is the length or the check digit that is wrong. */
export function checkSiren(input: string): IdentifierCheck {
	const v = normalizeSiret(input);
	if (v === '') return { ok: false, message: SIRET_MESSAGES.required };
	if (!/^\d+$/.test(v)) return { ok: false, message: SIRET_MESSAGES.format };
	if (v.length !== 9) return { ok: false, message: SIRET_MESSAGES.sirenLength };
	if (!luhn(v)) return { ok: false, message: SIRET_MESSAGES.sirenCheckDigit };
	return { ok: true, value: v };
}

/** Checks a SIRET as typed; says whether it is the length or the check digit that is wrong. */
export function checkSiret(input: string): IdentifierCheck {
	const v = normalizeSiret(input);
	if (v === '') return { ok: false, message: SIRET_MESSAGES.required };
	if (!/^\d+$/.test(v)) return { ok: false, message: SIRET_MESSAGES.format };
	if (v.length !== 14) return { ok: false, message: SIRET_MESSAGES.siretLength };
	const valid = v.startsWith(LA_POSTE_SIREN) ? laPosteValid(v) || luhn(v) : luhn(v);
	if (!valid) return { ok: false, message: SIRET_MESSAGES.siretCheckDigit };
	return { ok: true, value: v };
}

function laPosteValid(siret: string): boolean {
	let sum = 0;
	for (const c of siret) sum += c.charCodeAt(0) - 48;
	return sum % 5 === 0;
}

/** A valid SIREN (9 digits, Luhn), spaces and dots allowed. */
export function isValidSiren(input: string): boolean {
	return checkSiren(input).ok;
}

/** A valid SIRET (14 digits, Luhn or La Poste's rule), spaces and dots allowed. */
export function isValidSiret(input: string): boolean {
	return checkSiret(input).ok;
}

/** The SIREN part of a SIRET. */
export function sirenOf(siret: string): string {
	return normalizeSiret(siret).slice(0, 9);
}

/** « 123 456 789 00012 », the way SIRETs are usually printed. */
export function formatSiret(siret: string): string {
	const v = normalizeSiret(siret);
	if (!/^\d{14}$/.test(v)) return siret;
	return `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6, 9)} ${v.slice(9)}`;
}
