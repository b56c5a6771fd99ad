/**
 * The widget's CSS, placed inside its shadow root so the host page's styles cannot reach in.
 * Sizes are in px (a page may set `html { font-size: … }`); every colour pair meets WCAG AA:
 * #0b4f8a on white is 8.4:1, #1b1b1b on #f5f7fa is 16:1, #595959 on white is 7:1. `data-color` sets
 * the accent through --a/--ad/--on/--ink, chosen by `themeVars` to keep that contrast.
 */
export const CSS = `
:host { all: initial; }
.lt { --a: #0b4f8a; --ad: #083b68; --on: #fff; --ink: #0b4f8a; }
.lt { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; text-align: left; }
.lt *, .lt *::before, .lt *::after { box-sizing: border-box; font: inherit; color: inherit; letter-spacing: normal; text-transform: none; }
.lt button { cursor: pointer; border-radius: 8px; border: 1px solid var(--ink); background: #fff; color: var(--ink); padding: 6px 12px; font-size: 14px; min-height: 36px; }
.lt button:hover { background: #e8f0f8; }
.lt button:focus-visible, .lt input:focus-visible, .lt textarea:focus-visible, .lt select:focus-visible, .lt summary:focus-visible, .lt a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.lt .primary { background: var(--a); color: var(--on); border-color: var(--a); }
.lt .primary:hover { background: var(--ad); }
.launcher { font-size: 16px; font-weight: 600; padding: 12px 18px; border-radius: 999px; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.panel { display: flex; flex-direction: column; width: 380px; max-width: calc(100vw - 32px); height: 600px; max-height: calc(100vh - 32px); background: #fff; border: 1px solid #c8ced6; border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,.3); overflow: hidden; }
.panel[hidden], .launcher[hidden] { display: none; }
.head { display: flex; gap: 8px; align-items: flex-start; padding: 12px; background: var(--a); color: var(--on); }
.head h2 { margin: 0; font-size: 16px; font-weight: 700; color: var(--on); }
.head p { margin: 2px 0 0; font-size: 13px; color: var(--on); }
.head .grow { flex: 1; }
.head button { background: var(--on); color: var(--a); border-color: var(--on); font-size: 13px; padding: 4px 8px; min-height: 32px; }
.log { flex: 1; overflow-y: auto; padding: 12px; background: #f5f7fa; }
.msg { margin: 0 0 12px; padding: 10px 12px; border-radius: 10px; max-width: 92%; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 15px; }
.msg.user { margin-left: auto; background: var(--a); color: var(--on); }
.msg.user .sent { display: block; margin-top: 4px; font-size: 12px; opacity: .9; }
.msg.officer { background: #fff8e6; border: 1px solid #e0b64a; }
.msg.notice { background: #eef6ee; border: 1px solid #8fbf8f; }
.msg .who { display: block; font-size: 12px; font-weight: 700; color: #595959; margin-bottom: 2px; }
.msg ul, .msg ol { margin: 4px 0; padding-left: 22px; white-space: normal; }
.msg li { margin: 2px 0; white-space: pre-wrap; }
.msg em { font-style: italic; }
.msg a { color: var(--ink); text-decoration: underline; }
.greeting .suggest { text-align: left; }
.launcher .badge { display: inline-block; margin-left: 8px; min-width: 22px; padding: 0 6px; border-radius: 999px; background: #a8071a; color: #fff; font-size: 13px; }
.msg.bot { background: #fff; border: 1px solid #d5dbe2; }
.msg strong { font-weight: 700; }
.msg .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.sources { margin-top: 8px; white-space: normal; }
.sources h3 { margin: 0 0 4px; font-size: 13px; font-weight: 700; color: #595959; }
.sources details { border-top: 1px solid #e1e5ea; padding: 4px 0; font-size: 13px; }
.sources summary { cursor: pointer; color: var(--ink); font-weight: 600; }
.sources p { margin: 4px 0 0; color: #333; white-space: pre-wrap; }
.actions, .rate { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; white-space: normal; }
.rate button { min-width: 40px; display: inline-flex; align-items: center; justify-content: center; }
.rate svg { display: block; }
.rate button[aria-pressed="true"] { background: var(--a); color: var(--on); }
.reason { display: flex; flex-direction: column; gap: 6px; margin-top: 6px; width: 100%; }
.note { font-size: 13px; color: #595959; }
.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #d5dbe2; background: #fff; }
.composer input { flex: 1; min-width: 0; }
.lt input, .lt textarea, .lt select { border: 1px solid #767676; border-radius: 8px; padding: 8px; background: #fff; color: #1b1b1b; font-size: 15px; width: 100%; }
.lt textarea { min-height: 64px; resize: vertical; }
form.svc { white-space: normal; display: flex; flex-direction: column; gap: 12px; margin-top: 8px; }
form.svc label { font-weight: 600; font-size: 14px; display: block; margin-bottom: 4px; }
form.svc .hint { font-size: 13px; color: #595959; margin: 0 0 4px; }
form.svc .err { font-size: 13px; color: #a8071a; margin: 4px 0 0; white-space: pre-wrap; }
form.svc [aria-invalid="true"] { border-color: #a8071a; border-width: 2px; }
form.svc fieldset.consent { border: 1px solid #d9d9d9; border-radius: 8px; padding: 8px 12px; margin: 0; font-size: 13px; background: #fafafa; }
form.svc fieldset.consent legend { font-weight: 600; padding: 0 4px; }
form.svc fieldset.consent ul { margin: 0 0 8px; padding-left: 18px; }
form.svc fieldset.consent label.agree { display: flex; gap: 8px; align-items: center; margin: 0; }
form.svc fieldset.consent input[type="checkbox"] { width: 18px; height: 18px; margin: 0; }
.ticket { font-weight: 700; font-size: 17px; }
@media (max-width: 480px) {
  .lt { right: 8px; bottom: 8px; }
  .lt.open { left: 0; right: 0; top: 0; bottom: 0; }
  .panel { width: 100vw; max-width: 100vw; height: 100%; max-height: 100vh; border-radius: 0; border: 0; }
}
`;
