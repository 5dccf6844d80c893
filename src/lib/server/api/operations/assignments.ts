/** REST operations of the jury selection issue (assignments); spread into `operations` (../operations.ts). */
import { defineOperation } from '../operation.ts';

export const assignmentsOperations = {
	// operations of this part, e.g. `listX: defineOperation({ ... })`
};

void defineOperation;
