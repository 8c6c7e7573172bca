// The words of the one "claude.ai is back" notification, and where its click leads.
import type { BackAlert } from './back-alert';
import type { I18n } from './i18n';
import type { Notice } from './notify/types';

/** One id for it, whatever happens: a re-show after a worker stop replaces it, never adds a second. */
export const BACK_NOTICE_ID = 'claude-status-back';
/** Its click opens claude.ai itself: the place the person wanted to get back to. */
export const CLAUDE_AI_URL = 'https://claude.ai/';

export function backNotice(i18n: I18n, a: BackAlert): Notice {
  return {
    id: BACK_NOTICE_ID,
    title: i18n.t('backNoticeTitle'),
    message: i18n.t(a.how === 'local' ? 'backNoticeLocal' : 'backNoticeOfficial'),
    url: CLAUDE_AI_URL,
  };
}
