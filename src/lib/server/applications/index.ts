/** Applications: organisations, identifiers, eligibility rules and the status machine. */
export * from './siret.ts';
export * from './organisation.ts';
export * from './eligibility.ts';
export * from './status.ts';
