// What the opt-in local signal asks the browser for, shared by the options page (which asks) and the
// background (which listens). Nothing here is requested at install.
export const CLAUDE_MATCH = 'https://claude.ai/*';

export const LOCAL_PERMISSIONS = { permissions: ['webRequest' as const], origins: [CLAUDE_MATCH] };
