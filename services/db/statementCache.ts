// Kysely's SQLite driver prepares every statement anew; this wrapper keeps prepared statements by SQL text
// (bounded, oldest out first), so a query built by Kysely costs what the same hand-written prepared statement
// costs. The register's queries are a small fixed set of shapes, so a plain first-in-first-out bound is enough.
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export function withStatementCache(db: Database.Database, capacity = 256): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit) return hit;
      const stmt = db.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, stmt);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
  };
}
