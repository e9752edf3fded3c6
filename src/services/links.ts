/** A link on the portal: its public URL (with or without a trailing slash) and a path from its root. */
export function linkTo(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/$/, '')}${path}`
}
