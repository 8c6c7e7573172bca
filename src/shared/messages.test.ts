import { describe, expect, it } from 'vitest';
import { routeMessage } from './messages';

const SELF = 'abc';
const SELF_URL = 'chrome-extension://abc/';
const popup = { id: SELF, url: 'chrome-extension://abc/src/popup/index.html' };
const claudeTab = { id: SELF, url: 'https://claude.ai/chat/1', tab: { id: 3 } };

describe('routeMessage', () => {
  it.each([
    ['refresh from the popup', { type: 'refresh' }, popup, 'refresh'],
    ['claude-active from the claude.ai content script', { type: 'claude-active' }, claudeTab, 'claude-active'],
    ['refresh from a content script', { type: 'refresh' }, claudeTab, null],
    ['claude-active from an extension page', { type: 'claude-active' }, popup, null],
    ['claude-active from a look-alike host', { type: 'claude-active' }, { ...claudeTab, url: 'https://claude.ai.evil.example/' }, null],
    ['anything from another extension', { type: 'refresh' }, { ...popup, id: 'other' }, null],
    ['an unknown name', { type: 'delete-everything' }, popup, null],
    ['extra fields', { type: 'refresh', url: 'x' }, popup, null],
    ['counts from the claude.ai content script', { type: 'claude-outcomes', counts: {} }, claudeTab, 'claude-outcomes'],
    ['counts from an extension page', { type: 'claude-outcomes', counts: {} }, popup, null],
    ['counts with anything beside them', { type: 'claude-outcomes', counts: {}, url: 'https://claude.ai/chat/1' }, claudeTab, null],
    ['arming the back alert from the popup', { type: 'back-alert', arm: true }, popup, 'back-alert'],
    ['cancelling it from the claude.ai banner', { type: 'back-alert', arm: false }, claudeTab, 'back-alert'],
    ['arming it from a look-alike host', { type: 'back-alert', arm: true }, { ...claudeTab, url: 'https://claude.ai.evil.example/' }, null],
    ['arming it with a non-boolean', { type: 'back-alert', arm: 'yes' }, popup, null],
    ['arming it with anything beside', { type: 'back-alert', arm: true, at: 1 }, popup, null],
    ['a string', 'refresh', popup, null],
    ['null', null, popup, null],
  ])('%s', (_label, message, sender, expected) => {
    expect(routeMessage(message, sender, SELF, SELF_URL)).toBe(expected);
  });
});
