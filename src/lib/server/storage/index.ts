/**
 * File storage for attachments: content-type detection (by bytes, never by name), upload checks,
 * a storage interface addressed by SHA-256, its local implementation under `DATA_DIR`, and the
 * headers for downloads. No database here: the attachments table lives with the applications.
 */

/** A file as stored: its content hash (lowercase hex), its size in bytes and its detected type. */
export type StoredFile = { sha256: string; size: number; mime: string };

/**
 * Where file contents live, addressed by their SHA-256. Local by default; an S3-compatible
 * implementation can follow the same contract.
 */
export interface FileStorage {
	/** Stores the bytes (once: the same content twice is written once) and describes them. */
	put(bytes: Uint8Array): Promise<StoredFile>;
	/** The bytes stored under this hash, or null when unknown or when the hash is malformed. */
	get(sha256: string): Promise<Uint8Array | null>;
	/** Whether bytes are stored under this hash (false for a malformed hash). */
	has(sha256: string): Promise<boolean>;
}

export type { DetectedType } from './detect.ts';
export { detectFileType, isPlainText, isCsv } from './detect.ts';
export type { UploadCheck, UploadRejection } from './upload.ts';
export { checkUpload, extensionOf, UPLOAD_REJECTION_MESSAGES } from './upload.ts';
export { localStorage, isSha256, sha256Hex } from './local.ts';
export { safeDownloadName, contentDisposition } from './download.ts';
