/**
 * The console's page script, served as `/admin/inbox.js` (the CSP allows scripts from our own
 * origin only, never inline). It listens to `/admin/kotak-masuk/stream` (SSE) and, on a change,
 * reloads the inbox rows or the open handoff's thread from the server and updates the count in
 * the page title. It also puts a chosen canned reply into the reply box.
 */
export const INBOX_SCRIPT = `(() => {
  "use strict";
  const inbox = document.querySelector("[data-inbox]");
  const thread = document.querySelector("[data-handoff]");
  const canned = document.getElementById("canned");
  const reply = document.getElementById("reply");
  if (canned && reply) canned.addEventListener("change", () => { if (canned.value) { reply.value = canned.value; reply.focus(); } });
  const baseTitle = document.title.replace(/^\\(\\d+\\) /, "");
  const setCount = (n) => {
    document.title = n > 0 ? "(" + n + ") " + baseTitle : baseTitle;
    const el = document.getElementById("waiting-count");
    if (el) el.textContent = String(n);
  };
  const refreshInbox = async () => {
    const res = await fetch("/admin/kotak-masuk/daftar" + location.search, { headers: { accept: "text/html" }, cache: "no-store" });
    if (!res.ok) return;
    document.getElementById("inbox-rows").innerHTML = await res.text();
    setCount(Number(res.headers.get("x-waiting") || "0"));
  };
  const refreshThread = async (id) => {
    const res = await fetch("/admin/handoff/" + encodeURIComponent(id) + "/pesan", { cache: "no-store" });
    if (res.ok) document.getElementById("thread").innerHTML = await res.text();
  };
  if (!inbox && !thread) return;
  if (inbox) setCount(Number(inbox.getAttribute("data-waiting") || "0"));
  let delay = 1000;
  const connect = () => {
    const source = new EventSource("/admin/kotak-masuk/stream");
    source.addEventListener("open", () => { delay = 1000; });
    source.addEventListener("ready", () => { document.documentElement.setAttribute("data-live", "1"); });
    source.addEventListener("inbox", (e) => {
      const change = JSON.parse(e.data);
      if (inbox) void refreshInbox();
      if (thread && change.kind === "handoff" && change.id === thread.getAttribute("data-handoff")) void refreshThread(change.id);
    });
    source.addEventListener("error", () => {
      source.close();
      document.documentElement.removeAttribute("data-live");
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    });
  };
  connect();
})();
`;
