/** REST operations of the jury selection issue (decisions); spread into `operations` (../operations.ts). */
import { defineOperation } from '../operation.ts';

export const decisionsOperations = {
	// operations of this part, e.g. `listX: defineOperation({ ... })`
};

void defineOperation;
