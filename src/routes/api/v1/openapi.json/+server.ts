import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { openApiDocument } from '#lib/server/api/openapi.ts';

export const GET: RequestHandler = route(operations.getOpenApi, async () => openApiDocument());

export const fallback: RequestHandler = methodNotAllowed;
