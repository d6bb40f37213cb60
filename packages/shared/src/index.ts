export * from './errors';
export * from './limits';
export * from './locale';
export * from './messages';
export * from './scopes';
export * from './validation/accounts';
export * from './validation/text';
