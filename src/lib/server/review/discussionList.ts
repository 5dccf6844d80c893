import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { discussionRows, type DiscussionRow } from './decisionQueries.ts';
import { loadDiscussion } from './discussionAccess.ts';

export type DiscussionMessage = {
	id: string;
	authorName: string;
	body: string;
	createdAt: Date;
	/** Written by the reader. */
	mine: boolean;
};

export function presentMessage(row: DiscussionRow, readerId: string): DiscussionMessage {
	return {
		id: row.id,
		authorName: row.authorName ?? '',
		body: row.body,
		createdAt: row.createdAt,
		mine: row.authorId === readerId
	};
}

export type DiscussionView = {
	application: {
		id: string;
		reference: string;
		title: string;
		callId: string;
		programmeId: string;
	};
	messages: DiscussionMessage[];
};

/** The jury's discussion of an application, oldest first (see `loadDiscussion` for who reads). */
export async function listDiscussion(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<DiscussionView> {
	const { app, actor: reader } = await loadDiscussion(db, actor, applicationId);
	const rows = await discussionRows(db, app.id);
	return {
		application: {
			id: app.id,
			reference: app.reference,
			title: app.title,
			callId: app.callId,
			programmeId: app.programmeId
		},
		messages: rows.map((r) => presentMessage(r, reader.userId))
	};
}
