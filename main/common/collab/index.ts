export * from './doc-names';
export * from './body-doc';
export * from './plan-doc';
export * from './plan-docs';
export * from './plan-doc-layout';
export * from './outline-ops';
export * from './department-ops';
export * from './round-ops';
