/**
 * Schema migrations, applied in order once each. Append; never edit a migration that shipped.
 * Personal data never appears here in clear: questions are stored masked.
 */
export interface Migration {
  /** Unique and increasing; features own their numbers (1 core, 2 forms, 3 feedback, 4 channels, 5 admin). */
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "sessions and turns",
    sql: `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     channel TEXT NOT NULL,
     user_key TEXT,
     memory TEXT NOT NULL DEFAULT '{}',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX sessions_updated ON sessions(updated_at);
   CREATE TABLE turns (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     channel TEXT NOT NULL,
     question TEXT NOT NULL,
     status TEXT NOT NULL,
     answer TEXT NOT NULL,
     citations TEXT NOT NULL,
     evidence REAL,
     opd TEXT,
     service_id TEXT,
     latency_ms REAL NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX turns_session ON turns(session_id);
   CREATE INDEX turns_created ON turns(created_at);
   CREATE INDEX turns_status ON turns(status);`,
  },
];
