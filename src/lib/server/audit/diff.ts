/**
 * What an audit entry changed: the top-level keys whose value differs between before and after.
 * Pure; used to show a readable diff.
 */
export type Change = { key: string; before: unknown; after: unknown };

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON with sorted keys, so that key order does not count as a change. */
function canonical(v: unknown): string {
	return JSON.stringify(v, (_k, value: unknown) =>
		isRecord(value)
			? Object.fromEntries(
					Object.keys(value)
						.sort()
						.map((k) => [k, value[k]])
				)
			: value
	);
}

export function auditChanges(before: unknown, after: unknown): Change[] {
	if (!isRecord(before) && !isRecord(after)) {
		return canonical(before ?? null) === canonical(after ?? null)
			? []
			: [{ key: '', before: before ?? null, after: after ?? null }];
	}
	const b = isRecord(before) ? before : {};
	const a = isRecord(after) ? after : {};
	const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
	const changes: Change[] = [];
	for (const key of keys) {
		const was = key in b ? b[key] : null;
		const is = key in a ? a[key] : null;
		if (canonical(was) !== canonical(is)) changes.push({ key, before: was, after: is });
	}
	return changes;
}
