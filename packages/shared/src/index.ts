export * from './roles';
export * from './validation';
export * from './us-states';
export * from './time';
export * from './pagination';
export * from './error-codes';
export * from './schedule';
export * from './cohort-validation';
