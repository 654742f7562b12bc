"""SQLite copies: a database copied from inside its own transaction (the demo's seed) is rebuilt
from its SQL, full-text tables included, and restores identical to its manifest."""

import sqlite3

from servicedesk.backups.engines import sqlite


def test_a_database_written_in_an_open_transaction_is_rebuilt_whole_with_its_full_text_table(tmp_path):
    source = sqlite3.connect(tmp_path / "portal.sqlite3", isolation_level=None)
    source.execute("CREATE TABLE page (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT)")
    source.execute("CREATE VIRTUAL TABLE page_fts USING fts5(title)")
    source.execute(
        "CREATE TRIGGER page_ai AFTER INSERT ON page BEGIN INSERT INTO page_fts VALUES (new.title); END"
    )
    source.execute("BEGIN")  # not committed: only this connection sees these rows
    source.executemany(
        "INSERT INTO page (title) VALUES (?)", [("Inicio",), ("Transparencia",), ("Trámites",)]
    )

    original = sqlite.manifest(source)
    copied = sqlite.rebuild(source, tmp_path / "copia.sqlite3")
    source.execute("ROLLBACK")
    assert copied == original

    assert copied["tables"]["page"]["rows"] == 3 and copied["tables"]["page_fts"]["rows"] == 3
    restored = sqlite.restore_manifest(tmp_path / "copia.sqlite3", tmp_path / "restaurada.sqlite3")
    assert restored == copied
    with sqlite3.connect(tmp_path / "restaurada.sqlite3") as db:
        assert db.execute("SELECT title FROM page_fts WHERE page_fts MATCH 'transparencia'").fetchall() == [
            ("Transparencia",)
        ]
        db.execute("INSERT INTO page (title) VALUES ('Noticias')")  # the trigger came along
        assert db.execute("SELECT count(*) FROM page_fts").fetchone() == (4,)
