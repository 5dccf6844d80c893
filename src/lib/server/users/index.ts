/** Back-office management of people and their roles. */
export { listUsers, type UserPage } from './listUsers.ts';
export { getUser } from './getUser.ts';
export { inviteUser, type InviteResult } from './inviteUser.ts';
export { grantRole } from './grantRole.ts';
export { revokeRole } from './revokeRole.ts';
export { disableUser, enableUser } from './accountStatus.ts';
export { listGrantOptions, listProgrammeFilter, type GrantOptions } from './grantOptions.ts';
export {
	inviteSchema,
	revokeRoleSchema,
	roleGrantSchema,
	userListQuery,
	type InviteInput,
	type RoleGrantInput,
	type UserListQuery
} from './schemas.ts';
export type { RoleView, UserSummaryView, UserView } from './presenters.ts';
