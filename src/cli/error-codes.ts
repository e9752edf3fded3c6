/** The codes the CLI owns: how it was called, the demo's folder, and where it writes. */
export const CLI_ERRORS = {
  CLI_USAGE: 'A command was called with missing, unknown or malformed flags.',
  DEMO_FOLDER_IN_USE: 'The demo folder holds files the demo did not make.',
  OUTPUT_UNWRITABLE: 'The file to write cannot be made where it was asked for (its folder is missing or not writable).',
} as const

declare module '../domain/error-codes.js' {
  interface ErrorCodeRegistry extends Record<keyof typeof CLI_ERRORS, string> {}
}
