/** Form data of the sessions' pages, as the plain strings the use cases parse. */
export function formStrings(form: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of form.entries()) if (typeof v === 'string') out[k] = v;
	return out;
}
