/** @jsxImportSource hono/jsx */
import type { Stats } from "../../admin/stats.js";

/**
 * Statistics tables with a date-range form and the CSV link.
 *
 * @example
 * <StatsSection stats={await computeStats(db, range)} />
 */
export function StatsSection({ stats: s }: { stats: Stats }) {
  return (
    <section aria-labelledby="statistik">
      <form method="get" action="/admin/statistik">
        <label for="from">Dari tanggal</label>
        <input id="from" name="from" type="date" value={s.from} />
        <label for="to">Sampai tanggal</label>
        <input id="to" name="to" type="date" value={s.to} />
        <p>
          <button type="submit">Tampilkan</button>
        </p>
      </form>
      <h2 id="statistik">{`Ringkasan ${s.from} s.d. ${s.to}`}</h2>
      <p>{`Pertanyaan: ${s.totalQuestions}; terjawab: ${s.answered}; tingkat jawab: ${Math.round(s.answerRate * 100)}%; umpan balik: ${s.feedback.up} 👍 / ${s.feedback.down} 👎`}</p>
      <p>
        <a href={`/admin/statistik.csv?from=${s.from}&to=${s.to}`}>Unduh CSV</a>
      </p>
      <h3>Pertanyaan per hari per kanal</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Tanggal</th>
            <th scope="col">Kanal</th>
            <th scope="col">Jumlah</th>
          </tr>
        </thead>
        <tbody>
          {s.questionsPerDay.map((q) => (
            <tr>
              <td>{q.day}</td>
              <td>{q.channel}</td>
              <td>{q.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Layanan yang paling sering ditanyakan</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Layanan</th>
            <th scope="col">Pertanyaan</th>
          </tr>
        </thead>
        <tbody>
          {s.topServices.map((t) => (
            <tr>
              <td>{t.serviceId}</td>
              <td>{t.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Permohonan per layanan dan status</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Layanan</th>
            <th scope="col">Status</th>
            <th scope="col">Jumlah</th>
          </tr>
        </thead>
        <tbody>
          {s.submissions.map((x) => (
            <tr>
              <td>{x.serviceId}</td>
              <td>{x.status}</td>
              <td>{x.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
