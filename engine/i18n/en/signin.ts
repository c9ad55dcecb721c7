/** English: Web Chat sign-in (OpenID Connect), sign-out, the refusal of the demo parameter. */
import type { signin as zh } from '../zh-CN/signin.ts';

export const signin: typeof zh = {
  signin: {
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    confirmSignOut: 'Sign out of the reconciliation assistant?',
    signInAgain: 'Sign in again',
    userParamRefused: '"?user=" is accepted only in the local demo (anonymous, listening on loopback, no sign-in configured).',
    unreachable: 'The sign-in service cannot be reached; please try again later.',
    refused: 'Sign-in did not complete: the identity provider refused it, or its answer could not be verified.',
    noClaim: 'Sign-in did not complete: the identity provider did not send the account identifier ({claim}); please contact the administrator.',
    badClaim: 'Sign-in did not complete: the account identifier ({claim}) sent by the identity provider cannot be used (longer than 128 characters, blank or invisible characters at an end, or control characters); please contact the administrator.',
    flowLost: 'The sign-in took too long or was not started from this page; please sign in again.',
    start: {
      signIn: 'Open Web Chat in a browser: {url}/ (sign in through {issuer})',
      portal: 'Web Chat is embedded by the bank\'s portal: its server exchanges DIRECTLINE_SECRET for a token bound to the user; this server does not serve the / page.',
      guest: 'Open Web Chat in a browser: {url}/ (as a guest; "?user=" works only in the local demo)',
    },
  },
};
