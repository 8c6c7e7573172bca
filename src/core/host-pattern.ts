/** Host permission for an origin. Match patterns take no port (Firefox rejects one), so it is dropped. */
export function hostPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
