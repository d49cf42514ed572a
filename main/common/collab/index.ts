export * from './doc-names';
export * from './body-doc';
export * from './plan-doc';
export * from './plan-docs';
