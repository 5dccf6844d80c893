/** REST operations of the jury selection issue (jury); spread into `operations` (../operations.ts). */
import { defineOperation } from '../operation.ts';

export const juryOperations = {
	// operations of this part, e.g. `listX: defineOperation({ ... })`
};

void defineOperation;
