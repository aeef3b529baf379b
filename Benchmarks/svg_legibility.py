#!/usr/bin/env python3
"""Measure how legible a Graphviz SVG diagram is once fitted onto a printed page.

Usage:
    python3 Benchmarks/svg_legibility.py [options] [FILE.svg ...]

With no files it reads Output/*.svg and Output/frames/*.svg next to this
script's parent directory (the repository's committed outputs).

The script reads SVG as written by Graphviz 2.42/2.43's svg renderer (it copes
with any plain SVG that uses the same few features) and reports, per file:

Size and scale
    The natural size comes from the root <svg width=... height=...> (units pt,
    px = 0.75 pt, in = 72 pt, mm, cm, pc; unitless = px) and its viewBox
    (preserveAspectRatio is honoured; Graphviz uses the default, xMidYMid
    meet).  The page is a text block: a4 453 x 684 pt, a4-landscape 684 x 453,
    letter 468 x 648, letter-landscape 648 x 468, slide 720 x 405, or WxH in
    pt.  The default, a4-best (likewise letter-best), takes whichever of
    portrait and landscape gives the larger scale; a tie goes to portrait.

        scale = min(page_w / width_pt, page_h / height_pt)

    "scale" is the fit scale and is reported as is, even when it is above 1.
    A picture is never blown up beyond its natural size, so everything
    measured "at page size" uses s = min(scale, 1):

        font_pt = font_size_in_user_units
                  x (vertical scale of all transforms: viewBox -> pt and every
                     ancestor transform; for Graphviz width_pt / viewBox_w)
                  x min(scale, 1)

Texts
    Every rendered <text> (not inside <defs>, <symbol>, <marker>, <clipPath>,
    <mask>, <pattern>, nor display="none") whose content (its own text plus
    its <tspan>s) is not blank.  Its box is estimated from the Adobe
    Helvetica advance widths (Helvetica-Bold for font-weight bold/bolder/
    >= 600; Graphviz writes font-weight="bold" for HTML <B>) in 1/1000 em;
    other characters count 556/1000 em, except a few typographic marks taken
    from the same AFM files (- -- ... quotes, middle dot), combining marks 0,
    and wide/full-width (CJK) characters 1000.  The font family is recorded
    but every family is measured as Helvetica/Arial.  The box runs from
    0.718 em above the baseline to 0.207 em below it and is placed by x, y,
    dx, dy (first value of each list) and text-anchor (start/middle/end).
    Font size, family, weight and anchor are read from attributes or
    style="" and inherited from ancestors (default 16 user units).  Every
    ancestor transform is applied: translate, scale, matrix; rotate and skew
    are applied too, with a warning unless the angle is 0, and a rotated text
    is then represented by the axis-aligned box around its rotated box.

Title and content
    The title is the <text> elements that are direct children of the top
    graph group (<g class="graph ...">, the graph's own label).  Content is
    every other text.  The per-file line shows the content font minimum and
    median and, in brackets, the largest title font (the title proper;
    --details lists all title sizes).

Overlaps
    Two text boxes overlap when their intersection exceeds
    --overlap-threshold (default 0.10) of the smaller box's area.

Misplaced and spanning labels
    A node is a <g class="node ..."> with a <title> child, except groups with
    a class containing "legend", id "legend", or class "axis".  A group of class
    "actor-label" with id "label-X" is a label placed apart from its node: its
    texts count as labels of the node with id "actor-X".  Its body is
    the bounding box of its shapes (ellipse, circle, rect, polygon,
    polyline, line, path; for paths the end and control points of every
    segment, which bounds Graphviz's cubic Beziers); its labels are all its
    texts, including external labels (xlabel), which Graphviz writes inside
    the node's group.  A node without shapes (shape=none/plaintext) has no
    body: it is neither checked nor a rival.  A label is misplaced when its
    box's centre is farther from its own node's body (distance from the point
    to the box, 0 inside) than from some other node's body.  A label spans
    another node when its box intersects that node's body box by more than
    --span-threshold (default 0.10) of the label's own area.

Output
    One line per file and a summary line; --summary only the summary;
    --details also the title sizes, overlapping pairs, misplaced and
    spanning labels; --json a JSON array of per-file objects.
    --min-font PT: exit 1 when a file's content font is below PT.
    --fail: exit 1 when a file has an overlap, a misplaced or a spanning
    label, or a content font below --min-font (7 pt unless given).
    The reasons go to stderr.  Exit 2 when a file cannot be read or is not
    SVG (the other files are still measured).

Limitations: widths are estimates (no kerning, no real font lookup; text in
other fonts is measured as Helvetica); textLength, writing-mode, text on a
path, <use> and CSS style sheets are ignored; tspans with their own x/y are
treated as continuing the line; arcs in paths contribute only their end
points; node bodies are boxes, so a label in the empty corner of a circle's
box counts as touching that circle.
"""

