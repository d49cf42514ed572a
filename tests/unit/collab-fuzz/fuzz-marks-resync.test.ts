import { defineFuzzSuite } from './define-fuzz-suite';

// Bold/unbold included: slate-yjs 1.0.2 can leave a Slate tree stale after concurrent formatting;
// with resyncIfDiverged after remote updates (what the app should do) every run converges.
defineFuzzSuite({ name: '3 peers, bold marks, resync guard', peers: 3, steps: 120, undo: true, base: 4000, marks: true, resync: true, runs: 50 });
