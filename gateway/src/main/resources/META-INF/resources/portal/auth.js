// Signing in with the realm's portal client: OpenID Connect authorization code with PKCE (S256), as a public client.
// Tokens live in this tab's sessionStorage only; the content security policy allows scripts from this origin alone.

const SESSION = 'corroborate.session';
const PENDING = 'corroborate.login';
const REFRESH_MARGIN_MS = 30_000;

let provider;        // the issuer's discovery document
let settings;        // { issuer, clientId } from the gateway
let session = null;  // { accessToken, refreshToken, idToken, expiresAt }
let refreshing = null;
let refreshTimer;

/** Reads the settings, finishes a login that Keycloak has just redirected back, and tells whether someone is signed in. */
export async function start() {
  settings = await getJson('/portal/settings.json');
  provider = await getJson(`${settings.issuer}/.well-known/openid-configuration`);
  const params = new URLSearchParams(location.search);
  if (params.has('code') || params.has('error')) {
    const returnTo = await finishLogin(params);
    history.replaceState(null, '', location.pathname + (returnTo || '#/claims'));
  } else {
    session = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
  }
  if (session && session.expiresAt < Date.now() + REFRESH_MARGIN_MS) {
    await refresh().catch(() => forget());
  }
  schedule();
  return session !== null;
}

/** Sends the browser to Keycloak's login page; it comes back to where it was. */
export async function login() {
  const verifier = randomString(64);
  const state = randomString(24);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo: location.hash }));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: settings.clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri(),
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  });
  location.assign(url);
}

/** Ends the Keycloak session too, so that the next visitor of this browser has to log in again. */
export function logout() {
  const idToken = session && session.idToken;
  forget();
  const url = new URL(provider.end_session_endpoint);
  url.search = new URLSearchParams({ client_id: settings.clientId, post_logout_redirect_uri: redirectUri(), ...(idToken ? { id_token_hint: idToken } : {}) });
  location.assign(url);
}

/** A valid access token, refreshed first when it is about to expire; null when nobody is signed in. */
export async function accessToken() {
  if (!session) return null;
  if (session.expiresAt < Date.now() + REFRESH_MARGIN_MS) {
    await refresh().catch(() => forget());
  }
  return session && session.accessToken;
}

async function finishLogin(params) {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  if (params.has('error') || !pending || pending.state !== params.get('state')) {
    return pending && pending.returnTo; // a refused or forged answer: stay signed out
  }
  await tokenRequest({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(), code_verifier: pending.verifier });
  return pending.returnTo;
}

function refresh() {
  if (!refreshing) {
    refreshing = tokenRequest({ grant_type: 'refresh_token', refresh_token: session.refreshToken })
      .finally(() => { refreshing = null; schedule(); });
  }
  return refreshing;
}

async function tokenRequest(fields) {
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: settings.clientId, ...fields }),
  });
  if (!response.ok) throw new Error(`The login server refused: ${response.status}`);
  const tokens = await response.json();
  session = {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    idToken: tokens.id_token || (session && session.idToken),
    expiresAt: Date.now() + tokens.expires_in * 1000,
  };
  sessionStorage.setItem(SESSION, JSON.stringify(session));
}

// Silent refresh: shortly before the access token expires, while the tab is open.
function schedule() {
  clearTimeout(refreshTimer);
  if (session) {
    const due = Math.max(session.expiresAt - Date.now() - REFRESH_MARGIN_MS, 1000);
    refreshTimer = setTimeout(() => refresh().catch(() => { forget(); login(); }), due);
  }
}

function forget() {
  session = null;
  clearTimeout(refreshTimer);
  sessionStorage.removeItem(SESSION);
}

function redirectUri() {
  return `${location.origin}/`;
}

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function randomString(length) {
  return base64Url(crypto.getRandomValues(new Uint8Array(length))).slice(0, length);
}

async function challengeOf(verifier) {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
