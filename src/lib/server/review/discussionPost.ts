import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { reviewDiscussions } from '../db/schema.ts';
import { parseInput } from '../programmes/schemas.ts';
import { discussionInput, type DiscussionInput } from './decisionSchemas.ts';
import { loadDiscussion } from './discussionAccess.ts';
import { presentMessage, type DiscussionMessage } from './discussionList.ts';

/** Posts a message (1–5000 characters) to the jury's discussion of an application; audited. */
export async function postDiscussion(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	applicationId: string,
	input: DiscussionInput
): Promise<DiscussionMessage> {
	const {
		app,
		actor: author,
		role
	} = await loadDiscussion(svc.db, actor, applicationId, {
		write: true
	});
	const { body } = parseInput(discussionInput, input);
	return svc.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(reviewDiscussions)
			.values({ applicationId: app.id, authorId: author.userId, body })
			.returning();
		await audit(tx, author, {
			action: 'review.discussion.posted',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			after: { messageId: row.id, role, length: body.length }
		});
		return presentMessage({ ...row, authorName: author.name ?? '' }, author.userId);
	});
}
