/**
 * Input of the user and role management use cases, shared by the back-office forms and the REST
 * API. Messages are i18n keys, translated at the edge.
 */
import { z } from 'zod';
import { ROLES, type Role } from '../accounts/actor.ts';
import { emailField } from '../accounts/schemas.ts';
import { isRegionCode } from '../../regions.ts';

export const NAME_MAX = 200;
export const PAGE_SIZE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from addresses: anything that is not a UUID names nothing (and must not reach SQL). */
export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}

export { isRegionCode };

export const roleField = z.enum(ROLES, { error: 'admin.users.validation.roleInvalid' });

/**
 * The programme a role holds on. The empty string (the "every programme" option of the form) and
 * JSON `null` both mean: on every programme of the instance. Required, so that forgetting it
 * never grants a platform-wide role.
 */
export const programmeIdField = z
	.union(
		[
			z.literal(''),
			z.null(),
			z.string().trim().regex(UUID, { error: 'admin.users.validation.programmeInvalid' })
		],
		{ error: 'admin.users.validation.programmeRequired' }
	)
	.transform((v) => (v ? v.toLowerCase() : null));

const regionCodeField = z
	.union([z.string().trim(), z.null()], { error: 'admin.users.validation.regionInvalid' })
	.optional();

const roleShape = {
	role: roleField,
	programmeId: programmeIdField,
	/** Only for a regional partner, who must name one; ignored for every other role. */
	regionCode: regionCodeField
};

type RoleFields = { role: Role; programmeId: string | null; regionCode?: string | null };

function checkRegion(v: RoleFields, ctx: z.core.$RefinementCtx): void {
	if (v.role !== 'regional_partner') return;
	if (!v.regionCode) {
		ctx.addIssue({
			code: 'custom',
			path: ['regionCode'],
			message: 'admin.users.validation.regionRequired'
		});
	} else if (!isRegionCode(v.regionCode)) {
		ctx.addIssue({
			code: 'custom',
			path: ['regionCode'],
			message: 'admin.users.validation.regionInvalid'
		});
	}
}

function normaliseRegion<T extends RoleFields>(v: T): Omit<T, 'regionCode'> & RoleGrantFields {
	return { ...v, regionCode: v.role === 'regional_partner' ? (v.regionCode ?? null) : null };
}

type RoleGrantFields = { role: Role; programmeId: string | null; regionCode: string | null };

export const roleGrantSchema = z
	.object(roleShape)
	.superRefine(checkRegion)
	.transform((v) => normaliseRegion(v));
export type RoleGrantInput = z.output<typeof roleGrantSchema>;

const nameField = z
	.string({ error: 'admin.users.validation.nameRequired' })
	.trim()
	.min(1, { error: 'admin.users.validation.nameRequired' })
	.max(NAME_MAX, { error: 'admin.users.validation.nameTooLong' });

export const inviteSchema = z
	.object({ email: emailField, name: nameField, ...roleShape })
	.superRefine(checkRegion)
	.transform((v) => normaliseRegion(v));
export type InviteInput = z.output<typeof inviteSchema>;

export const revokeRoleSchema = z.object({
	assignmentId: z
		.string({ error: 'admin.users.validation.assignmentInvalid' })
		.regex(UUID, { error: 'admin.users.validation.assignmentInvalid' })
});

/**
 * Filters of the user list. Read from an address: a value that makes no sense is dropped rather
 * than refused, so that a hand-edited link still shows a list.
 */
export const userListQuery = z.object({
	q: z.string().trim().max(200).optional().catch(undefined),
	role: roleField.optional().catch(undefined),
	programmeId: z.string().regex(UUID).optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
	pageSize: z.coerce.number().int().min(1).max(100).optional().catch(undefined)
});
export type UserListQuery = z.output<typeof userListQuery>;
