/** The e-mail telling a jury member their assignment changed, queued inside the transaction. */
import type { Services } from '../app.ts';
import type { DbOrTx } from '../db/client.ts';
import { queueEmail } from '../notifications/outbox.ts';
import type { AssignCall, AssignMember } from './assignQueries.ts';

/** Queues the e-mail (with the number of applications now assigned); returns its id. */
export async function queueAssignmentEmail(
	tx: DbOrTx,
	svc: Pick<Services, 'publicUrl'>,
	call: AssignCall,
	member: Pick<AssignMember, 'email' | 'name' | 'locale'>,
	count: number
): Promise<string> {
	return queueEmail(tx, {
		to: member.email,
		locale: member.locale,
		template: 'assignment_changed',
		params: {
			name: member.name ?? '',
			call: call.title,
			count: String(count),
			url: `${svc.publicUrl}/jury/appels/${call.id}/evaluations`
		}
	});
}
