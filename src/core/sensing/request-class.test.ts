import { describe, expect, it } from 'vitest';
import { isCompletion, isTelemetry, requestClass } from './request-class';

const ORG = '1b2c3d4e-5f60-4172-8a9b-0c1d2e3f4a5b';
const CONV = 'a0b1c2d3-e4f5-4617-8829-3a4b5c6d7e8f';

describe('requestClass', () => {
  it('removes identifiers, so every conversation is one class and its completion another', () => {
    expect(requestClass(`/api/organizations/${ORG}/chat_conversations/${CONV}`)).toBe('api/organizations/*/chat_conversations/*');
    expect(requestClass(`/api/organizations/${ORG}/chat_conversations/${CONV}/completion`)).toBe('api/organizations/*/chat_conversations/*/completion');
    expect(requestClass('/api/organizations/42/projects')).toBe('api/organizations/*/projects');
    expect(requestClass('/api/bootstrap')).toBe('api/bootstrap');
  });

  it('keeps few segments, so a path cannot make a class per request', () => {
    expect(requestClass('/a/b/c/d/e/f/g/h/i')).toBe('a/b/c/d/e/f');
    expect(requestClass(`/api/x/${'k'.repeat(40)}`)).toBe('api/x/*');
  });
});

describe('isTelemetry and isCompletion', () => {
  it('knows claude.ai’s same-origin telemetry', () => {
    expect(isTelemetry(requestClass('/api/event_logging/v2/batch'))).toBe(true);
    expect(isTelemetry(requestClass('/sentry'))).toBe(true);
    expect(isTelemetry(requestClass('/cdn-cgi/rum'))).toBe(true);
    expect(isTelemetry(requestClass('/api/bootstrap'))).toBe(false);
    expect(isTelemetry(requestClass('/api/organizations'))).toBe(false);
  });

  it('knows a completion', () => {
    expect(isCompletion(requestClass(`/api/organizations/${ORG}/chat_conversations/${CONV}/completion`))).toBe(true);
    expect(isCompletion(requestClass(`/api/organizations/${ORG}/chat_conversations/${CONV}/retry_completion`))).toBe(true);
    expect(isCompletion(requestClass(`/api/organizations/${ORG}/chat_conversations/${CONV}`))).toBe(false);
  });
});
