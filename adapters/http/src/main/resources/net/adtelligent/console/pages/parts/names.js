// The words the pages show for the API's codes; an unknown code shows as it is.
const PLATFORMS = { META_ADS: 'Meta Ads', GOOGLE_ADS: 'Google Ads', MICROSOFT_ADS: 'Microsoft Ads',
  LINKEDIN_ADS: 'LinkedIn Ads', TIKTOK_ADS: 'TikTok Ads', GA4: 'Google Analytics 4', SEARCH_CONSOLE: 'Search Console',
  CSV: 'CSV uploads' };

export function platform(code) {
  return PLATFORMS[code] || code;
}

/** A status word, marked for styling and for tests. */
export function status(word, h) {
  return h('span', { class: `state state-${word}`, 'data-status': word }, String(word).replace(/_/g, ' '));
}

/** Seconds as "1 min 5 s". */
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  const minutes = Math.floor(seconds / 60);
  return minutes ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}
