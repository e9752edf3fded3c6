// The part of the WebAssembly JavaScript API that `sha256-lanes.ts` uses. Node has all of it;
// TypeScript declares it only in its DOM libraries, which this project does not load.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array)
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>)
    readonly exports: Record<string, unknown>
  }
  class Memory {
    readonly buffer: ArrayBuffer
    grow(pages: number): number
  }
  class Global {
    readonly value: unknown
  }
}
