import { defineFuzzSuite } from './define-fuzz-suite';

// 修订 and 批注 (issue #14): suggest-mode typing and deleting by two departments, accept/reject of one, a
// department's or all, comments with replies and resolve, mixed with ordinary edits, undo/redo and
// disconnects: every peer must converge (the plan JSON compared includes the comments and the marks).
defineFuzzSuite({ name: '4 peers, suggestions and comments, undo', peers: 4, steps: 120, undo: true, base: 6000, review: true, runs: 50 });
