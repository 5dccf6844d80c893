/**
 * Input of the account use cases, shared by the HTML forms and the REST API. Messages are i18n keys
 * (translated at the edge). Passwords are never trimmed: every character counts.
 */
import { z } from 'zod';
import { SCOPES } from './apiTokens.ts';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 200;
export const EMAIL_MAX = 254;

const text = (requiredKey: string) =>
	z.string({ error: requiredKey }).trim().min(1, { error: requiredKey });

export const emailField = z
	.string({ error: 'accounts.validation.emailRequired' })
	.trim()
	.min(1, { error: 'accounts.validation.emailRequired' })
	.max(EMAIL_MAX, { error: 'accounts.validation.emailInvalid' })
	.pipe(z.email({ error: 'accounts.validation.emailInvalid' }));

/** A new password: length only (a passphrase beats composition rules). */
export const newPasswordField = z
	.string({ error: 'accounts.validation.passwordRequired' })
	.min(1, { error: 'accounts.validation.passwordRequired', abort: true })
	.min(PASSWORD_MIN, { error: 'accounts.validation.passwordTooShort' })
	.max(PASSWORD_MAX, { error: 'accounts.validation.passwordTooLong' });

/** A password typed to prove who one is: no rule beyond a sane length. */
const passwordInput = z
	.string({ error: 'accounts.validation.passwordRequired' })
	.min(1, { error: 'accounts.validation.passwordRequired' })
	.max(1000, { error: 'accounts.validation.passwordTooLong' });

const nameField = text('accounts.validation.nameRequired').max(NAME_MAX, {
	error: 'accounts.validation.nameTooLong'
});

export const localeField = z.enum(['fr', 'en'], { error: 'accounts.validation.localeInvalid' });

/** A checkbox: browsers send "on" when ticked and nothing otherwise. */
const ticked = (key: string) =>
	z
		.union([z.literal('on'), z.literal('true'), z.literal(true)], { error: key })
		.transform(() => true);

export const signupSchema = z.object({
	name: nameField,
	email: emailField,
	password: newPasswordField,
	consent: ticked('accounts.validation.consentRequired')
});
export type SignupInput = z.output<typeof signupSchema>;

export const loginSchema = z.object({
	email: emailField,
	password: passwordInput
});
export type LoginInput = z.output<typeof loginSchema>;

/** Magic link, password reset and "send the confirmation link again" ask only for an address. */
export const emailOnlySchema = z.object({ email: emailField });
export type EmailOnlyInput = z.output<typeof emailOnlySchema>;

export const resetPasswordSchema = z
	.object({
		password: newPasswordField,
		passwordConfirmation: z.string({ error: 'accounts.validation.passwordConfirmationRequired' })
	})
	.refine((v) => v.password === v.passwordConfirmation, {
		error: 'accounts.validation.passwordsDiffer',
		path: ['passwordConfirmation']
	});
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;

export const profileSchema = z.object({
	name: nameField,
	locale: localeField
});
export type ProfileInput = z.output<typeof profileSchema>;

export const changePasswordSchema = z.object({
	/** Absent when the account has no password yet (magic-link only). */
	currentPassword: z.string().max(1000).optional().default(''),
	newPassword: newPasswordField
});
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

export const scopeField = z.enum(SCOPES, { error: 'accounts.validation.scopeInvalid' });

export const createApiTokenSchema = z.object({
	tokenName: text('accounts.validation.tokenNameRequired').max(100, {
		error: 'accounts.validation.tokenNameTooLong'
	}),
	/** None: everything the owner's roles allow. */
	scopes: z
		.union([scopeField, z.array(scopeField)], { error: 'accounts.validation.scopeInvalid' })
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]))
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const idSchema = z.object({
	id: z.string({ error: 'accounts.validation.idInvalid' }).trim().min(1).max(200)
});