import argparse
import glob
import json
import math
import os
import re
import statistics
import sys
import unicodedata
import xml.etree.ElementTree as ET

# Adobe Helvetica and Helvetica-Bold advance widths (AFM, 1/1000 em) for
# ASCII 32 (space) .. 126 (~).
HELVETICA = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556,                                # 0..9
    278, 278, 584, 584, 584, 556, 1015,                                              # :..@
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,                 # A..M
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,                 # N..Z
    278, 278, 278, 469, 556, 333,                                                    # [..`
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,                 # a..m
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,                 # n..z
    334, 260, 334, 584,                                                              # {..~
]
HELVETICA_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
    333, 333, 584, 584, 584, 611, 975,
    722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
    333, 278, 333, 584, 556, 333,
    556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889,
    611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500,
    389, 280, 389, 584,
]
assert len(HELVETICA) == 95 and len(HELVETICA_BOLD) == 95
# A few non-ASCII marks that Graphviz labels often contain, from the same AFM
# files (identical in regular and bold unless given as a pair).
EXTRA_WIDTHS = {
    "\u00a0": 278,          # no-break space
    "\u00b7": 278,          # middle dot
    "\u2013": 556,          # en dash
    "\u2014": 1000,         # em dash
    "\u2018": (222, 278),   # left single quote
    "\u2019": (222, 278),   # right single quote
    "\u201c": (333, 500),   # left double quote
    "\u201d": (333, 500),   # right double quote
    "\u2022": 350,          # bullet
    "\u2026": 1000,         # ellipsis
}
OTHER_WIDTH = 556
WIDE_WIDTH = 1000
ASCENT = 0.718
DESCENT = 0.207

PAGES = {
    "a4": (453.0, 684.0),
    "a4-landscape": (684.0, 453.0),
    "letter": (468.0, 648.0),
    "letter-landscape": (648.0, 468.0),
    "slide": (720.0, 405.0),
}
UNIT_PT = {"pt": 1.0, "px": 0.75, "": 0.75, "in": 72.0, "mm": 72.0 / 25.4,
           "cm": 72.0 / 2.54, "pc": 12.0}
NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
NUMBER_RE = re.compile(NUMBER)
LENGTH_RE = re.compile(r"^\s*(" + NUMBER + r")\s*([A-Za-z%]*)\s*$")
TRANSFORM_RE = re.compile(r"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)")
PATH_TOKEN_RE = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|" + NUMBER)
HIDDEN_CONTAINERS = {"defs", "symbol", "marker", "clipPath", "mask", "pattern",
                     "linearGradient", "radialGradient", "filter", "title",
                     "desc", "metadata", "style", "script"}
SHAPES = {"ellipse", "circle", "rect", "polygon", "polyline", "line", "path"}
INHERITED = ("font-size", "font-family", "font-weight", "text-anchor")
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class SVGError(Exception):
    """An unreadable or invalid file."""


# ---------------------------------------------------------------- geometry

