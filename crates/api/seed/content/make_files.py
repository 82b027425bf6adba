#!/usr/bin/env python3
"""Generate the sample PDF attachments named in the content seed.

Reads every <agency>.json next to this script and, for each attachment, writes
files/<file> as a small PDF 1.4 (one or two US Letter pages, Helvetica with
WinAnsiEncoding): the agency, the attachment's title, the publication date and
the item's summary and body as plain text, in the attachment's language.

Standard library only. Output is deterministic, so re-running it gives the same
bytes. Usage: python3 crates/api/seed/content/make_files.py
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
AGENCIES = HERE.parent / "agencies.json"

PAGE_W, PAGE_H = 612, 792  # US Letter, points
MARGIN = 56
BODY_SIZE, BODY_LEAD = 10, 14
MAX_PAGES = 2
TEXT_W = PAGE_W - 2 * MARGIN      # usable line width
TEXT_H = PAGE_H - 2 * MARGIN - 20  # usable height above the footer
MAX_BYTES = 6000

# Helvetica advance widths (1/1000 em) for ASCII 32..126, from the standard AFM.
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]

MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
LABELS = {
    "es": {"published": "Publicado el {d} de {m} de {y}", "page": "Página {n} de {t}",
           "access": "¿Necesitas este documento en otro formato? Escribe a {c}",
           "more": "(El texto continúa en la versión en línea de esta página.)"},
    "en": {"published": "Published {d} {m} {y}", "page": "Page {n} of {t}",
           "access": "Need this document in another format? Write to {c}",
           "more": "(The text continues in the online version of this page.)"},
}


def pdf_string(text):
    """Encode text as a PDF literal string in WinAnsiEncoding (cp1252, a superset
    of Latin-1 for printable characters), escaping delimiters and non-ASCII bytes."""
    raw = text.encode("cp1252", errors="replace")
    out = []
    for b in raw:
        if b in (0x5C, 0x28, 0x29):  # \ ( )
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def plain(md):
    """Turn the Markdown body into (style, text) lines: headings, paragraphs,
    list items and table rows, with links and emphasis reduced to their text."""
    blocks = []
    for line in md.splitlines():
        s = line.strip()
        s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
        s = s.replace("**", "").replace("«", "\u201c").replace("»", "\u201d")
        if not s:
            blocks.append(("gap", ""))
        elif s.startswith("#"):
            blocks.append(("head", s.lstrip("#").strip()))
        elif s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            blocks.append(("row", "   \u00b7   ".join(cells)))
        elif s.startswith("- "):
            blocks.append(("item", "\u2022 " + s[2:]))
        elif re.match(r"\d+\. ", s):
            blocks.append(("item", s))
        elif re.search(r"accesib|accessib", s, re.I):
            continue  # the footer already gives the accessible-format contact
        else:
            blocks.append(("para", s))
    return blocks


def text_width(text, font, size):
    """Approximate width in points; accented letters count as their base letter
    and Helvetica-Bold is taken as about 8 % wider than Helvetica."""
    total = 0
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        code = ord(base)
        total += _HELV[code - 32] if 32 <= code <= 126 else 556
    return total * size / 1000 * (1.08 if font == "F2" else 1.0)


def wrap(style, text):
    """Greedy word wrap to the usable width, measured with the style's font."""
    font, size, _ = STYLE[style]
    indent = "   " if style == "item" else ""
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word) if cur else word
        if cur and text_width(trial, font, size) > TEXT_W:
            lines.append(cur)
            cur = indent + word
        else:
            cur = trial
    lines.append(cur)
    return [(style, l) for l in lines]


def paginate(lines, lang):
    """Split lines into pages by their leading; cap at MAX_PAGES."""
    pages, cur, height = [], [], 0
    for style, text in lines:
        lead = STYLE[style][2] if cur else 0
        if cur and height + lead > TEXT_H:
            pages.append(cur)
            cur, height = [], 0
            if style == "gap":
                continue
            lead = 0
        cur.append((style, text))
        height += lead
    if cur:
        pages.append(cur)
    if len(pages) > MAX_PAGES:
        last = pages[MAX_PAGES - 1]
        pages = pages[:MAX_PAGES - 1] + [last[:-2] + [("gap", ""), ("para", LABELS[lang]["more"])]]
    return pages


