"""Outputs for readers outside the application: the PDF decision brief, spreadsheets, CSV.

Only the PDF renderer imports Qt (``pdf_brief`` and ``brief_charts``); the brief's
content (``brief_content``, ``summary``, ``brief_html``, ``brief_annex``,
``html_parts``) is plain Python, so it can be built and tested without Qt.
"""
