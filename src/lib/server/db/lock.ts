/**
 * PGlite is one process's database: two processes on one data directory would corrupt it. The
 * first to open it writes its pid in a lock file; the others are refused with a clear message.
 * A lock left by a process that no longer runs is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
	constructor(dir: string, pid: number) {
		super(
			`Le dossier de données ${dir} est déjà utilisé par un autre processus (pid ${pid}). ` +
				`Arrêtez-le, ou choisissez un autre DATA_DIR.`
		);
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export function acquireDataDirLock(dir: string): () => void {
	fs.mkdirSync(dir, { recursive: true });
	const file = path.join(dir, 'transformateur.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = fs.openSync(file, 'wx');
			fs.writeSync(fd, String(process.pid));
			fs.closeSync(fd);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				try {
					if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
				} catch {
					// already gone
				}
			};
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
			if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
				throw new DataDirLockedError(dir, pid);
			}
			if (pid === process.pid) throw new DataDirLockedError(dir, pid);
			fs.rmSync(file, { force: true });
		}
	}
	throw new Error(`Impossible de verrouiller ${file}`);
}
