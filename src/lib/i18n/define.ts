/** Helper for message files: English must carry exactly the French keys. */
export function defineMessages<const F extends Record<string, string>>(m: {
	fr: F;
	en: Record<keyof F, string>;
}) {
	return m;
}
