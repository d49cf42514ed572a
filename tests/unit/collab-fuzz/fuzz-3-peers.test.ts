import { defineFuzzSuite } from './define-fuzz-suite';

defineFuzzSuite({ name: '3 peers, no undo', peers: 3, steps: 120, undo: false, base: 1000 });
