/**
 * When two written addresses are the same address: surrounding white space dropped, Unicode
 * compatibility forms folded (NFKC: the Kelvin sign K is K, a fullwidth Ａ is A), then lower
 * case. The store keeps this form beside each account's address and every look-up by address
 * uses it; sign-in links, rate limits and imports compare addresses through it. Mail goes only
 * to an address on record, never to the form someone typed.
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFKC').toLowerCase()
}
