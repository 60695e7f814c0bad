"""Print a :class:`~counterweight.reports.brief_content.Brief` to PDF or to a printer.

The brief's HTML (:func:`~counterweight.reports.brief_html.document_html`) is laid
out by a ``QTextDocument`` directly on the target device, then printed one page at
a time with our own ``QPainter``, so every page gets the protective marking at its
top and bottom, a page number ("Page 3 of 9") and the title. Text stays text (it
can be selected and searched in the PDF); charts are painted as vector graphics by
:func:`counterweight.charts.render_chart` where the HTML has a placeholder.
Before printing, :func:`counterweight.reports.pdf_pagination.keep_together` mends
the page breaks that Qt's rich text cannot be told to avoid in CSS (a table row
split across pages, a lone line or heading at the foot of a page).

Two layers keep local files out of the brief (the QTextDocument trap in the
design notes): all user text is escaped before it becomes markup, and
:class:`SafeTextDocument` answers every resource request with a 1x1 transparent
image (returning nothing would let Qt's image handler read the file itself).
Qt Charts draws its labels as rich text too; :mod:`counterweight.reports.brief_charts`
builds the charts from escaped names and records them as SVG, so the layout and
the printing can run on a worker thread.

Fonts: nothing is shipped. The text font is the first of :data:`FONT_FAMILIES`
found, and Qt falls back per character to any installed font that has the glyph,
so Cyrillic and Korean print when some installed font covers them (on Debian,
``fonts-dejavu-core`` covers Cyrillic; Korean needs a font such as
``fonts-wqy-microhei``, ``fonts-nanum`` or ``fonts-noto-cjk``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from counterweight.charts.palette import stoplight_colour
from counterweight.domain.errors import CounterweightError, write_failure
from counterweight.reports.brief_charts import ChartPicture, ensure_application, record_charts
from counterweight.reports.pdf_output import finished_pdf, remove_partial, unfinished_write
from counterweight.reports.brief_content import Brief
from counterweight.reports.brief_html import document_html
from counterweight.reports.html_parts import STYLE
from counterweight.reports.brief_contents import CONTENTS_AFTER_PAGES
from counterweight.reports.pdf_contents import with_contents
from counterweight.reports.pdf_pagination import keep_together
from counterweight.reports.paper import A4, DEFAULT_PAPER, LETTER, paper_name

#: Text fonts in order of preference; Qt falls back per character beyond them.
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Segoe UI", "Helvetica"]
BODY_POINTS = 9.5
MARKING_POINTS = 11.0
#: Page margins in millimetres: sides, and the bands that hold the marking above and below.
SIDE_MM, TOP_MM, BOTTOM_MM = 18.0, 22.0, 22.0
PDF_RESOLUTION = 300
#: The PDF's paper by ``--paper`` name (Print… uses the printer's page).
_PAGE_SIZES = {A4: QPageSize.PageSizeId.A4, LETTER: QPageSize.PageSizeId.Letter}
#: The share of :func:`render_brief`'s work done once the pages are laid out (the rest: printing them;
#: 28.7 s against 3.6 s for a 514-page brief).
LAID_OUT_SHARE = 0.85

CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
_NAME = int(QTextFormat.Property.UserProperty) + 1
_WIDTH = _NAME + 1
_HEIGHT = _NAME + 2


class SafeTextDocument(QTextDocument):
    """A ``QTextDocument`` that never loads a resource: every request gets an empty answer.

    ``requests`` records the URL of every request, for tests and diagnosis.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.requests: list[str] = []

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt API
        """Record the request and answer with a 1x1 transparent image (or an empty style sheet)."""
        self.requests.append(url.toString())
        if kind == QTextDocument.ResourceType.StyleSheetResource:
            return ""
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        return image