def layout(agency_name, title, date_line, summary, body, lang):
    """Return a list of pages, each a list of (style, text) lines."""
    lines = wrap("agency", agency_name) + wrap("title", title)
    lines += [("meta", date_line), ("gap", "")] + wrap("lead", summary) + [("gap", "")]
    for style, text in plain(body):
        if style == "gap":
            if lines and lines[-1][0] != "gap":
                lines.append(("gap", ""))
            continue
        if style == "head" and lines and lines[-1][0] != "gap":
            lines.append(("gap", ""))
        lines.extend(wrap(style, text))
    while lines and lines[-1][0] == "gap":
        lines.pop()
    return paginate(lines, lang)


STYLE = {  # font resource, size, leading
    "agency": ("F2", 10, 16), "title": ("F2", 16, 20), "meta": ("F1", 9, 16),
    "lead": ("F2", 10, 14), "head": ("F2", 11, 16), "para": ("F1", BODY_SIZE, BODY_LEAD),
    "item": ("F1", BODY_SIZE, BODY_LEAD), "row": ("F1", 9, 13), "gap": ("F1", BODY_SIZE, 8),
}


def page_stream(lines, footer_left, footer_right):
    ops = ["BT"]
    y = PAGE_H - MARGIN
    ops.append("%d %d Td" % (MARGIN, y))
    first = True
    for style, text in lines:
        font, size, lead = STYLE[style]
        if not first:
            ops.append("0 -%d Td" % lead)
        first = False
        if text:
            ops.append("/%s %d Tf %s Tj" % (font, size, pdf_string(text)))
    ops.append("ET")
    ops.append("BT /F1 8 Tf %d %d Td %s Tj ET" % (MARGIN, 36, pdf_string(footer_left)))
    ops.append("BT /F1 8 Tf %d %d Td %s Tj ET" % (PAGE_W - MARGIN - 60, 36, pdf_string(footer_right)))
    return "\n".join(ops).encode("ascii")


def build_pdf(pages, title, agency_name, created, lang, contact):
    """Assemble the PDF objects and compute the cross-reference table."""
    n_pages = len(pages)
    # Object numbers: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs.
    objs = {}
    kids = []
    for i, lines in enumerate(pages):
        page_no, content_no = 6 + 2 * i, 7 + 2 * i
        kids.append("%d 0 R" % page_no)
        footer_left = LABELS[lang]["access"].format(c=contact) if contact else agency_name
        footer_right = LABELS[lang]["page"].format(n=i + 1, t=n_pages)
        stream = page_stream(lines, footer_left, footer_right)
        objs[page_no] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                         "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                         "/Contents %d 0 R >>" % (PAGE_W, PAGE_H, content_no)).encode("ascii")
        objs[content_no] = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"\nendstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), n_pages)).encode("ascii")
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = ("<< /Title %s /Author %s /Producer (Ventanilla seed make_files.py) "
               "/CreationDate (D:%s) >>" % (pdf_string(title), pdf_string(agency_name), created)).encode("ascii")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    size = max(objs) + 1
    xref_at = len(out)
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, xref_at))
    return bytes(out)


def pdf_date(iso):
    # "2026-05-04T11:00:00-06:00" -> "20260504110000-06'00'"
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)([+-]\d\d):(\d\d)", iso)
    y, mo, d, h, mi, s, oh, om = m.groups()
    return "%s%s%s%s%s%s%s'%s'" % (y, mo, d, h, mi, s, oh, om)


def main():
    agencies = {a["slug"]: a for a in json.loads(AGENCIES.read_text(encoding="utf-8"))}
    OUT.mkdir(exist_ok=True)
    written = []
    for path in sorted(HERE.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            for att in item.get("attachments", []):
                lang = att["lang"]
                pick = lambda text: text.get(lang) or text["es"]
                agency = agencies[item["agency"]]
                agency_name = agency["name"].get(lang) or agency["name"]["es"]
                y, mo, d = item["first_published"][:10].split("-")
                date_line = LABELS[lang]["published"].format(
                    d=int(d), m=MONTHS[lang][int(mo) - 1], y=y)
                title = pick(att["title"])
                pages = layout(agency_name, title, date_line, pick(item["summary"]),
                               pick(item["body"]), lang)
                data = build_pdf(pages, title, agency_name, pdf_date(item["first_published"]),
                                 lang, item.get("accessible_format_contact"))
                if len(data) >= MAX_BYTES:
                    sys.exit("%s: %d bytes, over the %d-byte limit" % (att["file"], len(data), MAX_BYTES))
                (OUT / att["file"]).write_bytes(data)
                written.append(att["file"])
    unused = sorted(p.name for p in OUT.glob("*.pdf") if p.name not in written)
    for name in written:
        print("wrote files/%s (%d bytes)" % (name, (OUT / name).stat().st_size))
    for name in unused:
        print("note: files/%s is not named by any attachment" % name)


if __name__ == "__main__":
    main()
