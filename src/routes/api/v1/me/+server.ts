import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { presentMe } from '#lib/server/api/presenters.ts';

export const GET: RequestHandler = route(operations.getMe, async ({ actor }) => presentMe(actor));

export const fallback: RequestHandler = methodNotAllowed;
