/** The codes the CLI owns: how it was called, and the demo's folder. */
export const CLI_ERRORS = {
  CLI_USAGE: 'A command was called with missing, unknown or malformed flags.',
  DEMO_FOLDER_IN_USE: 'The demo folder holds files the demo did not make.',
} as const

declare module '../domain/error-codes.js' {
  interface ErrorCodeRegistry extends Record<keyof typeof CLI_ERRORS, string> {}
}
