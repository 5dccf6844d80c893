/** REST operations of the jury selection issue (reviewing); spread into `operations` (../operations.ts). */
import { defineOperation } from '../operation.ts';

export const reviewingOperations = {
	// operations of this part, e.g. `listX: defineOperation({ ... })`
};

void defineOperation;
