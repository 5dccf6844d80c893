/** The bytes of an uploaded file, or undefined when the field was left empty. */
export async function uploadedFile(form: FormData, name: string): Promise<Uint8Array | undefined> {
	const file = form.get(name);
	if (!(file instanceof File) || file.size === 0) return undefined;
	return new Uint8Array(await file.arrayBuffer());
}