def mat_mul(m, n):
    """m after n: the matrix that applies n first, then m."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2,
            a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def apply(m, x, y):
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)


def bbox_of(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def transform_box(m, box):
    x0, y0, x1, y1 = box
    return bbox_of([apply(m, x0, y0), apply(m, x1, y0),
                    apply(m, x0, y1), apply(m, x1, y1)])


def union(a, b):
    if a is None:
        return b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def area(box):
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def intersection_area(a, b):
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def point_box_distance(x, y, box):
    dx = max(box[0] - x, 0.0, x - box[2])
    dy = max(box[1] - y, 0.0, y - box[3])
    return math.hypot(dx, dy)


def parse_transform(text, warn):
    m = IDENTITY
    if not text or not text.strip():
        return m
    pos = 0
    for match in TRANSFORM_RE.finditer(text):
        gap = text[pos:match.start()].strip(" ,\t\r\n")
        if gap:
            warn("ignored transform text %r" % gap)
        pos = match.end()
        name = match.group(1)
        v = [float(n) for n in NUMBER_RE.findall(match.group(2))]
        t = None
        if name == "matrix" and len(v) == 6:
            t = tuple(v)
        elif name == "translate" and len(v) in (1, 2):
            t = (1.0, 0.0, 0.0, 1.0, v[0], v[1] if len(v) == 2 else 0.0)
        elif name == "scale" and len(v) in (1, 2):
            t = (v[0], 0.0, 0.0, v[1] if len(v) == 2 else v[0], 0.0, 0.0)
        elif name == "rotate" and len(v) in (1, 3):
            angle = v[0] % 360.0
            if angle != 0.0:
                warn("rotate(%s) applied; rotated texts are measured by the "
                     "box around them" % match.group(2).strip())
            r = math.radians(v[0])
            cos, sin = math.cos(r), math.sin(r)
            t = (cos, sin, -sin, cos, 0.0, 0.0)
            if len(v) == 3:
                t = mat_mul((1.0, 0.0, 0.0, 1.0, v[1], v[2]),
                            mat_mul(t, (1.0, 0.0, 0.0, 1.0, -v[1], -v[2])))
        elif name in ("skewX", "skewY") and len(v) == 1:
            if v[0] % 180.0 != 0.0:
                warn("%s(%s) applied; skewed texts are measured by the box "
                     "around them" % (name, match.group(2).strip()))
            k = math.tan(math.radians(v[0]))
            t = (1.0, 0.0, k, 1.0, 0.0, 0.0) if name == "skewX" else (1.0, k, 0.0, 1.0, 0.0, 0.0)
        if t is None:
            warn("ignored malformed transform %s" % match.group(0))
            continue
        m = mat_mul(m, t)
    tail = text[pos:].strip(" ,\t\r\n")
    if tail:
        warn("ignored transform text %r" % tail)
    return m


def path_points(d):
    """End and control points of every segment of an SVG path."""
    tokens = PATH_TOKEN_RE.findall(d or "")
    counts = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}
    points = []
    cx = cy = sx = sy = 0.0
    i = 0
    cmd = None
    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            cmd = tok
            i += 1
            if cmd in "Zz":
                cx, cy = sx, sy
                points.append((cx, cy))
                cmd = None
                continue
        elif cmd is None:
            break  # a number with no command: invalid path, stop here
        low = cmd.lower()
        n = counts[low]
        args = tokens[i:i + n]
        if len(args) < n or any(a.isalpha() for a in args):
            break
        i += n
        v = [float(a) for a in args]
        rel = cmd.islower()
        ox, oy = (cx, cy) if rel else (0.0, 0.0)
        if low == "h":
            cx = v[0] + (cx if rel else 0.0)
            points.append((cx, cy))
        elif low == "v":
            cy = v[0] + (cy if rel else 0.0)
            points.append((cx, cy))
        elif low == "a":
            cx, cy = v[5] + ox, v[6] + oy
            points.append((cx, cy))
        else:
            pairs = [(v[k] + ox, v[k + 1] + oy) for k in range(0, n, 2)]
            points.extend(pairs)
            cx, cy = pairs[-1]
            if low == "m":
                sx, sy = cx, cy
                cmd = "l" if rel else "L"  # further pairs are line-tos
    return points


def shape_points(tag, el):
    def num(name, default=0.0):
        value = el.get(name)
        if value is None:
            return default
        match = NUMBER_RE.match(value.strip())
        return float(match.group(0)) if match else default

    if tag == "ellipse" or tag == "circle":
        cx, cy = num("cx"), num("cy")
        if tag == "circle":
            rx = ry = num("r")
        else:
            rx, ry = num("rx"), num("ry")
        return [(cx - rx, cy - ry), (cx + rx, cy - ry), (cx - rx, cy + ry), (cx + rx, cy + ry)]
    if tag == "rect":
        x, y, w, h = num("x"), num("y"), num("width"), num("height")
        return [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
    if tag == "line":
        return [(num("x1"), num("y1")), (num("x2"), num("y2"))]
    if tag in ("polygon", "polyline"):
        v = [float(n) for n in NUMBER_RE.findall(el.get("points", ""))]
        return [(v[k], v[k + 1]) for k in range(0, len(v) - 1, 2)]
    if tag == "path":
        return path_points(el.get("d", ""))
    return []


# ------------------------------------------------------------------- text

def char_width(ch, bold):
    code = ord(ch)
    if 32 <= code <= 126:
        return (HELVETICA_BOLD if bold else HELVETICA)[code - 32]
    if ch in EXTRA_WIDTHS:
        w = EXTRA_WIDTHS[ch]
        return w if isinstance(w, int) else w[1 if bold else 0]
    if ch in "\t\n\r":
        return HELVETICA[0]
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return WIDE_WIDTH
    return OTHER_WIDTH


def text_width_em(text, bold):
    return sum(char_width(ch, bold) for ch in text) / 1000.0


def is_bold(weight):
    weight = (weight or "").strip().lower()
    if weight in ("bold", "bolder"):
        return True
    return weight.isdigit() and int(weight) >= 600


def local_name(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_content(el):
    """The text of a <text>: its own text and its tspans', SVG-collapsed."""
    parts = []

    def walk(node):
        if node.text:
            parts.append(node.text)
        for child in node:
            if local_name(child.tag) not in HIDDEN_CONTAINERS:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    raw = "".join(parts).replace("\r", "").replace("\n", "").replace("\t", " ")
    return re.sub(r" +", " ", raw.strip(" "))


