#!/usr/bin/env python3
"""Draws Rebound's app icons as PNG files, with nothing but the standard library.

    python3 pwa/make_icons.py          # writes pwa/icons/*.png

The design is assets/icon.svg's: a teal rounded square with a white curve that rises to
the right and ends in an arrowhead ("bouncing back"). Shapes are drawn with signed
distances in the SVG's 64-unit space, so edges are anti-aliased at any size.

  icon-192.png, icon-512.png   purpose "any": the rounded square, transparent corners
  icon-maskable-512.png        purpose "maskable": full-bleed teal, the glyph shrunk into
                               the central safe circle (radius 40% of the size)
  apple-touch-icon.png         180 px, full-bleed (iOS rounds the corners itself)

The output is deterministic: the same script always writes the same bytes.
"""

import math
import os
import struct
import zlib

TEAL = (0x2F, 0x6F, 0x62)
WHITE = (0xFF, 0xFF, 0xFF)

# assets/icon.svg, in its 64 x 64 user space.
RECT_RADIUS = 14.0
STROKE = 6.0
# M14 42 c6-14 14-20 22-20  5 0 9 2 12 6   (two cubic Béziers, relative control points)
CURVES = [
    ((14, 42), (20, 28), (28, 22), (36, 22)),
    ((36, 22), (41, 22), (45, 24), (48, 28)),
]
# M44 18 l6 10 -11 2   (the arrowhead, round joins and caps)
ARROW = [(44, 18), (50, 28), (39, 30)]


def cubic(p0, p1, p2, p3, steps=24):
    pts = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        pts.append(tuple(
            u * u * u * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k]
            for k in range(2)
        ))
    return pts


def glyph_segments():
    pts = []
    for curve in CURVES:
        part = cubic(*curve)
        pts.extend(part if not pts else part[1:])
    segs = list(zip(pts, pts[1:]))
    segs += list(zip(ARROW, ARROW[1:]))
    return segs


SEGMENTS = glyph_segments()


def dist_to_segment(px, py, a, b):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    qx, qy = ax + t * dx - px, ay + t * dy - py
    return math.sqrt(qx * qx + qy * qy)


def rounded_rect_sdf(px, py, size, radius):
    """Signed distance to a size x size square with rounded corners (negative inside)."""
    half = size / 2
    qx = abs(px - half) - (half - radius)
    qy = abs(py - half) - (half - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return outside + inside - radius


def coverage(signed_distance, pixel):
    """Fraction of a pixel covered by a shape, from the signed distance (in user units)."""
    return max(0.0, min(1.0, 0.5 - signed_distance / pixel))


def render(size, *, rounded, glyph_scale):
    """RGBA rows for one icon. glyph_scale shrinks the glyph about the centre."""
    unit = 64.0 / size  # user units per pixel
    # The glyph's box, to skip the distance sums far from it.
    xs = [p[0] for s in SEGMENTS for p in s]
    ys = [p[1] for s in SEGMENTS for p in s]
    pad = STROKE / 2 + 1
    gx0, gx1 = min(xs) - pad, max(xs) + pad
    gy0, gy1 = min(ys) - pad, max(ys) + pad
    # Centre the glyph's box in the square, then scale about the centre.
    shift_x = 32 - (min(xs) + max(xs)) / 2
    shift_y = 32 - (min(ys) + max(ys)) / 2
    rows = []
    for j in range(size):
        row = bytearray()
        for i in range(size):
            x = (i + 0.5) * unit
            y = (j + 0.5) * unit
            if rounded:
                bg = coverage(rounded_rect_sdf(x, y, 64.0, RECT_RADIUS), unit)
            else:
                bg = 1.0
            # Back into the glyph's own space.
            gx = (x - 32) / glyph_scale + 32 - shift_x
            gy = (y - 32) / glyph_scale + 32 - shift_y
            fg = 0.0
            if gx0 <= gx <= gx1 and gy0 <= gy <= gy1:
                d = min(dist_to_segment(gx, gy, a, b) for a, b in SEGMENTS)
                fg = coverage((d - STROKE / 2) * glyph_scale, unit)
            fg *= bg  # never outside the square
            alpha = bg
            if alpha <= 0:
                row += b"\0\0\0\0"
                continue
            # White over teal (straight alpha: the colour is the mix, alpha is the square's).
            color = [round(TEAL[k] + (WHITE[k] - TEAL[k]) * (fg / alpha)) for k in range(3)]
            row += bytes(color) + bytes([round(alpha * 255)])
        rows.append(bytes(row))
    return rows


def png(rows, size):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\0" + row for row in rows)  # filter type 0 on every row
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


ICONS = [
    # name, size, rounded corners, glyph scale
    ("icon-192.png", 192, True, 1.0),
    ("icon-512.png", 512, True, 1.0),
    # Maskable: the glyph must sit inside the safe circle of radius 0.4 * size.
    ("icon-maskable-512.png", 512, False, 0.78),
    ("apple-touch-icon.png", 180, False, 0.9),
]


def main():
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icons")
    os.makedirs(out_dir, exist_ok=True)
    for name, size, rounded, scale in ICONS:
        data = png(render(size, rounded=rounded, glyph_scale=scale), size)
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
        print(f"make_icons: wrote pwa/icons/{name} ({size}x{size}, {len(data)} bytes)")


if __name__ == "__main__":
    main()
