"""Use-cases shared by the GUI and the CLI: sessions, edits, import/export, workspace."""