def style_props(el):
    props = {}
    for name in INHERITED + ("display",):
        value = el.get(name)
        if value is not None:
            props[name] = value.strip()
    for decl in (el.get("style") or "").split(";"):
        if ":" in decl:
            key, value = decl.split(":", 1)
            key = key.strip().lower()
            if key in INHERITED or key == "display":
                props[key] = value.strip()
    return props


def resolve_font_size(value, parent):
    """Font size in user units (CSS px) from a font-size value."""
    match = LENGTH_RE.match(value or "")
    if not match:
        return parent
    number, unit = float(match.group(1)), match.group(2).lower()
    if unit in ("", "px"):
        return number
    if unit == "em":
        return number * parent
    if unit == "ex":
        return number * parent * 0.5
    if unit == "%":
        return number * parent / 100.0
    if unit in UNIT_PT:
        return number * UNIT_PT[unit] / 0.75
    return parent


def first_number(value, default=0.0):
    if not value:
        return default
    match = NUMBER_RE.search(value)
    return float(match.group(0)) if match else default


def cut(text, n=40):
    return text if len(text) <= n else text[:n - 1] + "\u2026"


# ------------------------------------------------------------------ pages

def parse_page(name):
    name = name.strip().lower()
    if name in ("a4-best", "letter-best"):
        base = name[:-5]
        return [(base, PAGES[base]), (base + "-landscape", PAGES[base + "-landscape"])]
    if name in PAGES:
        return [(name, PAGES[name])]
    match = re.match(r"^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$", name)
    if match and float(match.group(1)) > 0 and float(match.group(2)) > 0:
        return [(name, (float(match.group(1)), float(match.group(2))))]
    raise argparse.ArgumentTypeError(
        "unknown page %r (a4-best, a4, a4-landscape, letter-best, letter, "
        "letter-landscape, slide, or WxH in pt)" % name)


def fit(pages, width_pt, height_pt):
    best = None
    for name, (pw, ph) in pages:
        scale = min(pw / width_pt, ph / height_pt)
        if best is None or scale > best[1] + 1e-12:
            best = (name, scale)
    return best


# --------------------------------------------------------------- analysis

