import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { findProgramme } from '../programmes/queries.ts';
import { presentTerm, type TermView } from './presenters.ts';
import { ensureDefaultTerms, termsOf } from './queries.ts';
import { TERM_KINDS, type TermKind } from './schemas.ts';

export type ProgrammeTerms = Record<TermKind, TermView[]>;

/**
 * A programme's editable lists (QVCT themes, project typology), archived terms included (old
 * answers still name them). Public, like the programme. A programme that has never had a list gets
 * the default one on first read.
 */
export async function listTerms(
	db: DbOrTx,
	_actor: Actor,
	programmeId: string
): Promise<ProgrammeTerms> {
	const programme = await findProgramme(db, programmeId);
	if (!programme) throw new NotFound();
	for (const kind of TERM_KINDS) await ensureDefaultTerms(db, programme.id, kind);
	const rows = await termsOf(db, programme.id);
	return {
		qvct_theme: rows.filter((r) => r.kind === 'qvct_theme').map(presentTerm),
		typology: rows.filter((r) => r.kind === 'typology').map(presentTerm)
	};
}
