export * from './appliedCoupon';
export * from './customer';
export * from './event';
export * from './invoice';
export * from './subscription';
