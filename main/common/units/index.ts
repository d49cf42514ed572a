export * from './units';
export * from './county-directory';
export * from './name-history';