def length_pt(value, what):
    match = LENGTH_RE.match(value)
    if not match:
        raise SVGError("%s %r is not a length" % (what, value))
    unit = match.group(2).lower()
    if unit not in UNIT_PT:
        raise SVGError("%s %r: unit %r is not supported (pt, px, in, mm, cm, pc)"
                       % (what, value, unit))
    number = float(match.group(1)) * UNIT_PT[unit]
    if number <= 0:
        raise SVGError("%s %r is not positive" % (what, value))
    return number


def root_geometry(root):
    """Natural size in pt and the matrix from root user units to natural pt."""
    vb = None
    if root.get("viewBox"):
        v = [float(n) for n in NUMBER_RE.findall(root.get("viewBox"))]
        if len(v) != 4 or v[2] <= 0 or v[3] <= 0:
            raise SVGError("viewBox %r is invalid" % root.get("viewBox"))
        vb = v
    w_attr, h_attr = root.get("width"), root.get("height")
    if w_attr is not None and w_attr.strip() and not w_attr.strip().endswith("%"):
        width_pt = length_pt(w_attr, "width")
    elif vb:
        width_pt = vb[2] * 0.75
    else:
        raise SVGError("no width and no viewBox: size unknown")
    if h_attr is not None and h_attr.strip() and not h_attr.strip().endswith("%"):
        height_pt = length_pt(h_attr, "height")
    elif vb:
        height_pt = vb[3] * 0.75
    else:
        raise SVGError("no height and no viewBox: size unknown")
    if not vb:
        return width_pt, height_pt, (0.75, 0.0, 0.0, 0.75, 0.0, 0.0)
    sx, sy = width_pt / vb[2], height_pt / vb[3]
    par = (root.get("preserveAspectRatio") or "xMidYMid meet").split()
    align = par[0] if par else "xMidYMid"
    if align == "defer" and len(par) > 1:
        par = par[1:]
        align = par[0]
    tx = ty = 0.0
    if align != "none":
        s = max(sx, sy) if (len(par) > 1 and par[1] == "slice") else min(sx, sy)
        sx = sy = s
        fx = {"xMin": 0.0, "xMid": 0.5, "xMax": 1.0}.get(align[:4], 0.5)
        fy = {"YMin": 0.0, "YMid": 0.5, "YMax": 1.0}.get(align[4:], 0.5)
        tx = (width_pt - vb[2] * s) * fx
        ty = (height_pt - vb[3] * s) * fy
    return width_pt, height_pt, (sx, 0.0, 0.0, sy, tx - vb[0] * sx, ty - vb[1] * sy)


def classes(el):
    return (el.get("class") or "").split()


