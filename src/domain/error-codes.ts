/**
 * Error codes: stable, public, documented in docs/errors.md (a test keeps the two in agreement).
 * A code never changes meaning; new ones are added. Each layer declares the codes it owns —
 * these are the core's: facts, rules, inputs, the store, the ledger and snapshots; the server
 * (`server/error-codes.ts`) and the CLI (`cli/error-codes.ts`) add theirs to `ErrorCodeRegistry`.
 * @module
 */
export const CORE_ERRORS = {
  ACCOUNT_NOT_FOUND: 'No account with that id, or none carries that e-mail address.',
  CONFIG_INVALID:
    'veto.json is not valid JSON, has an unknown key or a bad value, or defines a policy that cannot be built.',
  CONTENT_INVALID: 'An item of a content file has a missing or malformed field; the file, line and field are named.',
  CONTENT_UNREADABLE: 'A content file could not be read as Parquet.',
  CONTENT_FORMATS_MIXED:
    'The content files given to one snapshot or decision are of different formats; convert them to one first.',
  DATED_IN_FUTURE: 'A filing, withdrawal, center change or notice delivery was dated after the moment it is recorded.',
  DATA_NOT_INITIALIZED: 'The data folder has no veto.json; run `veto init` first.',
  DECIDE_CUTOFF_AFTER_BUILD: 'The content cutoff lies after the build instant (in the future).',
  FILING_ALREADY_WITHDRAWN: 'The objection or consent was withdrawn before.',
  FILING_NOT_YOURS:
    'Only the holder of an account an objection or consent was filed for can withdraw it; it covers accounts of a ' +
    'center too.',
  FILING_NOT_FOUND: 'No objection or consent with that id.',
  IMPORT_INVALID: 'An import file has problems; each is named by file, line and field, and nothing was written.',
  IMPORT_FILE_CHANGED:
    "An import's file changed while it was checked, or the accounts it names changed before its writing; " +
    'what was written is on record: import it again.',
  INPUT_FORMAT_UNKNOWN: 'A file ending Veto cannot read (use .jsonl, .ndjson, .csv or .parquet).',
  INPUT_FORMAT_UNSUPPORTED: 'A format that this input does not take (imports take JSON Lines or CSV).',
  LEDGER_KEY_MISSING: 'The data folder has no ledger signing key; `veto init` makes one.',
  INPUT_NOT_FOUND: 'The named input file does not exist.',
  OIDC_FAILED: 'Sign-in through the identity provider failed, or it did not vouch for a verified e-mail address.',
  CASE_NOT_FOUND: 'No third-party request (case) with that id.',
  CASE_DECIDED: 'The case was accepted or rejected already; a decision is final.',
  CASE_EXTENDED_ALREADY: 'A case is extended at most once (by two months, GDPR Art. 12(3)).',
  CASE_STEP_INVALID:
    'A step on a case lacks what it needs: a reviewer, a reason (extension, rejection), or items the case names.',
  REQUEST_INVALID:
    "A third party's request names at least one item (an id, or a URL the platform maps to one) and says why; " +
    'the field at fault is named.',
  PROOF_INVALID: 'A proof file does not verify against its root (or the root given).',
  PROOF_ACCOUNT_UNKNOWN:
    "An item's key derives from its account's key: for an item the snapshot did not consider, its account must be " +
    'named (`--account`); for one it decided, the account it decided it as is used, and another is refused.',
  LEDGER_INVALID:
    'The ledger does not hold together; `veto ledger verify` names each entry, checkpoint or fact at fault.',
  MODEL_WITHOUT_SNAPSHOT: 'A model is registered with at least one snapshot it was trained on.',
  POLICY_INVALID: 'A policy definition has a bad field.',
  POLICY_NOT_FOUND: 'No preset or configured policy of that name (and version).',
  POLICY_VERSION_CHANGED: 'A policy version was used before with other rules; changed rules need a new version.',
  SNAPSHOT_NOT_FOUND: 'No sealed snapshot with that id.',
  SNAPSHOT_BEFORE_DEADLINE:
    "A snapshot under an opt-out policy cannot be sealed before the policy's deadline: people who object in time " +
    'must be honoured by every snapshot. `veto decide` previews.',
  SNAPSHOT_INVALID: 'A snapshot or the ledger was changed after sealing; `verify` names what differs.',
  STORE_BUSY: "Another process held the store's write lock too long (SQLite); try again.",
  STORE_MIGRATION_FAILED: 'Bringing the store schema up to date failed.',
  STORE_UNAVAILABLE: 'The store could not be opened or reached.',
  TOKEN_SCOPE_UNKNOWN: 'An API token was asked for with a scope that does not exist; the known ones are named.',
  WITHDRAWAL_BEFORE_FILING: 'A withdrawal was dated before the filing it withdraws.',
} as const

/**
 * Every code of every layer, as a type: a layer adds its own by augmenting this interface, so
 * that `AppError` takes any of them while the core knows none of the outer layers.
 */
export interface ErrorCodeRegistry extends Record<keyof typeof CORE_ERRORS, string> {}

export type ErrorCode = keyof ErrorCodeRegistry
