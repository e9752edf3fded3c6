/**
 * When two written addresses are the same address: surrounding white space dropped, then
 * lower case. The store keeps this form beside each account's address and every look-up by
 * address uses it; sign-in links, rate limits and imports compare addresses through it.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}
