/** The area-network module owns no tables: it composes the sections other modules offer (module-contract.ts `areaNetwork`). */
export {};
