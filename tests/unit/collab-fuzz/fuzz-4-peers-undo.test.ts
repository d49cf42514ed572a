import { defineFuzzSuite } from './define-fuzz-suite';

defineFuzzSuite({ name: '4 peers with undo/redo', peers: 4, steps: 120, undo: true, base: 2000 });
