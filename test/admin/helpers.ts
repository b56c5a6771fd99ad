import type { AdminDeps } from "../../src/admin/deps.js";
import type { Role } from "../../src/auth/api-keys.js";
import { testApp, type TestApp } from "../helpers/app.js";
import { TEST_KEY } from "../forms/helpers.js";

export type AdminTestApp = TestApp & { admin: AdminDeps };

/** The real app with forms and the admin console enabled (private corpus copy, in-memory database). */
export async function adminApp(env: Record<string, string> = {}): Promise<AdminTestApp> {
  const t = await testApp({ RATE_LIMIT_PER_MINUTE: "10000", ENCRYPTION_KEY: TEST_KEY, ...env }, { forms: true }, { admin: true });
  if (!t.admin) throw new Error("admin deps missing");
  return t as AdminTestApp;
}

/** Creates a key and returns its id and `Authorization` header. */
export async function keyFor(t: AdminTestApp, role: Role, name = `${role} test`, opd: string | null = role === "operator" ? "disdukcapil" : null) {
  const { key, apiKey } = await t.admin.apiKeys.create({ role, name, opd });
  return { id: apiKey.id, key, headers: { authorization: `Bearer ${key}` } };
}

/** Sends a JSON request with a method. */
export function send(t: AdminTestApp, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  return t.app.request(path, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Waits for a re-index job to finish and returns it as the API shows it. */
export async function finishJob(t: AdminTestApp, jobId: string, headers: Record<string, string>) {
  await t.admin.jobs.wait(jobId);
  return ((await (await t.app.request(`/api/admin/jobs/${jobId}`, { headers })).json()) as { job: Record<string, unknown> }).job;
}

/** Asks the chat and returns the reply. */
export async function ask(t: AdminTestApp, message: string) {
  const res = await t.post("/api/chat", { message });
  return (await res.json()) as { status: string; answer: string; citations: Array<{ docId: string; label: string }> };
}
