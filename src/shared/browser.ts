// The one module that imports the polyfill, so tests can swap the browser for an in-memory fake.
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Alarms, Action } from 'webextension-polyfill';
