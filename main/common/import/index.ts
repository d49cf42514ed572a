export * from './import-plan';
export * from './import-report';
export * from './traditional';
export * from './doc-number';
export * from './responsibility';
export * from './run-in-title';
export * from './chinese-number';
export * from './recognize-body';
