"""`mailproof preview` pictures, drawn by headless Chromium: run by .ci/run, which installs Chromium.

The sheet of a template with a CSS-only rounded button and a background image must be a real PNG of the expected
size, and Outlook's picture must differ from Apple Mail's where the email is (not only in the captions)."""
import os
import struct
import subprocess
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("MAILPROOF_BIN", os.path.join(ROOT, ".build", "debug", "mailproof"))
FIXTURE = os.path.join(ROOT, "Fixtures", "preview", "pictures", "spring-sale.html")
SCREENSHOTS = os.path.join(ROOT, ".build", "preview-pictures")
MARGIN, GAP = 16, 24  # PreviewPage.margin and .gap


def read_png(path):
    """(width, height, rows of (r, g, b) tuples) for an 8-bit RGB or RGBA PNG, decoded with the standard library."""
    with open(path, "rb") as handle:
        data = handle.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[x] = (line[x] + predictor) & 0xFF
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, channels)])
        previous = line
    return width, height, rows


def mailproof(*arguments):
    return subprocess.run([BINARY, *arguments], capture_output=True, text=True, timeout=60)


def test_sheet_outlook_differs_from_apple_mail():
    os.makedirs(SCREENSHOTS, exist_ok=True)
    sheet = os.path.join(SCREENSHOTS, "sheet-outlook-apple.png")
    run = mailproof("preview", FIXTURE, "--sheet", sheet, "--clients", "outlook.windows,apple-mail.macos", "--width", "600")
    assert run.returncode == 0, run.stderr
    width, height, rows = read_png(sheet)
    assert width == 2 * MARGIN + 2 * 600 + GAP
    assert 400 < height < 3000
    # The two emails, column by column, above the captions: the rounded button, the card's corners and shadow and
    # the background image are Apple Mail's only, so a good share of the pixels must differ.
    email_rows = rows[MARGIN:MARGIN + 380]
    left = [row[MARGIN:MARGIN + 600] for row in email_rows]
    right = [row[MARGIN + 600 + GAP:MARGIN + 600 + GAP + 600] for row in email_rows]
    differing = sum(1 for a, b in zip(left, right) for p, q in zip(a, b) if p != q)
    assert differing > 10_000, differing
    # And each panel holds the email, not a blank frame.
    assert len({pixel for row in left for pixel in row}) > 20
    assert len({pixel for row in right for pixel in row}) > 20


def test_single_pictures_at_desktop_and_phone_width():
    with tempfile.TemporaryDirectory() as folder:
        outlook = os.path.join(folder, "outlook.png")
        phone = os.path.join(folder, "phone.png")
        assert mailproof("preview", FIXTURE, "--client", "outlook.windows", "--png", outlook).returncode == 0
        assert mailproof("preview", FIXTURE, "--client", "apple-mail.ios", "--png", phone, "--phone").returncode == 0
        assert read_png(outlook)[0] == 2 * MARGIN + 800
        assert read_png(phone)[0] == 2 * MARGIN + 375


def test_missing_chromium_is_one_line_and_exit_2():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MAILPROOF_CHROMIUM=os.path.join(folder, "no-chromium"))
        run = subprocess.run([BINARY, "preview", FIXTURE, "--client", "outlook.windows", "--png", os.path.join(folder, "x.png")],
                             capture_output=True, text=True, env=env, timeout=60)
        assert run.returncode == 2
        assert run.stderr.count("\n") == 1 and "Chromium" in run.stderr
        assert not os.path.exists(os.path.join(folder, "x.png"))


def test_timeout_is_one_line_and_exit_2():
    with tempfile.TemporaryDirectory() as folder:
        target = os.path.join(folder, "x.png")
        run = mailproof("preview", FIXTURE, "--client", "outlook.windows", "--png", target, "--timeout", "0.05")
        assert run.returncode == 2
        assert run.stderr.count("\n") == 1 and "within" in run.stderr, run.stderr
        assert not os.path.exists(target)
