"""The edges of dutyroom: what touches the operating system, the database file and the network.

The command line (`cli`), the composition root that opens the database and builds the facade
(`compose`), the LAN status server (`lan_server`) and the data folders (`paths`) live here; the
rest of `dutyroom` is the core, which imports none of db, sqlite3, Qt, the scheduler or ui.
"""
