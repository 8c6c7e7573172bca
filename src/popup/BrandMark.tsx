/** The extension's mark: the toolbar ring, drawn small, in the page's own text colour. Decoration only. */
export function BrandMark() {
  return (
    <svg class="mark" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-dasharray="8.4 3.4" transform="rotate(-84 10 10)" />
      <circle cx="10" cy="10" r="2.6" fill="#D97757" />
    </svg>
  );
}

/** Small line icons for the header's buttons (their names come from aria-label). */
export function RefreshIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2.5v3.2h-3.2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export function SettingsIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2.5 4.5h11M2.5 11.5h11" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      <circle cx="6" cy="4.5" r="1.8" fill="var(--bg)" stroke="currentColor" stroke-width="1.6" />
      <circle cx="10.5" cy="11.5" r="1.8" fill="var(--bg)" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}
