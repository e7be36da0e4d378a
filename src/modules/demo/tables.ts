export interface DemoTables {
  demo_state: {
    gemeente_code: string;
    loaded_at: Date | null;
    loaded_by: string | null;
    removed_at: Date | null;
    removed_by: string | null;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends DemoTables {}
}
