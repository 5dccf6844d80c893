import { describe, expect, it } from 'vitest';
import {
	changePasswordSchema,
	createApiTokenSchema,
	resetPasswordSchema,
	signupSchema
} from './schemas.ts';
import { translateMessage, translator } from '../../i18n/index.ts';

function messages(result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
	return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('sign-up input', () => {
	const valid = {
		name: ' Camille Durand ',
		email: ' camille@exemple.fr ',
		password: 'une phrase assez longue',
		consent: 'on'
	};

	it('accepts a complete form and trims name and address', () => {
		const r = signupSchema.parse(valid);
		expect(r).toMatchObject({ name: 'Camille Durand', email: 'camille@exemple.fr' });
		expect(r.password).toBe('une phrase assez longue');
	});

	it('says one thing per field, in words a person understands', () => {
		const r = signupSchema.safeParse({ name: '', email: 'pas-une-adresse', password: 'court' });
		const t = translator('fr');
		const m = messages(r);
		expect(Object.keys(m).sort()).toEqual(['consent', 'email', 'name', 'password']);
		expect(translateMessage(t, m.password)).toBe(
			'Le mot de passe doit compter au moins 12 caractères.'
		);
		expect(translateMessage(t, m.email)).toContain('adresse e-mail valide');
	});

	it('refuses passwords under 12 or over 200 characters', () => {
		expect(signupSchema.safeParse({ ...valid, password: 'a'.repeat(11) }).success).toBe(false);
		expect(signupSchema.safeParse({ ...valid, password: 'a'.repeat(12) }).success).toBe(true);
		expect(signupSchema.safeParse({ ...valid, password: 'a'.repeat(200) }).success).toBe(true);
		expect(signupSchema.safeParse({ ...valid, password: 'a'.repeat(201) }).success).toBe(false);
	});

	it('requires the consent box', () => {
		const { consent, ...rest } = valid;
		void consent;
		expect(messages(signupSchema.safeParse(rest))).toEqual({
			consent: 'accounts.validation.consentRequired'
		});
	});
});

describe('new password twice', () => {
	it('points at the confirmation when the two differ', () => {
		const r = resetPasswordSchema.safeParse({
			password: 'une phrase assez longue',
			passwordConfirmation: 'une autre phrase longue'
		});
		expect(messages(r)).toEqual({ passwordConfirmation: 'accounts.validation.passwordsDiffer' });
	});
});

describe('change of password', () => {
	it('does not require the current password (accounts without one)', () => {
		expect(changePasswordSchema.parse({ newPassword: 'une phrase assez longue' })).toEqual({
			currentPassword: '',
			newPassword: 'une phrase assez longue'
		});
	});
});

describe('API token input', () => {
	it('takes one, several or no scopes', () => {
		expect(createApiTokenSchema.parse({ tokenName: 'Suivi' }).scopes).toEqual([]);
		expect(createApiTokenSchema.parse({ tokenName: 'Suivi', scopes: 'audit:read' }).scopes).toEqual(
			['audit:read']
		);
		expect(
			createApiTokenSchema.parse({ tokenName: 'Suivi', scopes: ['audit:read', 'users:read'] })
				.scopes
		).toEqual(['audit:read', 'users:read']);
	});

	it('refuses an unknown scope and an empty name', () => {
		expect(messages(createApiTokenSchema.safeParse({ tokenName: ' ', scopes: 'root' }))).toEqual({
			tokenName: 'accounts.validation.tokenNameRequired',
			scopes: 'accounts.validation.scopeInvalid'
		});
	});
});
