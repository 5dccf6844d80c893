/**
 * A prospect, read for an actor: found and readable (or writable) by them, else `NotFound` (a
 * person outside the partner never learns it exists).
 */
import { ZodObject, type z } from 'zod';
import { isRegionCode } from '../../regions.ts';
import type { Actor, UserActor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { Invalid, NotFound, type FieldErrors } from '../errors.ts';
import { assertMayReadPartnerData, assertMayWritePartnerData } from './policy.ts';
import { findProgrammeCall, isUuid, type PartnerCallRow } from './partnerQueries.ts';
import { parseInput } from './partnerSchemas.ts';
import { findProspect, type ProspectRow } from './prospectQueries.ts';

export async function readableProspect(
	db: DbOrTx,
	actor: Actor,
	prospectId: string
): Promise<ProspectRow> {
	const p = isUuid(prospectId) ? await findProspect(db, prospectId) : null;
	if (!p) throw new NotFound();
	assertMayReadPartnerData(actor, { partnerId: p.partnerId, programmeId: p.programmeId });
	return p;
}

export async function writableProspect(
	db: DbOrTx,
	actor: Actor,
	prospectId: string
): Promise<{ prospect: ProspectRow; actor: UserActor }> {
	const p = isUuid(prospectId) ? await findProspect(db, prospectId) : null;
	if (!p) throw new NotFound();
	assertMayWritePartnerData(actor, { partnerId: p.partnerId, programmeId: p.programmeId });
	return { prospect: p, actor };
}

/**
 * Parses a prospect's input and checks that its region is one of the partner's, reporting both
 * kinds of problems together (a form shows every error in one go). `regionChanged`: whether the
 * region is to be checked (an edit keeps a region the partner has since left).
 */
export function parseProspectInput<S extends z.ZodType>(
	schema: S,
	input: unknown,
	partnerRegions: readonly string[],
	regionChanged: (code: string) => boolean = () => true
): z.output<S> {
	const raw = (input && typeof input === 'object' ? input : {}) as { regionCode?: unknown };
	const code = typeof raw.regionCode === 'string' ? raw.regionCode.trim() : null;
	const notPartner =
		code !== null && isRegionCode(code) && regionChanged(code) && !partnerRegions.includes(code);
	const regionFields: FieldErrors = notPartner
		? { regionCode: ['partners.error.regionNotPartner'] }
		: {};
	let data: z.output<S>;
	try {
		data = parseInput(schema, input);
	} catch (e) {
		if (!(e instanceof Invalid)) throw e;
		// In the order of the form (the schema's), whichever check found them.
		const merged: FieldErrors = { ...e.fields, ...regionFields };
		const order = schema instanceof ZodObject ? Object.keys(schema.shape) : [];
		const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
		const fields = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => rank(a) - rank(b)));
		throw new Invalid(Object.values(fields)[0]?.[0] ?? e.message, fields);
	}
	if (notPartner) throw new Invalid('partners.error.regionNotPartner', regionFields);
	return data;
}

/** A call of the programme a prospect can be sourced for (published or closed), else `Invalid`. */
export async function callOfProgramme(
	db: DbOrTx,
	programmeId: string,
	callId: string
): Promise<PartnerCallRow> {
	const call = await findProgrammeCall(db, callId);
	if (
		!call ||
		call.programmeId !== programmeId ||
		(call.status !== 'published' && call.status !== 'closed')
	) {
		throw new Invalid('partners.error.call', { callId: ['partners.error.call'] });
	}
	return call;
}
