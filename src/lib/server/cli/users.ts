/**
 * Accounts and tokens made from the command line, by whoever runs the server: the way in for the
 * first programme team, before anyone can use the back office. Acts as « système » in the audit
 * log. No e-mail is sent: the operator tells the person.
 */
import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import { ROLES, anonymous, type Role } from '../accounts/actor.ts';
import { createApiToken, parseScopes, type Scope } from '../accounts/apiTokens.ts';
import { emailField, newPasswordField } from '../accounts/schemas.ts';
import { hashPassword } from '../accounts/password.ts';
import { loadRoles } from '../accounts/sessions.ts';
import { audit } from '../audit/log.ts';
import { sessions, users } from '../db/schema.ts';
import { Invalid, NotFound } from '../errors.ts';
import { getProgramme } from '../programmes/index.ts';
import { findUserByEmail, insertAssignment } from '../users/queries.ts';
import { REGIONS, isRegionCode } from '../../regions.ts';
import { translateMessage, translator } from '../../i18n/index.ts';

const t = translator('fr');

export type ProvisionInput = {
	email: string;
	role: string;
	region?: string;
	programme?: string;
	name?: string;
};

export type ProvisionedUser = {
	id: string;
	email: string;
	name: string;
	roles: { role: Role; programmeId: string | null; regionCode: string | null }[];
	created: boolean;
	/** false when the person already held exactly that role. */
	roleAdded: boolean;
	disabled: boolean;
};

function checkEmail(raw: string): string {
	const parsed = emailField.safeParse(raw);
	if (!parsed.success) {
		const message = translateMessage(t, parsed.error.issues[0].message);
		throw new Invalid(`Adresse e-mail invalide (« ${raw} ») : ${message}`, { email: [message] });
	}
	return parsed.data;
}

/** Creates the account if needed and gives it the role, in one transaction. */
export async function provisionUser(
	svc: Services,
	input: ProvisionInput
): Promise<ProvisionedUser> {
	const email = checkEmail(input.email);
	if (!(ROLES as readonly string[]).includes(input.role)) {
		throw new Invalid(`Rôle inconnu : « ${input.role} ». Rôles possibles : ${ROLES.join(', ')}.`, {
			role: ['Rôle inconnu']
		});
	}
	const role = input.role as Role;
	let regionCode: string | null = null;
	if (role === 'regional_partner') {
		if (!input.region) {
			throw new Invalid(
				'Le rôle regional_partner demande --region, le code INSEE de la région ' +
					`(${REGIONS.map((r) => r.code).join(', ')}).`,
				{ region: ['Région obligatoire'] }
			);
		}
		if (!isRegionCode(input.region)) {
			throw new Invalid(
				`Région inconnue : « ${input.region} ». Codes possibles : ` +
					`${REGIONS.map((r) => `${r.code} (${r.name})`).join(', ')}.`,
				{ region: ['Région inconnue'] }
			);
		}
		regionCode = input.region;
	} else if (input.region) {
		throw new Invalid('--region ne vaut que pour le rôle regional_partner.', {
			region: ['Région inattendue']
		});
	}
	let programmeId: string | null = null;
	if (input.programme) {
		try {
			programmeId = (await getProgramme(svc.db, anonymous, input.programme)).id;
		} catch (e) {
			if (e instanceof NotFound) {
				throw new Invalid(`Programme introuvable : « ${input.programme} ».`, {
					programme: ['Programme introuvable']
				});
			}
			throw e;
		}
	}
	const name = (input.name ?? '').trim();

	return svc.db.transaction(async (tx) => {
		let user = await findUserByEmail(tx, email);
		const created = !user;
		if (!user) {
			[user] = await tx
				.insert(users)
				.values({ email, name, emailVerifiedAt: new Date(), passwordHash: null })
				.returning();
			await audit(tx, anonymous, {
				action: 'user.created',
				entityType: 'user',
				entityId: user.id,
				programmeId,
				after: { email: user.email, name: user.name, verified: true }
			});
		}
		const row = await insertAssignment(tx, { userId: user.id, role, programmeId, regionCode });
		if (row) {
			await audit(tx, anonymous, {
				action: 'role.granted',
				entityType: 'role_assignment',
				entityId: row.id,
				programmeId,
				after: { userId: user.id, email: user.email, role, programmeId, regionCode }
			});
		}
		return {
			id: user.id,
			email: user.email,
			name: user.name,
			roles: await loadRoles(tx, user.id),
			created,
			roleAdded: row !== null,
			disabled: user.disabledAt !== null
		};
	});
}

export type CreatedToken = {
	token: string;
	id: string;
	name: string;
	scopes: Scope[] | null;
	userId: string;
	email: string;
};

/** A personal access token for the account; `scopes` undefined: all that its roles allow. */
export async function createTokenFor(
	svc: Services,
	input: { email: string; scopes?: string; name?: string }
): Promise<CreatedToken> {
	const email = checkEmail(input.email);
	let scopes: Scope[] | null = null;
	if (input.scopes !== undefined) {
		scopes = parseScopes(input.scopes);
		if (!scopes?.length) {
			throw new Invalid('--scopes est vide : donnez au moins une portée, ou omettez l’option.', {
				scopes: ['Portées vides']
			});
		}
	}
	const name = input.name?.trim() || `transfo, ${new Date().toISOString().slice(0, 10)}`;
	return svc.db.transaction(async (tx) => {
		const user = await findUserByEmail(tx, email);
		if (!user) {
			throw new Invalid(`Aucun compte pour ${email} : créez-le avec transfo user create.`, {
				email: ['Compte introuvable']
			});
		}
		if (user.disabledAt) {
			throw new Invalid(`Le compte ${user.email} est désactivé.`, { email: ['Compte désactivé'] });
		}
		const created = await createApiToken(tx, user.id, { name, scopes });
		await audit(tx, anonymous, {
			action: 'account.api_token_created',
			entityType: 'api_token',
			entityId: created.id,
			after: { userId: user.id, email: user.email, name, scopes }
		});
		return {
			token: created.token,
			id: created.id,
			name,
			scopes,
			userId: user.id,
			email: user.email
		};
	});
}

/**
 * Sets a person's password from the command line (the first account of an instance without SMTP,
 * or a locked-out administrator). The address counts as verified; their sessions are closed.
 */
export async function setPasswordFor(
	app: Services,
	input: { email: string; password: string }
): Promise<{ id: string; email: string }> {
	const parsed = newPasswordField.safeParse(input.password);
	if (!parsed.success) {
		throw new Invalid(translateMessage(translator('fr'), parsed.error.issues[0].message));
	}
	const passwordHash = await hashPassword(parsed.data);
	return app.db.transaction(async (tx) => {
		const user = await findUserByEmail(tx, input.email);
		if (!user) throw new NotFound(`Aucun compte pour ${input.email}.`);
		await tx
			.update(users)
			.set({
				passwordHash,
				emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
				updatedAt: new Date()
			})
			.where(eq(users.id, user.id));
		await tx.delete(sessions).where(eq(sessions.userId, user.id));
		await audit(tx, anonymous, {
			action: 'account.password_set',
			entityType: 'user',
			entityId: user.id
		});
		return { id: user.id, email: user.email };
	});
}