def analyse(path, pages, overlap_threshold, span_threshold):
    warnings = []

    def warn(message):
        if message not in warnings:
            warnings.append(message)

    try:
        tree = ET.parse(path)
    except OSError as error:
        raise SVGError("cannot read: %s" % (error.strerror or error))
    except ET.ParseError as error:
        raise SVGError("not well-formed XML: %s" % error)
    root = tree.getroot()
    if local_name(root.tag) != "svg":
        raise SVGError("root element is <%s>, not <svg>" % local_name(root.tag))

    width_pt, height_pt, natural = root_geometry(root)
    page_name, scale = fit(pages, width_pt, height_pt)
    shrink = min(scale, 1.0)
    to_page = mat_mul((shrink, 0.0, 0.0, shrink, 0.0, 0.0), natural)

    # The top graph group: the first <g class="graph ..."> child of <svg>.
    top_graph = None
    for child in root:
        if local_name(child.tag) == "g" and "graph" in classes(child):
            top_graph = child
            break

    texts = []   # dicts: text, box, font_pt, title, node
    nodes = []   # dicts: name, body, labels

    base = {"font-size": "16", "font-family": "serif", "font-weight": "normal",
            "text-anchor": "start"}

    def walk(el, ctm, inherited, font_user, node, parent):
        tag = local_name(el.tag)
        if tag in HIDDEN_CONTAINERS:
            return
        props = style_props(el)
        if props.get("display", "").lower() == "none":
            return
        ctm = mat_mul(ctm, parse_transform(el.get("transform"), warn)) if el is not root else ctm
        style = dict(inherited)
        style.update({k: v for k, v in props.items() if k in INHERITED})
        font_user = resolve_font_size(props.get("font-size"), font_user) if "font-size" in props else font_user

        if tag == "g" and "node" in classes(el) and node is None and \
                any(local_name(c.tag) == "title" for c in el):
            title_el = next(c for c in el if local_name(c.tag) == "title")
            cls = classes(el)
            skip = (any("legend" in c for c in cls) or el.get("id") == "legend"
                    or "axis" in cls)
            node = {"name": "".join(title_el.itertext()).strip() or el.get("id") or "?",
                    "skip": skip, "body": None, "labels": [], "id": el.get("id") or "",
                    "label_of": (el.get("id") or "")[len("label-"):] if "actor-label" in cls else None}
            nodes.append(node)

        if tag == "text":
            content = text_content(el)
            if not content.strip():
                return
            bold = is_bold(style["font-weight"])
            width = text_width_em(content, bold) * font_user
            x = first_number(el.get("x")) + first_number(el.get("dx"))
            y = first_number(el.get("y")) + first_number(el.get("dy"))
            anchor = style["text-anchor"].lower()
            x0 = x - width / 2.0 if anchor == "middle" else (x - width if anchor == "end" else x)
            local_box = (x0, y - ASCENT * font_user, x0 + width, y + DESCENT * font_user)
            m = mat_mul(to_page, ctm)
            box = transform_box(m, local_box)
            font_pt = font_user * math.hypot(m[2], m[3])
            item = {"text": content, "box": box, "font_pt": font_pt,
                    "family": style["font-family"], "bold": bold,
                    "title": top_graph is not None and parent is top_graph,
                    "node": node}
            texts.append(item)
            if node is not None:
                node["labels"].append(item)
            return

        if tag in SHAPES and node is not None:
            points = shape_points(tag, el)
            if points:
                m = mat_mul(to_page, ctm)
                node["body"] = union(node["body"], bbox_of([apply(m, px, py) for px, py in points]))

        for child in el:
            walk(child, ctm, style, font_user, node, el)

    walk(root, IDENTITY, base, 16.0, None, None)

    # Fonts
    all_fonts = [t["font_pt"] for t in texts]
    content_fonts = [t["font_pt"] for t in texts if not t["title"]]
    title_fonts = [t["font_pt"] for t in texts if t["title"]]

    # Overlapping text pairs (sweep over boxes sorted by left edge)
    order = sorted(range(len(texts)), key=lambda k: texts[k]["box"][0])
    overlap_pairs = []
    for pos, i in enumerate(order):
        a = texts[i]["box"]
        for j in order[pos + 1:]:
            b = texts[j]["box"]
            if b[0] >= a[2]:
                break
            inter = intersection_area(a, b)
            smaller = min(area(a), area(b))
            if smaller > 0 and inter > overlap_threshold * smaller:
                first, second = sorted((i, j))
                overlap_pairs.append((first, second, inter / smaller))
    overlap_pairs = [{"a": cut(texts[i]["text"]), "b": cut(texts[j]["text"]), "ratio": ratio}
                     for i, j, ratio in sorted(overlap_pairs)]

    # A label drawn as a node of its own (class "actor-label", id "label-X", as stakegraph's
    # position map places names) belongs to the node with id "actor-X".
    by_id = {n["id"]: n for n in nodes if n["id"]}
    for n in nodes:
        owner = by_id.get("actor-" + n["label_of"]) if n.get("label_of") else None
        if owner is not None:
            owner["labels"].extend(n["labels"])
            for label in n["labels"]:
                label["node"] = owner
            n["labels"] = []
            n["skip"] = True

    # Misplaced and spanning node labels
    bodies = [n for n in nodes if not n["skip"] and n["body"] is not None]
    misplaced, spanning = [], []
    node_labels = 0
    for n in bodies:
        for label in n["labels"]:
            node_labels += 1
            box = label["box"]
            cx, cy = (box[0] + box[2]) / 2.0, (box[1] + box[3]) / 2.0
            own = point_box_distance(cx, cy, n["body"])
            rival, rival_d = None, None
            for other in bodies:
                if other is n:
                    continue
                d = point_box_distance(cx, cy, other["body"])
                if rival_d is None or d < rival_d:
                    rival, rival_d = other, d
            if rival is not None and rival_d < own - 1e-9:
                misplaced.append({"label": cut(label["text"]), "node": n["name"],
                                  "nearer": rival["name"],
                                  "own_distance_pt": own,
                                  "other_distance_pt": rival_d})
            label_area = area(box)
            worst, worst_share = None, 0.0
            for other in bodies:
                if other is n or label_area <= 0:
                    continue
                share = intersection_area(box, other["body"]) / label_area
                if share > worst_share:
                    worst, worst_share = other, share
            if worst is not None and worst_share > span_threshold:
                spanning.append({"label": cut(label["text"]), "node": n["name"],
                                 "over": worst["name"], "share": worst_share})

    # Full precision here; rounded when printed (fmt) or dumped (rounded).
    return {
        "file": path,
        "width_pt": width_pt,
        "height_pt": height_pt,
        "page": page_name,
        "scale": scale,
        "font_min_pt": min(all_fonts) if all_fonts else None,
        "font_median_pt": statistics.median(all_fonts) if all_fonts else None,
        "content_font_min_pt": min(content_fonts) if content_fonts else None,
        "content_font_median_pt": statistics.median(content_fonts) if content_fonts else None,
        "title_font_pt": max(title_fonts) if title_fonts else None,
        "title_fonts_pt": list(title_fonts),
        "texts": len(texts),
        "title_texts": len(title_fonts),
        "nodes": len(bodies),
        "node_labels": node_labels,
        "overlaps": len(overlap_pairs),
        "misplaced": len(misplaced),
        "spanning": len(spanning),
        "overlap_pairs": overlap_pairs,
        "misplaced_labels": misplaced,
        "spanning_labels": spanning,
        "warnings": warnings,
    }


