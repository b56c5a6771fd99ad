/**
 * The tables as the query builder sees them, one interface per table. Both dialects store the same
 * shapes: dates as ISO-8601 text, JSON as text, booleans as 0/1, so rows read the same everywhere.
 * `Generated<T>` marks columns the database fills (ids, defaults).
 */
import type { Generated } from "kysely";

export interface SessionsTable {
  id: string;
  channel: string;
  user_key: string | null;
  memory: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface TurnsTable {
  id: Generated<number>;
  session_id: string;
  channel: string;
  question: string;
  status: string;
  answer: string;
  citations: string;
  evidence: number | null;
  opd: string | null;
  service_id: string | null;
  latency_ms: number;
  created_at: string;
  trace: Generated<string>;
}

export interface TurnSubjectsTable {
  turn_id: number;
  subject: string;
}

export interface FeedbackTable {
  id: Generated<number>;
  session_id: string;
  message_index: number | null;
  answer_hash: string | null;
  rating: "up" | "down";
  reason: string | null;
  channel: Generated<string>;
  opd: string | null;
  created_at: string;
}

export interface SubmissionsTable {
  id: Generated<number>;
  ticket: string;
  service_id: string;
  opd: string;
  channel: string;
  user_key: string;
  status: "diterima" | "diproses" | "selesai" | "ditolak";
  fields: string;
  fields_masked: string;
  nik_hash: string | null;
  submitter_token_hash: string;
  confidential: Generated<number>;
  notes: Generated<string>;
  created_at: string;
  updated_at: string;
  assignee: string | null;
  consent_at: string | null;
}

export interface TicketCountersTable {
  prefix: string;
  year: number;
  last: number;
}

export interface HandoffsTable {
  id: string;
  session_id: string;
  channel: string;
  user_key: string;
  opd: string;
  status: "open" | "closed";
  messages: Generated<string>;
  created_at: string;
  updated_at: string;
  assignee: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  channel: string;
  user_key: string;
  kind: string;
  text: string;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  role: "admin" | "curator" | "operator";
  opd: string | null;
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ChannelUpdatesTable {
  channel: string;
  update_id: string;
  received_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  action: string;
  target: Generated<string>;
  details: Generated<string>;
}

export interface InboxHistoryTable {
  id: Generated<number>;
  kind: "submission" | "handoff";
  target: string;
  at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  text: Generated<string>;
}

export interface CannedRepliesTable {
  id: Generated<number>;
  opd: string;
  title: string;
  text: string;
  created_at: string;
}

export interface WebMessagesTable {
  id: Generated<number>;
  session_id: string;
  kind: string;
  text: string;
  created_at: string;
}

export interface QuestionVariantsTable {
  id: Generated<number>;
  question: string;
  doc_id: string;
  pasal: string | null;
  component: string | null;
  chunk_id: string | null;
  label: string;
  actor_id: string;
  actor_name: string;
  created_at: string;
}

export interface ReviewOutOfScopeTable {
  id: Generated<number>;
  question: string;
  actor_id: string;
  actor_name: string;
  created_at: string;
}

export interface SchemaMigrationsTable {
  version: number;
  applied_at: string;
}

export interface Schema {
  sessions: SessionsTable;
  turns: TurnsTable;
  turn_subjects: TurnSubjectsTable;
  feedback: FeedbackTable;
  submissions: SubmissionsTable;
  ticket_counters: TicketCountersTable;
  handoffs: HandoffsTable;
  outbox: OutboxTable;
  api_keys: ApiKeysTable;
  channel_updates: ChannelUpdatesTable;
  audit_log: AuditLogTable;
  inbox_history: InboxHistoryTable;
  canned_replies: CannedRepliesTable;
  web_messages: WebMessagesTable;
  question_variants: QuestionVariantsTable;
  review_out_of_scope: ReviewOutOfScopeTable;
  schema_migrations: SchemaMigrationsTable;
}
