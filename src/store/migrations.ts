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
  {
    version: 3,
    name: "feedback",
    sql: `CREATE TABLE feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     session_id TEXT NOT NULL,
     message_index INTEGER,
     answer_hash TEXT,
     rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
     reason TEXT,
     channel TEXT NOT NULL DEFAULT 'web',
     opd TEXT,
     created_at TEXT NOT NULL
   );
   CREATE INDEX feedback_session ON feedback(session_id);
   CREATE INDEX feedback_created ON feedback(created_at);
   CREATE INDEX feedback_rating ON feedback(rating);`,
  },
  {
    version: 2,
    name: "forms, submissions, handoffs, outbox, api keys",
    sql: `CREATE TABLE submissions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     ticket TEXT NOT NULL UNIQUE,
     service_id TEXT NOT NULL,
     opd TEXT NOT NULL,
     channel TEXT NOT NULL,
     user_key TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('diterima', 'diproses', 'selesai', 'ditolak')),
     fields TEXT NOT NULL,
     fields_masked TEXT NOT NULL,
     nik_hash TEXT,
     submitter_token_hash TEXT NOT NULL,
     confidential INTEGER NOT NULL DEFAULT 0,
     notes TEXT NOT NULL DEFAULT '[]',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX submissions_opd_status ON submissions(opd, status);
   CREATE INDEX submissions_nik ON submissions(nik_hash);
   CREATE TABLE ticket_counters (
     prefix TEXT NOT NULL,
     year INTEGER NOT NULL,
     last INTEGER NOT NULL,
     PRIMARY KEY (prefix, year)
   );
   CREATE TABLE handoffs (
     id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL,
     channel TEXT NOT NULL,
     user_key TEXT NOT NULL,
     opd TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
     messages TEXT NOT NULL DEFAULT '[]',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX handoffs_user ON handoffs(channel, user_key, status);
   CREATE TABLE outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     channel TEXT NOT NULL,
     user_key TEXT NOT NULL,
     kind TEXT NOT NULL,
     text TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX outbox_user ON outbox(channel, user_key);
   CREATE TABLE api_keys (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('admin', 'curator', 'operator')),
     opd TEXT,
     key_hash TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL,
     revoked_at TEXT
   );`,
  },
  {
    version: 4,
    name: "channel update dedupe",
    sql: `CREATE TABLE channel_updates (
     channel TEXT NOT NULL,
     update_id TEXT NOT NULL,
     received_at TEXT NOT NULL,
     PRIMARY KEY (channel, update_id)
   );
   CREATE INDEX channel_updates_received ON channel_updates(received_at);`,
  },
  {
    version: 5,
    name: "admin audit log (append-only)",
    sql: `CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     actor_name TEXT NOT NULL,
     actor_role TEXT NOT NULL,
     action TEXT NOT NULL,
     target TEXT NOT NULL DEFAULT '',
     details TEXT NOT NULL DEFAULT '{}'
   );
   CREATE INDEX audit_log_action ON audit_log(action, id);
   CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
   BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
   CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
   BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`,
  },
  {
    version: 6,
    name: "turn trace and personal-data subjects of a turn",
    sql: `ALTER TABLE turns ADD COLUMN trace TEXT NOT NULL DEFAULT '{"steps":[]}';
   CREATE TABLE turn_subjects (
     turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
     subject TEXT NOT NULL
   );
   CREATE INDEX turn_subjects_subject ON turn_subjects(subject);
   CREATE INDEX turn_subjects_turn ON turn_subjects(turn_id);`,
  },
  {
    version: 7,
    name: "officer inbox: assignees, internal history, canned replies per OPD",
    sql: `ALTER TABLE submissions ADD COLUMN assignee TEXT;
   ALTER TABLE handoffs ADD COLUMN assignee TEXT;
   CREATE TABLE inbox_history (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     kind TEXT NOT NULL CHECK (kind IN ('submission', 'handoff')),
     target TEXT NOT NULL,
     at TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     actor_name TEXT NOT NULL,
     action TEXT NOT NULL,
     text TEXT NOT NULL DEFAULT ''
   );
   CREATE INDEX inbox_history_target ON inbox_history(kind, target, id);
   CREATE TABLE canned_replies (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     opd TEXT NOT NULL,
     title TEXT NOT NULL,
     text TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX canned_replies_opd ON canned_replies(opd);`,
  },
  {
    version: 8,
    name: "messages delivered to web sessions outside a reply (live widget, transcript)",
    sql: `CREATE TABLE web_messages (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     session_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     text TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX web_messages_session ON web_messages(session_id, id);
   CREATE TRIGGER web_messages_session_gone AFTER DELETE ON sessions
   BEGIN DELETE FROM web_messages WHERE session_id = OLD.id; END;`,
  },
  {
    version: 9,
    name: "curators teach it: question variants linked to a Pasal or component, out-of-scope marks",
    sql: `CREATE TABLE question_variants (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     question TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     pasal TEXT,
     component TEXT,
     chunk_id TEXT,
     label TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     actor_name TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX question_variants_doc ON question_variants(doc_id);
   CREATE TABLE review_out_of_scope (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     question TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     actor_name TEXT NOT NULL,
     created_at TEXT NOT NULL
   );`,
  },
  {
    version: 10,
    name: "submissions record when the citizen consented to the personal-data notice (UU 27/2022)",
    sql: `ALTER TABLE submissions ADD COLUMN consent_at TEXT;`,
  },
];
