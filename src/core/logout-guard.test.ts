import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activates, type ControlFacts, type HoldFacts, isLogoutControl, readChoice, shouldHold, toStoredChoice } from './logout-guard';

const control = (name: string, over: Partial<ControlFacts> = {}): ControlFacts => ({ kind: 'menuitem', name, path: null, inContent: false, ...over });

describe('isLogoutControl: the controls that log the person out', () => {
  it.each([
    'Log out', 'Log Out', 'LOG OUT', 'log out', 'Logout', 'LogOut', 'Log-out', 'Sign out', 'Sign Out', 'Signout', 'Sign-out',
    'Log off', 'Sign off', '  Log\n  out  ', 'Log\u00a0out', 'Log out…', 'Log out.', 'Sign out of Claude', 'Log out of Claude',
    'Log out of all devices', 'Log out from all sessions', 'Sign out everywhere', 'Lo\u200bg out',
    'Abmelden', 'abmelden', 'Ausloggen', 'Von allen Geräten abmelden', 'Abmelden von Claude',
    'ログアウト', 'ログアウトする', 'サインアウト', 'すべてのデバイスからログアウト', 'Claudeからログアウト', 'ﾛｸﾞｱｳﾄ',
  ])('%j counts', (name) => {
    expect(isLogoutControl(control(name))).toBe(true);
    expect(isLogoutControl(control(name, { kind: 'button' }))).toBe(true);
    expect(isLogoutControl(control(name, { kind: 'link' }))).toBe(true);
  });

  it.each([
    'Logo', 'Outlook', 'Log', 'Out', 'Logs', 'Login', 'Log in', 'Sign in', 'Sign up', 'Logout tips', 'Log out anyway',
    'Log out of other sessions', 'Log out of other devices', 'Sign out of all other devices', 'Log out others',
    'Stay signed in', 'Blog outline', 'Catalog outage', 'Why do I get logged out?', 'How to log out', 'Don’t log out',
    'Newsletter abmelden', 'Von anderen Geräten abmelden', 'Anmelden', 'Abmeldung', 'ログイン', '他のデバイスからログアウト',
    'ログアウトしないでください', '', '   ', `Log out ${'x'.repeat(200)}`,
    'If claude.ai is down, don’t log out: your session should come back on its own.',
  ])('%j does not', (name) => {
    expect(isLogoutControl(control(name))).toBe(false);
  });

  it('counts a link within claude.ai whose address logs out, whatever its words', () => {
    for (const path of ['/logout', '/logout/', '/api/auth/logout', '/auth/sign-out', '/signout', '/log_out', '/LOGOUT']) {
      expect(isLogoutControl(control('', { kind: 'link', path }))).toBe(true);
    }
    for (const path of ['/login', '/logout-help', '/settings', '/chat/logout-ideas', '/', '/blog/outage']) {
      expect(isLogoutControl(control('Settings', { kind: 'link', path }))).toBe(false);
    }
    // A menu item that is a link; another site's log-out link has no claude.ai path.
    expect(isLogoutControl(control('Leave', { kind: 'menuitem', path: '/logout' }))).toBe(true);
    expect(isLogoutControl(control('Help', { kind: 'link', path: null }))).toBe(false);
  });

  it('never counts anything inside a message or the message box, even "Log out" or a /logout link', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom('button', 'link', 'menuitem'), fc.option(fc.string()), (name, kind, path) => {
      expect(isLogoutControl({ kind, name, path, inContent: true })).toBe(false);
    }));
    expect(isLogoutControl(control('Log out', { kind: 'link', path: '/logout', inContent: true }))).toBe(false);
  });

  it('does not count a name that only contains the words among others', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }).filter((s) => /[a-z]/i.test(s)), fc.string({ minLength: 1 }).filter((s) => /[a-z]/i.test(s)), (before, after) => {
      expect(isLogoutControl(control(`${before}x log out x${after}`))).toBe(false);
    }));
  });
});

describe('activates', () => {
  it('a click always; Enter on any control; Space on a button or menu item, not on a link; the middle button on a link', () => {
    expect(activates('click', undefined, 'button')).toBe(true);
    expect(activates('keydown', 'Enter', 'menuitem')).toBe(true);
    expect(activates('keydown', 'Enter', 'link')).toBe(true);
    expect(activates('keydown', ' ', 'button')).toBe(true);
    expect(activates('keydown', ' ', 'link')).toBe(false);
    expect(activates('keydown', 'Tab', 'menuitem')).toBe(false);
    expect(activates('keydown', 'ArrowDown', 'menuitem')).toBe(false);
    expect(activates('auxclick', undefined, 'link')).toBe(true);
    expect(activates('auxclick', undefined, 'button')).toBe(false);
    expect(activates('keyup', 'Enter', 'button')).toBe(false);
  });
});

const facts = fc.record<HoldFacts>({
  trusted: fc.boolean(), activates: fc.boolean(), logout: fc.boolean(), enabled: fc.boolean(),
  episode: fc.option(fc.constantFrom('incident:a', 'incident:b', 'local:1')), allowed: fc.option(fc.constantFrom('incident:a', 'incident:b', 'local:1')),
});

describe('shouldHold', () => {
  it('holds only the person’s own press on a log-out control, with the switch on, in a trouble episode not yet allowed', () => {
    fc.assert(fc.property(facts, (f) => {
      const held = shouldHold(f);
      if (!f.trusted || !f.activates || !f.logout || !f.enabled) expect(held).toBe(false);
      // A calm day: no effect at all.
      if (f.episode === null) expect(held).toBe(false);
      // "Log out anyway" in this episode: never asked again in it.
      if (f.episode !== null && f.episode === f.allowed) expect(held).toBe(false);
      if (f.trusted && f.activates && f.logout && f.enabled && f.episode !== null && f.episode !== f.allowed) expect(held).toBe(true);
    }));
  });

  it('asks again in a new episode after "Log out anyway" in an earlier one', () => {
    expect(shouldHold({ trusted: true, activates: true, logout: true, enabled: true, episode: 'incident:b', allowed: 'incident:a' })).toBe(true);
  });
});

describe('the stored choice', () => {
  it('round-trips, and reads anything unexpected as "not chosen" (then the guard asks)', () => {
    expect(readChoice(JSON.parse(JSON.stringify(toStoredChoice('incident:fx26mar02inc'))))).toBe('incident:fx26mar02inc');
    for (const raw of [undefined, null, 'incident:a', { episode: 'incident:a' }, { version: 2, episode: 'incident:a' }, { version: 1, episode: 3 }, { version: 1, episode: '' }, { version: 1, episode: 'x'.repeat(201) }]) {
      expect(readChoice(raw)).toBeNull();
    }
    fc.assert(fc.property(fc.anything(), (raw) => {
      const read = readChoice(raw);
      expect(read === null || typeof read === 'string').toBe(true);
    }));
  });
});
