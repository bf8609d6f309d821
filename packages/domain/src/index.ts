export * from './organisation/organisation.types';
export * from './organisation/organisation.rules';
export * from './policy/policy';
