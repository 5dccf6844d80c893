/** REST operations of the jury selection issue (ranking); spread into `operations` (../operations.ts). */
import { defineOperation } from '../operation.ts';

export const rankingOperations = {
	// operations of this part, e.g. `listX: defineOperation({ ... })`
};

void defineOperation;