class ChartObject(QPyTextObject):
    """Paints a recorded chart, as vector graphics, where the document holds its placeholder."""

    def __init__(self, charts: Mapping[str, ChartPicture], parent: object = None) -> None:
        super().__init__(parent)
        self.charts = dict(charts)
        self._renderers: dict[str, QSvgRenderer] = {}

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802 - Qt API
        device = doc.documentLayout().paintDevice()
        scale = device.logicalDpiX() / 96.0 if device is not None else 1.0
        return QSizeF(float(fmt.property(_WIDTH)) * scale, float(fmt.property(_HEIGHT)) * scale)

    def drawObject(self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int,  # noqa: N802 - Qt API
                   fmt: QTextFormat) -> None:
        name = str(fmt.property(_NAME))
        chart = self.charts.get(name)
        if chart is None or not _starts_in_clip(painter, rect):
            return
        renderer = self._renderers.get(name)
        if renderer is None:
            renderer = self._renderers[name] = QSvgRenderer(QByteArray(chart.svg), self)
        renderer.render(painter, rect)


def _starts_in_clip(painter: QPainter, rect: QRectF) -> bool:
    """Whether ``rect`` starts on the page being printed (the painter's clip), or nothing is clipped.

    Qt moves a chart that does not fit at the foot of a page to the top of the next
    one, but its paragraph still begins on the first page, so the layout asks for the
    chart while printing both pages. Painted on the first, it would be clipped out of
    sight, yet a PDF keeps clipped text: search and screen readers would meet the
    chart's labels twice, once below the footer. A chart is painted only on the page
    where its top edge lies (within a pixel: the layout puts it a hair above the page).
    """
    if not painter.hasClipping():
        return True
    clip = painter.clipBoundingRect()
    top = rect.top() + 1.0
    return clip.top() <= top < clip.bottom()


