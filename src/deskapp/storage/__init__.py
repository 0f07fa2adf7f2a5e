"""SQLite storage: engine, tables, migrations, queries and full-text search. Never imports Qt."""