# ----------------------------------------------------------------- output

def fmt(value, digits=1):
    return "\u2013" if value is None else "%.*f" % (digits, value)


def file_line(res):
    if res["content_font_min_pt"] is not None:
        fonts = "font min %s pt, median %s pt" % (fmt(res["content_font_min_pt"]),
                                                fmt(res["content_font_median_pt"]))
    else:
        fonts = "no content text"
    if res["title_font_pt"] is not None:
        fonts += " (title %s pt)" % fmt(res["title_font_pt"])
    return "%s  %.0f\u00d7%.0f pt  %s \u00d7%.2f  %s  overlaps %d  misplaced %d  spanning %d" % (
        res["file"], res["width_pt"], res["height_pt"], res["page"], res["scale"],
        fonts, res["overlaps"], res["misplaced"], res["spanning"])


def details(res):
    lines = []
    if res["scale"] > 1:
        lines.append("  scale above 1: measured at natural size")
    if res["title_fonts_pt"]:
        lines.append("  title fonts: %s pt" % ", ".join(fmt(f) for f in res["title_fonts_pt"]))
    lines.append("  %d texts, %d nodes with a body, %d node labels"
                 % (res["texts"], res["nodes"], res["node_labels"]))
    for p in res["overlap_pairs"]:
        lines.append("  overlap: \"%s\" \u00d7 \"%s\" (%.0f%% of the smaller)"
                     % (p["a"], p["b"], 100 * p["ratio"]))
    for m in res["misplaced_labels"]:
        lines.append("  misplaced: \"%s\" of %s is %.1f pt from its node, %.1f pt from %s"
                     % (m["label"], m["node"], m["own_distance_pt"],
                        m["other_distance_pt"], m["nearer"]))
    for s in res["spanning_labels"]:
        lines.append("  spanning: \"%s\" of %s covers %s (%.0f%% of the label)"
                     % (s["label"], s["node"], s["over"], 100 * s["share"]))
    return lines


