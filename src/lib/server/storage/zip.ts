/**
 * A small, defensive reader of ZIP central directories: entry names and where each entry's data
 * lies, nothing decompressed. Enough to tell an OpenDocument or Office Open XML file from any
 * other ZIP. Every offset is bounds-checked; anything odd (ZIP64, split archives, entries that
 * point outside the file) makes the file "not a ZIP we read", never an exception.
 */

export type ZipEntry = {
	name: string;
	/** 0 = stored, 8 = deflated. */
	method: number;
	compressedSize: number;
	localHeaderOffset: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;

const latin1 = new TextDecoder('latin1');

/** The archive's entries in central-directory order, or null when it is not a ZIP we read. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
	if (bytes.length < EOCD_SIZE) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.getUint32(0, true) !== LOCAL) return null;
	const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
	// The end record sits at the end, followed only by its comment; search backwards and keep
	// the first candidate whose comment length reaches exactly the end of the file.
	for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
		if (view.getUint32(at, true) !== EOCD) continue;
		if (at + EOCD_SIZE + view.getUint16(at + 20, true) !== bytes.length) continue;
		return readCentralDirectory(view, at);
	}
	return null;
}

function readCentralDirectory(view: DataView, eocdAt: number): ZipEntry[] | null {
	const disk = view.getUint16(eocdAt + 4, true);
	const cdDisk = view.getUint16(eocdAt + 6, true);
	const entriesOnDisk = view.getUint16(eocdAt + 8, true);
	const count = view.getUint16(eocdAt + 10, true);
	const cdSize = view.getUint32(eocdAt + 12, true);
	const cdOffset = view.getUint32(eocdAt + 16, true);
	if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== count) return null; // split archive
	if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null; // ZIP64
	if (count === 0 || count > MAX_ENTRIES || cdOffset + cdSize > eocdAt) return null;

	const entries: ZipEntry[] = [];
	let at = cdOffset;
	const end = cdOffset + cdSize;
	for (let i = 0; i < count; i++) {
		if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return null;
		const method = view.getUint16(at + 10, true);
		const compressedSize = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const localHeaderOffset = view.getUint32(at + 42, true);
		const next = at + 46 + nameLength + extraLength + commentLength;
		if (nameLength === 0 || next > end) return null;
		if (localHeaderOffset + 30 > cdOffset) return null;
		const name = latin1.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength));
		entries.push({ name, method, compressedSize, localHeaderOffset });
		at = next;
	}
	return entries;
}

/**
 * The raw (not decompressed) data of an entry, located through its local header, or null when the
 * header is missing or the data would run past the central directory.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = entry.localHeaderOffset;
	if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	const end = start + entry.compressedSize;
	if (end > bytes.length) return null;
	return bytes.subarray(start, end);
}
