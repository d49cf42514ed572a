import { defineFuzzSuite } from './define-fuzz-suite';

defineFuzzSuite({ name: '5 peers with undo/redo', peers: 5, steps: 120, undo: true, base: 3000 });
