// Reference server for the benchmarks: a bare Fastify 5 route answering a constant, and the
// same route doing one indexed SQLite select (better-sqlite3, 10,000 rows).
import Database from "better-sqlite3";
import Fastify from "fastify";

const db = new Database(":memory:");
db.exec("create table t (id integer primary key, v text)");
const insert = db.prepare("insert into t (id, v) values (?, ?)");
db.transaction(() => {
  for (let i = 0; i < 10_000; i++) insert.run(i, `value ${i}`);
})();
const select = db.prepare("select v from t where id = ?");
let n = 0;

const app = Fastify({ logger: false });
app.get("/", async () => ({ hello: "world" }));
app.get("/sqlite", async () => select.get(n++ % 10_000));
await app.listen({ host: "127.0.0.1", port: Number(process.env.PORT) });
process.stdout.write("ready\n");
