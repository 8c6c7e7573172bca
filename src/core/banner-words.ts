import type { IncidentStage, MaintenanceStage } from './types';

/** The banner's wording. The advice is the point: on 2 March 2026 clearing cookies made things worse. */
export const BANNER_WORDS = {
  outageHeadline: 'claude.ai is having problems',
  outageAdvice: 'Please don’t clear cookies, log out or reinstall: it won’t fix this and can make signing back in '
    + 'harder. Wait; your session should come back when the service recovers.',
  maintenanceHeadline: 'claude.ai is under scheduled maintenance',
  maintenanceAdvice: 'Some features may be unavailable for a while. There is no need to sign out or clear cookies; '
    + 'your session is kept.',
  localHeadline: 'claude.ai is failing for you',
  localNote: 'Seen in this browser: requests to claude.ai are failing. The status page has not reported a problem yet.',
  recoveredHeadline: 'claude.ai has recovered, you can sign in again.',
  recoveredAdvice: 'If something still looks wrong, reload the page.',
  latest: 'Latest update:',
  details: 'Details on the status page',
  dismiss: 'Dismiss this notice',
  since: 'since',
  until: 'until',
} as const;

export const STAGE_WORDS: Record<IncidentStage | MaintenanceStage, string> = {
  investigating: 'Investigating',
  identified: 'Cause identified, fix in progress',
  monitoring: 'Fix in place, being monitored',
  resolved: 'Resolved',
  postmortem: 'Resolved',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Being verified',
  completed: 'Completed',
  unknown: 'Status update',
};
