/** REST operations of the jury selection issue (conflicts); spread into `operations` (../operations.ts). */
import { defineOperation } from '../operation.ts';

export const conflictsOperations = {
	// operations of this part, e.g. `listX: defineOperation({ ... })`
};

void defineOperation;