def text_font(points: float = BODY_POINTS, *, bold: bool = False) -> QFont:
    """The brief's font: no ligatures, so copied text matches what was typed ("fi", not "ﬁ")."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _insert_charts(doc: QTextDocument) -> int:
    """Replace every ``<img src="chart:NAME">`` placeholder by a chart object of the same size."""
    found: list[tuple[int, str, float, float]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                if image.name().startswith("chart:"):
                    found.append((fragment.position(), image.name()[6:], image.width(), image.height()))
            it += 1
        block = block.next()
    edit = QTextCursor(doc)
    edit.beginEditBlock()  # one relayout for all the charts, not one each (QA 27 item 3: 22 s on 1,000 options)
    try:
        for position, name, width, height in reversed(found):
            cursor = QTextCursor(doc)
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setObjectType(CHART_OBJECT)
            fmt.setProperty(_NAME, name)
            fmt.setProperty(_WIDTH, width)
            fmt.setProperty(_HEIGHT, height)
            cursor.insertText("\ufffc", fmt)
    finally:
        edit.endEditBlock()
    return len(found)


# ----------------------------------------------------------------- pages
def layout_document(brief: Brief, device: QPagedPaintDevice,
                    charts: Mapping[str, ChartPicture]) -> tuple[SafeTextDocument, QRectF]:
    """The brief laid out for ``device``, and the body rectangle on each page (device pixels).

    A brief of more than :data:`~counterweight.reports.brief_contents.CONTENTS_AFTER_PAGES`
    pages gets a contents list after its title block, its page numbers read from this
    layout (:func:`~counterweight.reports.pdf_contents.with_contents`).
    """
    doc, body = _laid_out(brief, device, charts, mend=False)
    if doc.pageCount() <= CONTENTS_AFTER_PAGES:  # mending breaks only adds pages: the slow part, done once
        keep_together(doc)
        if doc.pageCount() <= CONTENTS_AFTER_PAGES:
            return doc, body
    # QA 25 item 8: a long brief says where its sections are (the pages of this layout are a first guess)
    doc = with_contents(doc, lambda entries: _laid_out(brief, device, charts, entries)[0])
    return doc, body  # type: ignore[return-value]


def _laid_out(brief: Brief, device: QPagedPaintDevice, charts: Mapping[str, ChartPicture],
              contents: Sequence[tuple[str, int]] = (), *, mend: bool = True) -> tuple[SafeTextDocument, QRectF]:
    """One layout of the brief with the contents list ``contents`` (none when empty), page breaks mended
    unless ``mend`` is False."""
    sizes = {name: (c.width, c.height) for name, c in charts.items()}
    doc = SafeTextDocument()
    doc.documentLayout().setPaintDevice(device)
    handler = ChartObject(charts, doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, handler)
    doc._chart_handler = handler  # keep the Python object alive with the document
    doc.setDefaultFont(text_font())
    doc.setDefaultStyleSheet(STYLE)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setHtml(document_html(brief, colour=lambda v: stoplight_colour(v).name(), charts=sizes,
                              contents=tuple(contents)))
    _insert_charts(doc)
    mm = device.logicalDpiY() / 25.4
    body = QRectF(SIDE_MM * mm, TOP_MM * mm, device.width() - 2 * SIDE_MM * mm,
                  device.height() - (TOP_MM + BOTTOM_MM) * mm)
    doc.setDocumentMargin(0)
    doc.setPageSize(body.size())
    if mend:
        keep_together(doc)  # no row split across pages, no lone line or heading at a page's foot
    return doc, body


def marking_font(marking: str, device: QPagedPaintDevice, width: float) -> QFont:
    """Bold marking font, made smaller (down to 7 pt) until a long marking fits on one line."""
    points = MARKING_POINTS
    font = text_font(points, bold=True)
    while points > 7.0 and QFontMetricsF(font, device).horizontalAdvance(marking) > width:
        points -= 0.5
        font = text_font(points, bold=True)
    return font


def _furniture(painter: QPainter, device: QPagedPaintDevice, page: int, pages: int, marking: str,
               title: str) -> None:
    """The marking above and below the body, the title and the page number."""
    mm = device.logicalDpiY() / 25.4
    w, h = float(device.width()), float(device.height())
    painter.save()
    painter.setPen(QPen(Qt.GlobalColor.black))
    if marking:
        painter.setFont(marking_font(marking, device, w - 2 * SIDE_MM * mm))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        for top in (5 * mm, h - 15 * mm):
            painter.drawText(QRectF(SIDE_MM * mm, top, w - 2 * SIDE_MM * mm, 9 * mm), flags, marking)
    painter.setPen(QPen(Qt.GlobalColor.darkGray, max(1.0, 0.2 * mm)))
    painter.drawLine(QRectF(SIDE_MM * mm, 15 * mm, w - 2 * SIDE_MM * mm, 0).topLeft(),
                     QRectF(SIDE_MM * mm, 15 * mm, w - 2 * SIDE_MM * mm, 0).topRight())
    painter.drawLine(int(SIDE_MM * mm), int(h - 16 * mm), int(w - SIDE_MM * mm), int(h - 16 * mm))
    small = text_font(8.0)
    painter.setFont(small)
    painter.setPen(QPen(Qt.GlobalColor.black))
    band = QRectF(SIDE_MM * mm, h - 21 * mm, w - 2 * SIDE_MM * mm, 5 * mm)
    number = QCoreApplication.translate("PdfBrief", "Page {0} of {1}").format(page, pages)
    painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)
    room = band.width() * 0.7
    shown = QFontMetricsF(small, device).elidedText(title, Qt.TextElideMode.ElideRight, room)
    painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    painter.restore()


def render_brief(brief: Brief, device: QPagedPaintDevice, charts: Mapping[str, ChartPicture] | None = None,
                 progress: Callable[[float], None] | None = None) -> int:
    """Print ``brief`` on ``device`` (a ``QPdfWriter`` or a ``QPrinter``), page by page.

    Parameters
    ----------
    brief : Brief
    device : QPagedPaintDevice
    charts : mapping, optional
        From :func:`record_charts`. When given, this function may run on a worker
        thread; without it the charts are recorded here, in the GUI thread.
    progress : callable, optional
        Receives the share done (0-1): :data:`LAID_OUT_SHARE` once the pages are laid
        out (one long step), then after each page printed.

    Returns
    -------
    int
        The number of pages.

    Raises
    ------
    CounterweightError
        The device cannot be painted on (for example the file cannot be created).
    """
    if charts is None:
        charts = record_charts(brief)
    doc, body = layout_document(brief, device, charts)
    pages = max(1, doc.pageCount())
    report = progress or (lambda _share: None)
    report(LAID_OUT_SHARE)
    painter = QPainter()
    if not painter.begin(device):
        raise CounterweightError("The brief could not be written: the output could not be opened for drawing.")
    try:
        layout = doc.documentLayout()
        for page in range(pages):
            if page and not device.newPage():
                raise CounterweightError("The brief could not be written: a new page could not be started.")
            painter.save()
            painter.translate(body.left(), body.top() - page * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            layout.draw(painter, context)
            painter.restore()
            _furniture(painter, device, page + 1, pages, brief.marking, brief.decision.title)
            report(LAID_OUT_SHARE + (1 - LAID_OUT_SHARE) * (page + 1) / pages)
    finally:
        painter.end()
    return pages


def print_brief_on(printer: QPagedPaintDevice, brief: Brief, charts: Mapping[str, ChartPicture] | None = None) -> int:
    """Print ``brief`` on a ``QPrinter`` as the same pages as :func:`write_pdf` gives on that paper.

    The printer's own margins are not added to ours (QA 25: they narrowed the text, moved
    the marking inward and changed the page breaks, 89 pages printed against 86 exported):
    the brief is laid out on the whole sheet, as the export is, and at the export's resolution
    (Qt wraps some lines differently at 1200 dots per inch, which moved the page breaks; a
    printer that cannot take it keeps its own). The document name (a PDF's Title when printing
    to a file, the job's name in the queue) is the decision's title.
    """
    printer.setFullPage(True)
    printer.setResolution(PDF_RESOLUTION)
    printer.setDocName(brief.decision.title)
    printer.setCreator(f"Counterweight {brief.app_version}")
    return render_brief(brief, printer, charts)


def write_pdf(brief: Brief, path: str | os.PathLike[str], charts: Mapping[str, ChartPicture] | None = None,
              progress: Callable[[float], None] | None = None, paper: str = DEFAULT_PAPER) -> int:
    """Write ``brief`` as a PDF at ``path``; an existing file is replaced only once the new one is complete.

    ``charts`` (from :func:`record_charts`) lets this run on a worker thread;
    ``progress`` is :func:`render_brief`'s; ``paper`` is ``"a4"`` or ``"letter"``
    (:mod:`counterweight.reports.paper`).

    Returns
    -------
    int
        The number of pages.

    Raises
    ------
    CounterweightError
        The file cannot be written (folder missing, no permission...); names the file.
    """
    size = QPageSize(_PAGE_SIZES[paper_name(paper)])
    if charts is None:
        charts = record_charts(brief)
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:  # Qt gives no reason when it cannot create the file (and prints its own noise): ask the system first
        with open(partial, "wb"):
            pass
    except OSError as exc:
        raise write_failure(target, "PDF brief", exc) from exc
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(brief.decision.title)
    writer.setCreator(f"Counterweight {brief.app_version}")
    failure: CounterweightError | None = None
    pages = 0
    try:
        pages = render_brief(brief, writer, charts, progress)
    except CounterweightError as exc:
        failure = exc
    del writer  # deleting the writer finishes and closes the file
    # QA 28: Qt reports no failed write, so a disk that filled up left a PDF cut short (no end of file
    # marker) that was reported as written: the file must end as a PDF does.
    if failure is not None or not finished_pdf(partial):
        raise unfinished_write(target, partial, failure)
    try:
        os.replace(partial, target)
    except OSError as exc:  # a folder of that name, a locked file...: name the target, keep no partial file
        remove_partial(partial)
        raise write_failure(target, "PDF brief", exc) from exc
    return pages


__all__ = [
    "CHART_OBJECT", "FONT_FAMILIES", "ChartObject", "ChartPicture", "SafeTextDocument", "ensure_application",
    "layout_document", "marking_font", "print_brief_on", "record_charts",
    "render_brief", "text_font", "write_pdf",
]
