export * from './customer';
export * from './link';
export * from './partner';
export * from './partnerApplication';
export * from './track';
