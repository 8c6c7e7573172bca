import type { Incident } from './types';

/**
 * The status page link for an incident. Only a plain Statuspage id (letters and digits) becomes part of
 * a path, so whatever the page sends, a link never leaves the status page origin; otherwise the page itself.
 */
export function incidentUrl(origin: string, incident: Pick<Incident, 'id'> | undefined): string {
  return incident && /^[a-z0-9]+$/i.test(incident.id) ? `${origin}/incidents/${incident.id}` : origin;
}
