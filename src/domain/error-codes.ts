/**
 * Every error code Veto can answer with: stable, public, documented in docs/errors.md
 * (a test keeps the two in agreement). A code never changes meaning; new ones are added.
 * @module
 */
export const ERROR_CODES = {
  API_INVALID: 'An API request body, header or parameter is missing or malformed; the field is named.',
  API_MEDIA_TYPE: 'An API request body is not application/json.',
  BODY_TOO_LARGE: "A request body is larger than the route takes: 16 KB for the portal's forms, 64 KB for the API.",
  AUTH_REQUIRED: 'The request needs a session (portal) or a bearer token (API).',
  AUTH_FORBIDDEN: 'The API token lacks the scope this route needs.',
  CSRF_INVALID: 'A form was posted without the token of the page it came from, or from another site.',
  IDEMPOTENCY_KEY_REUSED: 'An Idempotency-Key was used before with another request body.',
  NOT_FOUND: 'No such page or resource, or not yours to see.',
  RATE_LIMITED: 'Too many attempts from this address or for this target; wait a minute.',
  ACCOUNT_NOT_FOUND: 'No account with that id, or none carries that e-mail address.',
  CLI_USAGE: 'A command was called with missing, unknown or malformed flags.',
  CONFIG_INVALID:
    'veto.json is not valid JSON, has an unknown key or a bad value, or defines a policy that cannot be built.',
  CONTENT_INVALID: 'An item of a content file has a missing or malformed field; the file, line and field are named.',
  CONTENT_UNREADABLE: 'A content file could not be read as Parquet.',
  DATA_NOT_INITIALIZED: 'The data folder has no veto.json; run `veto init` first.',
  DECIDE_CUTOFF_AFTER_BUILD: 'The content cutoff lies after the build instant (in the future).',
  DEMO_FOLDER_IN_USE: 'The demo folder holds files the demo did not make.',
  FILING_ALREADY_WITHDRAWN: 'The objection or consent was withdrawn before.',
  FILING_NOT_YOURS:
    'Only the holder of an account an objection or consent was filed for can withdraw it; it covers accounts of a ' +
    'center too.',
  FILING_IN_FUTURE: 'A filing or withdrawal was dated in the future.',
  FILING_NOT_FOUND: 'No objection or consent with that id.',
  IMPORT_INVALID: 'An import file has problems; each is named by file, line and field, and nothing was written.',
  INPUT_FORMAT_UNKNOWN: 'A file ending Veto cannot read (use .jsonl, .ndjson, .csv or .parquet).',
  INPUT_FORMAT_UNSUPPORTED: 'A format that this input does not take (imports take JSON Lines or CSV).',
  LEDGER_KEY_MISSING: 'The data folder has no ledger signing key; `veto init` makes one.',
  INPUT_NOT_FOUND: 'The named input file does not exist.',
  OIDC_FAILED: 'Sign-in through the identity provider failed, or it did not vouch for a verified e-mail address.',
  PROOF_INVALID: 'A proof file does not verify against its root (or the root given).',
  LEDGER_INVALID:
    'The ledger does not hold together; `veto ledger verify` names each entry, checkpoint or fact at fault.',
  POLICY_INVALID: 'A policy definition has a bad field.',
  POLICY_NOT_FOUND: 'No preset or configured policy of that name (and version).',
  POLICY_VERSION_CHANGED: 'A policy version was used before with other rules; changed rules need a new version.',
  SNAPSHOT_NOT_FOUND: 'No sealed snapshot with that id.',
  SNAPSHOT_BEFORE_DEADLINE:
    "A snapshot under an opt-out policy cannot be sealed before the policy's deadline: people who object in time must be honoured by every snapshot. `veto decide` previews.",
  SNAPSHOT_INVALID: 'A snapshot or the ledger was changed after sealing; `verify` names what differs.',
  STORE_MIGRATION_FAILED: 'Bringing the store schema up to date failed.',
  STORE_UNAVAILABLE: 'The store could not be opened or reached.',
  WITHDRAWAL_BEFORE_FILING: 'A withdrawal was dated before the filing it withdraws.',
} as const

export type ErrorCode = keyof typeof ERROR_CODES
