/** @jsxImportSource hono/jsx */
import { Layout, Notice } from "./layout.js";

/**
 * The sign-in form: the user pastes an API key (from `npm run admin -- create-key`).
 *
 * @example
 * c.html(<SignIn error="Kunci API tidak berlaku." />, 401);
 */
export function SignIn(props: { error?: string | undefined }) {
  return (
    <Layout title="Masuk">
      <Notice err={props.error} />
      <form method="post" action="/admin/masuk">
        <label for="key">Kunci API</label>
        <input id="key" name="key" type="password" autocomplete="off" required size={50} />
        <p>
          <button type="submit">Masuk</button>
        </p>
      </form>
      <p>
        Kunci dibuat oleh admin dengan <code>npm run admin -- create-key</code>.
      </p>
    </Layout>
  );
}
