/**
 * An attachment of the application under review, for the juror assigned to it (accepted, not
 * removed, not in conflict with it: `loadOwnAssignment`); `NotFound` for anyone else.
 */
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { getApplicationAttachment, type AttachmentFile } from '../applications/attachments.ts';
import { loadOwnAssignment } from './reviewAccess.ts';

export async function getReviewAttachment(
	svc: Services,
	actor: Actor,
	assignmentId: string,
	attachmentId: string
): Promise<AttachmentFile> {
	const { assignment } = await loadOwnAssignment(svc.db, actor, assignmentId);
	return getApplicationAttachment(svc, assignment.applicationId, attachmentId);
}
