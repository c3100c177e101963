/**
 * The one setting for where the add-in is served: ADDIN_URL (https). The
 * manifest is written for development at https://localhost:3000; the
 * production build rewrites every such URL, and the AppDomain to the origin.
 */
'use strict';

const DEV_URL = 'https://localhost:3000';

function addinUrl(env = process.env) {
  const url = (env.ADDIN_URL || DEV_URL).trim().replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+/.test(url)) throw new Error(`ADDIN_URL must be an https URL, got "${url}"`);
  return url;
}

function rewriteManifest(xml, url) {
  const origin = new URL(url).origin;
  return xml
    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_URL)
    .join(url);
}

module.exports = { DEV_URL, addinUrl, rewriteManifest };
