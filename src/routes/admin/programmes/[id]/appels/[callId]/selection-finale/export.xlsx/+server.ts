import type { RequestHandler } from './$types';
import { exportResponse } from '../exportResponse.ts';

export const GET: RequestHandler = (event) => exportResponse(event, 'xlsx');