def plural(n, word):
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def rounded(value):
    """A copy of a result with floats rounded to 3 decimals, for JSON."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


def summary_line(results, threshold):
    mins = [(r["content_font_min_pt"], r["file"]) for r in results
            if r["content_font_min_pt"] is not None]
    smallest = "smallest font %s pt (%s)" % (fmt(min(mins)[0]), min(mins)[1]) if mins \
        else "no content text"
    below = sum(1 for f, _ in mins if f < threshold)
    return "legibility: %s, %s, %s, %s, %s; below %g pt: %s" % (
        plural(len(results), "file"), smallest,
        plural(sum(r["overlaps"] for r in results), "overlap"),
        plural(sum(r["misplaced"] for r in results), "misplaced label"),
        plural(sum(r["spanning"] for r in results), "spanning label"),
        threshold, plural(below, "file"))


def emit(line):
    """Print to stdout; a closed pipe (| head) silences the rest, not the status."""
    try:
        print(line)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def default_files():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found = sorted(glob.glob(os.path.join(repo, "Output", "*.svg")))
    found += sorted(glob.glob(os.path.join(repo, "Output", "frames", "*.svg")))
    return [os.path.relpath(f) for f in found]


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Measure how legible Graphviz SVG diagrams are when fitted onto a page: "
                    "font sizes at page size, overlapping texts, misplaced node labels.")
    parser.add_argument("files", nargs="*", metavar="FILE.svg",
                        help="SVG files (default: Output/*.svg and Output/frames/*.svg)")
    parser.add_argument("--page", type=parse_page, default=parse_page("a4-best"),
                        help="a4-best (default), a4, a4-landscape, letter-best, letter, "
                             "letter-landscape, slide, or WxH in pt")
    parser.add_argument("--overlap-threshold", type=float, default=0.10, metavar="F",
                        help="overlap when the intersection exceeds F of the smaller box (0.10)")
    parser.add_argument("--span-threshold", type=float, default=0.10, metavar="F",
                        help="spanning when a label covers more than F of its area of another "
                             "node's body (0.10)")
    parser.add_argument("--min-font", type=float, metavar="PT",
                        help="exit 1 when a content font is below PT at page size")
    parser.add_argument("--fail", action="store_true",
                        help="exit 1 on any overlap, misplaced or spanning label, or content "
                             "font below --min-font (7 pt unless given)")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--summary", action="store_true", help="print only the summary line")
    out.add_argument("--json", action="store_true", help="print a JSON array of per-file results")
    parser.add_argument("--details", action="store_true",
                        help="list title sizes, overlapping pairs, misplaced and spanning labels")
    args = parser.parse_args(argv)

    files = args.files or default_files()
    if not files:
        print("svg_legibility: no SVG files given and none found in Output/", file=sys.stderr)
        return 2
    font_threshold = args.min_font if args.min_font is not None else 7.0
    check_fonts = args.min_font is not None or args.fail

    results, status = [], 0
    for path in files:
        try:
            res = analyse(path, args.page, args.overlap_threshold, args.span_threshold)
        except SVGError as error:
            print("svg_legibility: %s: %s" % (path, error), file=sys.stderr)
            status = 2
            continue
        for w in res["warnings"]:
            print("svg_legibility: warning: %s: %s" % (path, w), file=sys.stderr)
        results.append(res)
        if not args.summary and not args.json:
            emit(file_line(res))
            if args.details:
                for line in details(res):
                    emit(line)

    if args.json:
        emit(json.dumps(rounded(results), indent=2, ensure_ascii=False))
    else:
        emit(summary_line(results, font_threshold))

    failed = False
    for res in results:
        reasons = []
        if check_fonts and res["content_font_min_pt"] is not None \
                and res["content_font_min_pt"] < font_threshold:
            reasons.append("content font %s pt < %g pt" % (fmt(res["content_font_min_pt"]),
                                                            font_threshold))
        if args.fail:
            for key, what in (("overlaps", "overlapping text pair"),
                              ("misplaced", "misplaced label"),
                              ("spanning", "spanning label")):
                if res[key]:
                    reasons.append(plural(res[key], what))
        if reasons:
            failed = True
            print("svg_legibility: FAIL %s: %s" % (res["file"], "; ".join(reasons)),
                  file=sys.stderr)
    if status:
        return status
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
