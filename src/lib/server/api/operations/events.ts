/**
 * REST operations of the selection session issue (events); spread into `operations` (../operations.ts).
 */
export const eventsOperations = {};
