/** REST operations of the regional sourcing issue (opinions); spread into `operations` (../operations.ts). */
import { defineOperation } from '../operation.ts';

export const opinionsOperations = {
	// operations of this part, e.g. `listX: defineOperation({ ... })`
};

void defineOperation;
