import { defineFuzzSuite } from './define-fuzz-suite';

// Bold/unbold included: slate-yjs 1.0.2 can leave a Slate tree stale after concurrent formatting, or
// throw; resyncIfDiverged after remote updates and withResyncOnBindingError (what the app does) repair it.
defineFuzzSuite({ name: '3 peers, bold marks, resync guard', peers: 3, steps: 120, undo: true, base: 4000, marks: true, resync: true, runs: 50 });
