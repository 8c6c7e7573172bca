// guard.js, the claude.ai script that runs at document_start: only the log-out guard's listener, so that
// it is in place before the page's scripts (see guard-listener.ts). Everything else waits for content.js.
import { installGuardListener } from './guard-listener';

installGuardListener();
