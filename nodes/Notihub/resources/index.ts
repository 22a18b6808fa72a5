export * from './contact';
export * from './customer';
export * from './message';
export * from './preference';
